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
            try await clock.run { () async -> Report in
                let running = Task { () async -> (Result<VideoTask, VideoGenError>, Double) in
                    do {
                        let task = try await call()
                        return (.success(task), clock.now())
                    } catch {
                        return (.failure(VideoGenError.expected(error)), clock.now())
                    }
                }
                await trigger()
                let cancelledAt = clock.now()
                running.cancel()
                let (result, endedAt) = await running.value
                let requestsAtEnd = transport.requests.count
                try? await clock.sleep(seconds: 600)
                return Report(result: result, cancelledAt: cancelledAt, endedAt: endedAt, requestsAtEnd: requestsAtEnd, requestsLater: transport.requests.count)
            }
        }

        static func isCancelled(_ result: Result<VideoTask, VideoGenError>) -> Bool {
            if case .failure(.cancelled) = result { return true }
            return false
        }

        /// Stepped by hand: polls at 30 and 35, then cancelled at 38 while waiting for the next one (42.5).
        @Test func cancellingBetweenPollsStopsPollingAtOnce() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [], whenEmpty: ClientTests.Waiting.apixo("processing"))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let call = RunningCall(on: clock) { try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678")) }
            await ClockSteps.until("the first wait") { clock.sleeperCount == 1 }
            clock.advance(by: 30)
            await ClockSteps.until("the first poll") { transport.requests.count == 1 && clock.sleeperCount == 1 }
            clock.advance(by: 5)
            await ClockSteps.until("the second poll") { transport.requests.count == 2 && clock.sleeperCount == 1 }
            clock.advance(by: 3)
            call.cancel()
            let (result, endedAt) = await call.outcome
            #expect(Self.isCancelled(result), "got \(result)")
            #expect(endedAt == 38)
            #expect(clock.sleeperCount == 0)
            clock.advance(by: 600)
            #expect(transport.requests.map(\.time) == [30, 35])
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
            let transport = ScriptedTransport(clock: clock, [.hang], whenEmpty: .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#))
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
            let transport = ScriptedTransport(clock: clock, Array(repeating: .hang, count: 10),
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
