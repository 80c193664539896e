// Check: field definitions — enum value types, defaults inside their own constraints, roles.

@_spi(Generated) import VideoGenCore

extension SpecChecker {
    func checkFields() {
        for request in spec.requests {
            for field in request.fields { checkField(field) }
        }
        for model in spec.modelParameters {
            for field in model.fields { checkField(field) }
            checkSiblingNames(model.fields, at: model.path.appending(key: "fields"))
        }
        for field in spec.envelope?.fields ?? [] { checkField(field) }
        for type in spec.types {
            if !SwiftNaming.isTypeIdentifier(type.name) {
                source.error(at: type.path, "a type name is an UpperCamelCase Swift identifier, got \"\(type.name)\"")
            } else if SwiftNaming.keywords.contains(type.name) || SwiftNaming.reservedTypeNames.contains(type.name) {
                source.error(
                    at: type.path,
                    "the type name \"\(type.name)\" is taken by Swift or by generated code; choose another")
            }
            if BuiltinType(rawValue: type.name) != nil {
                source.error(at: type.path, "\"\(type.name)\" is a builtin type word")
            }
            for field in type.fields { checkField(field) }
        }
        for response in spec.responses {
            if let data = response.data { checkField(data) }
            for field in response.fields ?? [] { checkField(field) }
        }
        let used = Set(
            allFields().compactMap { field -> String? in
                if case .named(let name) = field.type { return name }
                return nil
            } + spec.responses.compactMap { $0.typeName?.value })
        for type in spec.types where !used.contains(type.name) {
            source.warning(at: type.path, "the type \"\(type.name)\" is not used by any response")
        }
    }

    /// Every field of the spec, nested ones included.
    func allFields() -> [FieldSpec] {
        var result: [FieldSpec] = []
        func visit(_ field: FieldSpec) {
            result.append(field)
            field.fields?.forEach(visit)
            field.items.map(visit)
        }
        for request in spec.requests { request.fields.forEach(visit) }
        for model in spec.modelParameters { model.fields.forEach(visit) }
        spec.envelope?.fields.forEach(visit)
        for type in spec.types { type.fields.forEach(visit) }
        for response in spec.responses {
            response.data.map(visit)
            response.fields?.forEach(visit)
        }
        return result
    }

    private func checkField(_ field: FieldSpec) {
        let schema = lowering.value(field, expanding: [])
        if let values = field.enumValues, case .builtin(let type) = field.type {
            let wantsIntegers = type == .integer
            for (index, value) in values.enumerated() {
                let fits: Bool
                if case .integer = value {
                    fits = wantsIntegers
                } else if case .string = value {
                    fits = !wantsIntegers
                } else {
                    fits = true
                }
                if !fits {
                    source.error(
                        at: field.path.appending(key: "enum").appending(index: index),
                        "\(value.briefDescription) does not fit the field's type \(type.rawValue)")
                }
            }
            checkEnumCaseNames(field, values)
        }
        if let defaultValue = field.defaultValue {
            for violation in RequestValidator.validate(defaultValue, as: schema) {
                source.error(
                    at: field.path.appending(key: "default"),
                    "the default \(defaultValue.briefDescription) breaks the field's own constraints: \(violation.message)"
                )
            }
        }
        for role in field.roles where !role.accepts(schema.type) {
            source.error(
                at: field.path.appending(key: "role"),
                "the role \(role.rawValue) needs a field of type \(role.acceptedTypesDescription), not \(typeWord(field))"
            )
        }
        for former in field.renamedFrom
        where former == field.name || field.renamedFrom.filter({ $0 == former }).count > 1 {
            source.error(
                at: field.path.appending(key: "renamedFrom"),
                "the former name \"\(former)\" repeats a name of the same field")
        }
        if field.side == .response, field.required {
            source.error(
                at: field.path.appending(key: "required"),
                "response fields are never required; every documented form is accepted")
        }
        for alias in field.aliases where alias == field.name || field.aliases.filter({ $0 == alias }).count > 1 {
            source.error(
                at: field.path.appending(key: "aliases"), "the alias \"\(alias)\" repeats a name of the same field")
        }
        field.fields?.forEach(checkField)
        field.items.map(checkField)
        checkSiblingNames(field.fields ?? [], at: field.path.appending(key: "fields"))
    }

    private func typeWord(_ field: FieldSpec) -> String {
        switch field.type {
        case .builtin(let type): return type == .array ? "array of \(field.items.map(typeWord) ?? "?")" : type.rawValue
        case .named(let name): return name
        }
    }

    private func checkEnumCaseNames(_ field: FieldSpec, _ values: [JSONValue]) {
        var names: [String: JSONValue] = [:]
        for (index, value) in values.enumerated() {
            let raw = Coercion.text(value) ?? ""
            let name = field.enumNames[raw] ?? SwiftNaming.caseName(raw)
            let path = field.path.appending(key: "enum").appending(index: index)
            checkCaseName(
                name, at: path, what: "the enum value \(value.briefDescription)", explicit: field.enumNames[raw] != nil,
                fixKey: "enumNames")
            if let other = names[name] {
                source.error(
                    at: path,
                    "the enum values \(other.briefDescription) and \(value.briefDescription) both become the Swift case `\(name)`; name one in the field's \"enumNames\""
                )
            }
            names[name] = value
        }
    }

    /// Sibling fields must have distinct wire names (aliases included) and distinct Swift names.
    func checkSiblingNames(_ fields: [FieldSpec], at path: JSONPath) {
        var wire: [String: String] = [:]
        var swift: [String: String] = [:]
        for field in fields {
            for name in [field.name] + field.aliases + field.renamedFrom {
                if let other = wire[name], other != field.name {
                    source.error(at: field.path, "\"\(name)\" names both \"\(field.name)\" and \"\(other)\"")
                }
                wire[name] = field.name
            }
            let property = field.swiftName ?? SwiftNaming.propertyName(field.name)
            if let other = swift[property] {
                source.error(
                    at: field.path,
                    "the fields \"\(other)\" and \"\(field.name)\" both become the Swift property `\(property)`; give one a swiftName"
                )
            }
            swift[property] = field.name
            let fix = field.swiftName == nil ? "add a \"swiftName\"" : "choose another swiftName"
            if property.isEmpty || !SwiftNaming.isIdentifier(property) {
                source.error(
                    at: field.path,
                    "the field \"\(field.name)\" gives no usable Swift property name (\"\(property)\"); \(fix)")
            } else if SwiftNaming.keywords.contains(property) {
                source.error(
                    at: field.path,
                    "the field \"\(field.name)\" becomes the property `\(property)`, a Swift keyword; \(fix)")
            } else if SwiftNaming.reservedMemberNames.contains(property) {
                source.error(
                    at: field.path,
                    "the field \"\(field.name)\" becomes the property `\(property)`, which generated code already declares; \(fix)"
                )
            }
        }
    }
}
