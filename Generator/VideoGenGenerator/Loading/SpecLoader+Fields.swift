// Load: fields, the one vocabulary of request and response bodies.

import VideoGenCore

extension SpecLoader {
    /// The fields of an object (`{"name": field, …}`).
    func loadFields(_ node: SpecNode, side: BodySide) -> [FieldSpec] {
        (node.entries ?? []).compactMap { loadField($0.node, name: $0.key, side: side) }
    }

    /// One field; `name` is empty for array items and payloads.
    func loadField(_ node: SpecNode, name: String, side: BodySide) -> FieldSpec? {
        let allowed = side == .request ? SpecKeys.requestField : SpecKeys.responseField
        guard let object = node.object(allowed: allowed, required: ["type"]) else { return nil }
        guard let typeNode = object["type"], let typeText = typeNode.nonEmptyString else { return nil }
        let type: FieldTypeName
        if let builtin = BuiltinType(rawValue: typeText) {
            type = .builtin(builtin)
            if side == .request, !builtin.isAllowedInRequests {
                typeNode.error(
                    "the type \"\(typeText)\" describes responses only; request fields use string, integer, number, boolean, url, array, object or any"
                )
            }
        } else if side == .request {
            typeNode.error(
                "unknown type \"\(typeText)\"; request fields use string, integer, number, boolean, url, array, object or any"
            )
            type = .builtin(.any)
        } else {
            type = .named(typeText)
        }
        var field = FieldSpec(name: name, path: node.path, side: side, type: type)
        field.description = object["description"]?.string ?? ""
        field.required = object["required"]?.boolean ?? false
        if let enumNode = object["enum"], let values = enumNode.array {
            field.enumValues = values.map(\.value)
            if values.isEmpty { enumNode.error("an enum must list at least one value") }
            for (index, value) in values.enumerated() {
                switch value.value {
                case .string, .integer: break
                default: value.error("enum values must be strings or integers, got \(value.value.briefDescription)")
                }
                if values[..<index].contains(where: { $0.value == value.value }) {
                    value.error("\(value.value.briefDescription) is listed twice in the enum")
                }
            }
        }
        field.minimum = object["minimum"]?.number
        field.maximum = object["maximum"]?.number
        field.minLength = nonNegative(object["minLength"])
        field.maxLength = nonNegative(object["maxLength"])
        field.minItems = nonNegative(object["minItems"])
        field.maxItems = nonNegative(object["maxItems"])
        checkOrder(object, "minimum", field.minimum, "maximum", field.maximum)
        checkOrder(object, "minLength", field.minLength.map(Double.init), "maxLength", field.maxLength.map(Double.init))
        checkOrder(object, "minItems", field.minItems.map(Double.init), "maxItems", field.maxItems.map(Double.init))
        field.defaultValue = object.members["default"]
        field.schemes = object["schemes"]?.strings?.map { $0.lowercased() }
        if let schemes = field.schemes, schemes.isEmpty { object["schemes"]?.error("must list at least one scheme") }
        if let itemsNode = object["items"], let items = loadField(itemsNode, name: "", side: side) {
            field.itemStorage = [items]
        }
        if let fieldsNode = object["fields"] { field.fields = loadFields(fieldsNode, side: side) }
        field.additionalFields = object["additionalFields"]?.boolean
        field.swiftName = object["swiftName"]?.nonEmptyString
        field.typeName = object["typeName"]?.nonEmptyString
        for (value, nameNode) in object["enumNames"]?.entries ?? [] {
            guard let name = nameNode.nonEmptyString else { continue }
            if !(field.enumValues ?? []).contains(where: { Coercion.text($0) == value }) {
                nameNode.error("\"\(value)\" is not a value of this field's enum")
            }
            field.enumNames[value] = name
        }
        field.aliases = object["aliases"]?.strings ?? []
        field.acceptsSingle = object["acceptsSingle"]?.boolean ?? false
        if let encodingNode = object["encoding"], let encoding = encodingNode.string {
            if encoding == "json-string" {
                field.isEmbeddedJSON = true
            } else {
                encodingNode.error("must be \"json-string\", got \"\(encoding)\"")
            }
        }
        if let unitNode = object["unit"], let unitText = unitNode.string {
            if let unit = TimestampUnit(rawValue: unitText) {
                field.unit = unit
            } else {
                unitNode.error("must be \"seconds\" or \"milliseconds\", got \"\(unitText)\"")
            }
        }
        if let roleNode = object["role"], let roleText = roleNode.string {
            if let role = FieldRole(rawValue: roleText) {
                field.role = role
            } else {
                roleNode.error(
                    "unknown role \"\(roleText)\" (known roles: \(FieldRole.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
        }
        checkKeysFitType(field, object)
        return field
    }

    private func nonNegative(_ node: SpecNode?) -> Int? {
        guard let node, let number = node.integer else { return nil }
        if number < 0 { node.error("must not be negative, got \(number)") }
        return number < 0 ? nil : number
    }

    private func checkOrder(
        _ object: SpecObject, _ lowerKey: String, _ lower: Double?, _ upperKey: String, _ upper: Double?
    ) {
        guard let lower, let upper, lower > upper else { return }
        object[upperKey]?.error(
            "must be ≥ \(lowerKey) (\(ValueSchemaText.number(lower))), got \(ValueSchemaText.number(upper))")
    }

    /// Keys that make no sense for the field's type are errors, so that typos in intent are caught too.
    private func checkKeysFitType(_ field: FieldSpec, _ object: SpecObject) {
        guard case .builtin(let type) = field.type else {
            for key in [
                "fields", "items", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
                "schemes", "unit", "additionalFields",
            ] where object.has(key) {
                object[key]?.error("\"\(key)\" does not apply to a field of a named type")
            }
            return
        }
        var fitting: [String: Set<BuiltinType>] = [
            "fields": [.object], "additionalFields": [.object], "items": [.array], "minItems": [.array],
            "maxItems": [.array],
            "acceptsSingle": [.array], "minimum": [.integer, .number], "maximum": [.integer, .number],
            "minLength": [.string], "maxLength": [.string], "schemes": [.url], "unit": [.timestamp],
            "enum": [.string, .integer], "enumNames": [.string, .integer],
        ]
        fitting["encoding"] = [.object, .array, .any]
        for (key, types) in fitting where object.has(key) && !types.contains(type) {
            object[key]?.error("\"\(key)\" does not apply to a field of type \(type.rawValue)")
        }
        if type == .array, !object.has("items") { object.node.error("an array field needs \"items\"") }
        if type == .object, !object.has("fields") { object.node.error("an object field needs \"fields\"") }
        if type == .timestamp, !object.has("unit") {
            object.node.error("a timestamp field needs \"unit\" (seconds or milliseconds)")
        }
        if object.has("typeName"), type != .object, !object.has("enum") {
            object["typeName"]?.error("\"typeName\" names the Swift type of an object or enum field")
        }
    }
}

/// Number formatting for messages.
enum ValueSchemaText {
    /// `6`, `0.5`.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
