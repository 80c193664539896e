// The declared fields of a JSON object.

/// A JSON object with declared fields.
public struct ObjectSchema: Sendable, Hashable {
    /// The declared fields, in spec order.
    public var fields: [FieldSchema]
    /// Whether keys that are not declared are accepted (requests refuse them by default).
    public var acceptsUnknownFields: Bool

    /// Creates an object schema.
    public init(fields: [FieldSchema], acceptsUnknownFields: Bool) {
        self.fields = fields
        self.acceptsUnknownFields = acceptsUnknownFields
    }

    /// The field sent or received under `name` (or one of its aliases).
    public func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The schema of the value at a field path (`input.duration`, `image_urls[0]`), if declared.
    public func valueSchema(at path: JSONPath) -> ValueSchema? {
        var current = ValueSchema(type: .object(self))
        for component in path.components {
            switch (component, current.type) {
            case (.key(let key), .object(let object)):
                guard let field = object.field(named: key) else { return nil }
                current = field.value
            case (.index, .array(let items, _)):
                current = items
            default:
                return nil
            }
        }
        return current
    }
}
