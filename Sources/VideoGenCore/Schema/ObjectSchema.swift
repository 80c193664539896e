// The declared fields of a JSON object.

/// A JSON object with declared fields.
@_spi(Generated) public struct ObjectSchema: Sendable, Hashable {
    /// The declared fields, in spec order.
    package var fields: [FieldSchema]
    /// Whether keys that are not declared are accepted (requests refuse them by default).
    package var acceptsUnknownFields: Bool
    /// Whether the spec says fields besides the declared ones are expected (`additionalFields: true`: a model's
    /// output whose fields vary), so that they are no sign of drift.
    package var expectsOtherFields: Bool

    /// Creates an object schema.
    package init(fields: [FieldSchema], acceptsUnknownFields: Bool, expectsOtherFields: Bool = false) {
        self.fields = fields
        self.acceptsUnknownFields = acceptsUnknownFields
        self.expectsOtherFields = expectsOtherFields
    }

    /// The field sent or received under `name` (or one of its aliases).
    package func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The schema of the value at a field path (`input.duration`, `image_urls[0]`), if declared.
    package func valueSchema(at path: JSONPath) -> ValueSchema? {
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

extension ObjectSchema {
    /// The path of the first field carrying `role` (under wire names, arrays as item 0), if any.
    package func primaryPath(of role: FieldRole) -> JSONPath? {
        Self.primaryPath(of: role, in: .object(self), at: .root)
    }

    private static func primaryPath(of role: FieldRole, in type: ValueType, at path: JSONPath) -> JSONPath? {
        switch type {
        case .object(let object):
            for field in object.fields {
                let fieldPath = path.appending(key: field.name)
                if field.roles.contains(role) { return fieldPath }
                if let found = primaryPath(of: role, in: field.value.type, at: fieldPath) { return found }
            }
            return nil
        case .array(let items, _):
            return primaryPath(of: role, in: items.type, at: path.appending(index: 0))
        default:
            return nil
        }
    }
}

extension ObjectSchema {
    /// `value` with the members of every declared object in spec order (undeclared keys after them, as they were).
    package func ordering(_ value: JSONValue) -> JSONValue {
        Self.ordering(value, as: .object(self))
    }

    private static func ordering(_ value: JSONValue, as type: ValueType) -> JSONValue {
        switch (value, type) {
        case (.object(let members), .object(let schema)):
            var ordered = JSONObject()
            for field in schema.fields {
                if let child = members[field.name] { ordered[field.name] = ordering(child, as: field.value.type) }
            }
            for member in members where ordered[member.key] == nil { ordered[member.key] = member.value }
            return .object(ordered)
        case (.array(let items), .array(let itemSchema, _)):
            return .array(items.map { ordering($0, as: itemSchema.type) })
        default:
            return value
        }
    }
}
