// One named field of an object schema.

/// A field of an object: its wire name, other names it arrives under, its value and its meaning.
package struct FieldSchema: Sendable, Hashable {
    /// The name the field is sent under.
    package var name: String
    /// Other names the same field arrives under in responses (`task_id` for `taskId`).
    package var aliases: [String]
    /// The field's type and constraints.
    package var value: ValueSchema
    /// Whether a request must carry the field (`null` counts as absent).
    package var isRequired: Bool
    /// The provider's documented default; never sent by VideoGen.
    package var defaultValue: JSONValue?
    /// What the field means to the unified task, if anything; one wire field may feed several roles (a `code`
    /// that is both the outcome and the failure code).
    package var roles: [FieldRole]
    /// The spec's description of the field.
    package var summary: String
    /// For a request field: names it had in earlier versions of the provider's docs, still accepted (and sent
    /// under ``name``) with a warning.
    package var formerNames: [String]
    /// For a request field the provider deprecates: why, or what to use instead (empty when the docs say only
    /// that it is deprecated); accepted with a warning.
    package var deprecation: String?

    /// Creates a field schema.
    package init(
        name: String, aliases: [String] = [], value: ValueSchema, isRequired: Bool = false,
        defaultValue: JSONValue? = nil, roles: [FieldRole] = [], summary: String = "", formerNames: [String] = [],
        deprecation: String? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.value = value
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.roles = roles
        self.summary = summary
        self.formerNames = formerNames
        self.deprecation = deprecation
    }

    /// The field's first role, if any.
    package var role: FieldRole? { roles.first }

    /// The wire name followed by the aliases, in the order they are looked up.
    package var allNames: [String] { [name] + aliases }
}
