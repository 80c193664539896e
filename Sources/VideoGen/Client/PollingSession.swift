// One wait, as a sequence of polls: the spec's first wait and interval, growth with elapsed time, progress-aimed
// polls, transient failures ridden out, and a deadline that always ends it.

@_spi(Generated) import VideoGenCore

/// The state of one wait for a task. Each ``next()`` sleeps as the policy says, polls once (retrying transient
/// failures until the deadline) and returns the task — until it finishes. It runs in the caller's task, so
/// cancelling that task stops it at once; used by one caller at a time.
final class PollingSession: @unchecked Sendable {
    private let client: VideoClient
    private let handle: TaskHandle
    private let interval: Double
    private let maximumInterval: Double
    private let start: Double
    private let deadline: Double
    private var delay: Double
    private var currentInterval: Double
    private var last: VideoTask?
    private var finished = false
    private var started = false

    init(client: VideoClient, handle: TaskHandle, timeoutSeconds: Double?) {
        let policy = client.configuration.polling
        let hints = client.descriptor.polling
        let clock = client.configuration.clock
        self.client = client
        self.handle = handle
        interval = max(0.05, policy.intervalSeconds ?? hints.intervalSeconds ?? PollingPolicy.fallbackInterval)
        maximumInterval = max(interval, policy.maximumIntervalSeconds)
        start = clock.now()
        deadline =
            start
            + TimeBounds.clamp(
                timeoutSeconds ?? policy.timeoutSeconds ?? hints.timeoutSeconds ?? PollingPolicy.fallbackTimeout)
        delay = policy.firstWaitSeconds ?? hints.firstWaitSeconds ?? PollingPolicy.fallbackFirstWait
        currentInterval = interval
    }

    /// The next state of the task: a running one, or — last — the succeeded task (then `nil`).
    /// - Throws: what ends the wait: the task failing or being cancelled, the deadline, a permanent error.
    func next() async throws(VideoGenError) -> VideoTask? {
        guard !finished else { return nil }
        do {
            return try await nextUpdate()
        } catch {
            finished = true
            throw error
        }
    }

    private func nextUpdate() async throws(VideoGenError) -> VideoTask {
        if !started {
            try client.checkProvider(of: handle)
            started = true
        }
        let policy = client.configuration.polling
        let clock = client.configuration.clock
        while true {
            let remaining = deadline - clock.now()
            guard remaining > 0 else { throw .timedOut(lastKnown: last, afterSeconds: clock.now() - start) }
            try await client.pause(min(client.spread(delay, policy.jitter), remaining))
            guard deadline - clock.now() > 0 else {
                throw .timedOut(lastKnown: last, afterSeconds: clock.now() - start)
            }
            let task: VideoTask
            do {
                // A slow answer, or a Retry-After longer than the time left, must not stretch the wait.
                task = try await client.pollOnce(handle, deadline: deadline, priority: clock.now() - start)
            } catch {
                var floor = 0.0
                switch error {
                case .callTimedOut where clock.now() >= deadline:
                    throw .timedOut(lastKnown: last, afterSeconds: clock.now() - start)
                case .rateLimited(_, let retryAfter?):
                    // The provider's word is the floor between polls; one that outlasts the wait ends it now.
                    guard clock.now() + retryAfter < deadline else { throw error }
                    floor = retryAfter
                case .transport, .rateLimited, .callTimedOut:
                    break
                case .providerError(let report, _) where report.httpStatus.map(client.isTransient) ?? false:
                    break
                default:
                    // Permanent errors, and answers that are JSON but do not make sense (a "succeeded" task with no
                    // usable video URL): polling again would only read the same thing until the deadline.
                    await client.slotsRelease(handle, error)
                    throw error
                }
                currentInterval = min(maximumInterval, currentInterval * max(1, policy.backoffMultiplier))
                delay = max(currentInterval, floor)
                continue
            }
            if task.state.isTerminal {
                finished = true
                return try client.outcome(of: await client.completed(task, handle, deadline: deadline))
            }
            last = task
            currentInterval = interval
            delay = policy.nextDelay(interval: interval, elapsed: clock.now() - start, progress: task.progress)
            return task
        }
    }
}
