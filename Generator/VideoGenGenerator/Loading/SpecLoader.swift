// Load: spec JSON → ProviderSpec, checking every key and type and recording every problem.

@_spi(Generated) import VideoGenCore

/// Reads a parsed spec document into a ``ProviderSpec``, recording a diagnostic for every unknown key,
/// wrong type and missing value. It keeps going after a problem so that one run reports them all.
struct SpecLoader {
    let source: SpecSource

    /// The spec, or `nil` when the document is not an object at all or is written in another format (other
    /// problems leave placeholders and diagnostics, and the caller stops before lowering).
    func load(_ document: JSONValue) -> ProviderSpec? {
        let root = SpecNode(value: document, path: .root, source: source)
        // Another format is laid out differently: say so alone, rather than under a list of its unknown keys.
        if case .object(let members) = document, let value = members["format"] {
            let format = SpecNode(value: value, path: .keys("format"), source: source)
            if let number = format.integer, number != Self.format {
                format.error(
                    number == 1
                        ? "format 1 is no longer read: format 2 lists \"operations\" and names its \"requests\" and \"responses\" (Spec/README.md, \"From format 1\", says how to move a spec over)"
                        : "unsupported format \(number); this generator reads format \(Self.format)")
                return nil
            }
        }
        guard let top = root.object(allowed: SpecKeys.topLevel, required: SpecKeys.topLevelRequired) else { return nil }
        let envelope = top["envelope"].flatMap(loadEnvelope)
        return ProviderSpec(
            source: source,
            id: located(top, "id") { $0.nonEmptyString } ?? Located(value: source.baseName, path: .root),
            swiftName: located(top, "swiftName") { $0.nonEmptyString } ?? Located(value: "Provider", path: .root),
            displayName: top["displayName"]?.nonEmptyString ?? source.baseName,
            description: top["description"]?.nonEmptyString ?? "",
            sources: top["sources"]?.strings ?? [],
            notes: top["notes"]?.strings ?? [],
            baseURL: located(top, "baseURL") { $0.nonEmptyString } ?? Located(value: "https://invalid", path: .root),
            alternateBaseURLs: top["alternateBaseURLs"]?.strings ?? [],
            auth: top["auth"].flatMap(loadAuth) ?? AuthScheme(header: "Authorization", scheme: "Bearer"),
            models: top["models"]?.array?.compactMap(loadModel) ?? [],
            modelParameters: top["models"]?.array?.compactMap(loadModelParameters) ?? [],
            modelCatalogIsOpen: loadModelCatalog(top["modelCatalog"]),
            defaultModel: located(top, "defaultModel") { $0.nonEmptyString } ?? Located(value: "", path: .root),
            requests: top["requests"].map(loadRequests) ?? [],
            operations: top["operations"].map(loadOperations) ?? [],
            unified: top["unified"].flatMap(loadUnified)
                ?? UnifiedSpec(
                    path: .root, entries: [], assignments: [], extrasRoot: Located(value: .root, path: .root)),
            states: top["states"].map { loadStates($0, allowsOthers: false).states } ?? [],
            failCodes: top["failCodes"].map(loadFailCodes) ?? [],
            envelope: envelope,
            types: top["types"].map(loadTypes) ?? [],
            responses: top["responses"].map { loadResponses($0, hasEnvelope: envelope != nil) } ?? [],
            errors: top["errors"].flatMap(loadErrors)
                ?? ErrorsSpec(
                    path: .root, response: Located(value: "error", path: .root), detect: [], http: [], codes: [],
                    retryable: []),
            limits: top["limits"].flatMap(loadLimits)
                ?? Located(value: RateLimits(requests: [], concurrentTasks: nil), path: JSONPath.keys("limits")),
            polling: top["polling"].flatMap(loadPolling)
                ?? PollingHints(firstWaitSeconds: nil, intervalSeconds: nil, timeoutSeconds: nil),
            urlLifetimeSeconds: top["results"].flatMap(loadResults),
            callbacks: top["callbacks"].flatMap(loadCallbacks),
            sandbox: top["sandbox"].flatMap(loadSandbox)
                ?? SandboxSettings(failureCode: nil, failureMessage: Self.defaultSandboxFailure, walk: [])
        )
    }

    /// The format this loader reads.
    static let format = 2

    /// What the sandbox says for `[fail]` when the spec does not say.
    static let defaultSandboxFailure = "The sandbox failed this task because its prompt contains [fail]."

    /// The value of `key` read by `read`, with its path.
    func located<Value>(_ object: SpecObject, _ key: String, _ read: (SpecNode) -> Value?) -> Located<Value>? {
        guard let node = object[key], let value = read(node) else { return nil }
        return Located(value: value, path: node.path)
    }

    /// A positive number of seconds, or `nil` with a diagnostic.
    func positiveNumber(_ node: SpecNode?) -> Double? {
        guard let node, let number = node.number else { return nil }
        guard number > 0 else {
            node.error("must be greater than 0, got \(node.value.briefDescription)")
            return nil
        }
        return number
    }

    /// A positive integer, or `nil` with a diagnostic.
    func positiveInteger(_ node: SpecNode?) -> Int? {
        guard let node, let number = node.integer else { return nil }
        guard number > 0 else {
            node.error("must be greater than 0, got \(number)")
            return nil
        }
        return number
    }

    /// A dotted field path (`input.image_urls`) read from a string node.
    func fieldPath(_ node: SpecNode) -> JSONPath? {
        guard let text = node.nonEmptyString else { return nil }
        do {
            return try JSONPath(parsing: text)
        } catch {
            node.error("is not a field path (\(error)); write fields as input.image_urls")
            return nil
        }
    }
}
