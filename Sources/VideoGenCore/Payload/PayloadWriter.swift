// Writes role values into a payload, following its schema: what the sandbox uses to answer in a provider's shapes.

import Foundation

/// Sets and removes the fields that carry a role, in the provider's own layout (aliases and JSON-in-string included).
package enum PayloadWriter {
    /// Sets every field with `role` that `body` already has (under any of its names); when it has none, creates
    /// the first such field at its primary path. Fields inside JSON strings are rewritten in place.
    package static func set(_ role: FieldRole, to value: JSONValue, in body: inout JSONValue, schema: ObjectSchema) {
        set(role, in: &body, schema: schema) { _ in value }
    }

    /// Sets a time role, written in each field's own unit (seconds or milliseconds) as a whole number, as
    /// providers send them.
    package static func set(_ role: FieldRole, to date: Date, in body: inout JSONValue, schema: ObjectSchema) {
        set(role, in: &body, schema: schema) { field in
            var format = TimestampFormat.seconds
            if case .timestamp(let declared) = field.type { format = declared }
            let whole = format == .milliseconds ? date.timeIntervalSince1970 : date.timeIntervalSince1970.rounded(.down)
            return Coercion.timestampValue(Date(timeIntervalSince1970: whole), format: format)
        }
    }

    /// Sets a role to the value `make` gives for each field's schema.
    package static func set(
        _ role: FieldRole, in body: inout JSONValue, schema: ObjectSchema, _ make: (ValueSchema) -> JSONValue
    ) {
        var wroteAny = false
        body = write(role, make, into: body, type: .object(schema), embedded: false, create: false, wrote: &wroteAny)
        if !wroteAny {
            body = write(role, make, into: body, type: .object(schema), embedded: false, create: true, wrote: &wroteAny)
        }
    }

    /// Removes every field that carries `role`.
    package static func remove(_ role: FieldRole, from body: inout JSONValue, schema: ObjectSchema) {
        var removed = false
        body = write(
            role, { _ in nil }, into: body, type: .object(schema), embedded: false, create: false, wrote: &removed)
    }

    /// Writes (or, with a `nil` value, removes) `role` below `value`; `create` makes the first missing path.
    private static func write(
        _ role: FieldRole, _ newValue: (ValueSchema) -> JSONValue?, into value: JSONValue, type: ValueType,
        embedded: Bool, create: Bool, wrote: inout Bool
    ) -> JSONValue {
        if embedded, case .string(let text) = value, let parsed = try? JSONParser.parse(text) {
            let updated = write(
                role, newValue, into: parsed, type: type, embedded: false, create: create, wrote: &wrote)
            return .string(updated.serialized())
        }
        switch type {
        case .object(let object):
            var members: JSONObject
            if case .object(let existing) = value {
                members = existing
            } else if create || value.isNull {
                members = JSONObject()
            } else {
                return value
            }
            for field in object.fields {
                let present = field.allNames.first { members[$0] != nil && !(members[$0]?.isNull ?? true) }
                if field.roles.contains(role) {
                    if let name = present ?? (create && !wrote ? field.name : nil) {
                        members[name] = Self.fitted(newValue(field.value), into: members[name], type: field.value.type)
                        wrote = true
                        if create { return .object(members) }
                    }
                    continue
                }
                guard field.value.type.leadsToRoles, Self.leads(field.value.type, to: role) else { continue }
                if let name = present, let child = members[name] {
                    members[name] = write(
                        role, newValue, into: child, type: field.value.type, embedded: field.value.isEmbeddedJSON,
                        create: create && !wrote, wrote: &wrote)
                } else if create, !wrote {
                    let child = write(
                        role, newValue, into: .null, type: field.value.type, embedded: false, create: true,
                        wrote: &wrote)
                    members[field.name] = field.value.isEmbeddedJSON ? .string(child.serialized()) : child
                }
                if create && wrote { return .object(members) }
            }
            return .object(members)
        case .array(let items, _):
            if case .array(let elements) = value {
                if create, let first = elements.first {
                    var copy = elements
                    copy[0] = write(
                        role, newValue, into: first, type: items.type, embedded: items.isEmbeddedJSON, create: true,
                        wrote: &wrote)
                    return .array(copy)
                }
                return .array(
                    elements.map {
                        write(
                            role, newValue, into: $0, type: items.type, embedded: items.isEmbeddedJSON, create: false,
                            wrote: &wrote)
                    })
            }
            if create || value.isNull {
                return .array([
                    write(role, newValue, into: .null, type: items.type, embedded: false, create: true, wrote: &wrote)
                ])
            }
            // A lone item where an array is accepted.
            return write(
                role, newValue, into: value, type: items.type, embedded: items.isEmbeddedJSON, create: false,
                wrote: &wrote)
        default:
            return value
        }
    }

    /// A new URL for a file field that holds a file object goes into the object's `url`, keeping its other members.
    private static func fitted(_ value: JSONValue?, into existing: JSONValue?, type: ValueType) -> JSONValue? {
        guard type == .file, case .string(let url)? = value, case .object(var file)? = existing else { return value }
        file["url"] = .string(url)
        return .object(file)
    }

    private static func leads(_ type: ValueType, to role: FieldRole) -> Bool {
        switch type {
        case .object(let object):
            return object.fields.contains { $0.roles.contains(role) || leads($0.value.type, to: role) }
        case .array(let items, _): return leads(items.type, to: role)
        default: return false
        }
    }
}
