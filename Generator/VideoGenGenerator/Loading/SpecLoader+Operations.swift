// Load: operations — method, path, parameters, body, response, timeout, billing — and their samples.

@_spi(Generated) import VideoGenCore

extension SpecLoader {
    func loadOperations(_ node: SpecNode) -> [OperationSpec] {
        (node.entries ?? []).compactMap { loadOperation($0.node, name: $0.key) }
    }

    private func loadOperation(_ node: SpecNode, name: String) -> OperationSpec? {
        guard let object = node.object(allowed: SpecKeys.operation, required: ["method", "path"]) else { return nil }
        var role: OperationRole?
        if let roleNode = object["role"], let text = roleNode.string {
            role = OperationRole(rawValue: text)
            if role == nil {
                roleNode.error(
                    "unknown role \"\(text)\" (roles: \(OperationRole.allCases.map(\.rawValue).joined(separator: ", "))); an operation without a role needs no \"role\""
                )
            }
        }
        var method = ProviderOperation.Method.get
        var isMethodKnown = true
        if let methodNode = object["method"], let text = methodNode.string {
            if let parsed = ProviderOperation.Method(rawValue: text) {
                method = parsed
            } else {
                isMethodKnown = false
                methodNode.error(
                    "must be one of \(ProviderOperation.Method.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), got \"\(text)\""
                )
            }
        }
        var body = ProviderOperation.Body.none
        var requestPath: JSONPath?
        if let bodyNode = object["body"], let bodyObject = bodyNode.object(allowed: SpecKeys.operationBody) {
            if bodyObject.has("json") == bodyObject.has("multipart") {
                bodyNode.error("give either \"json\" (the name of an entry of \"requests\") or \"multipart\"")
            } else if let jsonNode = bodyObject["json"], let request = jsonNode.nonEmptyString {
                body = .json(request: request)
                requestPath = jsonNode.path
            } else if let multipartNode = bodyObject["multipart"], let form = loadMultipart(multipartNode) {
                body = .multipart(form)
            }
        }
        var format = ProviderOperation.ResponseFormat.json
        if let formatNode = object["responseFormat"], let text = formatNode.string {
            if let parsed = ProviderOperation.ResponseFormat(rawValue: text) {
                format = parsed
            } else {
                formatNode.error(
                    "must be one of \(ProviderOperation.ResponseFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), got \"\(text)\""
                )
            }
        }
        let response = object["response"]?.nonEmptyString
        if response == nil, !object.has("response"), format == .json || format == .events {
            node.error("missing required key \"response\" (the name of an entry of \"responses\")")
        }
        let parameters = (object["parameters"]?.entries ?? []).compactMap { loadParameter($0.node, name: $0.key) }
        let operation = ProviderOperation(
            name: name, role: role, method: method, path: object["path"]?.nonEmptyString ?? "/",
            baseURL: object["baseURL"]?.nonEmptyString, parameters: parameters, body: body, response: response,
            responseFormat: format, timeoutSeconds: positiveNumber(object["timeoutSeconds"]),
            isBillable: object["billable"]?.boolean, sendsAuth: object["auth"]?.boolean ?? true,
            summary: object["description"]?.string ?? "")
        let samples = object["samples"]?.array?.compactMap { loadSample($0, operation: name) } ?? []
        return OperationSpec(
            name: name, path: node.path, operation: operation, requestPath: requestPath, samples: samples,
            isMethodKnown: isMethodKnown)
    }

    private func loadParameter(_ node: SpecNode, name: String) -> OperationParameter? {
        guard let object = node.object(allowed: SpecKeys.parameter, required: ["in"]) else { return nil }
        var location = OperationParameter.Location.query
        if let inNode = object["in"], let text = inNode.string {
            if let parsed = OperationParameter.Location(rawValue: text) {
                location = parsed
            } else {
                inNode.error("must be \"path\", \"query\" or \"header\", got \"\(text)\"")
            }
        }
        var source = OperationParameter.Source.caller
        let fromText = object["from"]?.string
        if object.has("value") {
            if object.has("from") { object["from"]?.error("a parameter with a constant \"value\" takes no \"from\"") }
            source = .constant(object["value"].flatMap(\.string) ?? "")
        } else {
            switch fromText {
            case nil, "caller": source = .caller
            case "taskId": source = .taskID
            case "model": source = .model(segments: positiveInteger(object["segments"]))
            case "field":
                if let fieldNode = object["field"], let path = fieldPath(fieldNode) {
                    source = .field(path)
                } else if !object.has("field") {
                    node.error("a parameter \"from\": \"field\" needs \"field\" (the request body path it copies)")
                }
            case let other?:
                object["from"]?.error(
                    "must be \"taskId\", \"model\", \"field\" or \"caller\", got \"\(other)\"")
            }
        }
        if object.has("segments"), fromText != "model" {
            object["segments"]?.error("\"segments\" cuts the model; it applies to \"from\": \"model\" only")
        }
        if object.has("field"), fromText != "field" {
            object["field"]?.error("\"field\" belongs to \"from\": \"field\"")
        }
        var type = ValueType.string
        if let typeNode = object["type"], let text = typeNode.string {
            switch text {
            case "string": type = .string
            case "integer": type = .integer
            case "number": type = .number
            case "boolean": type = .boolean
            case "url": type = .url
            default:
                typeNode.error("must be string, integer, number, boolean or url, got \"\(text)\"")
            }
        }
        let values = object["enum"]?.array?.map(\.value)
        let constraints = Constraints(
            allowedValues: values, minimum: object["minimum"]?.number, maximum: object["maximum"]?.number,
            minLength: object["minLength"]?.integer, maxLength: object["maxLength"]?.integer)
        let template = object["template"]?.nonEmptyString
        if let template, !template.contains("{value}") {
            object["template"]?.error("must contain {value}, where the parameter's value goes")
        }
        return OperationParameter(
            name: name, wireName: object["name"]?.nonEmptyString, location: location, source: source,
            value: ValueSchema(type: type, constraints: constraints), isRequired: object["required"]?.boolean ?? false,
            defaultValue: object.members["default"], template: template,
            allowsSlashes: object["allowSlashes"]?.boolean ?? false, summary: object["description"]?.string ?? "")
    }

    private func loadMultipart(_ node: SpecNode) -> MultipartForm? {
        guard let form = node.object(allowed: SpecKeys.multipart, required: ["fileField"]) else { return nil }
        var fields: [MultipartField] = []
        for (name, fieldNode) in form["fields"]?.entries ?? [] {
            guard let field = fieldNode.object(allowed: SpecKeys.multipartField) else { continue }
            fields.append(
                MultipartField(
                    name: name, defaultValue: field["default"]?.string, summary: field["description"]?.string ?? ""))
        }
        return MultipartForm(
            fileField: form["fileField"]?.nonEmptyString ?? "file", fields: fields,
            maxBytes: positiveInteger(form["maxBytes"]), contentTypes: form["contentTypes"]?.strings ?? [])
    }

    func loadSample(_ node: SpecNode, operation: String) -> SampleSpec? {
        guard let object = node.object(allowed: SpecKeys.sample, required: ["name", "part", "source", "body"]) else {
            return nil
        }
        var part = SamplePart.response
        if let partNode = object["part"], let text = partNode.string {
            if text == "request" || text == "response", let parsed = SamplePart(rawValue: text) {
                part = parsed
            } else {
                partNode.error("must be \"request\" or \"response\", got \"\(text)\"")
            }
        }
        if object.has("violates"), part != .request {
            object["violates"]?.error("only request samples can list violations")
        }
        var status: Int?
        if let statusNode = object["status"], let number = statusNode.integer {
            if part != .response {
                statusNode.error(
                    "only response samples carry an HTTP status (the status their answer came with)"
                )
            } else if (100...599).contains(number) {
                status = number
            } else {
                statusNode.error("must be an HTTP status from 100 to 599, got \(number)")
            }
        }
        return SampleSpec(
            name: object["name"]?.nonEmptyString ?? "", path: node.path, operation: operation, part: part,
            httpStatus: status, source: object["source"]?.string ?? "", body: object.members["body"] ?? .null,
            violates: object["violates"]?.strings ?? [], isConstructed: object["constructed"]?.boolean ?? false)
    }

    func loadCallbackSample(_ node: SpecNode) -> SampleSpec? {
        guard let object = node.object(allowed: SpecKeys.callbackSample, required: ["name", "source", "body"]) else {
            return nil
        }
        var headers: [String: String] = [:]
        for (name, valueNode) in object["headers"]?.entries ?? [] {
            if let value = valueNode.string { headers[name] = value }
        }
        return SampleSpec(
            name: object["name"]?.nonEmptyString ?? "", path: node.path, operation: nil, part: .callback,
            httpStatus: nil, source: object["source"]?.string ?? "", body: object.members["body"] ?? .null,
            violates: [], isConstructed: object["constructed"]?.boolean ?? false, headers: headers)
    }
}
