// Makes a request body ready to send: former field names renamed, the model's own parameters resolved, and every
// violation (which stops the request) and warning (which does not) collected.

/// A request body checked and made ready to send.
public struct PreparedRequest: Sendable, Hashable {
    /// The body to send: fields given under a former name moved to their current one.
    public package(set) var body: JSONValue
    /// What is wrong with it; anything here means nothing may be sent.
    public package(set) var violations: [Violation]
    /// What is worth knowing but does not stop it: a model the spec does not list, a deprecated or renamed field.
    public package(set) var warnings: [Violation]

    /// Whether the body may be sent.
    public var isValid: Bool { violations.isEmpty }
}

extension RequestValidator {
    /// Checks `body` against `schema` for `model` (read from the body when the schema says where it sits), renaming
    /// fields given under a former name. A model the spec does not list is checked against what every listed model
    /// accepts and is a warning — or, with `refusingUnknownModels`, a violation.
    package static func prepare(
        _ body: JSONValue, against schema: RequestSchema, model: String? = nil, refusingUnknownModels: Bool = false
    ) -> PreparedRequest {
        var warnings: [Violation] = []
        var violations: [Violation] = []
        let renamed = rename(body, in: schema.body, at: .root, warnings: &warnings, violations: &violations)
        let model = model ?? schema.modelPath.flatMap { renamed.value(at: $0)?.stringValue }
        var effective = schema
        if let model, let known = schema.knownModels, !known.contains(model) {
            let suggestion = NameSuggestion.closest(to: model, among: known).map { " (did you mean \($0)?)" } ?? ""
            let listed = known.map { JSONValue.string($0).briefDescription }.joined(separator: ", ")
            let message =
                refusingUnknownModels
                ? "must be one of the listed models \(listed), got \(JSONValue.string(model).briefDescription)\(suggestion)"
                : "is \(JSONValue.string(model).briefDescription), which the spec does not list\(suggestion); it is checked against what the listed models accept"
            let path = schema.modelPath ?? JSONPath([.key("model")])
            let violation = Violation(path: path, message: message, value: .string(model))
            if refusingUnknownModels { violations.append(violation) } else { warnings.append(violation) }
            effective = schema.acceptingAnyModel()
        } else if let model {
            effective = schema.resolved(forModel: model)
        } else {
            // Without a model (a typed request whose model travels in the URL), every model's fields may apply.
            effective = schema.acceptingAnyModel(openingModelField: false)
        }
        violations += check(renamed, against: effective)
        warnings += deprecations(in: renamed, schema: effective.body, at: .root)
        return PreparedRequest(body: renamed, violations: violations, warnings: warnings)
    }

    /// `body` with fields given under a former name moved to their current name.
    private static func rename(
        _ body: JSONValue, in schema: ObjectSchema, at path: JSONPath, warnings: inout [Violation],
        violations: inout [Violation]
    ) -> JSONValue {
        guard case .object(var members) = body else { return body }
        for field in schema.fields {
            for former in field.formerNames {
                guard let value = members[former] else { continue }
                if let current = members[field.name], !current.isNull {
                    violations.append(
                        Violation(
                            path: path.appending(key: former),
                            message: "is the former name of \(field.name), which is given too; give \(field.name) only",
                            value: value))
                    members[former] = nil
                    continue
                }
                members[former] = nil
                members[field.name] = value
                warnings.append(
                    Violation(
                        path: path.appending(key: former),
                        message: "is now called \(field.name); sent as \(path.appending(key: field.name).fieldPath)",
                        value: value))
            }
            if case .object(let child) = field.value.type, let value = members[field.name] {
                members[field.name] = rename(
                    value, in: child, at: path.appending(key: field.name), warnings: &warnings,
                    violations: &violations)
            }
        }
        return .object(members)
    }

    /// A warning for every deprecated field `body` sets.
    private static func deprecations(in body: JSONValue, schema: ObjectSchema, at path: JSONPath) -> [Violation] {
        guard case .object(let members) = body else { return [] }
        var warnings: [Violation] = []
        for field in schema.fields {
            guard let value = members[field.name], !value.isNull else { continue }
            let fieldPath = path.appending(key: field.name)
            if let deprecation = field.deprecation {
                warnings.append(
                    Violation(
                        path: fieldPath, message: "is deprecated" + (deprecation.isEmpty ? "" : ": \(deprecation)"),
                        value: value))
            }
            if case .object(let child) = field.value.type {
                warnings += deprecations(in: value, schema: child, at: fieldPath)
            }
        }
        return warnings
    }
}

extension RequestSchema {
    /// The models the spec lists for this request, when it says which: the per-model variants, or the model
    /// field's values.
    package var knownModels: [String]? {
        if !models.isEmpty { return models }
        if let perModel, !perModel.models.isEmpty { return perModel.models }
        guard let modelPath, let allowed = body.valueSchema(at: modelPath)?.constraints.allowedValues else {
            return nil
        }
        return allowed.compactMap(\.stringValue)
    }

    /// Every declaration of the field at `path`: the shared one and each model's own.
    package func declarations(at path: JSONPath) -> [ValueSchema] {
        var found: [ValueSchema] = []
        if let shared = body.valueSchema(at: path) { found.append(shared) }
        for model in perModel?.models ?? [] {
            if let own = resolved(forModel: model).body.valueSchema(at: path), !found.contains(own) {
                found.append(own)
            }
        }
        return found
    }

    /// The schema a body for `model` is checked against: the shared fields plus the model's own, and its rules.
    package func resolved(forModel model: String) -> RequestSchema {
        guard let perModel, let variant = perModel.variants[model] else { return self }
        var copy = self
        copy.body = body.updating(at: perModel.path) { object in
            for field in variant.fields {
                if let index = object.fields.firstIndex(where: { $0.name == field.name }) {
                    object.fields[index] = field
                } else {
                    object.fields.append(field)
                }
            }
        }
        copy.rules += variant.rules
        return copy
    }

    /// The schema a body for a model the spec does not list is checked against: every listed model's fields (a
    /// name several models declare accepts what any of them accepts), anything else accepted, and (with `openingModelField`) any model value.
    package func acceptingAnyModel(openingModelField: Bool = true) -> RequestSchema {
        var copy = self
        if openingModelField, let modelPath {
            copy.body = copy.body.updatingValue(at: modelPath) { $0.constraints.allowedValues = nil }
        }
        guard let perModel else { return copy }
        copy.body = copy.body.updating(at: perModel.path) { object in
            for id in perModel.models {
                // What one model requires, another may not take at all: none of them is required here.
                for var field in perModel.variants[id]?.fields ?? [] {
                    field.isRequired = false
                    if let index = object.fields.firstIndex(where: { $0.name == field.name }) {
                        object.fields[index].value = Self.either(object.fields[index].value, field.value)
                    } else {
                        object.fields.append(field)
                    }
                }
            }
            object.acceptsUnknownFields = true
        }
        return copy
    }
}

extension RequestSchema {
    /// A value schema that accepts what `first` or `second` accepts (as nearly as one schema can say it): the
    /// same type with both enums joined and the wider range, or any value when the types differ.
    static func either(_ first: ValueSchema, _ second: ValueSchema) -> ValueSchema {
        guard first != second else { return first }
        guard first.type == second.type else { return ValueSchema(type: .any) }
        var joined = first
        let a = first.constraints
        let b = second.constraints
        if let left = a.allowedValues, let right = b.allowedValues {
            joined.constraints.allowedValues = left + right.filter { value in !left.contains(value) }
        } else {
            joined.constraints.allowedValues = nil
        }
        func wider(_ x: Double?, _ y: Double?, _ pick: (Double, Double) -> Double) -> Double? {
            guard let x, let y else { return nil }
            return pick(x, y)
        }
        joined.constraints.minimum = wider(a.minimum, b.minimum, min)
        joined.constraints.maximum = wider(a.maximum, b.maximum, max)
        joined.constraints.minLength = wider(a.minLength.map(Double.init), b.minLength.map(Double.init), min).map(
            Int.init)
        joined.constraints.maxLength = wider(a.maxLength.map(Double.init), b.maxLength.map(Double.init), max).map(
            Int.init)
        joined.constraints.minItems = wider(a.minItems.map(Double.init), b.minItems.map(Double.init), min).map(Int.init)
        joined.constraints.maxItems = wider(a.maxItems.map(Double.init), b.maxItems.map(Double.init), max).map(Int.init)
        return joined
    }
}

extension ObjectSchema {
    /// This schema with the object at `path` (a path of keys; the root for itself) changed by `change`.
    package func updating(at path: JSONPath, _ change: (inout ObjectSchema) -> Void) -> ObjectSchema {
        var copy = self
        guard let first = path.components.first else {
            change(&copy)
            return copy
        }
        guard case .key(let key) = first, let index = copy.fields.firstIndex(where: { $0.name == key }),
            case .object(let child) = copy.fields[index].value.type
        else { return copy }
        let rest = JSONPath(Array(path.components.dropFirst()))
        copy.fields[index].value.type = .object(child.updating(at: rest, change))
        return copy
    }

    /// This schema with the value at the field path `path` changed by `change`.
    package func updatingValue(at path: JSONPath, _ change: (inout ValueSchema) -> Void) -> ObjectSchema {
        guard case .key(let last)? = path.components.last else { return self }
        let parent = JSONPath(Array(path.components.dropLast()))
        return updating(at: parent) { object in
            if let index = object.fields.firstIndex(where: { $0.name == last }) { change(&object.fields[index].value) }
        }
    }
}
