// Check: every documented sample satisfies the spec that documents it (requests validate, responses decode).

@_spi(Generated) import VideoGenCore

/// Checks each sample against the lowered descriptor, exactly as the runtime will see it.
struct SampleChecker {
    let spec: ProviderSpec
    let descriptor: ProviderDescriptor

    func run() {
        let source = spec.source
        var names: Set<String> = []
        for sample in spec.samples {
            if !names.insert(sample.name).inserted {
                source.error(at: sample.path.appending(key: "name"), "the sample name \"\(sample.name)\" is used twice")
            }
            let bodyPath = sample.path.appending(key: "body")
            switch sample.part {
            case .request:
                guard let operation = sample.operation.flatMap(descriptor.operation(named:)) else { continue }
                // A request name that does not exist is reported where the operation names it.
                if let name = operation.requestName, descriptor.request(named: name) == nil { continue }
                guard let request = operation.requestName.flatMap(descriptor.request(named:)) else {
                    source.error(
                        at: sample.path, "a request sample, but the operation \"\(operation.name)\" sends no JSON body")
                    continue
                }
                checkRequest(sample, request: request, at: bodyPath)
            case .response:
                guard let operation = sample.operation.flatMap(descriptor.operation(named:)) else { continue }
                checkResponse(sample, operation: operation, at: bodyPath)
            case .callback:
                guard let name = descriptor.callbacks?.response, let response = descriptor.response(named: name) else {
                    continue
                }
                // A signature test vector (a sample with its headers) need not be a callback of the provider's own.
                if !sample.headers.isEmpty { continue }
                checkBody(sample.body, response: response, role: nil, isCallback: true, at: bodyPath, httpStatus: nil)
            }
        }
    }

    private func checkRequest(_ sample: SampleSpec, request: RequestSchema, at path: JSONPath) {
        let violations = RequestValidator.prepare(sample.body, against: request).violations
        let reported = Set(violations.map(\.path.fieldPath))
        let declared = Set(sample.violates)
        for violation in violations where !declared.contains(violation.path.fieldPath) {
            let location = violation.path.components.isEmpty ? path : path.appending(violation.path)
            spec.source.error(
                at: location,
                "the sample breaks the spec's own rules: \(violation); fix the spec, or list \"\(violation.path.fieldPath)\" under \"violates\" if the docs really show an invalid body"
            )
        }
        for missing in declared.subtracting(reported).sorted() {
            spec.source.error(
                at: path.deletingLastComponent().appending(key: "violates"),
                "lists \"\(missing)\", but the validator reports nothing there")
        }
    }

    private func checkResponse(_ sample: SampleSpec, operation: ProviderOperation, at path: JSONPath) {
        guard let name = operation.response, let response = descriptor.response(named: name) else {
            if operation.response == nil, operation.responseFormat == .json {
                spec.source.error(
                    at: path, "a response sample, but the operation \"\(operation.name)\" reads no response")
            }
            return
        }
        checkBody(
            sample.body, response: response, role: operation.role, isCallback: false, at: path,
            httpStatus: sample.httpStatus)
    }

    private func checkBody(
        _ body: JSONValue, response: ResponseSchema, role: OperationRole?, isCallback: Bool, at path: JSONPath,
        httpStatus: Int?
    ) {
        guard case .object = body else {
            spec.source.error(at: path, "a response sample must be a JSON object, got \(body.kindDescription)")
            return
        }
        let failed = httpStatus.map { !(200..<300).contains($0) } ?? false
        let isError = failed || descriptor.errors.isError(body, detection: response.errorDetection)
        do {
            let values = try PayloadReader.read(body, as: isError ? descriptor.errorResponse.body : response.body)
            guard !isError else { return }
            checkTimestamps(body, ValueSchema(type: .object(response.body)), at: path)
            _ = try PayloadReader.tasks(in: body, as: response.body)
            switch role {
            case .create? where values.taskID == nil:
                spec.source.error(
                    at: path, "a create answer that is not an error must carry a task id (role taskId); none was found")
            case .status? where values.state == nil:
                spec.source.error(
                    at: path, "a status answer that is not an error must carry a state (role state); none was found")
            default:
                if isCallback, values.state == nil {
                    spec.source.error(
                        at: path, "a callback that is not an error must carry a state (role state); none was found")
                }
            }
        } catch {
            spec.source.error(at: path.appending(error.path), "the sample does not decode: \(error.message)")
        }
    }
}

extension SampleChecker {
    /// A documented time is written the way its field declares (the decoder accepts every form; the spec must still
    /// say the one the provider uses).
    private func checkTimestamps(_ value: JSONValue, _ schema: ValueSchema, at path: JSONPath) {
        var value = value
        if schema.isEmbeddedJSON, case .string(let text) = value, let parsed = try? JSONParser.parse(text) {
            value = parsed
        }
        switch (schema.type, value) {
        case (.object(let object), .object(let members)):
            for field in object.fields {
                for name in field.allNames {
                    guard let child = members[name], !child.isNull else { continue }
                    checkTimestamps(child, field.value, at: path.appending(key: name))
                    break
                }
            }
        case (.array(let items, _), .array(let elements)):
            for (index, element) in elements.enumerated() {
                checkTimestamps(element, items, at: path.appending(index: index))
            }
        case (.timestamp(let format), _):
            let fits: Bool
            switch (format, value) {
            case (.seconds, _), (.milliseconds, _): fits = Coercion.number(value) != nil
            case (.iso8601, .string(let text)): fits = DateText.iso8601(text) != nil
            case (.pattern(let pattern), .string(let text)): fits = DateText.date(text, pattern: pattern) != nil
            default: fits = false
            }
            if !fits {
                spec.source.error(
                    at: path,
                    "the sample writes this time as \(value.briefDescription), not as the field declares (\(format.specWord))"
                )
            }
        default:
            break
        }
    }
}

extension JSONPath {
    /// This path followed by `other`.
    func appending(_ other: JSONPath) -> JSONPath {
        other.components.reduce(self) { $0.appending($1) }
    }

    /// This path without its last component.
    func deletingLastComponent() -> JSONPath {
        var copy = self
        if !copy.components.isEmpty { copy.components.removeLast() }
        return copy
    }
}
