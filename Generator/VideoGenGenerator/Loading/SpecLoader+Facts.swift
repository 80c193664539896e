// Load: auth, models, endpoints, limits, polling, results, callbacks, sandbox and samples.

@_spi(Generated) import VideoGenCore

extension SpecLoader {
    func loadAuth(_ node: SpecNode) -> AuthScheme? {
        guard let object = node.object(allowed: SpecKeys.auth, required: ["header"]) else { return nil }
        return AuthScheme(
            header: object["header"]?.nonEmptyString ?? "Authorization", scheme: object["scheme"]?.nonEmptyString)
    }

    /// `modelCatalog`: `"closed"` (the default) or `"open"`.
    func loadModelCatalog(_ node: SpecNode?) -> Bool {
        guard let node, let word = node.string else { return false }
        guard word == "open" || word == "closed" else {
            node.error("must be \"closed\" or \"open\", got \"\(word)\"")
            return false
        }
        return word == "open"
    }

    func loadModel(_ node: SpecNode) -> Located<ModelInfo>? {
        guard let object = node.object(allowed: SpecKeys.model, required: ["id", "name"]) else { return nil }
        var price: Price?
        if let priceNode = object["price"],
            let priceObject = priceNode.object(allowed: SpecKeys.price, required: ["amount", "currency", "per"])
        {
            let amount = priceObject["amount"]?.number ?? 0
            if amount < 0 { priceObject["amount"]?.error("must not be negative") }
            var unit = Price.Unit.video
            if let perNode = priceObject["per"], let per = perNode.string {
                if let parsed = Price.Unit(rawValue: per) {
                    unit = parsed
                } else {
                    perNode.error("must be \"video\" or \"second\", got \"\(per)\"")
                }
            }
            price = Price(amount: amount, currency: priceObject["currency"]?.nonEmptyString ?? "USD", per: unit)
        }
        var range: ClosedRange<Int>?
        if let rangeNode = object["durationRange"],
            let rangeObject = rangeNode.object(allowed: SpecKeys.range, required: SpecKeys.range),
            let minimum = rangeObject["minimum"]?.integer, let maximum = rangeObject["maximum"]?.integer
        {
            if minimum > maximum {
                rangeObject["maximum"]?.error("must be ≥ minimum (\(minimum)), got \(maximum)")
            } else {
                range = minimum...maximum
            }
        }
        let info = ModelInfo(
            id: object["id"]?.nonEmptyString ?? "",
            name: object["name"]?.nonEmptyString ?? "",
            summary: object["description"]?.string ?? "",
            features: object["features"]?.strings ?? [],
            price: price,
            durations: object["durations"]?.array?.compactMap(\.integer) ?? [],
            durationRange: range,
            resolutions: object["resolutions"]?.strings ?? [],
            note: object["note"]?.string, fixed: loadFixedOptions(object["fixed"]),
            unified: loadModelUnified(object["unified"]).map(\.value))
        return Located(value: info, path: node.path)
    }

    /// A model's own request fields and rules, if it declares any.
    func loadModelParameters(_ node: SpecNode) -> ModelParametersSpec? {
        guard case .object(let members) = node.value, let id = members["id"]?.stringValue,
            members["fields"] != nil || members["rules"] != nil || members["unified"] != nil
        else { return nil }
        let object = SpecObject(node: node, members: members)
        return ModelParametersSpec(
            modelID: id, path: node.path, fields: object["fields"].map { loadFields($0, side: .request) } ?? [],
            rules: object["rules"]?.array?.compactMap(loadRule) ?? [], unified: loadModelUnified(object["unified"]))
    }

    /// `fixed`: unified options the model makes with one value only.
    private func loadFixedOptions(_ node: SpecNode?) -> [UnifiedMapping.Field: JSONValue] {
        guard let node, let object = node.object(allowed: SpecKeys.fixedOptions) else { return [:] }
        var fixed: [UnifiedMapping.Field: JSONValue] = [:]
        for key in SpecKeys.fixedOptions {
            guard let valueNode = object[key], let field = UnifiedMapping.Field(rawValue: key) else { continue }
            switch (field, valueNode.value) {
            case (.duration, .integer), (.aspectRatio, .string), (.resolution, .string): fixed[field] = valueNode.value
            case (.duration, _):
                valueNode.error("must be a whole number of seconds, got \(valueNode.value.briefDescription)")
            default: valueNode.error("must be a string, got \(valueNode.value.briefDescription)")
            }
        }
        return fixed
    }

    func loadLimits(_ node: SpecNode) -> Located<RateLimits>? {
        guard let object = node.object(allowed: SpecKeys.limits) else { return nil }
        var requests: [RequestLimit] = []
        if let perMinute = positiveInteger(object["requestsPerMinute"]) {
            requests.append(RequestLimit(count: perMinute, perSeconds: 60))
        }
        for limitNode in object["requests"]?.array ?? [] {
            guard let limit = limitNode.object(allowed: SpecKeys.requestLimit, required: ["count", "perSeconds"]),
                let count = positiveInteger(limit["count"]), let seconds = positiveNumber(limit["perSeconds"])
            else { continue }
            if limit.has("operations"), limit.has("exceptOperations") {
                limitNode.error("give \"operations\" (the ones it covers) or \"exceptOperations\", not both")
            }
            requests.append(
                RequestLimit(
                    count: count, perSeconds: seconds, operations: limit["operations"]?.strings,
                    exceptOperations: limit["exceptOperations"]?.strings ?? [],
                    summary: limit["description"]?.string ?? ""))
        }
        return Located(
            value: RateLimits(requests: requests, concurrentTasks: positiveInteger(object["concurrentTasks"])),
            path: node.path)
    }

    func loadPolling(_ node: SpecNode) -> PollingHints? {
        guard let object = node.object(allowed: SpecKeys.polling) else { return nil }
        let hints = PollingHints(
            firstWaitSeconds: object["firstWaitSeconds"].flatMap { node -> Double? in
                guard let number = node.number else { return nil }
                if number < 0 { node.error("must not be negative, got \(node.value.briefDescription)") }
                return number < 0 ? nil : number
            },
            intervalSeconds: positiveNumber(object["intervalSeconds"]),
            timeoutSeconds: positiveNumber(object["timeoutSeconds"]))
        if let interval = hints.intervalSeconds, let timeout = hints.timeoutSeconds, interval > timeout {
            object["intervalSeconds"]?.error("must not exceed timeoutSeconds (\(ValueSchemaText.number(timeout)))")
        }
        return hints
    }

    func loadResults(_ node: SpecNode) -> Double? {
        guard let object = node.object(allowed: SpecKeys.results) else { return nil }
        return positiveNumber(object["urlLifetimeSeconds"])
    }

    func loadCallbacks(_ node: SpecNode) -> CallbackSpec? {
        guard let object = node.object(allowed: SpecKeys.callbacks, required: ["response"]) else { return nil }
        var signature: CallbackSignature?
        if let signed = object["signed"]?.boolean {
            if signed, !object.has("signature") {
                object["signed"]?.error("\"signed\": true needs \"signature\", the scheme the provider documents")
            }
            if !signed, object.has("signature") {
                object["signed"]?.error("\"signed\": false contradicts the \"signature\" given")
            }
        }
        if let signatureNode = object["signature"] { signature = loadSignature(signatureNode) }
        return CallbackSpec(
            path: node.path,
            response: located(object, "response") { $0.nonEmptyString }
                ?? Located(value: "", path: node.path),
            signature: signature, answerWithinSeconds: positiveNumber(object["answerWithinSeconds"]),
            retries: object["retries"]?.string,
            samples: object["samples"]?.array?.compactMap(loadCallbackSample) ?? [])
    }

    func loadSandbox(_ node: SpecNode) -> SandboxSettings? {
        guard let object = node.object(allowed: SpecKeys.sandbox) else { return nil }
        let failure = object["failure"]?.object(allowed: SpecKeys.sandboxFailure, required: ["message"])
        return SandboxSettings(
            failureCode: failure?["code"]?.nonEmptyString,
            failureMessage: failure?["message"]?.nonEmptyString ?? Self.defaultSandboxFailure,
            walk: object["walk"]?.strings ?? [])
    }

    func loadFailCodes(_ node: SpecNode) -> [FailCodeInfo] {
        (node.entries ?? []).map { FailCodeInfo(code: $0.key, summary: $0.node.string ?? "") }
    }

    func loadSignature(_ node: SpecNode) -> CallbackSignature? {
        guard
            let object = node.object(
                allowed: SpecKeys.signature, required: ["algorithm", "headers", "message", "signatureEncoding"])
        else { return nil }
        func encoding(_ node: SpecNode?) -> CallbackSignature.Encoding? {
            guard let node, let text = node.string else { return nil }
            guard let parsed = CallbackSignature.Encoding(rawValue: text) else {
                node.error(
                    "must be one of \(CallbackSignature.Encoding.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), got \"\(text)\""
                )
                return nil
            }
            return parsed
        }
        var algorithm = CallbackSignature.Algorithm.hmacSHA256
        if let algorithmNode = object["algorithm"], let text = algorithmNode.string {
            if let parsed = CallbackSignature.Algorithm(rawValue: text) {
                algorithm = parsed
            } else {
                algorithmNode.error("must be \"hmac-sha256\" or \"ed25519\", got \"\(text)\"")
            }
        }
        let headers = object["headers"]?.object(allowed: SpecKeys.signatureHeaders, required: ["signature"])
        let secret = object["secret"]?.object(allowed: SpecKeys.signatureSecret, required: ["encoding"])
        let message = object["message"]?.nonEmptyString ?? ""
        for placeholder in SpecChecker.placeholders(in: message)
        where !CallbackSignature.placeholders.contains(placeholder) {
            object["message"]?.error(
                "unknown placeholder {\(placeholder)} (placeholders: \(CallbackSignature.placeholders.map { "{\($0)}" }.joined(separator: ", ")))"
            )
        }
        let signature = CallbackSignature(
            algorithm: algorithm, isOptIn: object["optIn"]?.boolean ?? false,
            signatureHeader: headers?["signature"]?.nonEmptyString ?? "", idHeader: headers?["id"]?.nonEmptyString,
            timestampHeader: headers?["timestamp"]?.nonEmptyString, userHeader: headers?["user"]?.nonEmptyString,
            message: message, signatureEncoding: encoding(object["signatureEncoding"]) ?? .base64,
            signaturePrefix: object["signaturePrefix"]?.nonEmptyString,
            signatureSeparator: object["signatureSeparator"]?.string, secretPrefix: secret?["prefix"]?.nonEmptyString,
            secretEncoding: encoding(secret?["encoding"]) ?? .raw, publicKeysURL: object["publicKeys"]?.nonEmptyString,
            toleranceSeconds: positiveNumber(object["toleranceSeconds"]),
            summary: object["description"]?.string ?? "")
        for (placeholder, header) in [
            ("id", signature.idHeader), ("timestamp", signature.timestampHeader), ("user", signature.userHeader),
        ]
        where message.contains("{\(placeholder)}") && header == nil {
            object["headers"]?.error("the message uses {\(placeholder)}, but no header carries it (\"\(placeholder)\")")
        }
        switch algorithm {
        case .hmacSHA256 where secret == nil:
            node.error("an hmac-sha256 scheme needs \"secret\" (its encoding, and any prefix)")
        case .ed25519 where !object.has("publicKeys"):
            node.error("an ed25519 scheme needs \"publicKeys\" (where the provider publishes them)")
        default:
            break
        }
        return signature
    }
}
