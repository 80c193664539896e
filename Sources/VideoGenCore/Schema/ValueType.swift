// The kinds of value a spec field can hold, shared by request and response schemas.

/// The type of a value in a provider payload, as declared by a spec field's `type`.
package indirect enum ValueType: Sendable, Hashable {
    /// A JSON string.
    case string
    /// A JSON integer: a number written without fraction or exponent.
    case integer
    /// Any JSON number.
    case number
    /// `true` or `false`.
    case boolean
    /// A string holding an absolute URL (schemes restricted by ``Constraints/schemes``).
    case url
    /// Any JSON value, kept as it is.
    case any
    /// A code that providers send as an integer or as a string (`200`, `"generation_failed"`).
    case code
    /// A point in time: a number of seconds or milliseconds since 1970, ISO 8601 text, or text in a pattern.
    case timestamp(TimestampFormat)
    /// The provider's task state, mapped through the spec's `states`.
    case state
    /// One of the provider's fail codes (an open set).
    case failCode
    /// A file: a URL string, or an object with `url` and optionally its content type, size and name.
    case file
    /// A JSON object with declared fields.
    case object(ObjectSchema)
    /// A JSON array of items; with `acceptsSingle`, a lone item is read as a one-item array.
    case array(ValueSchema, acceptsSingle: Bool)

    /// The spec's word for the type: "string", "integer", "array of url", ….
    package var typeWord: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .url: return "url"
        case .any: return "any"
        case .code: return "code"
        case .timestamp: return "timestamp"
        case .state: return "state"
        case .failCode: return "failCode"
        case .file: return "file"
        case .object: return "object"
        case .array(let items, _): return "array of \(items.type.typeWord)"
        }
    }

    /// A short name for messages: "a string", "an integer", "an array", ….
    package var expectation: String {
        switch self {
        case .string, .state, .failCode: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .url: return "a URL"
        case .any: return "any value"
        case .code: return "an integer or a string"
        case .timestamp: return "a timestamp"
        case .file: return "a URL or a file object"
        case .object: return "an object"
        case .array: return "an array"
        }
    }
}
