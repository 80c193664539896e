// Retries in virtual time: Retry-After honoured (the gap measured on the virtual clock), status polls retried on
// 5xx and network errors, permanent statuses (401, 402, 404) ending a wait at once, and creates retried only when
// the provider certainly did not accept them (429, or a connection that failed before anything was sent).

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Retries")
    struct Retries {
        static let apixoCreated = #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#
        static let apixoRunning =
            #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"processing","createTime":1767965610929}}"#
        static let apixoDone =
            #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965652317}}"#
        static let toapisRunning =
            #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"in_progress","progress":65,"created_at":1768380224}"#
        static let toapisDone =
            #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"completed","progress":100,"created_at":1768380224,"completed_at":1768380514,"result":{"type":"video","data":[{"url":"https://files.example/v.mp4","format":"mp4"}]}}"#

        // MARK: Retry-After

        @Test func retryAfterOnAStatusPollIsHonoured() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        429, #"{"code":429,"message":"Rate limit exceeded","data":null}"#,
                        headers: ["Retry-After": "20"]),
                    .json(200, Self.apixoDone),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let task = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_12345678"))
            }.value()
            #expect(task?.videoURLs == ["https://r2.apixo.ai/video.mp4"])
            let sent = transport.requests
            try #require(sent.count == 2)
            #expect(sent[1].time - sent[0].time >= 20)
        }

        @Test func retryAfterOnACreateIsHonouredAndTheCreateIsSentAgain() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        429, #"{"error":{"code":429,"message":"Rate limit exceeded","type":"rate_limit_exceeded"}}"#,
                        headers: ["Retry-After": "7"]),
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"queued","progress":0,"created_at":1768380224}"#
                    ),
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.create(VideoRequest(prompt: "a retriever")) }.value()
            #expect(task?.taskID == "video_abc123def456")
            let sent = transport.requests
            try #require(sent.count == 2)
            #expect(sent.allSatisfy { $0.method == "POST" })
            #expect(sent[1].time - sent[0].time >= 7)
            #expect(sent[0].body == sent[1].body)
        }

        /// Retry-After as an HTTP date (RFC 9110): the virtual clock's date starts at 2026-01-01T00:00:00Z.
        @Test func retryAfterAsAnHTTPDateIsHonoured() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        429, #"{"code":429,"message":"Rate limit exceeded","data":null}"#,
                        headers: ["Retry-After": "Thu, 01 Jan 2026 00:01:30 GMT"]),
                    .json(200, Self.apixoDone),
                ])
            // 90 s is more than the default policy waits (30 s), so this client is told to wait longer.
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock, retry: RetryPolicy(maximumDelaySeconds: 120))
            _ = try await clock.outcome { try await client.status(taskID: "task_12345678") }.value()
            let sent = transport.requests
            try #require(sent.count == 2)
            #expect(sent[0].time == 0)
            #expect(sent[1].time >= 90)
        }

        /// One limiter per client: a 429's Retry-After holds back the client's other calls too.
        @Test(.timeLimit(.minutes(1)))
        func retryAfterPausesTheWholeClient() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        429, #"{"code":429,"message":"Rate limit exceeded","data":null}"#,
                        headers: ["Retry-After": "30"])
                ], whenEmpty: .json(200, Self.apixoDone))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let first = RunningCall(on: clock) { try await client.status(taskID: "task_a") }
            // Each call also has its deadline asleep on the clock: one sleeper more per call.
            await ClockSteps.until("the first call sleeps out its 429") {
                transport.requests.count == 1 && clock.sleeperCount == 2
            }
            clock.advance(by: 1)
            let second = RunningCall(on: clock) { try await client.status(taskID: "task_b") }
            await ClockSteps.until("the second call waits for the limiter") { clock.sleeperCount == 4 }
            #expect(transport.requests.count == 1)
            clock.advance(by: 29)
            let (firstResult, firstEnd) = await first.outcome
            let (secondResult, secondEnd) = await second.outcome
            #expect((try? firstResult.get())?.state == .succeeded)
            #expect((try? secondResult.get())?.state == .succeeded)
            #expect(firstEnd == 30)
            #expect(secondEnd == 30)
            let sent = transport.requests
            try #require(sent.count == 3)
            #expect(sent.map(\.time) == [0, 30, 30])
            #expect(sent[0].query["taskId"] == "task_a")
        }

        // MARK: Status polls survive transient failures

        @Test func serverErrorOnAStatusPollIsRetried() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, Self.toapisRunning),
                    .json(500, #"{"error":{"code":500,"message":"Internal server error","type":"internal_error"}}"#),
                    .json(200, Self.toapisDone),
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let task = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "toapis", taskID: "video_abc123def456"))
            }.value()
            #expect(task?.videoURLs == ["https://files.example/v.mp4"])
            #expect(transport.requests.count == 3)
        }

        @Test(arguments: [500, 502, 503, 504])
        func serverErrorsOnStatusAreRetriedByStatus(_ status: Int) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(status, #"{"code":\#(status),"msg":"temporarily unavailable","data":null}"#),
                    .json(200, #"{"code":200,"msg":"success","data":{"taskId":"clx1","state":"processing"}}"#),
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.status(taskID: "clx1") }.value()
            #expect(task?.state == .running)
            #expect(transport.requests.count == 2)
        }

        @Test func networkErrorDuringAWaitIsRecovered() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, Self.apixoCreated),
                    .json(200, Self.apixoRunning),
                    .fail(.connectionLost("connection reset by peer")),
                    .fail(.connectionLost("connection reset by peer")),
                    .fail(.timedOut(seconds: 60)),
                    .json(200, Self.apixoDone),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a lake")) }.value()
            #expect(task?.state == .succeeded)
            #expect(transport.requests.count == 6)
            #expect(transport.remainingSteps == 0)
        }

        // MARK: Permanent statuses end a wait at once

        struct Permanent: Sendable, CustomTestStringConvertible {
            var provider: String
            var status: Int
            var body: String
            var testDescription: String { "\(provider) \(status)" }
        }

        @Test(arguments: [
            Permanent(
                provider: "apimodels", status: 401,
                body: #"{"code":401,"msg":"Unauthorized: invalid API key","data":null}"#),
            Permanent(
                provider: "apimodels", status: 402, body: #"{"code":402,"msg":"insufficient credits","data":null}"#),
            Permanent(provider: "apimodels", status: 404, body: #"{"code":404,"msg":"task ID not found","data":null}"#),
            Permanent(
                provider: "toapis", status: 401,
                body: #"{"error":{"code":401,"message":"Invalid API key","type":"unauthorized"}}"#),
            Permanent(
                provider: "toapis", status: 402,
                body: #"{"error":{"code":402,"message":"Insufficient quota","type":"insufficient_quota"}}"#),
            Permanent(
                provider: "toapis", status: 404,
                body: #"{"error":{"code":404,"message":"Task not found","type":"not_found_error"}}"#),
            Permanent(
                provider: "apixo", status: 401,
                body: #"{"code":401,"message":"Invalid or missing API Key","data":null}"#),
        ])
        func permanentStatusOnAPollEndsTheWaitAtOnce(_ item: Permanent) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.json(item.status, item.body)], whenEmpty: .json(item.status, item.body))
            let client = try ClientHarness.client(item.provider, transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: item.provider, taskID: "task_gone"))
            }.error()
            #expect(error?.providerReport?.httpStatus == item.status)
            #expect(transport.requests.count == 1)
        }

        // MARK: Creates are retried only when certainly not accepted

        @Test func createIsNotRetriedOnServerError() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(500, #"{"code":500,"message":"Internal error","data":null}"#)
                ], whenEmpty: .json(200, Self.apixoCreated))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }.error()
            #expect(error?.providerReport?.httpStatus == 500)
            #expect(transport.requests.filter { $0.method == "POST" }.count == 1)
        }

        @Test(arguments: [TransportError.connectionLost("connection reset by peer"), .timedOut(seconds: 60)])
        func createIsNotRetriedWhenItMayHaveBeenSent(_ failure: TransportError) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [.fail(failure)], whenEmpty: .json(200, Self.apixoCreated))
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }.error()
            #expect(error == .transport(provider: "apixo", failure))
            #expect(transport.requests.count == 1)
        }

        @Test func createIsRetriedOnTooManyRequests() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(429, #"{"code":429,"message":"Rate limit exceeded","data":null}"#),
                    .json(200, Self.apixoCreated),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }.value()
            #expect(task?.taskID == "task_12345678")
            #expect(transport.requests.count == 2)
        }

        @Test func createIsRetriedWhenTheConnectionCouldNotBeMade() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .fail(.notConnected("could not connect to host")),
                    .fail(.notConnected("could not connect to host")),
                    .json(200, Self.apixoCreated),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }.value()
            #expect(task?.taskID == "task_12345678")
            let sent = transport.requests
            #expect(sent.count == 3)
            // Backoff between the attempts: never two sends at the same instant.
            #expect(zip(sent, sent.dropFirst()).allSatisfy { $1.time > $0.time })
        }

        @Test func retriesStopAfterMaximumAttempts() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [], whenEmpty: .fail(.notConnected("could not connect to host")))
            let client = try ClientHarness.client(
                "apixo", transport: transport, clock: clock, retry: RetryPolicy(maximumAttempts: 4))
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lake")) }.error()
            #expect(error == .transport(provider: "apixo", .notConnected("could not connect to host")))
            #expect(transport.requests.count == 4)
        }
    }
}

extension VirtualClock {
    /// Sleeps on the clock, turning cancellation into ``VideoGenError/cancelled`` (for typed-throwing test bodies).
    func sleepOrCancel(seconds: Double) async throws(VideoGenError) {
        do { try await sleep(seconds: seconds) } catch { throw .cancelled }
    }
}
