// One reason a request body is not acceptable.

/// A broken constraint or rule: where, what was expected, and the offending value.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// The path of the offending field (`input.duration`); the root for the body itself.
    public var path: JSONPath
    /// What was expected, and what was found: `must be an integer from 6 to 30, got 31`.
    public var message: String
    /// The offending value, when there is one.
    public var value: JSONValue?

    /// Creates a violation.
    public init(path: JSONPath, message: String, value: JSONValue? = nil) {
        self.path = path
        self.message = message
        self.value = value
    }

    /// The field path as users write it, or `body` for the root.
    public var fieldName: String { path.components.isEmpty ? "body" : path.fieldPath }

    /// `input.duration: must be an integer from 6 to 30, got 31`.
    public var description: String { "\(fieldName): \(message)" }
}
