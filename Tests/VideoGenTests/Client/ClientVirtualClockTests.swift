// The virtual clock the client tests run on: sleeps wake in deadline order, `advance(by:)` wakes what is due, and
// `run` moves time only while every task it drives is asleep.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("VirtualClock")
    struct Clock {
        /// `advance(by:)` wakes only what is due by then, earliest deadline first; a woken task runs afterwards and
        /// sees the clock where the advance left it.
        @Test func advanceWakesOnlyWhatIsDue() async throws {
            let clock = VirtualClock()
            let woken = WakeLog()
            let late = Task {
                try await clock.sleep(seconds: 30)
                woken.add("late", clock.now())
            }
            let early = Task {
                try await clock.sleep(seconds: 10)
                woken.add("early", clock.now())
            }
            await ClockSteps.until("both asleep") { clock.sleeperCount == 2 }
            clock.advance(by: 20)
            try await early.value
            #expect(woken.entries.map(\.name) == ["early"])
            #expect(woken.entries.map(\.time) == [20])
            #expect(clock.sleeperCount == 1)
            clock.advance(by: 9)
            #expect(clock.sleeperCount == 1)
            clock.advance(by: 1)
            try await late.value
            #expect(woken.entries.map(\.name) == ["early", "late"])
            #expect(clock.now() == 30)
        }

        @Test func cancellingASleeperWakesItWithCancellationAndLeavesTimeAlone() async throws {
            let clock = VirtualClock()
            let sleeper = Task { try await clock.sleep(seconds: 100) }
            await ClockSteps.until("asleep") { clock.sleeperCount == 1 }
            sleeper.cancel()
            await #expect(throws: CancellationError.self) { try await sleeper.value }
            #expect(clock.sleeperCount == 0)
            #expect(clock.now() == 0)
        }

        @Test func dateFollowsVirtualTime() {
            let clock = VirtualClock(epoch: Date(timeIntervalSince1970: 1_767_225_600))
            clock.advance(by: 90)
            #expect(clock.date() == Date(timeIntervalSince1970: 1_767_225_690))
        }

        /// `run` must not move time while a task it drives is working (not asleep), even when another task sleeps:
        /// here one task sleeps for 1000 s while the other computes for a while without sleeping. The worker must
        /// see the clock unchanged across its computation.
        @Test func runDoesNotAdvanceWhileATaskIsStillWorking() async throws {
            let clock = VirtualClock()
            let observed = try await clock.run { () async throws -> [Double] in
                async let background: Void = clock.sleep(seconds: 1000)
                let before = clock.now()
                Self.compute(milliseconds: 50)
                let after = clock.now()
                try await clock.sleep(seconds: 1)
                let woke = clock.now()
                try await background
                return [before, after, woke]
            }
            #expect(observed == [0, 0, 1])
        }

        /// Busy work that never suspends, for `milliseconds` of real time.
        static func compute(milliseconds: Int) {
            let clock = ContinuousClock()
            let end = clock.now + .milliseconds(milliseconds)
            var value: UInt64 = 1
            while clock.now < end {
                for _ in 0..<1_000 { value = value &* 6_364_136_223_846_793_005 &+ 1 }
            }
            if value == 0 { Issue.record("unreachable: the generator never yields 0 here") }
        }
    }
}

/// Who woke when.
final class WakeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [(name: String, time: Double)] = []

    func add(_ name: String, _ time: Double) { lock.withLock { log.append((name, time)) } }
    var entries: [(name: String, time: Double)] { lock.withLock { log } }
}
