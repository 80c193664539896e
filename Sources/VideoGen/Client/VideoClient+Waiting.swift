// Waiting: `wait`, `generate` and `updates`, built on PollingSession; deadline races and outcomes.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoClient {
    /// Waits until the task finishes and returns it when it succeeded.
    ///
    /// Polls after the provider's advised first wait, then at its interval, jittered, growing with the time waited
    /// and aimed at the estimated completion when the provider reports progress (see ``PollingPolicy``); transient
    /// failures (429, 5xx, network) keep the wait going; permanent ones (401, 402, 404) end it at once; an `unknown`
    /// state keeps polling, but the deadline always ends the wait.
    /// Cancelling the calling task stops at once and abandons any request in flight.
    /// - Throws: ``VideoGenError/taskFailed(_:)``, ``VideoGenError/taskCancelled(_:)``,
    ///   ``VideoGenError/timedOut(lastKnown:afterSeconds:)``, ``VideoGenError/cancelled``, or the error that ended it.
    public func wait(for handle: TaskHandle, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        try await poll(handle, timeoutSeconds: timeoutSeconds) { _ in }
    }

    /// Creates the task and waits for it. `timeoutSeconds` bounds the whole: the wait for a task slot, the create
    /// and the wait for the result.
    public func generate(_ request: VideoRequest, timeoutSeconds: Double? = nil) async throws(VideoGenError)
        -> VideoTask
    {
        let clock = configuration.clock
        let start = clock.now()
        let total = TimeBounds.clamp(
            timeoutSeconds ?? configuration.polling.timeoutSeconds ?? descriptor.polling.timeoutSeconds
                ?? PollingPolicy.fallbackTimeout)
        let native = try nativeRequest(for: request)
        let create = try operation(role: .create)
        let created = try await createTask(
            native.call(create.name), timeoutSeconds: nil, overallDeadline: start + total)
        guard let handle = handle(for: created) else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "create", detail: "the answer carries no task id")
        }
        if created.state.isTerminal { return try outcome(of: created) }
        return try await wait(for: handle, timeoutSeconds: max(0, total - (clock.now() - start)))
    }

    /// Every state the task passes through (state, progress) while it is polled, ending with the finished task;
    /// the stream ends by throwing what ``wait(for:timeoutSeconds:)`` would throw. Polling happens as the stream is
    /// iterated, in the iterating task: stop iterating (or cancel that task) and polling stops.
    public func updates(for handle: TaskHandle, timeoutSeconds: Double? = nil) -> AsyncThrowingStream<VideoTask, Error>
    {
        let session = PollingSession(client: self, handle: handle, timeoutSeconds: timeoutSeconds)
        return AsyncThrowingStream(unfolding: { try await session.next() })
    }

    /// The polling loop behind `wait` and `updates`; `onUpdate` sees every non-final state.
    func poll(_ handle: TaskHandle, timeoutSeconds: Double?, onUpdate: (VideoTask) -> Void) async throws(VideoGenError)
        -> VideoTask
    {
        let session = PollingSession(client: self, handle: handle, timeoutSeconds: timeoutSeconds)
        while let task = try await session.next() {
            if task.state.isTerminal { return task }
            onUpdate(task)
        }
        throw .cancelled
    }

    /// The status of `handle`, fetched within `deadline` (a clock time).
    func pollOnce(_ handle: TaskHandle, deadline: Double, priority: Double) async throws(VideoGenError) -> VideoTask {
        try await fetchStatus(handle, attempts: 2, deadline: deadline, priority: priority, polling: true)
    }

    /// A finished task completed with its result: where the status says "succeeded" but carries no video and the
    /// provider has a result operation, the result is fetched; a result the provider refuses (an error answer)
    /// means the task failed, with the provider's message.
    func completed(_ task: VideoTask, _ handle: TaskHandle, deadline: Double) async throws(VideoGenError) -> VideoTask {
        guard task.state == .succeeded, task.videoURLs.isEmpty, let result = descriptor.operation(role: .result) else {
            return task
        }
        do throws(VideoGenError) {
            let answer = try await execute(
                call(result, handle), operation: result, deadline: deadline,
                attempts: configuration.retry.maximumAttempts)
            guard var finished = answer.task else {
                throw VideoGenError.malformedResponse(
                    provider: descriptor.id, endpoint: result.name, detail: "the answer describes no task")
            }
            if finished.taskID == nil { finished.taskID = task.taskID }
            if finished.handle == nil { finished.handle = task.handle }
            if finished.createdAt == nil { finished.createdAt = task.createdAt }
            if finished.providerState == nil { finished.providerState = task.providerState }
            return finished
        } catch {
            guard case .providerError(let report, _) = error, let status = report.httpStatus,
                (400..<500).contains(status), status != 429
            else { throw error }
            var failed = task
            failed.state = .failed
            failed.failure = TaskFailure(code: report.code ?? report.type, message: report.message)
            return failed
        }
    }

    func isTransient(_ status: Int) -> Bool {
        !RetryPolicy.permanentStatuses.contains(status)
            && (status >= 500 || configuration.retry.retryableStatuses.contains(status)
                || descriptor.errors.retryableStatuses.contains(status))
    }

    func slotsRelease(_ handle: TaskHandle, _ error: VideoGenError) async {
        if case .providerError(let report, _) = error, report.httpStatus == 404 {
            await slots.finished(taskID: handle.taskID)
        }
    }

    /// The finished task, or the error its end means.
    func outcome(of task: VideoTask) throws(VideoGenError) -> VideoTask {
        switch task.state {
        case .succeeded: return task
        case .failed: throw .taskFailed(task)
        case .cancelled: throw .taskCancelled(task)
        default: return task
        }
    }

    /// The result of `operation`, or `nil` when the clock reaches `deadline` first (the operation is then cancelled,
    /// abandoning any request in flight).
    func beforeDeadline<Value: Sendable>(
        _ deadline: Double, _ operation: @escaping @Sendable () async throws(VideoGenError) -> Value
    ) async throws(VideoGenError) -> Value? {
        let clock = configuration.clock
        let outcome: Result<Value?, VideoGenError> = await withTaskGroup(of: Result<Value?, VideoGenError>?.self) {
            group in
            group.addTask {
                do {
                    return .success(try await operation())
                } catch let error as VideoGenError {
                    return .failure(error)
                } catch {
                    return .failure(.cancelled)
                }
            }
            group.addTask {
                do {
                    try await clock.sleep(seconds: max(0, deadline - clock.now()))
                } catch {
                    return nil
                }
                return .success(nil)
            }
            var first: Result<Value?, VideoGenError> = .success(nil)
            if let finished = await group.next(), let result = finished { first = result }
            group.cancelAll()
            return first
        }
        if Task.isCancelled { throw .cancelled }
        return try outcome.get()
    }

    /// `seconds` spread by ±`fraction`.
    func spread(_ seconds: Double, _ fraction: Double) -> Double {
        guard fraction > 0 else { return seconds }
        return max(0, seconds * (1 + fraction * (jitter.next() * 2 - 1)))
    }
}
