// Load: states, envelope, named types, responses and error detection.

import VideoGenCore

extension SpecLoader {
    func loadStates(_ node: SpecNode) -> [StateSpec] {
        (node.entries ?? []).compactMap { key, stateNode in
            guard let object = stateNode.object(allowed: SpecKeys.state, required: ["unified"]),
                let unifiedNode = object["unified"], let text = unifiedNode.string
            else { return nil }
            guard let unified = TaskState(rawValue: text), unified != .unknown else {
                unifiedNode.error("must be one of queued, running, succeeded, failed, cancelled, got \"\(text)\"")
                return nil
            }
            return StateSpec(
                value: key, path: stateNode.path, unified: unified,
                description: object["description"]?.string ?? "", swiftName: object["swiftName"]?.nonEmptyString)
        }
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
        guard let object = node.object(allowed: SpecKeys.responseKinds, required: ["create", "status"]) else {
            return []
        }
        return SpecKeys.responseKinds.compactMap { key in
            guard let responseNode = object[key], let kind = ResponseKind(rawValue: key),
                let response = responseNode.object(allowed: SpecKeys.response)
            else { return nil }
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
            return ResponseSpec(
                kind: kind, path: responseNode.path, description: response["description"]?.string ?? "",
                usesEnvelope: usesEnvelope,
                data: usesEnvelope ? response["data"].flatMap { loadField($0, name: "", side: .response) } : nil,
                fields: usesEnvelope ? nil : response["fields"].map { loadFields($0, side: .response) },
                typeName: usesEnvelope ? nil : located(response, "type") { $0.nonEmptyString })
        }
    }

    func loadErrors(_ node: SpecNode) -> ErrorsSpec? {
        guard let object = node.object(allowed: SpecKeys.errors, required: ["detect"]) else { return nil }
        var detect: [Located<Condition>] = []
        for conditionNode in object["detect"]?.array ?? [] {
            if let condition = loadCondition(conditionNode) {
                detect.append(Located(value: condition, path: conditionNode.path))
            }
        }
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
        var retryable: [Int] = []
        for statusNode in object["retryable"]?.array ?? [] {
            guard let status = statusNode.integer else { continue }
            if (100...599).contains(status) {
                retryable.append(status)
            } else {
                statusNode.error("an HTTP status is a number from 100 to 599, got \(status)")
            }
        }
        return ErrorsSpec(path: node.path, detect: detect, http: http, retryable: retryable)
    }
}
