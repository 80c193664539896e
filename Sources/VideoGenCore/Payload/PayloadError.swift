// A response that cannot be read: not JSON, or a field of the wrong type.

/// Why a payload could not be decoded, and where.
public struct PayloadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; the root when the payload as a whole is wrong.
    public var path: JSONPath
    /// What is wrong: `expected a string (the task state), got [1]`.
    public var message: String
    /// Whether the bytes are not JSON at all (an answer cut off or garbled on the way), rather than JSON of the
    /// wrong shape.
    public var isUnreadable: Bool

    /// Creates a payload error.
    public init(path: JSONPath, message: String, isUnreadable: Bool = false) {
        self.path = path
        self.message = message
        self.isUnreadable = isUnreadable
    }

    /// `data.resultJson: holds a string that is not valid JSON (…)`, or the message alone at the root.
    public var description: String {
        path.components.isEmpty ? message : "\(path.fieldPath): \(message)"
    }
}
