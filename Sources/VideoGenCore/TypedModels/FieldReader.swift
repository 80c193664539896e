// Reads the fields of one JSON object for generated models: names with aliases, embedded JSON, lists, timestamps.

import Foundation

/// The fields of one JSON object, read by generated `init(json:at:)` implementations.
public struct FieldReader: Sendable {
    private let object: JSONObject
    private let path: JSONPath
    private let strict: Bool

    /// Prepares to read `json`, which must be an object; `strict` is for requests.
    public init(_ json: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) {
        guard case .object(let object) = json else {
            throw PayloadError(path: path, message: "expected an object, got \(json.briefDescription)")
        }
        self.object = object
        self.path = path
        self.strict = strict
    }

    /// The first present, non-null value among `names`, with its path.
    private func first(_ names: [String]) -> (JSONValue, JSONPath)? {
        for name in names {
            if let value = object[name], !value.isNull { return (value, path.appending(key: name)) }
        }
        return nil
    }

    /// `value` itself, or the JSON held in it when it is a string and `embeddedJSON` is set.
    private func unwrap(_ value: JSONValue, at path: JSONPath, embeddedJSON: Bool) throws(PayloadError) -> JSONValue? {
        guard embeddedJSON, case .string(let text) = value else { return value }
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.isEmpty || trimmed == "null" { return nil }
        do {
            return try JSONParser.parse(text)
        } catch {
            throw PayloadError(path: path, message: "holds a string that is not valid JSON (\(error))")
        }
    }

    /// The value of the first present name, or `nil`.
    public func decode<Value: JSONValueConvertible>(_ names: [String], embeddedJSON: Bool = false) throws(PayloadError)
        -> Value?
    {
        guard let (raw, at) = first(names), let value = try unwrap(raw, at: at, embeddedJSON: embeddedJSON) else {
            return nil
        }
        return try Value.decode(value, at: at, strict: strict)
    }

    /// The value of the first present name; its absence is an error.
    public func decodeRequired<Value: JSONValueConvertible>(_ names: [String], embeddedJSON: Bool = false)
        throws(PayloadError) -> Value
    {
        guard let value: Value = try decode(names, embeddedJSON: embeddedJSON) else { throw missing(names) }
        return value
    }

    /// A list; with `acceptsSingle`, a lone item reads as a one-item list.
    public func decodeList<Element: JSONValueConvertible>(
        _ names: [String], acceptsSingle: Bool = false, embeddedJSON: Bool = false
    ) throws(PayloadError) -> [Element]? {
        guard let (raw, at) = first(names), let value = try unwrap(raw, at: at, embeddedJSON: embeddedJSON) else {
            return nil
        }
        if acceptsSingle, !(value.arrayValue != nil) {
            return [try Element.decode(value, at: at, strict: strict)]
        }
        return try [Element].decode(value, at: at, strict: strict)
    }

    /// A required list.
    public func decodeRequiredList<Element: JSONValueConvertible>(
        _ names: [String], acceptsSingle: Bool = false, embeddedJSON: Bool = false
    ) throws(PayloadError) -> [Element] {
        guard let list: [Element] = try decodeList(names, acceptsSingle: acceptsSingle, embeddedJSON: embeddedJSON)
        else { throw missing(names) }
        return list
    }

    /// A timestamp (seconds or milliseconds, told apart by magnitude; or ISO 8601); zero reads as absent.
    public func decodeTimestamp(_ names: [String]) throws(PayloadError) -> Date? {
        guard let (value, at) = first(names) else { return nil }
        switch Coercion.timestamp(value) {
        case .date(let date): return date
        case .unset: return nil
        case .invalid:
            throw PayloadError(
                path: at,
                message: "expected a timestamp (seconds or milliseconds since 1970), got \(value.briefDescription)")
        }
    }

    /// A required timestamp.
    public func decodeRequiredTimestamp(_ names: [String]) throws(PayloadError) -> Date {
        guard let date = try decodeTimestamp(names) else { throw missing(names) }
        return date
    }

    /// Throws for the first key that is not among `known` (requests refuse undocumented fields; a `null` counts
    /// as absent, as in the validator).
    public func refuseUnknownKeys(_ known: [String]) throws(PayloadError) {
        for member in object where !known.contains(member.key) && !member.value.isNull {
            throw PayloadError(
                path: path.appending(key: member.key),
                message: "is not a documented field (expected one of \(known.joined(separator: ", ")))")
        }
    }

    private func missing(_ names: [String]) -> PayloadError {
        PayloadError(path: path.appending(key: names.first ?? "?"), message: "is required")
    }
}

/// Builds one JSON object for generated `jsonValue` implementations; absent values are left out.
public struct FieldWriter: Sendable {
    private var object = JSONObject()

    /// Creates an empty object.
    public init() {}

    /// Adds `value` under `name` (as a JSON string when `embeddedJSON`); `nil` adds nothing.
    public mutating func encode<Value: JSONValueConvertible>(
        _ value: Value?, as name: String, embeddedJSON: Bool = false
    ) {
        guard let value else { return }
        object[name] = embeddedJSON ? .string(value.jsonValue.serialized()) : value.jsonValue
    }

    /// Adds a timestamp in `unit`; `nil` adds nothing.
    public mutating func encodeTimestamp(_ date: Date?, as name: String, unit: TimestampUnit) {
        guard let date else { return }
        object[name] = Coercion.timestampValue(date, unit: unit)
    }

    /// The object built.
    public var jsonValue: JSONValue { .object(object) }
}
