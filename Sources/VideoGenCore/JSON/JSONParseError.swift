// The error thrown by JSONParser: what went wrong, where (line:column), and at which JSON path.

/// Why and where JSON input was rejected.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with the input.
    public enum Reason: Sendable, Hashable {
        /// The input is empty or only whitespace.
        case empty
        /// The input ended in the middle of a value.
        case unexpectedEnd
        /// A character that cannot appear here; the payload is the character, or "0xNN" for a
        /// byte that does not start valid UTF-8.
        case unexpectedCharacter(String)
        /// A malformed number; the payload is its text (such as "06", "1.", "-", "+1").
        case invalidNumber(String)
        /// A well-formed number too large for a `Double` (such as "1e999"); the payload is its text.
        case numberOutOfRange(String)
        /// A backslash escape that JSON does not define, or a malformed `\u` escape.
        case invalidEscape
        /// Bytes in a string that are not valid UTF-8.
        case invalidUTF8
        /// A control character (below U+0020) written unescaped in a string.
        case unescapedControlCharacter
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
        /// A key repeated in one object while duplicates are rejected; the payload is the key.
        case duplicateKey(String)
        /// Something other than whitespace after the top-level value.
        case trailingContent
    }

    /// What was wrong.
    public var reason: Reason
    /// Where it was found.
    public var location: JSONLocation
    /// The path of the value being parsed when the problem was found.
    public var path: JSONPath

    /// Creates an error.
    public init(reason: Reason, location: JSONLocation, path: JSONPath) {
        self.reason = reason
        self.location = location
        self.path = path
    }

    /// The reason alone, without position: "invalid number '06'" (for messages that give the position elsewhere).
    public var reasonDescription: String { reason.description }

    /// For example "line 3, column 14 (at $.input.duration): invalid number '06'".
    /// Very long paths (deep nesting, huge keys) are shortened in the middle.
    public var description: String {
        var pathText = path.description
        if pathText.count > 100 {
            pathText = String(pathText.prefix(40)) + "…" + String(pathText.suffix(59))
        }
        return "line \(location.line), column \(location.column) (at \(pathText)): \(reason)"
    }
}

extension JSONParseError.Reason: CustomStringConvertible {
    /// A short human description, such as "invalid number '06'".
    public var description: String {
        switch self {
        case .empty:
            return "the input is empty"
        case .unexpectedEnd:
            return "unexpected end of input"
        case .unexpectedCharacter(let character):
            return "unexpected " + Self.describeCharacter(character)
        case .invalidNumber(let text):
            return "invalid number '\(Self.clip(text))'"
        case .numberOutOfRange(let text):
            return "number out of range '\(Self.clip(text))'"
        case .invalidEscape:
            return "invalid escape sequence in string"
        case .invalidUTF8:
            return "invalid UTF-8 in string"
        case .unescapedControlCharacter:
            return "unescaped control character in string"
        case .tooDeep(let limit):
            return "arrays and objects nested more than \(limit) levels deep"
        case .duplicateKey(let key):
            return "duplicate key \(JSONValue.string(key).briefDescription)"
        case .trailingContent:
            return "unexpected content after the JSON value"
        }
    }

    private static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }

    private static func describeCharacter(_ character: String) -> String {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else {
            return "byte " + character  // "0xNN" for a byte that is not valid UTF-8
        }
        if scalar.value > 0x20 && scalar.value < 0x7F {
            return "character '\(character)'"
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if scalar.value >= 0x80, !scalar.properties.isWhitespace, scalar.properties.generalCategory != .format,
            scalar.properties.generalCategory != .control
        {
            return "character '\(character)' (U+\(padded))"
        }
        return "character U+\(padded)"
    }
}
