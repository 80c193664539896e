// The sandbox's memory: the request window, the running tasks, the serial numbers, the statistics.

import Foundation
@_spi(Generated) import VideoGenCore

/// Mutable state of a sandbox, behind an actor.
actor SandboxState {
    enum Admission {
        case created(SandboxTaskID)
        case busy(Double)
    }

    /// The times of requests per documented limit (by the limit's index), inside their windows.
    private var requestTimes: [Int: [Date]] = [:]
    private var running: [Date] = []
    /// The tasks created here, in order (for list answers).
    private(set) var createdTasks: [SandboxTaskID] = []
    /// When each cancelled task was cancelled.
    private(set) var cancelled: [String: Date] = [:]
    private var serial: Int64 = 0
    private var random: SplitMix64
    private(set) var statistics = SandboxStatistics()

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    func count(_ operation: ProviderOperation?) {
        statistics.requests[operation.map { $0.role?.rawValue ?? $0.name } ?? "unknown", default: 0] += 1
    }

    func countError(_ status: Int) {
        statistics.errors[status, default: 0] += 1
    }

    /// `nil` when a call of `operation` may pass every documented limit, else how long until it would.
    func admitRequest(at now: Date, operation: String, limits: [RequestLimit]) -> Double? {
        var wait: Double?
        for (index, limit) in limits.enumerated() where limit.applies(to: operation) {
            var times = requestTimes[index, default: []]
            times.removeAll { now.timeIntervalSince($0) >= limit.perSeconds }
            requestTimes[index] = times
            if times.count >= limit.count, let oldest = times.first {
                wait = max(wait ?? 0, max(0.001, limit.perSeconds - now.timeIntervalSince(oldest)))
            }
        }
        if wait != nil {
            statistics.rateLimited += 1
            return wait
        }
        for (index, limit) in limits.enumerated() where limit.applies(to: operation) {
            requestTimes[index, default: []].append(now)
        }
        return nil
    }

    /// Marks `task` cancelled at `now` (once).
    func cancel(_ task: SandboxTaskID, at now: Date) {
        if cancelled[task.text] == nil { cancelled[task.text] = now }
    }

    /// When `task` was cancelled, if it was.
    func cancellation(of task: SandboxTaskID) -> Date? {
        cancelled[task.text]
    }

    /// Starts a task unless `limit` tasks are running.
    func admitTask(at now: Date, limit: Int?, durations: ClosedRange<Double>, fails: Bool) -> Admission {
        running.removeAll { $0 <= now }
        if let limit, running.count >= limit, let earliest = running.min() {
            statistics.rateLimited += 1
            return .busy(max(0.001, earliest.timeIntervalSince(now)))
        }
        serial += 1
        let span = durations.upperBound - durations.lowerBound
        let duration = durations.lowerBound + span * nextRandom()
        let created = Int64((now.timeIntervalSince1970 * 1000).rounded())
        let task = SandboxTaskID(
            createdMilliseconds: created, durationMilliseconds: Int64((duration * 1000).rounded()), serial: serial,
            fails: fails)
        running.append(task.finishesAt)
        createdTasks.append(task)
        statistics.tasksCreated += 1
        statistics.peakConcurrentTasks = max(statistics.peakConcurrentTasks, running.count)
        return .created(task)
    }

    func nextSerial() -> Int64 {
        serial += 1
        return serial
    }

    private func nextRandom() -> Double {
        random.nextUnit()
    }
}
