// Cross-field rules of a request body.

/// A rule over several fields of a request body, declared in a spec's `request.rules`.
package struct RequestRule: Sendable, Hashable {
    /// What the rule demands.
    package enum Kind: Sendable, Hashable {
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
        /// When present, the field must also meet these constraints (item counts, ranges, lengths, values).
        case constrained(JSONPath, Constraints)
    }

    /// What the rule demands.
    package var kind: Kind
    /// When the rule applies; `nil` means always.
    package var condition: Condition?
    /// A spec-written explanation that replaces the generated one.
    package var message: String?

    /// Creates a rule.
    package init(_ kind: Kind, when condition: Condition? = nil, message: String? = nil) {
        self.kind = kind
        self.condition = condition
        self.message = message
    }

    /// Every field path the rule reads, its condition included.
    package var referencedPaths: [JSONPath] {
        let own: [JSONPath]
        switch kind {
        case .required(let path), .forbidden(let path), .allowedValues(let path, _), .constrained(let path, _):
            own = [path]
        case .exclusive(let paths), .atLeastOne(let paths): own = paths
        case .requires(let path, let others): own = [path] + others
        }
        return own + (condition?.referencedPaths ?? [])
    }
}

/// A request body's schema: its fields and its cross-field rules.
package struct RequestSchema: Sendable, Hashable {
    /// The request's name in the spec's `requests` (`create`).
    package var name: String
    /// The spec's description.
    package var summary: String
    /// The body's fields.
    package var body: ObjectSchema
    /// The cross-field rules, checked after the fields.
    package var rules: [RequestRule]
    /// For a request whose parameters depend on the model: where those parameters sit, and each model's own.
    package var perModel: PerModelFields?
    /// Where the model sits in the body, when it is sent in the body (a value the spec does not list is a warning,
    /// not an error: providers add models before their docs do).
    package var modelPath: JSONPath?
    /// The models the spec lists, for the request the unified mapping fills (empty for others).
    package var models: [String]

    /// Creates a request schema.
    package init(
        name: String = "", summary: String = "", body: ObjectSchema, rules: [RequestRule],
        perModel: PerModelFields? = nil, modelPath: JSONPath? = nil, models: [String] = []
    ) {
        self.name = name
        self.summary = summary
        self.body = body
        self.rules = rules
        self.perModel = perModel
        self.modelPath = modelPath
        self.models = models
    }
}

/// The parameters of a request that depend on the model: the object that holds them, and each model's own.
package struct PerModelFields: Sendable, Hashable {
    /// One model's own fields and rules.
    package struct Variant: Sendable, Hashable {
        /// The fields the model adds to the shared ones.
        package var fields: [FieldSchema]
        /// Rules that apply to this model only (paths from the body's root).
        package var rules: [RequestRule]

        /// Creates a variant.
        package init(fields: [FieldSchema], rules: [RequestRule]) {
            self.fields = fields
            self.rules = rules
        }
    }

    /// The body path of the object whose fields depend on the model (the root for a flat body).
    package var path: JSONPath
    /// Each listed model's variant, by model id.
    package var variants: [String: Variant]
    /// The model ids in spec order.
    package var models: [String]

    /// Creates the per-model part of a request.
    package init(path: JSONPath, variants: [String: Variant], models: [String]) {
        self.path = path
        self.variants = variants
        self.models = models
    }
}
