// Waiting in virtual time: when polls happen (the spec's first wait and interval, backoff while nothing changes,
// jitter), the overall deadline (an unknown state keeps polling, but the deadline always ends the wait), and the
// AsyncSequence of updates for progress UIs.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Waiting and polling")
    struct Waiting {
        static let apixoCreated = #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#
        static func apixo(_ state: String) -> ScriptedTransport.Step {
            .json(
                200,
                #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"\#(state)","createTime":1767965610929}}"#
            )
        }
        static let apixoDone = ScriptedTransport.Step.json(
            200,
            #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}"}}"#
        )
        static func toapis(_ state: String, _ progress: Int) -> ScriptedTransport.Step {
            .json(
                200,
                #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"\#(state)","progress":\#(progress),"created_at":1768380224}"#
            )
        }
        static let toapisDone = ScriptedTransport.Step.json(
            200,
            #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"completed","progress":100,"created_at":1768380224,"completed_at":1768380514,"result":{"type":"video","data":[{"url":"https://files.example/v.mp4","format":"mp4"}]}}"#
        )
        static func apimart(_ state: String, _ progress: Int) -> ScriptedTransport.Step {
            .json(
                200,
                #"{"code":200,"data":{"created":1765000891,"estimated_time":600,"id":"task_01KBS40K78KGHZ9SDBWQSGSXRK","progress":\#(progress),"status":"\#(state)"}}"#
            )
        }
        static let apimartDone = ScriptedTransport.Step.json(
            200,
            #"{"code":200,"data":{"actual_time":155,"completed":1765001046,"created":1765000891,"id":"task_01KBS40K78KGHZ9SDBWQSGSXRK","progress":100,"result":{"videos":[{"expires_at":1765087446,"url":["https://upload.apimart.ai/f/video/v.mp4"]}]},"status":"completed"}}"#
        )

        // MARK: When polls happen

        /// apixo 003: "Submit task, wait about 30 seconds, then poll every 5 seconds." Without jitter: the first
        /// status at 30 s, 5 s after each change, then ×1.5 (the default backoff) while nothing changes.
        @Test func apixoFollowsTheDocumentedFirstWaitAndInterval() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, Self.apixoCreated),
                    Self.apixo("pending"), Self.apixo("processing"), Self.apixo("processing"), Self.apixo("processing"),
                    Self.apixo("processing"), Self.apixoDone,
                ])
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock, polling: PollingPolicy(jitter: 0))
            _ = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a lake")) }.value()
            // create 0; first poll after the documented 30 s; then every documented 5 s (10 % of the time waited is
            // still below 5 s until 50 s in).
            #expect(transport.requests.map(\.time) == [0, 30, 35, 40, 45, 50, 55])
        }

        /// With the default ±20 % jitter: the first poll ≈30 s, polls after a change ≈5 s, never all identical.
        @Test func apixoPollingIsJitteredAroundTheDocumentedTimes() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, Self.apixoCreated),
                    Self.apixo("pending"), Self.apixo("processing"),
                ] + (0..<8).map { _ in Self.apixo("processing") } + [Self.apixoDone])
            // elapsedFraction 0: every interval is the documented 5 s before jitter.
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock, polling: PollingPolicy(elapsedFraction: 0, jitter: 0.2),
                seed: 2024)
            _ = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a lake")) }.value()
            let times = transport.requests.map(\.time)
            try #require(times.count == 12)
            #expect((24.0...36.0).contains(times[1] - times[0]))
            let gaps = zip(times.dropFirst(), times.dropFirst(2)).map { $1 - $0 }
            #expect(gaps.allSatisfy { (4.0...6.0).contains($0) }, "gaps \(gaps)")
            #expect(Set(gaps).count > 1, "jitter should spread the gaps: \(gaps)")
        }

        /// The interval, growing with the time waited, stops at the policy's maximum.
        @Test func backoffIsCappedAtTheMaximumInterval() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, (0..<6).map { _ in Self.apixo("processing") } + [Self.apixoDone])
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock,
                polling: PollingPolicy(
                    firstWaitSeconds: 10, intervalSeconds: 10, maximumIntervalSeconds: 25, elapsedFraction: 1, jitter: 0
                ))
            _ = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"))
            }.value()
            // 10 (first); then the time waited so far (elapsedFraction 1), at least 10, capped at 25: +10, +20, +25, +25, +25, +25.
            #expect(transport.requests.map(\.time) == [10, 20, 40, 65, 90, 115, 140])
        }

        /// toapis (STATUS-ENDPOINTS): "first check after 5 s, then every 10 s"; progress changes keep the interval.
        @Test func toapisFirstPollAfterFiveSecondsThenEveryTen() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"queued","progress":0,"created_at":1768380224}"#
                    ),
                    Self.toapis("in_progress", 10), Self.toapis("in_progress", 40), Self.toapis("in_progress", 65),
                    Self.toapisDone,
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            _ = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a retriever")) }.value()
            #expect(transport.requests.map(\.time) == [0, 5, 15, 25, 35])
        }

        /// apimart documents no polling advice: the fallback (first 5 s, every 5 s) applies.
        @Test func apimartUsesTheFallbackPolling() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [Self.apimart("pending", 0), Self.apimart("processing", 50), Self.apimartDone])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            _ = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK"))
            }.value()
            #expect(transport.requests.map(\.time) == [5, 10, 15])
        }

        /// The caller's policy overrides the spec's advice.
        @Test func callerPollingPolicyOverridesTheSpec() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [Self.apixo("pending"), Self.apixo("processing"), Self.apixoDone])
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock,
                polling: PollingPolicy(firstWaitSeconds: 2, intervalSeconds: 3, jitter: 0))
            _ = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"))
            }.value()
            #expect(transport.requests.map(\.time) == [2, 5, 8])
        }

        // MARK: The deadline

        /// An unknown state is not terminal: polling goes on until the deadline, which ends the wait with the
        /// last known task attached.
        @Test func unknownStateKeepsPollingUntilTheDeadline() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [], whenEmpty: Self.apixo("queued_for_review"))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let outcome = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"), timeoutSeconds: 120)
            }
            guard case .timedOut(let last, let seconds)? = outcome.error() else {
                Issue.record("expected .timedOut, got \(outcome)")
                return
            }
            #expect(last?.state == .unknown)
            #expect(last?.providerState == "queued_for_review")
            #expect(last?.taskID == "task_12345678")
            #expect(seconds == 120)
            #expect(outcome.endedAt == 120)
            // Polls at 30, then every 5 s until 50 s in; from 55 s on every 10 % of the time waited (55 → +5.5 = 60.5,
            // then ×1.1 each: 66.55, 73.205, …); the next after 117.89738455 would come at 129.69, past the deadline.
            let expected = [
                30, 35, 40, 45, 50, 55, 60.5, 66.55, 73.205, 80.5255, 88.57805, 97.435855, 107.1794405, 117.89738455,
            ]
            let times = transport.requests.map(\.time)
            #expect(times.count == expected.count, "\(times)")
            #expect(zip(times, expected).allSatisfy { abs($0 - $1) < 1e-6 }, "\(times)")
        }

        /// Without a timeout from the caller, the spec's `timeoutSeconds` (toapis: 600 s) or the fallback
        /// (900 s: apixo, apimart, apimodels document none) ends the wait — in virtual time, exactly then.
        @Test(arguments: [
            ("apixo", Waiting.apixo("queued_for_review"), 900.0),
            ("toapis", Waiting.toapis("moderating", 30), 600.0),
            ("apimart", Waiting.apimart("reviewing", 30), 900.0),
            (
                "apimodels",
                ScriptedTransport.Step.json(
                    200, #"{"code":200,"msg":"success","data":{"taskId":"clx1","state":"moderating"}}"#), 900.0
            ),
        ])
        func theDefaultDeadlineEndsTheWait(provider: String, answer: ScriptedTransport.Step, deadline: Double)
            async throws
        {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [], whenEmpty: answer)
            let client = try ClientHarness.client(provider, transport: transport, clock: clock)
            let outcome = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: provider, taskID: "clx1"))
            }
            guard case .timedOut(let last, _)? = outcome.error() else {
                Issue.record("expected .timedOut, got \(outcome)")
                return
            }
            #expect(last?.state == .unknown)
            #expect(outcome.endedAt == deadline)
            #expect(transport.requests.allSatisfy { $0.time < deadline })
            #expect(transport.requests.count > 5)
        }

        /// A status call that is still running when the deadline comes (a slow server) must not stretch the wait.
        @Test func aSlowStatusCallDoesNotStretchTheDeadline() async throws {
            let clock = VirtualClock()
            let slow = ScriptedTransport.Step.respondAfter(
                seconds: 50,
                .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"processing"}}"#))
            let transport = ScriptedTransport(
                clock: clock, [Self.apixo("pending"), slow], whenEmpty: Self.apixo("processing"))
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock,
                polling: PollingPolicy(firstWaitSeconds: 40, intervalSeconds: 40, jitter: 0))
            let outcome = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"), timeoutSeconds: 100)
            }
            // Polls at 40 and 80; the second answers only at 130, after the 100 s deadline.
            guard case .timedOut? = outcome.error() else {
                Issue.record("expected .timedOut, got \(outcome)")
                return
            }
            #expect(outcome.endedAt == 100)
        }

        /// A 429 whose Retry-After reaches past the deadline must not stretch the wait: waiting it out is pointless,
        /// so the wait ends at once with the rate-limit error, carrying the provider's Retry-After.
        @Test func aRetryAfterBeyondTheDeadlineEndsTheWaitAtOnce() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    Self.apixo("pending"),
                    .json(
                        429, #"{"code":429,"message":"Rate limit exceeded","data":null}"#,
                        headers: ["Retry-After": "120"]),
                ], whenEmpty: Self.apixo("processing"))
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock,
                polling: PollingPolicy(firstWaitSeconds: 40, intervalSeconds: 40, jitter: 0))
            let outcome = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"), timeoutSeconds: 100)
            }
            #expect(outcome.error() == .rateLimited(provider: "apixo", retryAfterSeconds: 120))
            // The 429 came with the second poll, at 40 + 40 s.
            #expect(outcome.endedAt == 80)
        }

        // MARK: Updates for progress UIs

        /// Collects what `updates(for:)` yields, and how the stream ended.
        static func collect(_ client: VideoClient, _ handle: TaskHandle) async throws(VideoGenError) -> (
            tasks: [VideoTask], ending: VideoGenError?
        ) {
            var tasks: [VideoTask] = []
            do {
                for try await task in client.updates(for: handle) { tasks.append(task) }
                return (tasks, nil)
            } catch let error as VideoGenError {
                return (tasks, error)
            } catch {
                throw .malformedResponse(provider: "test", endpoint: "updates", detail: "not a VideoGenError: \(error)")
            }
        }

        @Test func toapisUpdatesYieldRisingProgress() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    Self.toapis("queued", 0), Self.toapis("in_progress", 10), Self.toapis("in_progress", 40),
                    Self.toapis("in_progress", 65), Self.toapisDone,
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let result = try await clock.outcome {
                try await Self.collect(client, TaskHandle(provider: "toapis", taskID: "video_abc123def456"))
            }.value()
            #expect(result?.ending == nil)
            #expect(result?.tasks.map(\.progress) == [0, 10, 40, 65, 100])
            #expect(result?.tasks.map(\.state) == [.queued, .running, .running, .running, .succeeded])
            #expect(result?.tasks.last?.videoURLs == ["https://files.example/v.mp4"])
        }

        @Test func apimartUpdatesYieldRisingProgress() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    Self.apimart("pending", 0), Self.apimart("processing", 30), Self.apimart("processing", 91),
                    Self.apimartDone,
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let result = try await clock.outcome {
                try await Self.collect(
                    client, TaskHandle(provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK"))
            }.value()
            #expect(result?.tasks.map(\.progress) == [0, 30, 91, 100])
            #expect(result?.tasks.map(\.providerState) == ["pending", "processing", "processing", "completed"])
        }

        /// A failed task: the stream yields the states seen, then ends by throwing `.taskFailed`.
        @Test func updatesEndByThrowingWhatWaitWouldThrow() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    Self.toapis("in_progress", 20),
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"failed","progress":0,"created_at":1768380224,"error":{"code":"generation_failed","message":"Generation failed: Content violates the content policy"}}"#
                    ),
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let result = try await clock.outcome {
                try await Self.collect(client, TaskHandle(provider: "toapis", taskID: "video_abc123def456"))
            }.value()
            #expect(result?.tasks.map(\.progress) == [20])
            guard case .taskFailed(let task)? = result?.ending else {
                Issue.record("expected the stream to end with .taskFailed, got \(String(describing: result?.ending))")
                return
            }
            #expect(
                task.failure
                    == TaskFailure(
                        code: "generation_failed", message: "Generation failed: Content violates the content policy"))
        }

        /// Leaving the iteration early stops polling: no request after the consumer is gone.
        @Test func leavingTheUpdatesLoopStopsPolling() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [], whenEmpty: Self.toapis("in_progress", 50))
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let counts = try await clock.outcome { () async throws -> [Int] in
                do {
                    for try await _ in client.updates(for: TaskHandle(provider: "toapis", taskID: "video_abc123def456"))
                    { break }
                } catch {
                    throw VideoGenError.cancelled
                }
                let atBreak = transport.requests.count
                try await clock.sleepOrCancel(seconds: 600)
                return [atBreak, transport.requests.count]
            }.value()
            #expect(counts == [1, 1])
        }
    }
}
