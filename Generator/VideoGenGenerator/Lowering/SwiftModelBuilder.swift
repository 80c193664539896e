// Lower: a checked spec → the Swift declarations to emit, with names derived and clashes reported.

import VideoGenCore

/// Builds the ``SwiftProviderModel`` of a spec.
struct SwiftModelBuilder {
    let spec: ProviderSpec
    let descriptor: ProviderDescriptor
    let lowering: SchemaLowering

    var source: SpecSource { spec.source }

    func build() -> SwiftProviderModel {
        let request = structure(
            name: "CreateRequest",
            summary: spec.request.description.isEmpty ? "The body of a create request." : spec.request.description,
            origin: spec.request.path, fields: spec.request.fields, isRequest: true, isRoot: true,
            refusesUnknown: !spec.request.additionalFields)
        var responses: [(ResponseKind, SwiftStruct)] = []
        for response in spec.responses {
            responses.append((response.kind, responseStruct(response)))
        }
        let named = spec.types.map {
            structure(
                name: $0.name, summary: $0.description, origin: $0.path, fields: $0.fields, isRequest: false,
                isRoot: false)
        }
        checkNamespaceNames(named)
        return SwiftProviderModel(
            namespace: spec.swiftName.value,
            specFile: source.displayName,
            summary: spec.description,
            descriptor: descriptor,
            request: request,
            responses: responses,
            namedTypes: named,
            stateEnum: stateEnum(),
            failCodeEnum: failCodeEnum())
    }

    // MARK: Structs

    private func responseStruct(_ response: ResponseSpec) -> SwiftStruct {
        let summary = response.description.isEmpty ? "A \(response.kind.rawValue) response." : response.description
        var fields: [FieldSpec]
        if response.usesEnvelope, let envelope = spec.envelope {
            fields = envelope.fields
            if var data = response.data {
                data.name = envelope.dataKey
                if data.typeName == nil, case .builtin(.object) = data.type {
                    data.typeName = response.kind.swiftWord + "Payload"
                }
                if data.items?.typeName == nil, case .builtin(.object)? = data.items?.type {
                    data.itemStorage[0].typeName = response.kind.swiftWord + "Item"
                }
                if data.description.isEmpty { data.description = "The payload under the envelope." }
                fields.append(data)
            }
        } else if let typeName = response.typeName {
            fields = spec.types.first { $0.name == typeName.value }?.fields ?? []
        } else {
            fields = response.fields ?? []
        }
        return structure(
            name: response.kind.swiftTypeName, summary: summary, origin: response.path, fields: fields,
            isRequest: false, isRoot: false)
    }

    private func structure(
        name: String, summary: String, origin: JSONPath, fields: [FieldSpec], isRequest: Bool, isRoot: Bool,
        refusesUnknown: Bool = false
    ) -> SwiftStruct {
        var nested: [SwiftDeclaration] = []
        var properties: [SwiftProperty] = []
        for field in fields {
            let (typeText, declarations) = swiftType(of: field, isRequest: isRequest, owner: name)
            nested += declarations
            properties.append(
                SwiftProperty(
                    name: field.swiftName ?? SwiftNaming.propertyName(field.name),
                    wireNames: [field.name] + field.aliases,
                    typeText: typeText,
                    isOptional: !(isRequest && field.required),
                    encoding: encoding(of: field),
                    summary: field.description,
                    origin: field.path,
                    facts: facts(of: field)))
        }
        var seen: [String: JSONPath] = [name: origin]
        for declaration in nested {
            if seen[declaration.name] != nil {
                source.error(
                    at: origin,
                    "two types inside `\(name)` are both named `\(declaration.name)` (or one is named like `\(name)` itself); set \"typeName\" on one of the fields"
                )
            }
            seen[declaration.name] = origin
            if SwiftNaming.reservedTypeNames.contains(declaration.name)
                || SwiftNaming.keywords.contains(declaration.name)
            {
                source.error(
                    at: origin,
                    "a type inside `\(name)` would be named `\(declaration.name)`, which Swift or generated code already uses; set \"typeName\" on its field"
                )
            } else if !SwiftNaming.isTypeIdentifier(declaration.name) {
                source.error(
                    at: origin,
                    "a type inside `\(name)` would be named `\(declaration.name)`, which is not an UpperCamelCase identifier; set \"typeName\" on its field"
                )
            }
        }
        return SwiftStruct(
            name: name, summary: summary, origin: origin, isRequest: isRequest, isRequestRoot: isRoot,
            refusesUnknownFields: refusesUnknown, properties: properties, nested: nested)
    }

    /// The Swift type text of a field, and the nested declarations it needs.
    private func swiftType(of field: FieldSpec, isRequest: Bool, owner: String) -> (String, [SwiftDeclaration]) {
        switch field.type {
        case .named(let name):
            return (name, [])
        case .builtin(let builtin):
            if let values = field.enumValues, builtin == .string || builtin == .integer {
                let enumName = field.typeName ?? SwiftNaming.typeName(field.name.isEmpty ? owner + "Value" : field.name)
                let model = enumeration(
                    field, values: values, name: enumName, isOpen: !isRequest,
                    rawType: builtin == .integer ? "Int" : "String")
                return (enumName, [.enumeration(model)])
            }
            switch builtin {
            case .string, .url: return ("String", [])
            case .integer: return ("Int", [])
            case .number: return ("Double", [])
            case .boolean: return ("Bool", [])
            case .any: return ("JSONValue", [])
            case .code: return ("ProviderCode", [])
            case .timestamp: return ("Date", [])
            case .state: return ("ProviderState", [])
            case .failCode: return ("FailCode", [])
            case .object:
                let structName = field.typeName ?? SwiftNaming.typeName(field.name)
                let model = structure(
                    name: structName, summary: field.description, origin: field.path, fields: field.fields ?? [],
                    isRequest: isRequest,
                    isRoot: false, refusesUnknown: isRequest && !(field.additionalFields ?? false))
                return (structName, [.structure(model)])
            case .array:
                guard var items = field.items else { return ("[JSONValue]", []) }
                if items.typeName == nil, items.type == FieldTypeName.builtin(.object) || items.enumValues != nil {
                    items.typeName = SwiftNaming.typeName(field.name) + "Item"
                }
                if items.name.isEmpty { items.name = field.name }
                let (itemType, declarations) = swiftType(of: items, isRequest: isRequest, owner: owner)
                return ("[\(itemType)]", declarations)
            }
        }
    }

    private func encoding(of field: FieldSpec) -> SwiftPropertyEncoding {
        if case .builtin(.array) = field.type {
            return .array(acceptsSingle: field.acceptsSingle, embeddedJSON: field.isEmbeddedJSON)
        }
        if case .builtin(.timestamp) = field.type { return .timestamp(field.unit ?? .seconds) }
        return field.isEmbeddedJSON ? .embeddedJSON : .plain
    }

    private func facts(of field: FieldSpec) -> [String] {
        var facts: [String] = []
        if let defaultValue = field.defaultValue { facts.append("Default: `\(defaultValue.serialized())`.") }
        let schema = lowering.value(field, expanding: [])
        switch field.type {
        case .builtin(.integer), .builtin(.number), .builtin(.string), .builtin(.array), .builtin(.url):
            if field.minimum != nil || field.maximum != nil || field.minLength != nil || field.maxLength != nil
                || field.minItems != nil || field.maxItems != nil || field.type == FieldTypeName.builtin(.url)
            {
                facts.append("Must be \(schema.expectationText).")
            }
        default:
            break
        }
        if !field.aliases.isEmpty {
            facts.append("Also read from \(field.aliases.map { "`\($0)`" }.joined(separator: ", ")).")
        }
        if field.isEmbeddedJSON {
            facts.append("Sent as a string holding JSON; an already parsed value is accepted too.")
        }
        if field.acceptsSingle { facts.append("A lone value is read as a one-item array.") }
        if let role = field.role { facts.append("Unified role: `\(role.rawValue)`.") }
        return facts
    }

    // MARK: Enums

    private func enumeration(_ field: FieldSpec, values: [JSONValue], name: String, isOpen: Bool, rawType: String)
        -> SwiftEnum
    {
        let cases = values.map { value -> SwiftEnumCase in
            let raw = Coercion.text(value) ?? ""
            return SwiftEnumCase(
                name: field.enumNames[raw] ?? SwiftNaming.caseName(raw), rawValue: value,
                summary: "`\(value.serialized())`")
        }
        let summary = field.description.isEmpty ? "The values of `\(field.name)`." : field.description
        return SwiftEnum(
            name: name, summary: summary, origin: field.path, isOpen: isOpen && rawType == "String", rawType: rawType,
            cases: cases, unifiedStates: nil)
    }

    private func stateEnum() -> SwiftEnum {
        SwiftEnum(
            name: "ProviderState",
            summary: "\(spec.displayName)'s task states; values the spec does not list decode as `unknown`.",
            origin: JSONPath.keys("states"), isOpen: true, rawType: "String",
            cases: spec.states.map {
                SwiftEnumCase(
                    name: $0.swiftName ?? SwiftNaming.caseName($0.value), rawValue: .string($0.value),
                    summary: ($0.description.isEmpty ? "" : $0.description + " ") + "Unified: `\($0.unified.rawValue)`."
                )
            },
            unifiedStates: spec.states.map(\.unified))
    }

    private func failCodeEnum() -> SwiftEnum {
        var seen: [String: String] = [:]
        let cases = spec.failCodes.map { code -> SwiftEnumCase in
            let name = SwiftNaming.caseName(code.code)
            let path = JSONPath.keys("failCodes", code.code)
            if let other = seen[name] {
                source.error(
                    at: path, "the fail codes \"\(other)\" and \"\(code.code)\" both become the Swift case `\(name)`")
            }
            seen[name] = code.code
            if name.isEmpty || !SwiftNaming.isIdentifier(name) || SwiftNaming.keywords.contains(name)
                || SwiftNaming.reservedMemberNames.contains(name)
            {
                source.error(at: path, "the fail code \"\(code.code)\" gives no usable Swift case name (\"\(name)\")")
            }
            return SwiftEnumCase(name: name, rawValue: .string(code.code), summary: code.summary)
        }
        return SwiftEnum(
            name: "FailCode", summary: "\(spec.displayName)'s documented fail codes; other codes decode as `unknown`.",
            origin: JSONPath.keys("failCodes"), isOpen: true, rawType: "String", cases: cases, unifiedStates: nil)
    }

    private func checkNamespaceNames(_ named: [SwiftStruct]) {
        var seen: Set<String> = []
        for model in named where !seen.insert(model.name).inserted {
            source.error(at: model.origin, "the type name `\(model.name)` is declared twice")
        }
    }
}
