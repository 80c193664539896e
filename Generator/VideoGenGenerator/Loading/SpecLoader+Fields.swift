// Load: fields, the one vocabulary of request and response bodies.

@_spi(Generated) import VideoGenCore

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
        field.timestampFormat = loadTimestampFormat(object)
        if let scaleNode = object["scale"], let scale = scaleNode.string {
            switch scale {
            case "percent": field.isFraction = false
            case "fraction": field.isFraction = true
            default: scaleNode.error("must be \"percent\" (0–100) or \"fraction\" (0–1), got \"\(scale)\"")
            }
        }
        if let roleNode = object["role"] {
            let roleNodes = roleNode.value.arrayValue != nil ? (roleNode.array ?? []) : [roleNode]
            if roleNode.value.arrayValue?.isEmpty == true { roleNode.error("list at least one role") }
            for node in roleNodes {
                guard let roleText = node.string else { continue }
                guard let role = FieldRole(rawValue: roleText) else {
                    node.error(
                        "unknown role \"\(roleText)\" (known roles: \(FieldRole.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                    continue
                }
                if field.roles.contains(role) { node.error("the role \"\(roleText)\" is listed twice") }
                field.roles.append(role)
            }
        }
        field.renamedFrom = object["renamedFrom"]?.strings ?? []
        if let deprecatedNode = object["deprecated"] {
            switch deprecatedNode.value {
            case .bool(let flag): field.deprecation = flag ? "" : nil
            case .string(let text): field.deprecation = text
            default: deprecatedNode.error("must be true, false or a text saying what to use instead")
            }
        }
        checkKeysFitType(field, object)
        return field
    }

    /// `unit` (seconds, milliseconds, iso8601) or `pattern` with `timeZone`.
    private func loadTimestampFormat(_ object: SpecObject) -> TimestampFormat? {
        if object.has("unit"), object.has("pattern") {
            object["pattern"]?.error("give \"unit\" or \"pattern\", not both")
        }
        if let unitNode = object["unit"], let unitText = unitNode.string {
            switch unitText {
            case "seconds": return .seconds
            case "milliseconds": return .milliseconds
            case "iso8601": return .iso8601
            default:
                unitNode.error(
                    "must be \"seconds\", \"milliseconds\" or \"iso8601\" (or give \"pattern\"), got \"\(unitText)\"")
                return nil
            }
        }
        guard let patternNode = object["pattern"], let text = patternNode.string else {
            if object.has("timeZone") { object["timeZone"]?.error("\"timeZone\" belongs with \"pattern\"") }
            return nil
        }
        let zone = object["timeZone"]?.string ?? ""
        if !object.has("timeZone") {
            object.node.error("a pattern needs \"timeZone\" (UTC, an offset such as +08:00, or an IANA name)")
        } else if !DateText.isKnownTimeZone(zone) {
            object["timeZone"]?.error(
                "\"\(zone)\" is not a time zone (UTC, an offset such as +08:00, or an IANA name such as Asia/Shanghai)")
        }
        guard let pattern = DatePattern(text, timeZone: zone.isEmpty ? "UTC" : zone) else {
            patternNode.error(
                "must hold yyyy, MM and dd once each (tokens: yyyy MM dd HH mm ss SSS), got \"\(text)\"")
            return nil
        }
        return .pattern(pattern)
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
                "schemes", "unit", "pattern", "timeZone", "scale", "additionalFields",
            ] where object.has(key) {
                object[key]?.error("\"\(key)\" does not apply to a field of a named type")
            }
            return
        }
        var fitting: [String: Set<BuiltinType>] = [
            "fields": [.object], "additionalFields": [.object], "items": [.array], "minItems": [.array],
            "maxItems": [.array],
            "acceptsSingle": [.array], "minimum": [.integer, .number], "maximum": [.integer, .number],
            "minLength": [.string], "maxLength": [.string], "schemes": [.url, .file], "unit": [.timestamp],
            "pattern": [.timestamp], "timeZone": [.timestamp], "scale": [.integer, .number],
            "enum": [.string, .integer], "enumNames": [.string, .integer],
        ]
        fitting["encoding"] = [.object, .array, .any]
        for (key, types) in fitting where object.has(key) && !types.contains(type) {
            object[key]?.error("\"\(key)\" does not apply to a field of type \(type.rawValue)")
        }
        if type == .array, !object.has("items") { object.node.error("an array field needs \"items\"") }
        if type == .object, !object.has("fields"), object["additionalFields"]?.boolean != true {
            object.node.error("an object field needs \"fields\" (or \"additionalFields\": true for a free-form object)")
        }
        if type == .timestamp, !object.has("unit"), !object.has("pattern") {
            object.node.error(
                "a timestamp field needs \"unit\" (seconds, milliseconds or iso8601) or \"pattern\" (with \"timeZone\")"
            )
        }
        if object.has("scale"), !field.roles.contains(.progress) {
            object["scale"]?.error("\"scale\" says how progress is counted; it needs the role progress")
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
