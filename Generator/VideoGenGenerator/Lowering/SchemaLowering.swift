// Lower: spec fields → core schemas (named types resolved, envelopes merged into whole-body schemas).

@_spi(Generated) import VideoGenCore

/// Turns the fields of a spec into the core's ``ObjectSchema`` and ``ValueSchema`` values.
struct SchemaLowering {
    let spec: ProviderSpec
    private let types: [String: NamedTypeSpec]

    init(spec: ProviderSpec) {
        self.spec = spec
        var types: [String: NamedTypeSpec] = [:]
        for type in spec.types where types[type.name] == nil { types[type.name] = type }
        self.types = types
    }

    /// The named type called `name`, if the spec declares it.
    func namedType(_ name: String) -> NamedTypeSpec? { types[name] }

    /// The schema and rules of a named request.
    func requestSchema(_ request: RequestSpec) -> RequestSchema {
        var perModel: PerModelFields?
        if let path = request.perModel?.value {
            var variants: [String: PerModelFields.Variant] = [:]
            for model in spec.modelParameters {
                variants[model.modelID] = PerModelFields.Variant(
                    fields: model.fields.map { field($0, expanding: []) }, rules: model.rules.map(\.value))
            }
            perModel = PerModelFields(path: path, variants: variants, models: spec.models.map(\.value.id))
        }
        // The model's place in the body, and the listed models, for the request the unified mapping fills.
        var modelPath: JSONPath?
        var models: [String] = []
        if request.name == spec.createRequest?.name {
            models = spec.models.map(\.value.id)
            for entry in spec.unified.entries where entry.value.field == .model {
                if case .body(let path) = entry.value.target { modelPath = path }
            }
        }
        return RequestSchema(
            name: request.name, summary: request.description,
            body: ObjectSchema(
                fields: request.fields.map { field($0, expanding: []) },
                acceptsUnknownFields: request.additionalFields),
            rules: request.rules.map(\.value), perModel: perModel, modelPath: modelPath, models: models)
    }

    /// The schema and rules of the request called `name` (an empty one when the spec has none).
    func requestSchema(named name: String) -> RequestSchema {
        spec.request(named: name).map(requestSchema)
            ?? RequestSchema(name: name, body: ObjectSchema(fields: [], acceptsUnknownFields: true), rules: [])
    }

    /// The create operation's request (an empty one when there is none).
    func createRequestSchema() -> RequestSchema {
        spec.createRequest.map(requestSchema)
            ?? RequestSchema(name: "", body: ObjectSchema(fields: [], acceptsUnknownFields: true), rules: [])
    }

    /// The response called `name` as the runtime reads it, or `nil` when the spec has no such entry. Without a
    /// documented error response, the error body is the envelope alone.
    func responseSchema(named name: String) -> ResponseSchema? {
        guard let response = spec.responses.first(where: { $0.name == name }) else {
            guard name == spec.errors.response.value else { return nil }
            return ResponseSchema(name: name, body: ObjectSchema(fields: envelopeFields(), acceptsUnknownFields: true))
        }
        return responseSchema(response)
    }

    /// A response as the runtime reads it.
    func responseSchema(_ response: ResponseSpec) -> ResponseSchema {
        ResponseSchema(
            name: response.name, summary: response.description, body: bodySchema(response),
            states: response.states.map {
                $0.map { StateMapping(providerState: $0.value, unified: $0.unified, summary: $0.description) }
            },
            otherStates: response.otherStates, errorDetection: response.detect.map { $0.map(\.value) })
    }

    /// The whole-body schema of a response as written.
    func bodySchema(_ response: ResponseSpec) -> ObjectSchema {
        if response.usesEnvelope, let envelope = spec.envelope {
            var fields = envelopeFields()
            if let data = response.data {
                var payload = field(data, expanding: [])
                payload.name = envelope.dataKey
                fields.append(payload)
            }
            return ObjectSchema(fields: fields, acceptsUnknownFields: true)
        }
        if let typeName = response.typeName {
            var body = FieldSpec(
                name: "", path: typeName.path.deletingLastComponent(), side: .response, type: .named(typeName.value))
            body.path = typeName.path.deletingLastComponent()
            if case .object(let object) = value(body, expanding: []).type { return object }
            return ObjectSchema(fields: [], acceptsUnknownFields: true)
        }
        return ObjectSchema(
            fields: (response.fields ?? []).map { field($0, expanding: []) }, acceptsUnknownFields: true)
    }

    private func envelopeFields() -> [FieldSchema] {
        (spec.envelope?.fields ?? []).map { field($0, expanding: []) }
    }

    /// One field; `expanding` lists the named types being expanded (to stop at cycles).
    func field(_ spec: FieldSpec, expanding: [String]) -> FieldSchema {
        FieldSchema(
            name: spec.name, aliases: spec.aliases, value: value(spec, expanding: expanding), isRequired: spec.required,
            defaultValue: spec.defaultValue, roles: spec.roles, summary: spec.description,
            formerNames: spec.renamedFrom, deprecation: spec.deprecation)
    }

    /// The value schema of a field.
    func value(_ field: FieldSpec, expanding: [String]) -> ValueSchema {
        ValueSchema(
            type: type(field, expanding: expanding), constraints: constraints(field),
            isEmbeddedJSON: field.isEmbeddedJSON, isFraction: field.isFraction)
    }

    private func constraints(_ field: FieldSpec) -> Constraints {
        Constraints(
            allowedValues: field.enumValues, minimum: field.minimum, maximum: field.maximum,
            minLength: field.minLength, maxLength: field.maxLength, minItems: field.minItems, maxItems: field.maxItems,
            schemes: field.schemes)
    }

    private func type(_ field: FieldSpec, expanding: [String]) -> ValueType {
        switch field.type {
        case .named(let name):
            guard let named = types[name] else {
                self.spec.source.error(at: field.path.appending(key: "type"), unknownTypeMessage(name))
                return .any
            }
            if expanding.contains(name) {
                self.spec.source.error(
                    at: field.path.appending(key: "type"),
                    "the type \"\(name)\" contains itself (\((expanding + [name]).joined(separator: " → "))); recursive types are not supported"
                )
                return .any
            }
            return .object(
                ObjectSchema(
                    fields: named.fields.map { self.field($0, expanding: expanding + [name]) },
                    acceptsUnknownFields: named.additionalFields ?? true,
                    expectsOtherFields: named.additionalFields == true))
        case .builtin(let builtin):
            switch builtin {
            case .string: return .string
            case .integer: return .integer
            case .number: return .number
            case .boolean: return .boolean
            case .url: return .url
            case .any: return .any
            case .code: return .code
            case .state: return .state
            case .failCode: return .failCode
            case .timestamp: return .timestamp(field.timestampFormat ?? .seconds)
            case .file: return .file
            case .object:
                return .object(
                    ObjectSchema(
                        fields: (field.fields ?? []).map { self.field($0, expanding: expanding) },
                        acceptsUnknownFields: field.additionalFields ?? (field.side == .response),
                        expectsOtherFields: field.additionalFields == true))
            case .array:
                let items = field.items.map { value($0, expanding: expanding) } ?? ValueSchema(type: .any)
                return .array(items, acceptsSingle: field.acceptsSingle)
            }
        }
    }

    private func unknownTypeMessage(_ name: String) -> String {
        let builtins = BuiltinType.allCases.map(\.rawValue)
        var message = "unknown type \"\(name)\""
        if let suggestion = SpecKeySuggestion.closest(to: name, among: builtins + Array(types.keys).sorted()) {
            message += "; did you mean \"\(suggestion)\"?"
        } else {
            message += " (builtin types: \(builtins.joined(separator: ", ")); declare named types under \"types\")"
        }
        return message
    }
}
