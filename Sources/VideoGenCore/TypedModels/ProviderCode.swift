// A code providers send as an integer in some answers and as a string in others.

/// A provider code: `200`, `"200"`, `"generation_failed"`.
public enum ProviderCode: Sendable, Hashable, Codable, JSONValueConvertible, CustomStringConvertible {
    /// Sent as a JSON integer.
    case integer(Int)
    /// Sent as a JSON string.
    case text(String)

    /// The code as text (`"200"`).
    public var description: String {
        switch self {
        case .integer(let number): return String(number)
        case .text(let text): return text
        }
    }

    /// The code as an integer, when it is one (also `"200"`).
    public var integerValue: Int? {
        switch self {
        case .integer(let number): return number
        case .text(let text): return Int(text)
        }
    }

    /// Reads an integer or a string (leniently also an integral number).
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> ProviderCode
    {
        switch value {
        case .integer(let number): return .integer(number)
        case .string(let text): return .text(text)
        default:
            if !strict, let number = Coercion.integer(value) { return .integer(number) }
            throw PayloadError(
                path: path, message: "expected an integer or a string code, got \(value.briefDescription)")
        }
    }

    /// The code as sent.
    public var jsonValue: JSONValue {
        switch self {
        case .integer(let number): return .integer(number)
        case .text(let text): return .string(text)
        }
    }

    /// Decodes an integer or a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// Encodes as sent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }
}
