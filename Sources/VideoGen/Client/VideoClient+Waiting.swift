// Waiting: polling with the spec's hints, jittered backoff, an overall deadline, and progress updates.

import Foundation

extension VideoClient {
    /// Waits until the task finishes and returns it when it succeeded.
    ///
    /// Polls after the provider's advised first wait, then at its interval growing with jittered backoff while
    /// nothing changes; transient failures (429, 5xx, network) keep the wait going; permanent ones (401, 402,
    /// 404) end it at once; an `unknown` state keeps polling, but the deadline always ends the wait.
    /// Cancelling the calling task stops at once and abandons any request in flight.
    /// - Throws: ``VideoGenError/taskFailed(_:)``, ``VideoGenError/taskCancelled(_:)``,
    ///   ``VideoGenError/timedOut(lastKnown:afterSeconds:)``, ``VideoGenError/cancelled``, or the error that ended it.
    public func wait(for handle: TaskHandle, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        try await poll(handle, timeoutSeconds: timeoutSeconds) { _ in }
    }

    /// Creates the task and waits for it.
    public func generate(_ request: VideoRequest, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        let created = try await create(request)
        guard let handle = handle(for: created) else {
            throw .malformedResponse(provider: descriptor.id, endpoint: "create", detail: "the answer carries no task id")
        }
        if created.state.isTerminal { return try outcome(of: created) }
        return try await wait(for: handle, timeoutSeconds: timeoutSeconds)
    }

    /// Every state the task passes through (state, progress) while it is polled, ending with the finished task;
    /// the stream ends by throwing what ``wait(for:timeoutSeconds:)`` would throw. Cancelling the iteration stops polling.
    public func updates(for handle: TaskHandle, timeoutSeconds: Double? = nil) -> AsyncThrowingStream<VideoTask, Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let final = try await self.poll(handle, timeoutSeconds: timeoutSeconds) { continuation.yield($0) }
                    continuation.yield(final)
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The polling loop behind `wait` and `updates`; `onUpdate` sees every non-final state.
    func poll(_ handle: TaskHandle, timeoutSeconds: Double?, onUpdate: (VideoTask) -> Void) async throws(VideoGenError) -> VideoTask {
        try checkProvider(of: handle)
        let policy = configuration.polling
        let hints = descriptor.polling
        let clock = configuration.clock
        let timeout = timeoutSeconds ?? policy.timeoutSeconds ?? hints.timeoutSeconds ?? PollingPolicy.fallbackTimeout
        let interval = max(0.05, policy.intervalSeconds ?? hints.intervalSeconds ?? PollingPolicy.fallbackInterval)
        let maximumInterval = max(interval, policy.maximumIntervalSeconds)
        let start = clock.now()
        let deadline = start + timeout
        var delay = policy.firstWaitSeconds ?? hints.firstWaitSeconds ?? PollingPolicy.fallbackFirstWait
        var currentInterval = interval
        var last: VideoTask?
        var malformedInARow = 0
        while true {
            let remaining = deadline - clock.now()
            guard remaining > 0 else { throw .timedOut(lastKnown: last, afterSeconds: clock.now() - start) }
            try await pause(min(spread(delay, policy.jitter), remaining))
            guard deadline - clock.now() > 0 else { throw .timedOut(lastKnown: last, afterSeconds: clock.now() - start) }
            let task: VideoTask
            do {
                task = try await fetchStatus(handle, attempts: 2, priority: clock.now() - start)
                malformedInARow = 0
            } catch {
                switch error {
                case .transport, .rateLimited:
                    break
                case .providerError(let report, _) where report.httpStatus.map(isTransient) ?? false:
                    break
                case .malformedResponse where malformedInARow < 2:
                    malformedInARow += 1
                default:
                    await slotsRelease(handle, error)
                    throw error
                }
                currentInterval = min(maximumInterval, currentInterval * max(1, policy.backoffMultiplier))
                delay = currentInterval
                continue
            }
            if task.state.isTerminal { return try outcome(of: task) }
            onUpdate(task)
            last = task
            currentInterval = interval
            delay = policy.nextDelay(interval: interval, elapsed: clock.now() - start, progress: task.progress)
        }
    }

    private func isTransient(_ status: Int) -> Bool {
        !RetryPolicy.permanentStatuses.contains(status)
            && (status >= 500 || configuration.retry.retryableStatuses.contains(status) || descriptor.errors.retryableStatuses.contains(status))
    }

    private func slotsRelease(_ handle: TaskHandle, _ error: VideoGenError) async {
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

    /// `seconds` spread by ±`fraction`.
    func spread(_ seconds: Double, _ fraction: Double) -> Double {
        guard fraction > 0 else { return seconds }
        return max(0, seconds * (1 + fraction * (jitter.next() * 2 - 1)))
    }
}
