// Maps a unified request onto a provider's create body, following the spec's `unified` section, and validates it.

@_spi(Generated) import VideoGenCore

/// A create request in the provider's own terms: the body, the model, and the create operation's other parameters.
public struct NativeCreateRequest: Sendable, Hashable {
    /// The JSON body.
    public var body: JSONValue
    /// The model the task runs on.
    public var model: String
    /// Values of the create operation's caller parameters that unified fields fill (a callback URL sent in the
    /// query), by parameter name.
    public var parameters: [String: JSONValue]

    /// The call of the operation called `operation` (the create or sync operation) that sends this request.
    public func call(_ operation: String) -> OperationCall {
        OperationCall(operation, model: model, body: body, parameters: parameters)
    }
}

/// Turns ``VideoRequest``s into provider bodies.
enum RequestMapper {
    /// The provider body for `request`, validated; every problem is reported at once.
    static func map(_ request: VideoRequest, descriptor: ProviderDescriptor, refusingUnknownModels: Bool = false)
        throws(VideoGenError) -> NativeCreateRequest
    {
        let mapping = descriptor.unified
        var body = JSONValue.object(JSONObject())
        var model = request.model ?? descriptor.defaultModel
        var parameters: [String: JSONValue] = [:]
        var problems: [String] = []
        let create = descriptor.operation(role: .create)
        let request = request
        let modelInfo = descriptor.models.first { $0.id == model }
        for field in UnifiedMapping.Field.allCases {
            guard let value = request.value(of: field, defaultModel: descriptor.defaultModel) else { continue }
            // A model that makes one duration (aspect ratio, resolution) only takes nothing for it: asking for that
            // value is fine, asking for another is an error.
            if let modelInfo, let fixed = modelInfo.fixed[field] {
                if !Self.sameOption(value, fixed) {
                    problems.append(
                        "\(field.displayName) must be \(fixed.briefDescription) with \(modelInfo.id) (it makes only that), got \(value.briefDescription)"
                    )
                }
                continue
            }
            // A model may map a unified field its own way (its own field, its own spelling of the values).
            let own = modelInfo?.unified.filter { $0.field == field } ?? []
            let entries = own.isEmpty ? mapping.entries(for: field) : own
            if entries.isEmpty {
                if field == .model { continue }
                problems.append(
                    "\(field.displayName) is not supported (\(descriptor.id) accepts: \(mapping.supportedFields.map(\.displayName).joined(separator: ", ")))"
                )
                continue
            }
            guard let entry = entries.first(where: { $0.condition?.holds(on: body) ?? true }) else {
                let when = entries.compactMap(\.condition?.explanation).joined(separator: "; or ")
                problems.append("\(field.displayName) is only accepted when \(when)")
                continue
            }
            var translated = translate(value, entry.translations)
            switch entry.target {
            case .body(let path):
                // Image URLs into a field that takes one image (`image_url`): exactly one is wanted.
                if field == .imageURLs, case .array(let items) = translated,
                    let type = descriptor.createRequest.resolved(forModel: model).body.valueSchema(at: path)?.type,
                    type == .url || type == .string
                {
                    guard items.count == 1, let only = items.first else {
                        problems.append(
                            "\(field.displayName) (\(path.fieldPath)) takes one image with \(model), got \(items.count)"
                        )
                        continue
                    }
                    translated = only
                }
                body.setValue(translated, at: path)
            case .parameter(let name):
                if case .model? = create?.parameter(named: name)?.source {
                    if case .string(let text) = translated { model = text }
                } else {
                    parameters[name] = translated
                }
            }
        }
        for (key, value) in request.extras.sorted(by: { $0.key < $1.key }) {
            guard let path = extraPath(key, descriptor: descriptor) else {
                problems.append("--param \(key): not a field path")
                continue
            }
            body.setValue(value, at: path)
        }
        for assignment in mapping.assignments where body.presentValue(at: assignment.path) == nil {
            if assignment.condition?.holds(on: body) ?? true { body.setValue(assignment.value, at: assignment.path) }
        }
        let modelInPath = mapping.entries(for: .model).contains {
            if case .parameter = $0.target { return true } else { return false }
        }
        let prepared = RequestValidator.prepare(
            body, against: descriptor.createRequest, model: modelInPath ? model : nil,
            refusingUnknownModels: refusingUnknownModels)
        body = prepared.body
        for violation in prepared.violations {
            problems.append(describe(violation, mapping: mapping))
        }
        guard problems.isEmpty else { throw .invalidRequest(provider: descriptor.id, violations: problems) }
        return NativeCreateRequest(
            body: descriptor.createRequest.body.ordering(body), model: model, parameters: parameters)
    }

    /// Whether a unified value asks for what a model fixes (`8` and `"8"`; `1080p` and `1080P`).
    private static func sameOption(_ value: JSONValue, _ fixed: JSONValue) -> Bool {
        if value.looselyEquals(fixed) { return true }
        if case .string(let a) = value, case .string(let b) = fixed { return a.lowercased() == b.lowercased() }
        return false
    }

    private static func translate(_ value: JSONValue, _ translations: [String: String]) -> JSONValue {
        guard !translations.isEmpty else { return value }
        switch value {
        case .string(let text): return .string(translations[text] ?? translations[text.lowercased()] ?? text)
        case .integer, .number:
            // A number the provider spells as a word of its own (8 → "8s").
            guard let text = Coercion.text(value), let word = translations[text] else { return value }
            return .string(word)
        case .array(let items): return .array(items.map { translate($0, translations) })
        default: return value
        }
    }

    /// Where an extra parameter goes: a dotted path as written, a root field by name, else under `extrasRoot`.
    static func extraPath(_ key: String, descriptor: ProviderDescriptor) -> JSONPath? {
        guard let path = try? JSONPath(parsing: key), !path.components.isEmpty else { return nil }
        if path.components.count > 1 || descriptor.createRequest.body.field(named: key) != nil { return path }
        return descriptor.unified.extrasRoot.appending(key: key)
    }

    /// A violation in the caller's words: `duration (input.duration) must be …` for a mapped field.
    private static func describe(_ violation: Violation, mapping: UnifiedMapping) -> String {
        let unified = mapping.entries.first { entry in
            if case .body(let path) = entry.target {
                return path == violation.path || violation.path.components.starts(with: path.components)
            }
            return false
        }
        guard let unified else { return violation.description }
        let name = unified.field.displayName
        let native = violation.path.fieldPath
        return name == native ? "\(name) \(violation.message)" : "\(name) (\(native)) \(violation.message)"
    }
}
