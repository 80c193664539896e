// Load: auth, models, endpoints, limits, polling, results, callbacks, sandbox and samples.

import VideoGenCore

extension SpecLoader {
    func loadAuth(_ node: SpecNode) -> AuthScheme? {
        guard let object = node.object(allowed: SpecKeys.auth, required: ["header"]) else { return nil }
        return AuthScheme(
            header: object["header"]?.nonEmptyString ?? "Authorization", scheme: object["scheme"]?.nonEmptyString)
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
            note: object["note"]?.string)
        return Located(value: info, path: node.path)
    }

    func loadEndpoints(_ node: SpecNode) -> [EndpointSpec] {
        guard let object = node.object(allowed: SpecKeys.endpointRoles, required: ["create", "status"]) else {
            return []
        }
        return SpecKeys.endpointRoles.compactMap { role in
            object[role].flatMap { loadEndpoint($0, role: role) }
        }
    }

    private func loadEndpoint(_ node: SpecNode, role: String) -> EndpointSpec? {
        guard let object = node.object(allowed: SpecKeys.endpoint, required: ["method", "path", "response"]) else {
            return nil
        }
        var method = Endpoint.Method.get
        if let methodNode = object["method"], let text = methodNode.string {
            if let parsed = Endpoint.Method(rawValue: text) {
                method = parsed
            } else {
                methodNode.error("must be \"GET\" or \"POST\", got \"\(text)\"")
            }
        }
        var body = Endpoint.BodyKind.none
        if let bodyNode = object["body"], let text = bodyNode.string {
            if let parsed = Endpoint.BodyKind(rawValue: text), parsed != .none {
                body = parsed
            } else {
                bodyNode.error("must be \"json\" or \"multipart\", got \"\(text)\"")
            }
        }
        var response = ResponseKind.create
        if let responseNode = object["response"], let text = responseNode.string {
            if let parsed = ResponseKind(rawValue: text), parsed != .error {
                response = parsed
            } else {
                responseNode.error(
                    "must name a response kind (create, status, callback, sync, upload), got \"\(text)\"")
            }
        }
        var query: [QueryParameter] = []
        for (name, parameterNode) in object["query"]?.entries ?? [] {
            guard let parameter = parameterNode.object(allowed: SpecKeys.queryParameter) else { continue }
            if parameter.has("value") == parameter.has("enum") {
                parameterNode.error(
                    "give either \"value\" (always sent) or \"enum\" (an optional parameter the caller sets)")
            }
            query.append(
                QueryParameter(
                    name: name, value: parameter["value"]?.string,
                    allowedValues: parameter["enum"]?.strings ?? [], summary: parameter["description"]?.string ?? ""))
        }
        var multipart: MultipartForm?
        if let multipartNode = object["multipart"],
            let form = multipartNode.object(allowed: SpecKeys.multipart, required: ["fileField"])
        {
            var fields: [MultipartField] = []
            for (name, fieldNode) in form["fields"]?.entries ?? [] {
                guard let field = fieldNode.object(allowed: SpecKeys.multipartField) else { continue }
                fields.append(
                    MultipartField(
                        name: name, defaultValue: field["default"]?.string, summary: field["description"]?.string ?? "")
                )
            }
            multipart = MultipartForm(
                fileField: form["fileField"]?.nonEmptyString ?? "file", fields: fields,
                maxBytes: positiveInteger(form["maxBytes"]), contentTypes: form["contentTypes"]?.strings ?? [])
        }
        let endpoint = Endpoint(
            method: method, path: object["path"]?.nonEmptyString ?? "/", query: query, body: body, response: response,
            timeoutSeconds: positiveNumber(object["timeoutSeconds"]), multipart: multipart,
            summary: object["description"]?.string ?? "")
        return EndpointSpec(role: role, path: node.path, endpoint: endpoint)
    }

    func loadLimits(_ node: SpecNode) -> RateLimits? {
        guard let object = node.object(allowed: SpecKeys.limits) else { return nil }
        return RateLimits(
            requestsPerMinute: positiveInteger(object["requestsPerMinute"]),
            concurrentTasks: positiveInteger(object["concurrentTasks"]))
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

    func loadCallbacks(_ node: SpecNode) -> CallbackInfo? {
        guard let object = node.object(allowed: SpecKeys.callbacks, required: ["signed"]) else { return nil }
        return CallbackInfo(
            isSigned: object["signed"]?.boolean ?? false,
            answerWithinSeconds: positiveNumber(object["answerWithinSeconds"]),
            retries: object["retries"]?.string)
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

    func loadSample(_ node: SpecNode) -> SampleSpec? {
        guard let object = node.object(allowed: SpecKeys.sample, required: ["name", "kind", "source", "body"]) else {
            return nil
        }
        guard let kindNode = object["kind"], let kindText = kindNode.string else { return nil }
        guard let kind = SampleKind(rawValue: kindText) else {
            kindNode.error(
                "must be one of \(SampleKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), got \"\(kindText)\""
            )
            return nil
        }
        let violates = object["violates"]?.strings ?? []
        if object.has("violates"), kind != .createRequest {
            object["violates"]?.error("only create-request samples can list violations")
        }
        return SampleSpec(
            name: object["name"]?.nonEmptyString ?? "", path: node.path, kind: kind,
            source: object["source"]?.string ?? "", body: object.members["body"] ?? .null, violates: violates,
            isConstructed: object["constructed"]?.boolean ?? false)
    }
}
