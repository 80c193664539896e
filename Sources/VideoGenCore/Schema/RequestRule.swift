// Cross-field rules of a request body.

/// A rule over several fields of a request body, declared in a spec's `request.rules`.
public struct RequestRule: Sendable, Hashable {
    /// What the rule demands.
    public enum Kind: Sendable, Hashable {
        /// The field must be present.
        case required(JSONPath)
        /// The field must be absent.
        case forbidden(JSONPath)
        /// At most one of the fields may be present.
        case exclusive([JSONPath])
        /// When the first field is present, all the others must be too.
        case requires(JSONPath, [JSONPath])
        /// At least one of the fields must be present.
        case atLeastOne([JSONPath])
        /// When present, the field must take one of the values.
        case allowedValues(JSONPath, [JSONValue])
    }

    /// What the rule demands.
    public var kind: Kind
    /// When the rule applies; `nil` means always.
    public var condition: Condition?
    /// A spec-written explanation that replaces the generated one.
    public var message: String?

    /// Creates a rule.
    public init(_ kind: Kind, when condition: Condition? = nil, message: String? = nil) {
        self.kind = kind
        self.condition = condition
        self.message = message
    }

    /// Every field path the rule reads, its condition included.
    public var referencedPaths: [JSONPath] {
        let own: [JSONPath]
        switch kind {
        case .required(let path), .forbidden(let path), .allowedValues(let path, _): own = [path]
        case .exclusive(let paths), .atLeastOne(let paths): own = paths
        case .requires(let path, let others): own = [path] + others
        }
        return own + (condition?.referencedPaths ?? [])
    }
}

/// A request body's schema: its fields and its cross-field rules.
public struct RequestSchema: Sendable, Hashable {
    /// The request's name in the spec's `requests` (`create`).
    public var name: String
    /// The spec's description.
    public var summary: String
    /// The body's fields.
    public var body: ObjectSchema
    /// The cross-field rules, checked after the fields.
    public var rules: [RequestRule]

    /// Creates a request schema.
    public init(name: String = "", summary: String = "", body: ObjectSchema, rules: [RequestRule]) {
        self.name = name
        self.summary = summary
        self.body = body
        self.rules = rules
    }
}
