// Cancelling the caller's Swift task: polling stops at once (no request afterwards), a request in flight is
// abandoned (the blocked transport call is cancelled), and `.cancelled` is thrown without any virtual time passing.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Cancellation by the caller", .timeLimit(.minutes(1)))
    struct Cancellation {
        /// What the controlled call produced, when it ended and how many requests had been sent by then.
        struct Report: Sendable {
            var result: Result<VideoTask, VideoGenError>
            var cancelledAt: Double
            var endedAt: Double
            var requestsAtEnd: Int
            var requestsLater: Int
        }

        /// Runs `call` in virtual time, cancels it when `trigger` returns, and keeps the clock running 600 s more.
        static func cancel(
            on clock: VirtualClock, transport: ScriptedTransport,
            call: @escaping @Sendable () async throws -> VideoTask,
            when trigger: @escaping @Sendable () async -> Void
        ) async throws -> Report {
            // Structured (a task group, not `Task {}`), so that the call runs on the virtual clock's executor too.
            try await clock.run { () async -> Report in
                let outcome = await withTaskGroup(of: (Result<VideoTask, VideoGenError>, Double)?.self) { group in
                    group.addTask {
                        do {
                            let task = try await call()
                            return (.success(task), clock.now())
                        } catch {
                            return (.failure(VideoGenError.expected(error)), clock.now())
                        }
                    }
                    group.addTask {
                        await trigger()
                        return nil
                    }
                    var ended: (Result<VideoTask, VideoGenError>, Double)?
                    var cancelledAt = Double.nan
                    while let next = await group.next() {
                        if let next {
                            ended = next
                        } else {
                            cancelledAt = clock.now()
                            group.cancelAll()
                        }
                    }
                    return (ended, cancelledAt)
                }
                let requestsAtEnd = transport.requests.count
                try? await clock.sleep(seconds: 600)
                let (result, endedAt) = outcome.0 ?? (.failure(.cancelled), Double.nan)
                return Report(
                    result: result, cancelledAt: outcome.1, endedAt: endedAt, requestsAtEnd: requestsAtEnd,
                    requestsLater: transport.requests.count)
            }
        }

        static func isCancelled(_ result: Result<VideoTask, VideoGenError>) -> Bool {
            if case .failure(.cancelled) = result { return true }
            return false
        }

        /// Polls at 30 and 35, then cancelled at 38 while waiting for the next one (40): `.cancelled` at once, and no
        /// request afterwards, though the clock runs 600 s more.
        @Test func cancellingBetweenPollsStopsPollingAtOnce() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [], whenEmpty: ClientTests.Waiting.apixo("processing"))
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock, polling: PollingPolicy(jitter: 0))
            let report = try await Self.cancel(
                on: clock, transport: transport,
                call: { try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678")) },
                when: { try? await clock.sleep(seconds: 38) })
            #expect(Self.isCancelled(report.result), "got \(report.result)")
            #expect(report.cancelledAt == 38)
            #expect(report.endedAt == 38)
            #expect(transport.requests.map(\.time) == [30, 35])
            #expect(report.requestsLater == report.requestsAtEnd)
        }

        @Test func cancellingAStatusCallInFlightAbandonsIt() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [.hang], whenEmpty: ClientTests.Waiting.apixo("processing"))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let report = try await Self.cancel(
                on: clock, transport: transport,
                call: { try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678")) },
                when: { await transport.waitUntilHanging() })
            #expect(Self.isCancelled(report.result), "got \(report.result)")
            #expect(report.cancelledAt == 30)
            #expect(report.endedAt == 30)
            #expect(transport.cancelledCount == 1)
            #expect(report.requestsAtEnd == 1)
            #expect(report.requestsLater == 1)
        }

        @Test func cancellingACreateInFlightAbandonsItWithoutRetrying() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.hang],
                whenEmpty: .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let report = try await Self.cancel(
                on: clock, transport: transport,
                call: { try await client.generate(VideoRequest(prompt: "a lake")) },
                when: { await transport.waitUntilHanging() })
            #expect(Self.isCancelled(report.result), "got \(report.result)")
            #expect(report.cancelledAt == 0)
            #expect(report.endedAt == 0)
            #expect(transport.cancelledCount == 1)
            #expect(report.requestsLater == 1)
            #expect(VideoGenError.cancelled.description == "cancelled by the caller")
        }

        /// Abandoned creates give their task slot back: after ten cancelled creates on apixo (10 concurrent tasks),
        /// an eleventh create is sent at once.
        @Test func cancelledCreatesDoNotKeepTaskSlots() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, Array(repeating: .hang, count: 10),
                whenEmpty: .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_after"}}"#))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            for round in 1...10 {
                let report = try await Self.cancel(
                    on: clock, transport: transport,
                    call: { try await client.create(VideoRequest(prompt: "a lake")) },
                    when: { await transport.waitUntilHanging(round) })
                #expect(Self.isCancelled(report.result))
            }
            let start = clock.now()
            let outcome = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }
            #expect(outcome.value()?.taskID == "task_after")
            #expect(outcome.endedAt == start)
            #expect(transport.cancelledCount == 10)
        }
    }
}
