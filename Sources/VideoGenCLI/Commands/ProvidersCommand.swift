// `videogen providers`: what each spec says — models, prices, limits, polling advice, what the unified API maps.

import VideoGen

/// Lists the providers VideoGen has specs for.
enum ProvidersCommand: Command {
    static let name = "providers"
    static let summary = "list the providers, their models and prices, limits and polling advice (from the specs)"
    static let valuedOptions: Set<String> = []
    static let flagOptions: Set<String> = ["--json"]
    static var help: String {
        """
        usage: videogen providers [PROVIDER] [--json]

        Everything comes from the specs (Spec/*.json, and any spec loaded for the run): add or change a spec
        and rebuild to change this list. What it says a model accepts (durations, resolutions, aspect ratios)
        is worked out from the same rules `videogen validate` and `create` enforce.

          PROVIDER   show only this provider (one of: \(ProviderCatalog.identifiers.joined(separator: ", ")))
          --json     print one JSON object: {"providers": [{"id", "name", "baseURL", "defaultModel", "models",
                     "modelCatalog", "limits", "polling", "urlLifetimeSeconds", "unifiedOptions"}, ...]}

        Exit status: 0 listed, 2 usage (an unknown provider or option).
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        var descriptors = ProviderCatalog.descriptors
        if let name = arguments.positionals.first {
            descriptors = [try CommandLineTool.descriptor(named: name)]
        }
        if arguments.has("--json") {
            console.out(JSONValue.object(["providers": .array(descriptors.map(json))]).serialized() + "\n")
        } else {
            console.out(descriptors.map(text).joined(separator: "\n"))
        }
        return .success
    }

    private static func seconds(_ value: Double?) -> String {
        guard let value else { return "not documented" }
        if value >= 86_400, value.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(value / 3600)) h" }
        return value.rounded() == value ? "\(Int(value)) s" : "\(value) s"
    }

    private static func price(_ model: ModelInfo) -> String {
        guard let price = model.price else { return "price not documented" }
        return "\(price.currency == "USD" ? "$" : price.currency + " ")\(price.amount) per \(price.per.rawValue)"
    }

    static func text(_ descriptor: ProviderDescriptor) -> String {
        var lines = [
            "\(descriptor.id) — \(descriptor.displayName) (\(descriptor.baseURL))", "  \(descriptor.summary)",
            descriptor.modelCatalogIsOpen
                ? "  models (a selection: the provider runs any model by its id):" : "  models:",
        ]
        for model in descriptor.models {
            var facts = [price(model)]
            if !model.durations.isEmpty {
                facts.append("durations \(model.durations.map(String.init).joined(separator: "/")) s")
            }
            if let range = model.durationRange { facts.append("durations \(range.lowerBound)–\(range.upperBound) s") }
            if !model.resolutions.isEmpty { facts.append(model.resolutions.joined(separator: "/")) }
            let isDefault = model.id == descriptor.defaultModel ? " (default)" : ""
            lines.append("    \(model.id)\(isDefault): \(model.name); \(facts.joined(separator: "; "))")
        }
        let limits = descriptor.limits
        let requests = limits.requests.map(Self.describe)
        lines.append(
            "  limits: \(requests.isEmpty ? "requests/min not documented" : requests.joined(separator: "; ")), "
                + "\(limits.concurrentTasks.map { "\($0) concurrent tasks" } ?? "concurrent tasks not documented")")
        let polling = descriptor.polling
        func advice(_ value: Double?, _ fallback: Double) -> String {
            value.map { seconds($0) } ?? "\(seconds(fallback)) (VideoGen's default; not documented)"
        }
        lines.append(
            "  polling: first check after \(advice(polling.firstWaitSeconds, PollingPolicy.fallbackFirstWait)), "
                + "every \(advice(polling.intervalSeconds, PollingPolicy.fallbackInterval)), "
                + "give up after \(advice(polling.timeoutSeconds, PollingPolicy.fallbackTimeout))")
        lines.append("  result URLs live: \(seconds(descriptor.urlLifetimeSeconds))")
        lines.append(
            "  unified options: \(descriptor.unified.supportedFields.map(\.displayName).joined(separator: ", "))")
        lines.append(
            "  operations: "
                + descriptor.operations.map { operation in
                    operation.name
                        + (operation.role.map { $0.rawValue == operation.name ? "" : " (\($0.rawValue))" } ?? "")
                }.joined(separator: ", "))
        if let callbacks = descriptor.callbacks {
            lines.append("  callbacks: \(Self.signing(callbacks))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `60 requests/min`, `20 requests per 10 s for submit`, `3000 requests/min except create, run`.
    static func describe(_ limit: RequestLimit) -> String {
        let window = limit.perSeconds == 60 ? "/min" : " per \(seconds(limit.perSeconds))"
        var text = "\(limit.count) requests\(window)"
        if let operations = limit.operations { text += " for \(operations.joined(separator: ", "))" }
        if !limit.exceptOperations.isEmpty { text += " except \(limit.exceptOperations.joined(separator: ", "))" }
        return text
    }

    /// `not signed`, or the scheme: `signed: hmac-sha256 in webhook-signature over "{id}.{timestamp}.{body}" …`.
    static func signing(_ callbacks: CallbackInfo) -> String {
        guard let scheme = callbacks.signature else { return "not signed" }
        var words = [
            "signed\(scheme.isOptIn ? " (when asked)" : ""): \(scheme.algorithm.rawValue), \(scheme.signatureEncoding.rawValue) in \(scheme.signatureHeader)",
            "over \"\(scheme.message.replacingOccurrences(of: "\n", with: "\\n"))\"",
        ]
        if let tolerance = scheme.toleranceSeconds { words.append("within \(Int(tolerance)) s") }
        #if canImport(CryptoKit)
            let verifiable = true
        #else
            let verifiable = scheme.algorithm == .hmacSHA256
        #endif
        words.append(verifiable ? "(verified by VideoGen)" : "(cannot verify here: Ed25519 needs CryptoKit)")
        return words.joined(separator: " ")
    }

    static func json(_ descriptor: ProviderDescriptor) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(descriptor.id)
        object["name"] = .string(descriptor.displayName)
        object["baseURL"] = .string(descriptor.baseURL)
        object["defaultModel"] = .string(descriptor.defaultModel)
        object["models"] = .array(
            descriptor.models.map { model in
                var item = JSONObject()
                item["id"] = .string(model.id)
                item["name"] = .string(model.name)
                item["price"] =
                    model.price.map { price in
                        .object([
                            "amount": .number(price.amount), "currency": .string(price.currency),
                            "per": .string(price.per.rawValue),
                        ])
                    } ?? .null
                item["durations"] = .array(model.durations.map(JSONValue.integer))
                item["durationRange"] =
                    model.durationRange.map {
                        .object(["minimum": .integer($0.lowerBound), "maximum": .integer($0.upperBound)])
                    } ?? .null
                item["resolutions"] = .array(model.resolutions.map(JSONValue.string))
                item["features"] = .array(model.features.map(JSONValue.string))
                return .object(item)
            })
        object["modelCatalog"] = descriptor.modelCatalogIsOpen ? "open" : "closed"
        object["limits"] = .object([
            "requestsPerMinute": descriptor.limits.requestsPerMinute.map(JSONValue.integer) ?? .null,
            "concurrentTasks": descriptor.limits.concurrentTasks.map(JSONValue.integer) ?? .null,
            "requests": .array(
                descriptor.limits.requests.map { limit in
                    .object([
                        "count": .integer(limit.count),
                        "perSeconds": limit.perSeconds.rounded() == limit.perSeconds && limit.perSeconds < 1e15
                            ? .integer(Int(limit.perSeconds)) : .number(limit.perSeconds),
                        "operations": limit.operations.map { .array($0.map(JSONValue.string)) } ?? .null,
                        "exceptOperations": .array(limit.exceptOperations.map(JSONValue.string)),
                    ])
                }),
        ])
        object["polling"] = .object([
            "firstWaitSeconds": descriptor.polling.firstWaitSeconds.map(JSONValue.number) ?? .null,
            "intervalSeconds": descriptor.polling.intervalSeconds.map(JSONValue.number) ?? .null,
            "timeoutSeconds": descriptor.polling.timeoutSeconds.map(JSONValue.number) ?? .null,
        ])
        object["urlLifetimeSeconds"] = descriptor.urlLifetimeSeconds.map(JSONValue.number) ?? .null
        object["unifiedOptions"] = .array(descriptor.unified.supportedFields.map { .string($0.rawValue) })
        return .object(object)
    }
}
