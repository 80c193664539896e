// Any operation of the spec, by name: checked, built, sent within the client's limits, and read.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoClient {
    /// Performs any operation of the provider's spec: every parameter, the body or the upload is checked against
    /// the spec first (nothing is sent when anything is wrong), then the call goes out within the client's limits,
    /// with the retries its kind allows (a billable call is never sent twice unless the provider certainly did not
    /// receive it), and within `timeoutSeconds` (default: ``ClientConfiguration/callTimeoutSeconds``, or twice the
    /// operation's own timeout for a blocking one).
    ///
    /// - Returns: the answer; where it describes a task, ``OperationResult/task`` is that task, unified.
    /// - Throws: ``VideoGenError/invalidRequest(provider:violations:)`` before sending; the provider's error, a
    ///   malformed answer, a timeout.
    public func perform(_ call: OperationCall, timeoutSeconds: Double? = nil) async throws(VideoGenError)
        -> OperationResult
    {
        guard let operation = descriptor.operation(named: call.operation) else {
            let names = descriptor.operations.map(\.name).joined(separator: ", ")
            throw .unsupported(
                provider: descriptor.id, detail: "there is no operation \"\(call.operation)\" (operations: \(names))")
        }
        return try await perform(call, operation: operation, timeoutSeconds: timeoutSeconds, overallDeadline: nil)
    }

    /// The exact HTTP request `perform` would send for `call`, with the key (use ``redacted(_:)`` before showing it).
    public func httpRequest(for call: OperationCall) throws(VideoGenError) -> HTTPRequest {
        guard let operation = descriptor.operation(named: call.operation) else {
            throw .unsupported(provider: descriptor.id, detail: "there is no operation \"\(call.operation)\"")
        }
        return try httpRequest(for: call, operation: operation)
    }

    /// Performs `call`; a task-starting operation first takes a task slot (bounded by `overallDeadline`, a clock
    /// time, when given), which it binds to the new task.
    func perform(
        _ call: OperationCall, operation: ProviderOperation, timeoutSeconds: Double?, overallDeadline: Double? = nil
    )
        async throws(VideoGenError) -> OperationResult
    {
        let clock = configuration.clock
        let bound = timeoutSeconds ?? max(configuration.callTimeoutSeconds, (operation.timeoutSeconds ?? 0) * 2)
        guard operation.role == .create || operation.role == .sync else {
            let request = try httpRequest(for: call, operation: operation)
            let result = try await execute(
                request, call: call, operation: operation, deadline: clock.now() + TimeBounds.clamp(bound))
            // A task-bearing answer read by name (a typed status call) keeps the task limit as true as `status` does.
            if let task = result.task, let id = task.taskID ?? call.taskID {
                if task.state.isTerminal {
                    await slots.finished(taskID: id)
                } else {
                    await slots.stillRunning(taskID: id)
                }
            }
            return result
        }
        let request = try httpRequest(for: call, operation: operation)
        let start = clock.now()
        let token: Int
        if let overallDeadline {
            let acquired = try await beforeDeadline(overallDeadline) { () async throws(VideoGenError) -> Int in
                try await self.acquireSlot()
            }
            guard let acquired else {
                throw .callTimedOut(provider: descriptor.id, call: operation.name, afterSeconds: clock.now() - start)
            }
            token = acquired
        } else {
            token = try await acquireSlot()
        }
        do {
            var deadline = clock.now() + TimeBounds.clamp(bound)
            if let overallDeadline { deadline = min(deadline, overallDeadline) }
            let result = try await execute(request, call: call, operation: operation, deadline: deadline)
            if let id = result.task?.taskID { await slots.bind(token, to: id) } else { await slots.release(token) }
            if let task = result.task, task.state.isTerminal, let id = task.taskID { await slots.finished(taskID: id) }
            return result
        } catch {
            await slots.release(token)
            throw error
        }
    }

    private func acquireSlot() async throws(VideoGenError) -> Int {
        do {
            return try await slots.acquire()
        } catch {
            throw .cancelled
        }
    }

    /// Builds, sends and reads `call`.
    func execute(
        _ call: OperationCall, operation: ProviderOperation, deadline: Double, attempts: Int? = nil,
        priority: Double? = nil,
        polling: Bool = false
    ) async throws(VideoGenError) -> OperationResult {
        let request = try httpRequest(for: call, operation: operation)
        return try await execute(
            request, call: call, operation: operation, deadline: deadline, attempts: attempts, priority: priority,
            polling: polling)
    }

    /// Sends a built request and reads its answer.
    func execute(
        _ request: HTTPRequest, call: OperationCall, operation: ProviderOperation, deadline: Double,
        attempts: Int? = nil,
        priority: Double? = nil, polling: Bool = false
    ) async throws(VideoGenError) -> OperationResult {
        let response = try await send(
            request, operation: operation, deadline: deadline, attempts: attempts, priority: priority)
        return try read(response, operation: operation, polling: polling)
    }

    // MARK: Reading answers

    /// The answer as an ``OperationResult``, or the provider's error.
    func read(_ response: HTTPResponse, operation: ProviderOperation, polling: Bool = false) throws(VideoGenError)
        -> OperationResult
    {
        let schema = operation.response.flatMap(descriptor.response(named:))
        var result = OperationResult(
            provider: descriptor.id, operation: operation.name, httpStatus: response.status,
            headers: response.headers, body: response.body)
        switch operation.responseFormat {
        case .none, .binary:
            guard response.isSuccess else { throw providerError(for: response, schema: schema) }
            return result
        case .events:
            guard response.isSuccess else { throw providerError(for: response, schema: schema) }
            result.events = try events(in: response.body, operation: operation)
            if let schema, let last = result.events.last, let kind = unifiedKind(of: operation, schema) {
                result.task = try? redact(
                    PayloadDecoder.task(in: last, response: schema, kind: kind, descriptor: descriptor))
            }
            return result
        case .json:
            break
        }
        let screened: PayloadDecoder.Screened
        do {
            screened = try PayloadDecoder.screen(
                response.body, response: schema, descriptor: descriptor, httpStatus: response.status)
        } catch {
            let detail = apiKey.redact(error.description)
            if polling, error.isUnreadable {
                throw .transport(
                    provider: descriptor.id, .connectionLost("the \(operation.name) answer is not JSON (\(detail))"))
            }
            throw .malformedResponse(provider: descriptor.id, endpoint: operation.name, detail: detail)
        }
        switch screened {
        case .providerError(let report):
            let retryAfter = response.retryAfterSeconds(now: configuration.clock.date())
            if response.status == 429 { throw .rateLimited(provider: descriptor.id, retryAfterSeconds: retryAfter) }
            throw .providerError(redact(report), retryAfterSeconds: retryAfter)
        case .object(let body):
            result.json = body
            guard let schema else { return result }
            reportDrift(in: body, response: schema, operation: operation)
            do {
                if let kind = unifiedKind(of: operation, schema) {
                    result.task = redact(
                        try PayloadDecoder.task(in: body, response: schema, kind: kind, descriptor: descriptor))
                }
                if operation.role == .list {
                    result.tasks = try PayloadReader.tasks(in: body, as: schema.body).compactMap { values in
                        try? redact(
                            PayloadDecoder.task(from: values, kind: .status, response: schema, descriptor: descriptor))
                    }
                }
            } catch {
                // An operation the runtime relies on must answer sensibly; others keep their typed answer.
                if operation.role != nil, operation.role != .list, operation.role != .upload {
                    throw .malformedResponse(
                        provider: descriptor.id, endpoint: operation.name, detail: apiKey.redact(error.description))
                }
            }
            return result
        }
    }

    /// How a task-bearing answer of `operation` is read, or `nil` when the answer describes no task.
    private func unifiedKind(of operation: ProviderOperation, _ schema: ResponseSchema) -> ResponseKind? {
        let roles = schema.body.roles
        switch operation.role {
        case .create?: return .create
        case .status?: return .status
        case .result?: return .result
        case .cancel?: return roles.contains(.state) || roles.contains(.taskId) ? .cancel : nil
        case .sync?: return .sync
        case .list?, .upload?: return nil
        case nil:
            if roles.contains(.state) { return .status }
            return roles.contains(.taskId) ? .create : nil
        }
    }

    /// The `data:` events of a `text/event-stream` body, each parsed as JSON.
    private func events(in body: Data, operation: ProviderOperation) throws(VideoGenError) -> [JSONValue] {
        var events: [JSONValue] = []
        var pending = ""
        func flush() throws(VideoGenError) {
            guard !pending.isEmpty else { return }
            do {
                events.append(try JSONParser.parse(pending, options: .init(maximumDepth: PayloadDecoder.maximumDepth)))
            } catch {
                throw .malformedResponse(
                    provider: descriptor.id, endpoint: operation.name, detail: "an event is not JSON: \(error)")
            }
            pending = ""
        }
        for line in String(decoding: body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            if text.isEmpty {
                try flush()
            } else if text.hasPrefix("data:") {
                let value = text.dropFirst(5)
                pending += (pending.isEmpty ? "" : "\n") + (value.hasPrefix(" ") ? value.dropFirst() : value)
            }
        }
        try flush()
        return events
    }

    /// The error a failed non-JSON answer means.
    private func providerError(for response: HTTPResponse, schema: ResponseSchema?) -> VideoGenError {
        let retryAfter = response.retryAfterSeconds(now: configuration.clock.date())
        if response.status == 429 { return .rateLimited(provider: descriptor.id, retryAfterSeconds: retryAfter) }
        let report: ProviderErrorReport
        if case .providerError(let screened)? = try? PayloadDecoder.screen(
            response.body, response: schema, descriptor: descriptor, httpStatus: response.status)
        {
            report = screened
        } else {
            report = PayloadDecoder.report(from: RoleValues(), descriptor: descriptor, httpStatus: response.status)
        }
        return .providerError(redact(report), retryAfterSeconds: retryAfter)
    }
}

extension ObjectSchema {
    /// Every role some field below carries.
    var roles: Set<FieldRole> {
        var roles: Set<FieldRole> = []
        func visit(_ type: ValueType) {
            switch type {
            case .object(let object):
                for field in object.fields {
                    if let role = field.role { roles.insert(role) }
                    if field.role != .tasks { visit(field.value.type) }
                }
            case .array(let items, _):
                visit(items.type)
            default:
                break
            }
        }
        visit(.object(self))
        return roles
    }
}
