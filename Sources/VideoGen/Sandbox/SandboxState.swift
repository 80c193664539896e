// The sandbox's memory: the request window, the running tasks, the serial numbers, the statistics.

import Foundation

/// Mutable state of a sandbox, behind an actor.
actor SandboxState {
    enum Admission {
        case created(SandboxTaskID)
        case busy(Double)
    }

    private var requestTimes: [Date] = []
    private var running: [Date] = []
    private var serial: Int64 = 0
    private var random: SplitMix64
    private(set) var statistics = SandboxStatistics()

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    func count(_ role: SandboxRouter.Role?) {
        statistics.requests[role?.rawValue ?? "unknown", default: 0] += 1
    }

    func countError(_ status: Int) {
        statistics.errors[status, default: 0] += 1
    }

    /// `nil` when the request may pass, else how long until it would.
    func admitRequest(at now: Date, limit: Int?) -> Double? {
        requestTimes.removeAll { now.timeIntervalSince($0) >= 60 }
        if let limit, requestTimes.count >= limit, let oldest = requestTimes.first {
            statistics.rateLimited += 1
            return max(0.001, 60 - now.timeIntervalSince(oldest))
        }
        requestTimes.append(now)
        return nil
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
