// Lower: a checked spec → the Swift declarations to emit, with names derived and clashes reported.

@_spi(Generated) import VideoGenCore

/// Builds the ``SwiftProviderModel`` of a spec.
struct SwiftModelBuilder {
    let spec: ProviderSpec
    let descriptor: ProviderDescriptor
    let lowering: SchemaLowering
    /// The spec's text, minified.
    let specText: String

    var source: SpecSource { spec.source }
    private var namespace: String { spec.swiftName.value }

    func build() -> SwiftProviderModel {
        let requests = spec.requests.map { request in
            structure(
                name: Self.requestTypeName(request.name),
                summary: request.description.isEmpty ? "The body of the \(request.name) request." : request.description,
                origin: request.path, fields: typedFields(of: request), isRequest: true,
                schema: "\(namespace).descriptor.requestBody(named: \(SwiftLiteral.string(request.name)))",
                requestName: request.name)
        }
        let envelope = spec.envelope.map { envelope in
            structure(
                name: "Envelope",
                summary: "The fields \(spec.displayName) wraps around every answer's payload.",
                origin: envelope.path, fields: envelope.fields, isRequest: false,
                schema: "\(namespace).descriptor.envelopeFields")
        }
        let responses = spec.responses.compactMap(responseStruct)
        let named = spec.types.map {
            structure(
                name: $0.name, summary: $0.description, origin: $0.path, fields: $0.fields, isRequest: false,
                schema: "\(namespace).descriptor.typeBody(named: \(SwiftLiteral.string($0.name)))")
        }
        var parameterEnums: [SwiftEnum] = []
        let methods = spec.operations.map { method(for: $0, enums: &parameterEnums) }
        checkNamespaceNames(
            requests.map { ($0.name, $0.origin) } + responses.map { ($0.name, $0.origin) }
                + named.map { ($0.name, $0.origin) } + parameterEnums.map { ($0.name, $0.origin) }
                + spec.responses.compactMap(aliasName),
            namedTypes: Set(named.map(\.name)))
        return SwiftProviderModel(
            namespace: namespace, specFile: source.displayName, summary: spec.description, descriptor: descriptor,
            specText: specText, requests: requests, responses: responses, responseAliases: responseAliases,
            envelope: envelope, namedTypes: named,
            parameterEnums: parameterEnums, stateEnum: stateEnum(), failCodeEnum: failCodeEnum(), methods: methods)
    }

    /// The fields of a request's Swift struct: its own, the model field's enum kept open, and — where the fields
    /// depend on the model — every model's fields, optional (a model's own required fields are checked when the
    /// model is known), with the models that take each named in its documentation.
    private func typedFields(of request: RequestSpec) -> [FieldSpec] {
        var fields = request.fields
        if request.name == spec.createRequest?.name, let modelPath = descriptor.request(named: request.name)?.modelPath
        {
            fields = Self.changing(fields, at: modelPath.components) { $0.keepsUnknownValues = true }
        }
        guard let path = request.perModel?.value else { return fields }
        var added: [FieldSpec] = []
        var takers: [String: [String]] = [:]
        for model in spec.modelParameters {
            for var field in model.fields {
                takers[field.name, default: []].append(model.modelID)
                if let index = added.firstIndex(where: { $0.name == field.name }) {
                    added[index] = Self.merged(added[index], field)
                } else {
                    field.required = false
                    added.append(field)
                }
            }
        }
        for index in added.indices {
            let models = takers[added[index].name] ?? []
            added[index].description +=
                (added[index].description.isEmpty ? "" : " ") + "Models: \(models.joined(separator: ", "))."
        }
        return Self.changing(fields, at: path.components) { object in
            object.fields =
                (object.fields ?? []) + added.filter { new in !(object.fields ?? []).contains { $0.name == new.name } }
        } root: { root in
            root + added.filter { new in !root.contains { $0.name == new.name } }
        }
    }

    /// Two models' declarations of one field as one: enums joined, anything else that differs becomes any value.
    private static func merged(_ first: FieldSpec, _ second: FieldSpec) -> FieldSpec {
        var field = first
        if first.type == second.type, let a = first.enumValues, let b = second.enumValues {
            field.enumValues = a + b.filter { !a.contains($0) }
            field.defaultValue = nil
            return field
        }
        if first.type != second.type || first.enumValues != second.enumValues {
            field.type = .builtin(.any)
            field.enumValues = nil
            field.minimum = nil
            field.maximum = nil
            field.defaultValue = nil
            field.itemStorage = []
            field.fields = nil
        }
        return field
    }

    /// `fields` with the field at `path` (a path of keys) changed; `root` changes the list itself for an empty path.
    private static func changing(
        _ fields: [FieldSpec], at path: [JSONPath.Component], _ change: (inout FieldSpec) -> Void,
        root: (([FieldSpec]) -> [FieldSpec])? = nil
    ) -> [FieldSpec] {
        guard let first = path.first else { return root?(fields) ?? fields }
        guard case .key(let key) = first, let index = fields.firstIndex(where: { $0.name == key }) else {
            return fields
        }
        var copy = fields
        if path.count == 1 {
            change(&copy[index])
        } else {
            copy[index].fields = changing(copy[index].fields ?? [], at: Array(path.dropFirst()), change, root: root)
        }
        return copy
    }

    /// `create` → `CreateRequest`.
    static func requestTypeName(_ name: String) -> String { SwiftNaming.typeName(name) + "Request" }

    /// `status` → `StatusResponse`.
    static func responseTypeName(_ name: String) -> String { SwiftNaming.typeName(name) + "Response" }

    // MARK: Responses

    /// A response whose whole body is a named type is that type (a type alias), and so is one that reads and
    /// declares exactly what an earlier response does (only its descriptions differ); others get a struct.
    private func aliasName(_ response: ResponseSpec) -> (String, JSONPath)? {
        aliasTarget(response) == nil ? nil : (Self.responseTypeName(response.name), response.path)
    }

    /// The type `response` is an alias of, if it gets no struct of its own.
    private func aliasTarget(_ response: ResponseSpec) -> String? {
        if let typeName = response.typeName { return typeName.value }
        guard let model = builtStruct(response), let body = shape(of: response) else { return nil }
        let signature = Self.signature(of: .structure(model), named: false)
        for earlier in spec.responses {
            if earlier.name == response.name { return nil }
            guard earlier.typeName == nil, let other = builtStruct(earlier), shape(of: earlier) == body,
                Self.signature(of: .structure(other), named: false) == signature
            else { continue }
            return Self.responseTypeName(earlier.name)
        }
        return nil
    }

    /// What a response reads: its lowered body without the descriptions (which only feed doc comments).
    private func shape(of response: ResponseSpec) -> ObjectSchema? {
        descriptor.response(named: response.name).map { Self.withoutSummaries($0.body) }
    }

    private static func withoutSummaries(_ object: ObjectSchema) -> ObjectSchema {
        var copy = object
        for index in copy.fields.indices {
            copy.fields[index].summary = ""
            copy.fields[index].value.type = withoutSummaries(copy.fields[index].value.type)
        }
        return copy
    }

    private static func withoutSummaries(_ type: ValueType) -> ValueType {
        switch type {
        case .object(let object): return .object(withoutSummaries(object))
        case .array(var item, let acceptsSingle):
            item.type = withoutSummaries(item.type)
            return .array(item, acceptsSingle: acceptsSingle)
        default: return type
        }
    }

    /// The declarations a type makes, without its name (for the top level), docs and origins.
    private static func signature(of declaration: SwiftDeclaration, named: Bool) -> String {
        switch declaration {
        case .structure(let model):
            let properties = model.properties.map {
                "\($0.name)=\($0.wireName):\($0.typeText)\($0.isOptional ? "?" : "")/\($0.kind)"
            }
            let nested = model.nested.map { signature(of: $0, named: true) }
            return "struct \(named ? model.name : "")\(model.hasEnvelope ? "+envelope" : "")"
                + "{\(properties.joined(separator: ","))|\(nested.joined(separator: ","))}"
        case .enumeration(let model):
            let cases = model.cases.map { "\($0.name)=\($0.rawValue.serialized())" }
            return "enum \(model.name)\(model.isOpen ? "+open" : ""):\(model.rawType){\(cases.joined(separator: ","))}"
        }
    }

    private func responseStruct(_ response: ResponseSpec) -> SwiftStruct? {
        guard aliasTarget(response) == nil else { return nil }
        return builtStruct(response)
    }

    /// The struct a response would get.
    private func builtStruct(_ response: ResponseSpec) -> SwiftStruct? {
        guard response.typeName == nil else { return nil }
        let name = Self.responseTypeName(response.name)
        let summary = response.description.isEmpty ? "The \(response.name) answer." : response.description
        let schema = "\(namespace).descriptor.responseBody(named: \(SwiftLiteral.string(response.name)))"
        if response.usesEnvelope, let envelope = spec.envelope {
            var fields: [FieldSpec] = []
            if var data = response.data {
                data.name = envelope.dataKey
                let word = SwiftNaming.typeName(response.name)
                if data.typeName == nil, case .builtin(.object) = data.type { data.typeName = word + "Payload" }
                if data.items?.typeName == nil, case .builtin(.object)? = data.items?.type {
                    data.itemStorage[0].typeName = word + "Item"
                }
                if data.description.isEmpty { data.description = "The payload under the envelope." }
                fields.append(data)
            }
            var model = structure(
                name: name, summary: summary, origin: response.path, fields: fields, isRequest: false, schema: schema)
            model.hasEnvelope = true
            return model
        }
        return structure(
            name: name, summary: summary, origin: response.path, fields: response.fields ?? [], isRequest: false,
            schema: schema)
    }

    /// The type aliases of responses whose body is a named type, for the emitter.
    var responseAliases: [(name: String, target: String, summary: String, origin: JSONPath)] {
        spec.responses.compactMap { response in
            guard let target = aliasTarget(response) else { return nil }
            return (
                Self.responseTypeName(response.name), target,
                response.description.isEmpty ? "The \(response.name) answer." : response.description, response.path
            )
        }
    }

    // MARK: Structs

    private func structure(
        name: String, summary: String, origin: JSONPath, fields: [FieldSpec], isRequest: Bool, schema: String,
        requestName: String? = nil
    ) -> SwiftStruct {
        var nested: [SwiftDeclaration] = []
        var properties: [SwiftProperty] = []
        for field in fields {
            let (typeText, declarations) = swiftType(
                of: field, isRequest: isRequest, owner: name, ownerSchema: "\(name).schema")
            nested += declarations
            properties.append(
                SwiftProperty(
                    name: field.swiftName ?? SwiftNaming.propertyName(field.name),
                    wireName: field.name,
                    typeText: typeText,
                    isOptional: !(isRequest && field.required),
                    kind: kind(of: field),
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
            name: name, summary: summary, origin: origin, isRequest: isRequest, requestName: requestName,
            schemaExpression: schema, hasEnvelope: false, properties: properties, nested: nested)
    }

    /// The Swift type text of a field, and the nested declarations it needs; nested structs find their schema in
    /// `ownerSchema` under the field's wire name.
    private func swiftType(of field: FieldSpec, isRequest: Bool, owner: String, ownerSchema: String)
        -> (String, [SwiftDeclaration])
    {
        switch field.type {
        case .named(let name):
            return (name, [])
        case .builtin(let builtin):
            if let values = field.enumValues, builtin == .string || builtin == .integer {
                let enumName = field.typeName ?? SwiftNaming.typeName(field.name.isEmpty ? owner + "Value" : field.name)
                let model = enumeration(
                    field, values: values, name: enumName, isOpen: !isRequest || field.keepsUnknownValues,
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
            case .file: return ("RemoteFile", [])
            case .state: return ("ProviderState", [])
            case .failCode: return ("FailCode", [])
            case .object:
                // A free-form object (no declared fields) is kept as it is.
                guard let fields = field.fields, !fields.isEmpty else { return ("JSONValue", []) }
                let structName = field.typeName ?? SwiftNaming.typeName(field.name)
                let model = structure(
                    name: structName, summary: field.description, origin: field.path, fields: field.fields ?? [],
                    isRequest: isRequest,
                    schema: "\(ownerSchema).objectSchema(ofField: \(SwiftLiteral.string(field.name)))")
                return (structName, [.structure(model)])
            case .array:
                guard var items = field.items else { return ("[JSONValue]", []) }
                if items.typeName == nil, items.type == FieldTypeName.builtin(.object) || items.enumValues != nil {
                    items.typeName = SwiftNaming.typeName(field.name) + "Item"
                }
                if items.name.isEmpty { items.name = field.name }
                let (itemType, declarations) = swiftType(
                    of: items, isRequest: isRequest, owner: owner, ownerSchema: ownerSchema)
                return ("[\(itemType)]", declarations)
            }
        }
    }

    private func kind(of field: FieldSpec) -> SwiftPropertyKind {
        if case .builtin(.array) = field.type { return .list }
        if case .builtin(.timestamp) = field.type { return .date }
        return .value
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

    // MARK: Operations

    private func method(for entry: OperationSpec, enums: inout [SwiftEnum]) -> SwiftOperationMethod {
        let operation = entry.operation
        let answer: SwiftOperationAnswer
        switch operation.responseFormat {
        case .json: answer = .model(operation.response.map(Self.responseTypeName) ?? "JSONValue")
        case .events: answer = .events(operation.response.map(Self.responseTypeName) ?? "JSONValue")
        case .binary: answer = .bytes
        case .none: answer = .empty
        }
        var arguments: [SwiftOperationArgument] = []
        var labels: Set<String> = ["timeoutSeconds", "request", "file", "fileName", "contentType"]
        func add(_ argument: SwiftOperationArgument, at path: JSONPath) {
            guard labels.insert(argument.label).inserted else {
                source.error(
                    at: path,
                    "the parameter becomes the argument `\(argument.label)`, which another argument of `\(SwiftNaming.methodName(entry.name))` already uses; set \"swiftName\""
                )
                return
            }
            arguments.append(argument)
        }
        for parameter in operation.parameters {
            let path = entry.path.appending(key: "parameters").appending(key: parameter.name)
            switch parameter.source {
            case .taskID where !arguments.contains { if case .taskID = $0.source { return true } else { return false } }:
                add(
                    SwiftOperationArgument(
                        label: "taskID", typeText: "String", isOptional: false, source: .taskID,
                        summary: "The task's id."), at: path)
            case .model(_)
            where !arguments.contains { if case .model = $0.source { return true } else { return false } }:
                add(
                    SwiftOperationArgument(
                        label: "model", typeText: "String", isOptional: true, source: .model,
                        summary: "The model; `nil` is `\(spec.defaultModel.value)`."), at: path)
            case .caller:
                let label = parameterLabel(parameter, at: path)
                var typeText: String
                switch parameter.value.type {
                case .integer: typeText = "Int"
                case .number: typeText = "Double"
                case .boolean: typeText = "Bool"
                default: typeText = "String"
                }
                if let values = parameter.value.constraints.allowedValues {
                    let enumName = SwiftNaming.typeName(entry.name) + SwiftNaming.typeName(label)
                    var field = FieldSpec(
                        name: parameter.name, path: path, side: .request,
                        type: .builtin(typeText == "Int" ? .integer : .string))
                    field.description = parameter.summary
                    enums.append(
                        enumeration(
                            field, values: values, name: enumName, isOpen: false,
                            rawType: typeText == "Int" ? "Int" : "String"))
                    typeText = enumName
                }
                add(
                    SwiftOperationArgument(
                        label: label, typeText: typeText, isOptional: !parameter.isRequired,
                        source: .caller(parameter.name), summary: parameter.summary), at: path)
            default:
                break
            }
        }
        // The task id first, then the model, then the caller's parameters in spec order.
        func rank(_ argument: SwiftOperationArgument) -> Int {
            switch argument.source {
            case .taskID: return 0
            case .model: return 1
            case .caller: return 2
            }
        }
        arguments = arguments.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
            .map(\.element)
        var formFields: [(String, String, String)] = []
        if let form = operation.multipart {
            for field in form.fields {
                let label = SwiftNaming.propertyName(field.name)
                if labels.insert(label).inserted { formFields.append((label, field.name, field.summary)) }
            }
        }
        return SwiftOperationMethod(
            name: SwiftNaming.methodName(entry.name), operation: entry.name,
            summary: operation.summary.isEmpty ? "The \(entry.name) operation." : operation.summary,
            origin: entry.path, requestType: operation.requestName.map(Self.requestTypeName), answer: answer,
            arguments: arguments, uploads: operation.multipart != nil, formFields: formFields)
    }

    private func parameterLabel(_ parameter: OperationParameter, at path: JSONPath) -> String {
        let label = SwiftNaming.propertyName(parameter.name)
        if label.isEmpty || !SwiftNaming.isIdentifier(label) || SwiftNaming.keywords.contains(label) {
            source.error(
                at: path,
                "the parameter \"\(parameter.name)\" gives no usable Swift argument name (\"\(label)\"); set \"swiftName\""
            )
        }
        return label
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
            cases: cases)
    }

    private func stateEnum() -> SwiftEnum {
        SwiftEnum(
            name: "ProviderState",
            summary: "\(spec.displayName)'s task states.",
            origin: JSONPath.keys("states"), isOpen: true, rawType: "String",
            cases: spec.states.map {
                SwiftEnumCase(
                    name: $0.swiftName ?? SwiftNaming.caseName($0.value), rawValue: .string($0.value),
                    summary: ($0.description.isEmpty ? "" : $0.description + " ") + "Unified: `\($0.unified.rawValue)`."
                )
            })
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
            name: "FailCode", summary: "\(spec.displayName)'s documented fail codes.",
            origin: JSONPath.keys("failCodes"), isOpen: true, rawType: "String", cases: cases)
    }

    /// Every type the namespace declares is declared once, and (but for the spec's named types, whose names the
    /// spec checker judges where they are written) is not a name Swift or generated code already uses.
    private func checkNamespaceNames(_ names: [(String, JSONPath)], namedTypes: Set<String>) {
        var seen: [String: JSONPath] = [:]
        for (name, origin) in names {
            if seen[name] != nil {
                source.error(
                    at: origin,
                    "the Swift type `\(namespace).\(name)` would be declared twice; rename one of the requests, responses, types or parameters"
                )
            }
            seen[name] = origin
            if !namedTypes.contains(name),
                SwiftNaming.reservedTypeNames.contains(name) || SwiftNaming.keywords.contains(name)
            {
                source.error(
                    at: origin, "the Swift type `\(name)` is taken by Swift or by generated code; rename it")
            }
        }
    }
}
