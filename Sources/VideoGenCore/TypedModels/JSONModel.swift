// The protocols generated typed models conform to: read from and written to JSONValue, Codable through it.

/// A value that can be read from and written to a ``JSONValue``.
public protocol JSONValueConvertible: Sendable {
    /// Reads a value; `strict` refuses lenient forms (numbers as strings, unknown enum values).
    static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Self
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

/// A generated struct: readable from JSON (with precise error paths), writable back, `Codable` through JSON.
public protocol JSONModel: JSONValueConvertible, Hashable, Codable {
    /// Reads a value from the JSON at `path` (the path only names where errors are).
    init(json: JSONValue, at path: JSONPath) throws(PayloadError)
}

extension JSONModel {
    /// Reads a value from JSON.
    public init(json: JSONValue) throws(PayloadError) {
        try self.init(json: json, at: .root)
    }

    /// Reads a value from JSON text.
    public init(jsonText: String) throws(PayloadError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(jsonText)
        } catch {
            throw PayloadError(path: .root, message: "not valid JSON: \(error)")
        }
        try self.init(json: value, at: .root)
    }

    /// Reads a value (the `JSONValueConvertible` requirement).
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Self {
        try Self(json: value, at: path)
    }

    /// Decodes through ``JSONValue``, so any `Decoder` reads what ``init(json:at:)`` reads.
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder), at: .root)
    }

    /// Encodes ``jsonValue``.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

/// A generated top-level request: a ``JSONModel`` that checks itself against its spec.
public protocol ValidatableRequest: JSONModel {
    /// Every violation of the spec's constraints and rules, in a stable order; empty when valid.
    func validate() -> [Violation]
}

/// A generated closed enum (request fields): only documented values are accepted.
public protocol ClosedJSONEnum: RawRepresentable, CaseIterable, JSONValueConvertible, Hashable, Codable
where RawValue: JSONValueConvertible {}

extension ClosedJSONEnum {
    /// Reads a documented value; anything else is an error naming the accepted values.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Self {
        let raw = try RawValue.decode(value, at: path, strict: strict)
        guard let result = Self(rawValue: raw) else {
            let accepted = allCases.map(\.rawValue.jsonValue.briefDescription).joined(separator: ", ")
            throw PayloadError(path: path, message: "must be one of \(accepted), got \(value.briefDescription)")
        }
        return result
    }

    /// The raw value as JSON.
    public var jsonValue: JSONValue { rawValue.jsonValue }
}

/// A generated open enum (states, fail codes, response values): values it does not list are kept as `unknown`.
public protocol OpenJSONEnum: RawRepresentable, JSONValueConvertible, Hashable, Codable where RawValue == String {
    /// Reads any value; undocumented ones become `unknown`.
    init(rawValue: String)
    /// The documented values.
    static var knownCases: [Self] { get }
}

extension OpenJSONEnum {
    /// Reads a string (or, leniently, a number's text).
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Self {
        try Self(rawValue: String.decode(value, at: path, strict: strict))
    }

    /// The raw value as a JSON string.
    public var jsonValue: JSONValue { .string(rawValue) }

    /// Decodes a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether the value is one the spec documents.
    public var isKnown: Bool { Self.knownCases.contains(self) }
}
