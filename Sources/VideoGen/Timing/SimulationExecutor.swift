// The executor virtual time runs on: one thread, jobs in order, so "nothing can run" is known exactly.

import Foundation
@_spi(Generated) import VideoGenCore

/// Runs every job of a simulation, one at a time and in order, on one thread. When its queue is empty, every task
/// of the simulation is waiting — on the virtual clock, or on each other — so the clock may move to its next
/// deadline without skipping anybody's work. Runs are deterministic for a given seed.
@available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
final class SimulationExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var head = 0

    /// Accepts a job of a task that prefers this executor.
    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        condition.signal()
        condition.unlock()
    }

    private func take() -> UnownedJob? {
        condition.lock()
        defer { condition.unlock() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        head += 1
        if head > 1024, head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }

    /// Runs jobs until `isDone`; whenever none is runnable, lets `advance` move virtual time (it answers `false`
    /// when nothing sleeps on the clock, and then the loop waits briefly for a job from outside).
    func drive(isDone: () -> Bool, advance: () -> Bool) {
        while true {
            if let job = take() {
                job.runSynchronously(on: asUnownedTaskExecutor())
                continue
            }
            if isDone() { return }
            if advance() { continue }
            condition.lock()
            if head >= jobs.count { _ = condition.wait(until: Date().addingTimeInterval(0.01)) }
            condition.unlock()
        }
    }
}

/// The result of an operation, set once from the simulation thread.
final class OutcomeBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, Error>?

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return result != nil
    }

    func set(_ value: Result<Value, Error>) {
        lock.lock()
        if result == nil { result = value }
        lock.unlock()
    }

    func get() throws -> Value {
        lock.lock()
        let value = result
        lock.unlock()
        guard let value else { throw CancellationError() }
        return try value.get()
    }
}
