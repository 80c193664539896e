// The in-memory JSON document model shared by the code generator and the runtime.

/// A JSON value.
///
/// Numbers keep the distinction the document made: a number written without fraction or
/// exponent that fits in `Int` is `.integer`; every other finite number is `.number`.
public enum JSONValue: Sendable, Hashable {
    /// The JSON literal `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits in `Int`.
    case integer(Int)
    /// Any other finite number (fraction, exponent, or an integer too big for `Int`).
    case number(Double)
    /// A string.
    case string(String)
    /// An array, in document order.
    case array([JSONValue])
    /// An object, keeping its members in document order.
    case object(JSONObject)
}

extension JSONValue {
    /// The member named `key` when this is an object that has it; otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` when this is an array and the index is in range; otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string when this is `.string`; otherwise `nil`.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer when this is `.integer`; otherwise `nil` (a `.number` is never converted).
    public var intValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number as a `Double` when this is `.integer` or `.number`; otherwise `nil`.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }

    /// The boolean when this is `.bool`; otherwise `nil`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements when this is `.array`; otherwise `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object when this is `.object`; otherwise `nil`.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The kind of value with an article, for error messages: "null", "a boolean", "an integer",
    /// "a number", "a string", "an array" or "an object".
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer: return "an integer"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value as compact JSON, cut to at most 60 characters (ending in "…" when cut),
    /// for messages such as `got "6"` or `got 6.5`.
    public var briefDescription: String {
        let limit = 60
        let text = JSONWriter.prefixString(self, byteLimit: 4 * limit + 64)
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
