// Building HTTP requests from the spec's operations (every value checked first), and sending them with limits
// and retries.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoClient {
    /// What a call does, which decides how it may be retried.
    enum Call {
        /// Starts billable work: retried only when certainly not accepted.
        case create
        /// Reads: retried on 408, 429, 5xx and network errors.
        case status
        /// Uploads a file: retried like a read (an orphan upload costs nothing).
        case upload

        /// The word used in messages: `create`, `status`, `upload`.
        var name: String {
            switch self {
            case .create: return "create"
            case .status: return "status"
            case .upload: return "upload"
            }
        }
    }

    /// The request for `call` of `operation`: every parameter filled (percent-encoded: a task id can never change
    /// the path or split the query) and checked, the body or upload checked against the spec, the key in the spec's
    /// header. Every problem is reported at once, and nothing is built when there is one.
    func httpRequest(for call: OperationCall, operation: ProviderOperation) throws(VideoGenError) -> HTTPRequest {
        var problems: [String] = []
        var pathValues: [String: String] = [:]
        var query: [(name: String, value: String)] = []
        var headers: [HTTPHeader] = []
        let model = call.model ?? descriptor.defaultModel
        for parameter in operation.parameters {
            let value: String?
            switch parameter.source {
            case .taskID:
                value = call.taskID
                if call.taskID?.isEmpty ?? true {
                    problems.append("the \(operation.name) operation needs a task id")
                }
            case .model(let segments):
                value = segments.map { model.split(separator: "/").prefix($0).joined(separator: "/") } ?? model
            case .field(let path):
                value = call.body.flatMap { $0.presentValue(at: path) }.flatMap(Coercion.text)
                if value == nil, parameter.isRequired || parameter.location == .path {
                    problems.append("\(parameter.name) comes from the body's \(path.fieldPath), which is missing")
                }
            case .constant(let constant):
                value = constant
            case .caller:
                guard let given = call.parameters[parameter.name], !given.isNull else {
                    if parameter.isRequired || parameter.location == .path {
                        problems.append("\(parameter.name) is required")
                    }
                    value = nil
                    break
                }
                for violation in RequestValidator.validate(given, as: parameter.value) {
                    problems.append("\(parameter.name) \(violation.message)")
                }
                value = Coercion.text(given) ?? (given.boolValue.map { $0 ? "true" : "false" })
            }
            guard let value else { continue }
            switch parameter.location {
            case .path: pathValues[parameter.name] = parameter.wireValue(value)
            case .query: query.append((parameter.wireName, parameter.wireValue(value)))
            case .header:
                let text = parameter.wireValue(value)
                if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    problems.append("\(parameter.name) contains a control character, which a header cannot carry")
                } else {
                    headers.append(HTTPHeader(parameter.wireName, text))
                }
            }
        }
        for name in call.parameters.keys.sorted() where operation.parameter(named: name)?.source != .caller {
            let callers = operation.parameters.filter { $0.source == .caller }.map(\.name)
            problems.append(
                "\(name) is not a parameter the caller gives to \(operation.name)"
                    + (callers.isEmpty ? "" : " (it takes: \(callers.joined(separator: ", ")))"))
        }
        var data: Data?
        var contentType: String?
        switch operation.body {
        case .json(let name):
            guard let body = call.body else {
                problems.append("the \(operation.name) operation sends a body; none was given")
                break
            }
            if let request = descriptor.request(named: name) {
                // The model decides which parameters apply: the one in the URL, or the one the body names.
                let takesModel = operation.parameters.contains {
                    if case .model = $0.source { return true } else { return false }
                }
                let prepared = RequestValidator.prepare(
                    body, against: request, model: takesModel ? model : nil,
                    refusingUnknownModels: configuration.refusesUnknownModels)
                problems += prepared.violations.map(\.description)
                if prepared.isValid { report(prepared.warnings, operation: operation) }
                data = Data(request.body.ordering(prepared.body).serialized().utf8)
            } else {
                data = Data(body.serialized().utf8)
            }
            contentType = "application/json"
        case .multipart(let form):
            guard let upload = call.upload else {
                problems.append("the \(operation.name) operation uploads a file; none was given")
                break
            }
            problems += Self.problems(with: upload, form: form)
            let boundary = "VideoGen-\(UInt64(jitter.next() * 1e15))"
            contentType = "multipart/form-data; boundary=\(boundary)"
            var fields: [(String, String)] = []
            for field in form.fields {
                // A field given as nil (the generated methods' default) falls back to the spec's default.
                if let value = (upload.fields[field.name] ?? nil) ?? field.defaultValue {
                    fields.append((field.name, value))
                }
            }
            for name in upload.fields.keys.sorted() where !form.fields.contains(where: { $0.name == name }) {
                problems.append("\(name) is not a field of the \(operation.name) form")
            }
            data = MultipartBody.encode(
                boundary: boundary, fields: fields,
                file: (form.fileField, upload.fileName, upload.contentType, upload.data))
        case .none:
            if call.body != nil { problems.append("the \(operation.name) operation sends no body") }
        }
        guard problems.isEmpty else { throw .invalidRequest(provider: descriptor.id, violations: problems) }
        let base = overrideBaseURL ?? operation.baseURL.flatMap(URL.init(string:)) ?? specBaseURL
        var components = URLComponents(url: base, resolvingAgainstBaseURL: false)
        let basePath = components?.percentEncodedPath ?? ""
        var path = operation.path
        for parameter in operation.parameters where parameter.location == .path {
            let value = pathValues[parameter.name] ?? ""
            let encoded =
                parameter.allowsSlashes
                ? value.split(separator: "/", omittingEmptySubsequences: false).map {
                    URLEncoding.pathSegment(String($0))
                }
                .joined(separator: "/")
                : URLEncoding.pathSegment(value)
            path = path.replacingOccurrences(of: "{\(parameter.name)}", with: encoded)
        }
        components?.percentEncodedPath = (basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath) + path
        components?.percentEncodedQuery = query.isEmpty ? nil : URLEncoding.query(query)
        guard let url = components?.url else {
            throw .configuration("\(descriptor.id): cannot build the URL for \(operation.path)")
        }
        var allHeaders: [HTTPHeader] = []
        if operation.sendsAuth {
            allHeaders.append(HTTPHeader(descriptor.auth.header, descriptor.auth.headerValue(for: apiKey.secret)))
        }
        allHeaders.append(
            HTTPHeader("Accept", operation.responseFormat == .events ? "text/event-stream" : "application/json"))
        if let contentType { allHeaders.append(HTTPHeader("Content-Type", contentType)) }
        allHeaders += headers
        allHeaders.append(HTTPHeader("User-Agent", VideoGenVersion.userAgent))
        let timeout = max(configuration.requestTimeoutSeconds, operation.timeoutSeconds ?? 0)
        var request = HTTPRequest(
            method: operation.method.rawValue, url: url, headers: allHeaders, body: data,
            timeoutSeconds: TimeBounds.clamp(timeout))
        request.operation = (descriptor.id, operation.name)
        return request
    }

    /// What is wrong with an upload for `form`: too large, an unaccepted content type, empty.
    static func problems(with upload: MultipartUpload, form: MultipartForm) -> [String] {
        var problems: [String] = []
        if let maximum = form.maxBytes, upload.data.count > maximum {
            problems.append("the file is \(upload.data.count) bytes; the upload accepts at most \(maximum) bytes")
        }
        if !form.contentTypes.isEmpty, !form.contentTypes.contains(upload.contentType.lowercased()) {
            problems.append(
                "the content type \(upload.contentType) is not accepted (accepted: \(form.contentTypes.joined(separator: ", ")))"
            )
        }
        if upload.data.isEmpty { problems.append("the file is empty") }
        return problems
    }

    /// Tells the observer about each warning (never with the value, which may be part of a prompt).
    func report(_ warnings: [Violation], operation: ProviderOperation) {
        guard let observer = configuration.observer else { return }
        for warning in warnings {
            observer(
                VideoGenEvent(
                    name: VideoGenEvent.requestWarning, level: .warning, provider: descriptor.id,
                    message: "\(warning.path.fieldPath) \(warning.message)",
                    metadata: ["operation": operation.name, "field": warning.path.fieldPath]))
        }
    }

    /// `request` with the key replaced by `***` in every header (for dry runs and logs).
    public func redacted(_ request: HTTPRequest) -> HTTPRequest {
        var copy = request
        copy.headers = request.headers.map { HTTPHeader($0.name, apiKey.redact($0.value)) }
        return copy
    }

    /// Sends `request` for `operation` within the client's limits, retrying what the operation allows, and within
    /// `deadline` (a clock time): the whole exchange, retries and waits for the rate budget included, ends by then
    /// with ``VideoGenError/callTimedOut(provider:call:afterSeconds:)``; a request in flight is abandoned. Returns
    /// the final response (which may be a non-2xx answer for the caller to read into the provider's error).
    func send(
        _ request: HTTPRequest, operation: ProviderOperation, deadline: Double, attempts: Int? = nil,
        priority: Double? = nil
    ) async throws(VideoGenError) -> HTTPResponse {
        let call: Call = operation.isBillable ? .create : (operation.role == .upload ? .upload : .status)
        let clock = configuration.clock
        let start = clock.now()
        let response = try await beforeDeadline(deadline) { () async throws(VideoGenError) -> HTTPResponse in
            try await self.sendWithRetries(
                request, call: call, operation: operation.name, start: start, deadline: deadline, attempts: attempts,
                priority: priority)
        }
        guard let response else {
            throw .callTimedOut(provider: descriptor.id, call: operation.name, afterSeconds: clock.now() - start)
        }
        return response
    }

    /// Waits until every budget that counts `operation` lets a request through.
    private func acquireBudgets(for operation: String, priority: Double) async throws(VideoGenError) {
        do {
            try await pauses.acquire(priority: priority)
            for entry in budgets where entry.limit.applies(to: operation) {
                try await entry.budget.acquire(priority: priority)
            }
        } catch {
            throw .cancelled
        }
    }

    /// Holds back every call of `operation` (all of them when no limit is documented) for `seconds`.
    private func pauseBudgets(for operation: String, seconds: Double) async {
        await pauses.pause(seconds: seconds)
    }

    private func sendWithRetries(
        _ request: HTTPRequest, call: Call, operation: String, start: Double, deadline: Double, attempts: Int?,
        priority: Double?
    ) async throws(VideoGenError) -> HTTPResponse {
        let policy = configuration.retry
        let clock = configuration.clock
        let maximum = max(1, attempts ?? policy.maximumAttempts)
        let retryable = policy.retryableStatuses.union(descriptor.errors.retryableStatuses).subtracting(
            RetryPolicy.permanentStatuses)
        var attempt = 0
        while true {
            attempt += 1
            // Creates start work, so they go first when requests queue; status queries by how long their task ran.
            try await acquireBudgets(
                for: operation, priority: priority ?? (call == .create ? Double.greatestFiniteMagnitude : 0))
            var attemptRequest = request
            // No single attempt may outlive the call's deadline.
            attemptRequest.timeoutSeconds = max(0.001, min(request.timeoutSeconds, deadline - clock.now()))
            let response: HTTPResponse
            do {
                try Task.checkCancellation()
                response = try await configuration.transport.send(attemptRequest)
            } catch is CancellationError {
                throw .cancelled
            } catch let error as TransportError {
                if error == .cancelled || Task.isCancelled { throw .cancelled }
                if case .timedOut = error, attemptRequest.timeoutSeconds < request.timeoutSeconds {
                    // The attempt was given only the time the call had left, and used it up.
                    throw .callTimedOut(provider: descriptor.id, call: operation, afterSeconds: clock.now() - start)
                }
                let failure = VideoGenError.transport(provider: descriptor.id, error)
                // An answer over the cap is refused, never fetched again: retrying would only spend the traffic
                // (and the memory) again.
                if case .responseTooLarge = error { throw failure }
                let mayRetry = call != .create || error.certainlyNotSent
                guard mayRetry, attempt < maximum else { throw failure }
                try await pause(
                    policy.delay(beforeRetry: attempt, retryAfter: nil, random: jitter.next()), before: deadline,
                    orThrow: failure)
                continue
            } catch {
                throw .transport(provider: descriptor.id, .connectionLost(apiKey.redact(String(describing: error))))
            }
            let retryAfter = response.retryAfterSeconds(now: clock.date())
            if response.status == 429 {
                let limited = VideoGenError.rateLimited(provider: descriptor.id, retryAfterSeconds: retryAfter)
                // A Retry-After beyond what the policy waits, or beyond the deadline, ends the call at once: waiting
                // it out would hang the call (and, through the shared budget, every other call on the client).
                if let retryAfter, retryAfter > policy.maximumDelaySeconds || clock.now() + retryAfter >= deadline {
                    throw limited
                }
                guard attempt < maximum else { throw limited }
                let wait = policy.delay(beforeRetry: attempt, retryAfter: retryAfter, random: jitter.next())
                await pauseBudgets(for: operation, seconds: wait)
                try await pause(wait, before: deadline, orThrow: limited)
                continue
            }
            if call != .create, retryable.contains(response.status), attempt < maximum {
                let wait = policy.delay(beforeRetry: attempt, retryAfter: retryAfter, random: jitter.next())
                // Past the deadline there is no retry to wait for: the answer in hand is the call's outcome.
                guard clock.now() + wait < deadline else { return response }
                try await pause(wait)
                continue
            }
            return response
        }
    }

    /// Sleeps on the client's clock; cancellation becomes ``VideoGenError/cancelled``.
    func pause(_ seconds: Double) async throws(VideoGenError) {
        do {
            try await configuration.clock.sleep(seconds: seconds)
        } catch {
            throw .cancelled
        }
    }

    /// Sleeps `seconds` unless that would reach `deadline`, in which case `error` ends the call at once.
    private func pause(_ seconds: Double, before deadline: Double, orThrow error: VideoGenError)
        async throws(VideoGenError)
    {
        guard configuration.clock.now() + seconds < deadline else { throw error }
        try await pause(seconds)
    }

    /// The unified task in `response`, or the error it reports. With `unreadableIsTransient`, bytes that are not
    /// JSON at all (an answer cut off on the way) are a transport error, which a wait rides out; JSON of the wrong
    /// shape is always a malformed answer.
    func decodeTask(_ response: HTTPResponse, kind: ResponseKind, endpoint: String)
        throws(VideoGenError) -> VideoTask
    {
        let decoded: DecodedPayload
        do {
            decoded = try PayloadDecoder.decode(
                response.body, kind: kind, descriptor: descriptor, httpStatus: response.status)
        } catch {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: endpoint, detail: apiKey.redact(error.description))
        }
        switch decoded {
        case .task(let task):
            return redact(task)
        case .providerError(let report):
            let retryAfter = response.retryAfterSeconds(now: configuration.clock.date())
            if response.status == 429 { throw .rateLimited(provider: descriptor.id, retryAfterSeconds: retryAfter) }
            throw .providerError(redact(report), retryAfterSeconds: retryAfter)
        }
    }

    /// `report` with the key scrubbed from every text the provider wrote.
    func redact(_ report: ProviderErrorReport) -> ProviderErrorReport {
        var copy = report
        copy.message = apiKey.redact(report.message)
        copy.code = report.code.map(apiKey.redact)
        copy.type = report.type.map(apiKey.redact)
        return copy
    }

    /// `task` with the key scrubbed from its failure.
    func redact(_ task: VideoTask) -> VideoTask {
        var copy = task
        if let failure = task.failure {
            copy.failure = TaskFailure(code: failure.code.map(apiKey.redact), message: apiKey.redact(failure.message))
        }
        return copy
    }
}
