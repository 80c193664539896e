// Check: request rules, the unified mapping and error detection name fields that exist, with fitting values.

@_spi(Generated) import VideoGenCore

extension SpecChecker {
    func checkRules() {
        for request in spec.requests {
            let schema = lowering.requestSchema(request)
            checkSiblingNames(request.fields, at: request.path.appending(key: "fields"))
            for rule in request.rules { check(rule, against: schema.acceptingAnyModel().body) }
            checkPerModel(request, schema)
        }
        let perModel = spec.requests.contains { $0.perModel != nil }
        for model in spec.modelParameters where !perModel {
            source.error(
                at: model.path,
                "the model has fields or rules of its own, but no request says where they go; add \"perModel\" to the request"
            )
        }
        var used = Set(spec.operations.compactMap(\.requestName))
        used.insert("")
        for request in spec.requests where !used.contains(request.name) {
            source.warning(at: request.path, "the request \"\(request.name)\" is not the body of any operation")
        }
    }

    /// A rule names fields the body has, and its values and constraints fit them.
    private func check(_ rule: Located<RequestRule>, against body: ObjectSchema) {
        for path in rule.value.referencedPaths where body.valueSchema(at: path) == nil {
            source.error(
                at: rule.path,
                "names the field \(path.fieldPath), which the request does not have\(suggestion(path, in: body))")
        }
        switch rule.value.kind {
        case .allowedValues(let path, let values):
            guard var relaxed = body.valueSchema(at: path) else { return }
            relaxed.constraints.allowedValues = nil
            for value in values {
                for violation in RequestValidator.validate(value, as: relaxed) {
                    source.error(
                        at: rule.path,
                        "the allowed value \(value.briefDescription) breaks \(path.fieldPath)'s own constraints: \(violation.message)"
                    )
                }
            }
        case .constrained(let path, let constraints):
            guard let schema = body.valueSchema(at: path) else { return }
            let isArray: Bool
            if case .array = schema.type { isArray = true } else { isArray = false }
            let misfits: [(String, Bool)] = [
                ("minItems", constraints.minItems != nil && !isArray),
                ("maxItems", constraints.maxItems != nil && !isArray),
                ("minimum", constraints.minimum != nil && schema.type != .integer && schema.type != .number),
                ("maximum", constraints.maximum != nil && schema.type != .integer && schema.type != .number),
                ("minLength", constraints.minLength != nil && schema.type != .string),
                ("maxLength", constraints.maxLength != nil && schema.type != .string),
            ]
            for (key, misfit) in misfits where misfit {
                source.error(
                    at: rule.path.appending(key: key),
                    "\"\(key)\" does not apply to \(path.fieldPath), which is \(schema.type.expectation)")
            }
            var relaxed = schema
            relaxed.constraints.allowedValues = nil
            for (index, value) in (constraints.allowedValues ?? []).enumerated() {
                for violation in RequestValidator.validate(value, as: relaxed) {
                    source.error(
                        at: rule.path.appending(key: "enum").appending(index: index),
                        "\(value.briefDescription) breaks \(path.fieldPath)'s own constraints: \(violation.message)")
                }
            }
        default:
            break
        }
    }

    /// `perModel` names an object of the request; each model's own rules name fields that model's body has.
    private func checkPerModel(_ request: RequestSpec, _ schema: RequestSchema) {
        guard let perModel = request.perModel else { return }
        if !perModel.value.components.isEmpty {
            guard let value = schema.body.valueSchema(at: perModel.value) else {
                source.error(
                    at: perModel.path,
                    "names the field \(perModel.value.fieldPath), which the request does not have\(suggestion(perModel.value, in: schema.body))"
                )
                return
            }
            guard case .object = value.type else {
                source.error(at: perModel.path, "\(perModel.value.fieldPath) is not an object")
                return
            }
        }
        for model in spec.modelParameters {
            if !spec.models.contains(where: { $0.value.id == model.modelID }) { continue }
            let body = schema.resolved(forModel: model.modelID).body
            for rule in model.rules { check(rule, against: body) }
        }
    }

    func checkUnifiedMapping() {
        // A create operation naming a request that does not exist is reported there; checking the mapping against
        // an empty body would only repeat it once per field.
        if let name = spec.operation(role: .create)?.requestName, spec.request(named: name) == nil { return }
        let body = lowering.createRequestSchema().acceptingAnyModel().body
        let create = spec.operation(role: .create)?.operation
        let schema = lowering.createRequestSchema()
        for entry in spec.unified.entries {
            checkUnifiedEntry(entry, body: body, create: create, declarations: schema.declarations(at:))
        }
        // A model's own destinations must suit that model's body.
        for model in spec.modelParameters where spec.models.contains(where: { $0.value.id == model.modelID }) {
            let own = schema.resolved(forModel: model.modelID)
            for entry in model.unified {
                checkUnifiedEntry(entry, body: own.body, create: create) { path in
                    own.body.valueSchema(at: path).map { [$0] } ?? []
                }
            }
        }
        for assignment in spec.unified.assignments {
            let value = assignment.value
            for path in [value.path] + (value.condition?.referencedPaths ?? []) where body.valueSchema(at: path) == nil
            {
                source.error(
                    at: assignment.path,
                    "names the field \(path.fieldPath), which the request does not have\(suggestion(path, in: body))")
            }
            if let schema = body.valueSchema(at: value.path) {
                for violation in RequestValidator.validate(value.value, as: schema) {
                    source.error(
                        at: assignment.path.appending(key: "value"),
                        "\(value.value.briefDescription) breaks \(value.path.fieldPath)'s own constraints: \(violation.message)"
                    )
                }
            }
        }
        let root = spec.unified.extrasRoot
        if !root.value.components.isEmpty {
            if let schema = body.valueSchema(at: root.value) {
                if case .object = schema.type {
                } else {
                    source.error(at: root.path, "\(root.value.fieldPath) is not an object")
                }
            } else {
                source.error(at: root.path, "names the field \(root.value.fieldPath), which the request does not have")
            }
        }
    }

    /// One destination of a unified field: its condition, target and value translations fit `body` (the create
    /// request's, or one model's); `declarations` gives every declaration of a body field, for translations.
    private func checkUnifiedEntry(
        _ entry: Located<UnifiedMapping.Entry>, body: ObjectSchema, create: ProviderOperation?,
        declarations: (JSONPath) -> [ValueSchema]
    ) {
        let mapping = entry.value
        for path in mapping.condition?.referencedPaths ?? [] where body.valueSchema(at: path) == nil {
            source.error(
                at: entry.path.appending(key: "when"),
                "names the field \(path.fieldPath), which the request does not have\(suggestion(path, in: body))")
        }
        switch mapping.target {
        case .parameter(let name):
            guard let parameter = create?.parameter(named: name) else {
                source.error(
                    at: entry.path.appending(key: "to"),
                    "{\(name)} is not a parameter of the create operation (\(Self.list(create?.parameters.map { "{\($0.name)}" } ?? [], empty: "none")))"
                )
                return
            }
            switch parameter.source {
            case .model:
                if mapping.field != .model {
                    source.error(
                        at: entry.path.appending(key: "to"),
                        "{\(name)} takes the model; only the unified model can go there")
                }
            case .caller:
                if mapping.field == .model {
                    source.error(
                        at: entry.path.appending(key: "to"),
                        "the model goes into a parameter \"from\": \"model\"; {\(name)} is the caller's")
                }
            default:
                source.error(
                    at: entry.path.appending(key: "to"),
                    "{\(name)} takes its value from elsewhere; a unified field can only fill a parameter \"from\": \"model\" or \"caller\""
                )
            }
        case .body(let path):
            guard let schema = body.valueSchema(at: path) else {
                source.error(
                    at: entry.path.appending(key: "to"),
                    "names the field \(path.fieldPath), which the request does not have\(suggestion(path, in: body))"
                )
                return
            }
            if !Self.unifiedField(mapping.field, fits: schema.type) {
                source.error(
                    at: entry.path.appending(key: "to"),
                    "the unified \(mapping.field.rawValue) cannot go into \(path.fieldPath), a field of type \(schema.type.typeWord)"
                )
            }
            // Where fields depend on the model, a translation must suit some model's declaration.
            let declarations = declarations(path)
            if let allowed = declarations.contains(where: { $0.constraints.allowedValues == nil })
                ? nil : declarations.compactMap(\.constraints.allowedValues).flatMap({ $0 }) as [JSONValue]?
            {
                for (from, to) in mapping.translations.sorted(by: { $0.key < $1.key })
                where !allowed.contains(where: { $0.looselyEquals(.string(to)) }) {
                    source.error(
                        at: entry.path.appending(key: "values").appending(key: from),
                        "translates to \"\(to)\", which \(path.fieldPath) does not allow (\(allowed.map(\.briefDescription).joined(separator: ", ")))"
                    )
                }
            }
        }
    }

    static func unifiedField(_ field: UnifiedMapping.Field, fits type: ValueType) -> Bool {
        switch (field, type) {
        case (.model, .string), (.prompt, .string), (.aspectRatio, .string), (.resolution, .string): return true
        case (.duration, .integer), (.duration, .number), (.duration, .string): return true
        case (.callbackURL, .url), (.callbackURL, .string): return true
        case (.imageURLs, .array(let items, _)): return items.type == .url || items.type == .string
        case (.imageURLs, .url), (.imageURLs, .string): return true  // a field that takes one image
        case (_, .any): return true
        default: return false
        }
    }

    func checkErrorDetection() {
        let schemas =
            spec.responses.map(lowering.bodySchema)
            + (lowering.responseSchema(named: spec.errors.response.value).map { [$0.body] } ?? [])
        if spec.errors.detect.isEmpty {
            source.error(
                at: spec.errors.path.appending(key: "detect"),
                "list at least one condition that recognises an error answer")
        }
        for condition in spec.errors.detect {
            for path in condition.value.referencedPaths
            where !schemas.contains(where: { $0.valueSchema(at: path) != nil }) {
                source.error(at: condition.path, "names the field \(path.fieldPath), which no response declares")
            }
        }
    }

    func suggestion(_ path: JSONPath, in body: ObjectSchema) -> String {
        guard case .key(let last)? = path.components.last else { return "" }
        let parent = JSONPath(Array(path.components.dropLast()))
        guard let schema = body.valueSchema(at: parent), case .object(let object) = schema.type else { return "" }
        guard let match = SpecKeySuggestion.closest(to: last, among: object.fields.map(\.name)) else { return "" }
        return "; did you mean \(parent.appending(key: match).fieldPath)?"
    }
}
