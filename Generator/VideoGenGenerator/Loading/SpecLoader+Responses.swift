// Load: states, envelope, named types, responses and error detection.

@_spi(Generated) import VideoGenCore

extension SpecLoader {
    /// The states of a vocabulary; with `allowsOthers`, the key `"*"` says what values it does not list mean.
    func loadStates(_ node: SpecNode, allowsOthers: Bool) -> (states: [StateSpec], others: TaskState?) {
        var others: TaskState?
        let states = (node.entries ?? []).compactMap { key, stateNode -> StateSpec? in
            guard let object = stateNode.object(allowed: SpecKeys.state, required: ["unified"]),
                let unifiedNode = object["unified"], let text = unifiedNode.string
            else { return nil }
            guard let unified = TaskState(rawValue: text), unified != .unknown else {
                unifiedNode.error("must be one of queued, running, succeeded, failed, cancelled, got \"\(text)\"")
                return nil
            }
            if key == "*" {
                if allowsOthers {
                    others = unified
                } else {
                    stateNode.error(
                        "\"*\" (any other value) belongs to a response's own states; the spec's states are listed one by one"
                    )
                }
                return nil
            }
            return StateSpec(
                value: key, path: stateNode.path, unified: unified,
                description: object["description"]?.string ?? "", swiftName: object["swiftName"]?.nonEmptyString)
        }
        return (states, others)
    }

    func loadEnvelope(_ node: SpecNode) -> EnvelopeSpec? {
        guard let object = node.object(allowed: SpecKeys.envelope, required: ["fields", "data"]) else { return nil }
        return EnvelopeSpec(
            path: node.path,
            fields: object["fields"].map { loadFields($0, side: .response) } ?? [],
            dataKey: object["data"]?.nonEmptyString ?? "data")
    }

    func loadTypes(_ node: SpecNode) -> [NamedTypeSpec] {
        (node.entries ?? []).compactMap { name, typeNode in
            guard let object = typeNode.object(allowed: SpecKeys.namedType, required: ["fields"]) else { return nil }
            return NamedTypeSpec(
                name: name, path: typeNode.path, description: object["description"]?.string ?? "",
                fields: object["fields"].map { loadFields($0, side: .response) } ?? [],
                additionalFields: object["additionalFields"]?.boolean)
        }
    }

    func loadResponses(_ node: SpecNode, hasEnvelope: Bool) -> [ResponseSpec] {
        (node.entries ?? []).compactMap { name, responseNode -> ResponseSpec? in
            guard let response = responseNode.object(allowed: SpecKeys.response) else { return nil }
            let usesEnvelope = hasEnvelope && (response["envelope"]?.boolean ?? true)
            if response.has("envelope"), !hasEnvelope {
                response["envelope"]?.error("the spec declares no envelope, so there is none to switch off")
            }
            if usesEnvelope {
                if !response.has("data") {
                    responseNode.error("with an envelope, a response gives \"data\" (the payload under the envelope)")
                }
                for key in ["fields", "type"] where response.has(key) {
                    response[key]?.error(
                        "with an envelope, give \"data\"; \"\(key)\" describes the whole body of a response without one"
                    )
                }
            } else {
                if response.has("fields") == response.has("type") {
                    responseNode.error(
                        "without an envelope, a response gives either \"fields\" or \"type\" (a named type) for the whole body"
                    )
                }
                if response.has("data") {
                    response["data"]?.error(
                        "\"data\" is the payload under an envelope; this response has none, so give \"fields\" or \"type\""
                    )
                }
            }
            let vocabulary = response["states"].map { loadStates($0, allowsOthers: true) }
            var detect: [Located<Condition>]?
            if let errorsNode = response["errors"],
                let errors = errorsNode.object(allowed: SpecKeys.responseErrors, required: ["detect"])
            {
                detect = loadDetect(errors["detect"])
            }
            return ResponseSpec(
                name: name, path: responseNode.path, description: response["description"]?.string ?? "",
                usesEnvelope: usesEnvelope,
                data: usesEnvelope ? response["data"].flatMap { loadField($0, name: "", side: .response) } : nil,
                fields: usesEnvelope ? nil : response["fields"].map { loadFields($0, side: .response) },
                typeName: usesEnvelope ? nil : located(response, "type") { $0.nonEmptyString },
                states: vocabulary?.states, otherStates: vocabulary?.others, detect: detect)
        }
    }

    /// The conditions of a `detect` list.
    private func loadDetect(_ node: SpecNode?) -> [Located<Condition>] {
        (node?.array ?? []).compactMap { conditionNode in
            loadCondition(conditionNode).map { Located(value: $0, path: conditionNode.path) }
        }
    }

    func loadErrors(_ node: SpecNode) -> ErrorsSpec? {
        guard let object = node.object(allowed: SpecKeys.errors, required: ["response", "detect"]) else { return nil }
        var http: [HTTPStatusInfo] = []
        for (key, statusNode) in object["http"]?.entries ?? [] {
            guard let status = Int(key), (100...599).contains(status), key.count == 3 else {
                statusNode.error("an HTTP status is a number from 100 to 599, got \"\(key)\"")
                continue
            }
            guard let info = statusNode.object(allowed: SpecKeys.httpStatus, required: ["meaning"]) else { continue }
            http.append(
                HTTPStatusInfo(
                    status: status, meaning: info["meaning"]?.nonEmptyString ?? "", type: info["type"]?.nonEmptyString))
        }
        var codes: [ErrorCodeInfo] = []
        for (code, codeNode) in object["codes"]?.entries ?? [] {
            guard let info = codeNode.object(allowed: SpecKeys.errorCode, required: ["meaning"]) else { continue }
            codes.append(
                ErrorCodeInfo(
                    code: code, meaning: info["meaning"]?.nonEmptyString ?? "",
                    isRetryable: info["retryable"]?.boolean ?? false))
        }
        var retryable: [Int] = []
        for statusNode in object["retryable"]?.array ?? [] {
            guard let status = statusNode.integer else { continue }
            if (100...599).contains(status) {
                retryable.append(status)
            } else {
                statusNode.error("an HTTP status is a number from 100 to 599, got \(status)")
            }
        }
        return ErrorsSpec(
            path: node.path,
            response: located(object, "response") { $0.nonEmptyString } ?? Located(value: "", path: node.path),
            detect: loadDetect(object["detect"]), http: http, codes: codes, retryable: retryable)
    }
}
