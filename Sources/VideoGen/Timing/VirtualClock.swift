// Simulated time: sleeps return when the clock is advanced, so hours of polling run in milliseconds.

import Foundation
@_spi(Generated) import VideoGenCore

/// A clock whose time moves only when it is advanced — by hand, or automatically by ``run(_:)`` whenever every
/// task it drives is asleep. Tests and benchmarks use it to run real client code (polling, limits, backoff)
/// against the sandbox in virtual time, deterministically for a given seed.
public final class VirtualClock: TaskClock, @unchecked Sendable {
    private struct Sleeper {
        let deadline: Double
        let order: Int
        let continuation: CheckedContinuation<Void, Error>
    }

    private let lock = NSLock()
    private var current: Double = 0
    private var sleepers: [Int: Sleeper] = [:]
    private var nextOrder = 0
    /// Bumped on every sleep and wake-up, so the driver can tell whether anything is still moving.
    private var activity = 0
    private let epoch: Date

    /// Creates a clock at time zero; ``date()`` starts at `epoch`.
    public init(epoch: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        self.epoch = epoch
    }

    /// The virtual time in seconds.
    public func now() -> Double {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// The virtual date.
    public func date() -> Date { epoch.addingTimeInterval(now()) }

    /// How many tasks are asleep on this clock.
    public var sleeperCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return sleepers.count
    }

    /// Suspends until the clock reaches now + `seconds`.
    public func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        let order = reserveOrder()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                lock.lock()
                if Task.isCancelled {
                    lock.unlock()
                    continuation.resume(throwing: CancellationError())
                    return
                }
                sleepers[order] = Sleeper(
                    deadline: current + TimeBounds.clamp(seconds), order: order, continuation: continuation)
                activity += 1
                lock.unlock()
            }
        } onCancel: {
            lock.lock()
            let sleeper = sleepers.removeValue(forKey: order)
            activity += 1
            lock.unlock()
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    private func reserveOrder() -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextOrder += 1
        return nextOrder
    }

    /// Moves time to the earliest deadline and wakes every sleeper due then; returns `false` when nobody sleeps.
    @discardableResult
    public func advanceToNextDeadline() -> Bool {
        lock.lock()
        guard let earliest = sleepers.values.map(\.deadline).min() else {
            lock.unlock()
            return false
        }
        current = max(current, earliest)
        let due = sleepers.values.filter { $0.deadline <= current }.sorted {
            ($0.deadline, $0.order) < ($1.deadline, $1.order)
        }
        for sleeper in due { sleepers[sleeper.order] = nil }
        activity += 1
        lock.unlock()
        for sleeper in due { sleeper.continuation.resume() }
        return true
    }

    /// Moves time forward by `seconds`, waking sleepers due on the way in order.
    public func advance(by seconds: Double) {
        let target = now() + seconds
        while true {
            lock.lock()
            let earliest = sleepers.values.map(\.deadline).min()
            lock.unlock()
            guard let earliest, earliest <= target else { break }
            advanceToNextDeadline()
        }
        lock.lock()
        current = max(current, target)
        lock.unlock()
    }

    private var activityCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return activity
    }

    /// Runs `operation`, advancing time whenever everything it started is waiting, until it returns.
    ///
    /// The operation and every task it starts in a structured way (task groups, `async let`) run on one thread of
    /// a dedicated executor, default actors included, so the clock knows exactly when nothing can run and moves to
    /// the next deadline only then: runs are exact and deterministic. (On Apple systems before macOS 15 / iOS 18,
    /// which lack task executors, it falls back to letting other tasks run by yielding, which is approximate.)
    /// Work that never sleeps on this clock (real I/O) must not be mixed in.
    public func run<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result) async throws -> Result
    {
        if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) {
            return try await runOnSimulationExecutor(operation)
        }
        return try await runByYielding(operation)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    private func runOnSimulationExecutor<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result)
        async throws -> Result
    {
        let executor = SimulationExecutor()
        let outcome = OutcomeBox<Result>()
        let task = Task(executorPreference: executor) {
            do { outcome.set(.success(try await operation())) } catch { outcome.set(.failure(error)) }
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
                let thread = Thread {
                    executor.drive(isDone: { outcome.isSet }, advance: { self.advanceToNextDeadline() })
                    finished.resume()
                }
                thread.stackSize = 16 << 20
                thread.name = "VirtualClock"
                thread.start()
            }
        } onCancel: {
            task.cancel()
        }
        return try outcome.get()
    }

    private func runByYielding<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result)
        async throws -> Result
    {
        let task = Task { try await operation() }
        let done = Flag()
        let watcher = Task {
            _ = try? await task.value
            done.set()
        }
        while !done.isSet {
            var quietRounds = 0
            var seen = activityCount
            while quietRounds < 24 && !done.isSet {
                await Task.yield()
                let now = activityCount
                if now == seen {
                    quietRounds += 1
                } else {
                    quietRounds = 0
                    seen = now
                }
            }
            if done.isSet { break }
            if !advanceToNextDeadline() {
                try? await Task.sleep(for: .milliseconds(1))
            }
        }
        _ = await watcher.result
        return try await task.value
    }
}

/// A thread-safe one-way flag.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
