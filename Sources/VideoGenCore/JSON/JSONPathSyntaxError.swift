// The error thrown when text given to JSONPath(parsing:) is not a well-formed path.

/// Text that could not be read as a ``JSONPath``.
public struct JSONPathSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text that was being read.
    public var text: String
    /// The zero-based position, in Unicode scalars, where reading failed.
    public var position: Int
    /// What was wrong there.
    public var message: String

    /// Creates an error.
    public init(text: String, position: Int, message: String) {
        self.text = text
        self.position = position
        self.message = message
    }

    /// For example: `invalid path "a..b" at position 2: expected a key after "."`.
    public var description: String {
        "invalid path \(JSONValue.string(text).briefDescription) at position \(position): \(message)"
    }
}
