// Building HTTP requests from the spec's endpoints, and sending them with limits and retries.

import Foundation

extension VideoClient {
    /// What a call does, which decides how it may be retried.
    enum Call {
        /// Creates a task (costs money): retried only when certainly not accepted.
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

    /// The request for `endpoint`, with `{model}` and `{taskId}` filled in (percent-encoded: a task id can never
    /// change the path or split the query), the key in the spec's header.
    func httpRequest(for endpoint: Endpoint, model: String, taskID: String?, body: JSONValue?) throws(VideoGenError)
        -> HTTPRequest
    {
        func fill(_ template: String, encode: (String) -> String) -> String {
            var text = template.replacingOccurrences(of: "{model}", with: encode(model))
            text = text.replacingOccurrences(of: "{taskId}", with: encode(taskID ?? ""))
            return text
        }
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)
        let basePath = components?.percentEncodedPath ?? ""
        components?.percentEncodedPath =
            (basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath)
            + fill(endpoint.path, encode: URLEncoding.pathSegment)
        let query = endpoint.query.compactMap { parameter -> (name: String, value: String)? in
            guard let value = parameter.value else { return nil }
            return (parameter.name, fill(value) { $0 })
        }
        components?.percentEncodedQuery = query.isEmpty ? nil : URLEncoding.query(query)
        guard let url = components?.url else {
            throw .configuration("\(descriptor.id): cannot build the URL for \(endpoint.path)")
        }
        var headers = [
            HTTPHeader(descriptor.auth.header, descriptor.auth.headerValue(for: apiKey.secret)),
            HTTPHeader("Accept", "application/json"),
        ]
        var data: Data?
        if let body {
            headers.append(HTTPHeader("Content-Type", "application/json"))
            data = Data(body.serialized().utf8)
        }
        headers.append(HTTPHeader("User-Agent", VideoGenVersion.userAgent))
        let timeout = max(configuration.requestTimeoutSeconds, endpoint.timeoutSeconds ?? 0)
        return HTTPRequest(
            method: endpoint.method.rawValue, url: url, headers: headers, body: data,
            timeoutSeconds: TimeBounds.clamp(timeout))
    }

    /// `request` with the key replaced by `***` in every header (for dry runs and logs).
    public func redacted(_ request: HTTPRequest) -> HTTPRequest {
        var copy = request
        copy.headers = request.headers.map { HTTPHeader($0.name, apiKey.redact($0.value)) }
        return copy
    }

    /// Sends `request` within the client's limits, retrying what `call` allows, and within `deadline` (a clock
    /// time): the whole exchange, retries and waits for the rate budget included, ends by then with
    /// ``VideoGenError/callTimedOut(provider:call:afterSeconds:)``; a request in flight is abandoned. Returns the
    /// final response (which may be a non-2xx answer for the caller to decode into the provider's error).
    func send(
        _ request: HTTPRequest, call: Call, deadline: Double, attempts: Int? = nil, priority: Double? = nil
    ) async throws(VideoGenError) -> HTTPResponse {
        let clock = configuration.clock
        let start = clock.now()
        let response = try await beforeDeadline(deadline) { () async throws(VideoGenError) -> HTTPResponse in
            try await self.sendWithRetries(
                request, call: call, start: start, deadline: deadline, attempts: attempts, priority: priority)
        }
        guard let response else {
            throw .callTimedOut(provider: descriptor.id, call: call.name, afterSeconds: clock.now() - start)
        }
        return response
    }

    private func sendWithRetries(
        _ request: HTTPRequest, call: Call, start: Double, deadline: Double, attempts: Int?, priority: Double?
    ) async throws(VideoGenError) -> HTTPResponse {
        let policy = configuration.retry
        let clock = configuration.clock
        let maximum = max(1, attempts ?? policy.maximumAttempts)
        let retryable = policy.retryableStatuses.union(descriptor.errors.retryableStatuses).subtracting(
            RetryPolicy.permanentStatuses)
        var attempt = 0
        while true {
            attempt += 1
            do {
                // Creates start work, so they go first when requests queue; status queries by how long their task ran.
                try await budget.acquire(priority: priority ?? (call == .create ? Double.greatestFiniteMagnitude : 0))
            } catch {
                throw .cancelled
            }
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
                    throw .callTimedOut(provider: descriptor.id, call: call.name, afterSeconds: clock.now() - start)
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
                await budget.pause(seconds: wait)
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
    func decodeTask(_ response: HTTPResponse, kind: ResponseKind, endpoint: String, unreadableIsTransient: Bool = false)
        throws(VideoGenError) -> VideoTask
    {
        let decoded: DecodedPayload
        do {
            decoded = try PayloadDecoder.decode(
                response.body, kind: kind, descriptor: descriptor, httpStatus: response.status)
        } catch {
            let detail = apiKey.redact(error.description)
            if unreadableIsTransient, error.isUnreadable {
                throw .transport(
                    provider: descriptor.id, .connectionLost("the \(endpoint) answer is not JSON (\(detail))"))
            }
            throw .malformedResponse(provider: descriptor.id, endpoint: endpoint, detail: detail)
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

    private func redact(_ task: VideoTask) -> VideoTask {
        var copy = task
        if let failure = task.failure {
            copy.failure = TaskFailure(code: failure.code.map(apiKey.redact), message: apiKey.redact(failure.message))
        }
        return copy
    }
}
