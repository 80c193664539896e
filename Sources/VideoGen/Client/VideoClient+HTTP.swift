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
    }

    /// The request for `endpoint`, with `{model}` and `{taskId}` filled in, the key in the spec's header.
    func httpRequest(for endpoint: Endpoint, model: String, taskID: String?, body: JSONValue?) throws(VideoGenError)
        -> HTTPRequest
    {
        func fill(_ template: String) -> String {
            var text = template.replacingOccurrences(of: "{model}", with: Self.escape(model))
            if let taskID { text = text.replacingOccurrences(of: "{taskId}", with: Self.escape(taskID)) }
            return text
        }
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)
        let basePath = components?.percentEncodedPath ?? ""
        components?.percentEncodedPath =
            (basePath.hasSuffix("/") ? String(basePath.dropLast()) : basePath) + fill(endpoint.path)
        let query = endpoint.query.compactMap { parameter -> URLQueryItem? in
            guard let value = parameter.value else { return nil }
            return URLQueryItem(
                name: parameter.name,
                value: value.replacingOccurrences(of: "{model}", with: model).replacingOccurrences(
                    of: "{taskId}", with: taskID ?? ""))
        }
        if !query.isEmpty { components?.queryItems = query }
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
            method: endpoint.method.rawValue, url: url, headers: headers, body: data, timeoutSeconds: timeout)
    }

    private static func escape(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    /// `request` with the key replaced by `***` in every header (for dry runs and logs).
    public func redacted(_ request: HTTPRequest) -> HTTPRequest {
        var copy = request
        copy.headers = request.headers.map { HTTPHeader($0.name, apiKey.redact($0.value)) }
        return copy
    }

    /// Sends `request` within the client's limits, retrying what `call` allows; returns the final response
    /// (which may be a non-2xx answer for the caller to decode into the provider's error).
    func send(_ request: HTTPRequest, call: Call, attempts: Int? = nil, priority: Double? = nil)
        async throws(VideoGenError) -> HTTPResponse
    {
        let policy = configuration.retry
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
            let response: HTTPResponse
            do {
                try Task.checkCancellation()
                response = try await configuration.transport.send(request)
            } catch is CancellationError {
                throw .cancelled
            } catch let error as TransportError {
                if error == .cancelled || Task.isCancelled { throw .cancelled }
                let mayRetry = call != .create || error.certainlyNotSent
                guard mayRetry, attempt < maximum else { throw .transport(provider: descriptor.id, error) }
                try await pause(policy.delay(beforeRetry: attempt, retryAfter: nil, random: jitter.next()))
                continue
            } catch {
                throw .transport(provider: descriptor.id, .connectionLost(apiKey.redact(String(describing: error))))
            }
            let retryAfter = response.retryAfterSeconds(now: configuration.clock.date())
            if response.status == 429 {
                let wait = policy.delay(beforeRetry: attempt, retryAfter: retryAfter, random: jitter.next())
                await budget.pause(seconds: wait)
                guard attempt < maximum else {
                    throw .rateLimited(provider: descriptor.id, retryAfterSeconds: retryAfter)
                }
                try await pause(wait)
                continue
            }
            if call != .create, retryable.contains(response.status), attempt < maximum {
                try await pause(policy.delay(beforeRetry: attempt, retryAfter: retryAfter, random: jitter.next()))
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

    /// The unified task in `response`, or the error it reports.
    func decodeTask(_ response: HTTPResponse, kind: ResponseKind, endpoint: String) throws(VideoGenError) -> VideoTask {
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

    private func redact(_ task: VideoTask) -> VideoTask {
        var copy = task
        if let failure = task.failure {
            copy.failure = TaskFailure(code: failure.code.map(apiKey.redact), message: apiKey.redact(failure.message))
        }
        return copy
    }
}
