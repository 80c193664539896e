// One named field of an object schema.

/// A field of an object: its wire name, other names it arrives under, its value and its meaning.
public struct FieldSchema: Sendable, Hashable {
    /// The name the field is sent under.
    public var name: String
    /// Other names the same field arrives under in responses (`task_id` for `taskId`).
    public var aliases: [String]
    /// The field's type and constraints.
    public var value: ValueSchema
    /// Whether a request must carry the field (`null` counts as absent).
    public var isRequired: Bool
    /// The provider's documented default; never sent by VideoGen.
    public var defaultValue: JSONValue?
    /// What the field means to the unified task, if anything.
    public var role: FieldRole?
    /// The spec's description of the field.
    public var summary: String

    /// Creates a field schema.
    public init(
        name: String, aliases: [String] = [], value: ValueSchema, isRequired: Bool = false,
        defaultValue: JSONValue? = nil, role: FieldRole? = nil, summary: String = ""
    ) {
        self.name = name
        self.aliases = aliases
        self.value = value
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.role = role
        self.summary = summary
    }

    /// The wire name followed by the aliases, in the order they are looked up.
    public var allNames: [String] { [name] + aliases }
}
