// Maps a unified request onto a provider's create body, following the spec's `unified` section, and validates it.

/// A create request in the provider's own terms: the body and the URL path parameters.
public struct NativeCreateRequest: Sendable, Hashable {
    /// The JSON body.
    public var body: JSONValue
    /// The model the task runs on.
    public var model: String
}

/// Turns ``VideoRequest``s into provider bodies.
enum RequestMapper {
    /// The provider body for `request`, validated; every problem is reported at once.
    static func map(_ request: VideoRequest, descriptor: ProviderDescriptor) throws(VideoGenError)
        -> NativeCreateRequest
    {
        let mapping = descriptor.unified
        var body = JSONValue.object(JSONObject())
        var model = request.model ?? descriptor.defaultModel
        var problems: [String] = []
        for field in UnifiedMapping.Field.allCases {
            guard let value = request.value(of: field, defaultModel: descriptor.defaultModel) else { continue }
            let entries = mapping.entries(for: field)
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
            let translated = translate(value, entry.translations)
            switch entry.target {
            case .body(let path):
                body.setValue(translated, at: path)
            case .pathParameter:
                if case .string(let text) = translated { model = text }
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
        if mapping.entries(for: .model).contains(where: { $0.target == .pathParameter("model") }),
            !descriptor.models.isEmpty, !descriptor.models.contains(where: { $0.id == model })
        {
            problems.append(
                "model must be one of \(descriptor.models.map { "\"\($0.id)\"" }.joined(separator: ", ")), got \"\(model)\""
            )
        }
        for violation in RequestValidator.validate(body, against: descriptor.request) {
            problems.append(describe(violation, mapping: mapping))
        }
        guard problems.isEmpty else { throw .invalidRequest(provider: descriptor.id, violations: problems) }
        return NativeCreateRequest(body: descriptor.request.body.ordering(body), model: model)
    }

    private static func translate(_ value: JSONValue, _ translations: [String: String]) -> JSONValue {
        guard !translations.isEmpty else { return value }
        switch value {
        case .string(let text): return .string(translations[text] ?? translations[text.lowercased()] ?? text)
        case .array(let items): return .array(items.map { translate($0, translations) })
        default: return value
        }
    }

    /// Where an extra parameter goes: a dotted path as written, a root field by name, else under `extrasRoot`.
    static func extraPath(_ key: String, descriptor: ProviderDescriptor) -> JSONPath? {
        guard let path = try? JSONPath(parsing: key), !path.components.isEmpty else { return nil }
        if path.components.count > 1 || descriptor.request.body.field(named: key) != nil { return path }
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
