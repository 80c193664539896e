// Check: the semantic rules a loaded spec must follow (the loader already checked keys and types).

@_spi(Generated) import VideoGenCore

/// Runs every semantic check on a loaded spec, recording a diagnostic for each problem found.
struct SpecChecker {
    let spec: ProviderSpec
    let lowering: SchemaLowering

    var source: SpecSource { spec.source }

    /// Runs all checks.
    func run() {
        checkIdentity()
        checkModels()
        checkOperations()
        checkStates()
        checkFields()
        checkRules()
        checkUnifiedMapping()
        checkResponses()
        checkErrorDetection()
    }

    private func checkIdentity() {
        if spec.id.value != source.baseName {
            source.error(
                at: spec.id.path,
                "the id \"\(spec.id.value)\" must equal the file name \"\(source.baseName)\" (users type it; the plugin names the output after the file)"
            )
        }
        if !spec.id.value.isEmpty, !Self.isProviderID(spec.id.value) {
            source.error(
                at: spec.id.path,
                "an id is lowercase letters, digits and '-', starting with a letter, got \"\(spec.id.value)\"")
        }
        let swiftName = spec.swiftName.value
        if !SwiftNaming.isTypeIdentifier(swiftName) {
            source.error(at: spec.swiftName.path, "\"\(swiftName)\" is not an UpperCamelCase Swift identifier")
        } else if SwiftNaming.keywords.contains(swiftName) || SwiftNaming.reservedTypeNames.contains(swiftName) {
            source.error(
                at: spec.swiftName.path,
                "\"\(swiftName)\" is a name Swift or VideoGen already uses; choose another swiftName")
        }
        checkBaseURL(spec.baseURL.value, at: spec.baseURL.path)
        for (index, url) in spec.alternateBaseURLs.enumerated() {
            checkBaseURL(url, at: JSONPath.keys("alternateBaseURLs").appending(index: index))
        }
        if spec.auth.header.contains(where: { $0 == ":" || $0 == " " || $0 == "\n" }) {
            source.error(at: JSONPath.keys("auth", "header"), "must be a header name, got \"\(spec.auth.header)\"")
        }
    }

    /// A base URL is https (the key travels with every request) and does not end with a slash.
    func checkBaseURL(_ url: String, at path: JSONPath) {
        if !url.hasPrefix("https://") || url.dropFirst(8).isEmpty || url.contains(" ") {
            source.error(at: path, "must be an https URL (the API key travels with every request), got \"\(url)\"")
        } else if url.hasSuffix("/") {
            source.error(at: path, "must not end with '/' (operation paths start with one)")
        }
    }

    static func isProviderID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLowercase else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    private func checkModels() {
        if spec.models.isEmpty { source.error(at: JSONPath.keys("models"), "list at least one model") }
        var seen: Set<String> = []
        for model in spec.models where !seen.insert(model.value.id).inserted {
            source.error(at: model.path.appending(key: "id"), "the model \"\(model.value.id)\" is listed twice")
        }
        if !spec.defaultModel.value.isEmpty, !seen.contains(spec.defaultModel.value) {
            source.error(
                at: spec.defaultModel.path,
                "\"\(spec.defaultModel.value)\" is not the id of a model in \"models\" (\(seen.sorted().joined(separator: ", ")))"
            )
        }
    }

    /// The `{name}` placeholders of a template.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private func checkStates() {
        if spec.states.isEmpty { source.error(at: JSONPath.keys("states"), "list the provider's task states") }
        for required in [TaskState.succeeded, .failed] where !spec.states.contains(where: { $0.unified == required }) {
            source.error(
                at: JSONPath.keys("states"),
                "no state maps to \"\(required.rawValue)\"; waiting could never end with \(required == .succeeded ? "a result" : "a failure")"
            )
        }
        let walk = spec.sandbox.walk
        for (index, word) in walk.enumerated() {
            let path = JSONPath.keys("sandbox", "walk").appending(index: index)
            guard let state = spec.states.first(where: { $0.value == word }) else {
                source.error(at: path, "\"\(word)\" is not one of the spec's states")
                continue
            }
            let isLast = index == walk.count - 1
            if isLast, state.unified != .succeeded {
                source.error(
                    at: path, "the walk must end with a state that maps to succeeded, not \(state.unified.rawValue)")
            } else if !isLast, state.unified != .queued, state.unified != .running {
                source.error(
                    at: path,
                    "only queued and running states may come before the end of the walk, not \(state.unified.rawValue)")
            }
        }
        var names: [String: String] = [:]
        for state in spec.states {
            let name = state.swiftName ?? SwiftNaming.caseName(state.value)
            checkCaseName(name, at: state.path, what: "the state \"\(state.value)\"", explicit: state.swiftName != nil)
            if let other = names[name] {
                source.error(
                    at: state.path,
                    "the state \"\(state.value)\" and the state \"\(other)\" both become the Swift case `\(name)`; give one a swiftName"
                )
            }
            names[name] = state.value
        }
    }

    /// Checks a Swift enum case name derived from (or given for) a value.
    func checkCaseName(_ name: String, at path: JSONPath, what: String, explicit: Bool, fixKey: String = "swiftName") {
        let fix =
            fixKey == "enumNames"
            ? (explicit
                ? "choose another name in \"enumNames\""
                : "name its case in the field's \"enumNames\" ({\"value\": \"caseName\"})")
            : (explicit ? "choose another swiftName" : "add a \"swiftName\"")
        if name.isEmpty || !SwiftNaming.isIdentifier(name) {
            source.error(at: path, "\(what) gives no usable Swift name (\"\(name)\"); \(fix)")
        } else if SwiftNaming.keywords.contains(name) {
            source.error(at: path, "\(what) becomes `\(name)`, a Swift keyword; \(fix)")
        } else if SwiftNaming.reservedMemberNames.contains(name) {
            source.error(at: path, "\(what) becomes `\(name)`, which generated code already declares; \(fix)")
        }
    }
}
