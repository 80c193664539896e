// Hostile answers through the library, in virtual time: Retry-After values that would hang a call, servers too
// slow for any bound, "succeeded" tasks without a usable video, URLs that are not URLs, timeouts too large for any
// clock. Each case was a hang, a trap or a wrong result before (issue 8); the expected values are written by hand.

import Foundation
import Testing

@testable import VideoGen

@Suite("Hostile answers")
struct HostileAnswerTests {
    static let apixoRunning =
        #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"processing","createTime":1767965610929}}"#
    static let rateLimited = #"{"code":429,"message":"Rate limit exceeded","data":null}"#

    static func apixoDone(urls: String) -> String {
        #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":"#
            + urls + #"}","createTime":1767965610929,"completeTime":1767965652317}}"#
    }

    // MARK: Retry-After beyond the policy or the deadline (item 3)

    @Test("a 429 asking for 999999999 s ends a status call at once with the rate-limit error carrying it")
    func hugeRetryAfterEndsTheCall() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(
            clock: clock, [.json(429, Self.rateLimited, headers: ["Retry-After": "999999999"])])
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { try await client.status(taskID: "task_1") }
        #expect(outcome.error() == .rateLimited(provider: "apixo", retryAfterSeconds: 999_999_999))
        #expect(outcome.endedAt == 0)
        #expect(transport.requests.count == 1)
    }

    @Test("a huge Retry-After on a create ends it at once, and does not hold back the client's other calls")
    func hugeRetryAfterDoesNotStallTheClient() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(
            clock: clock, [.json(429, Self.rateLimited, headers: ["Retry-After": "999999999"])],
            whenEmpty: .json(200, Self.apixoRunning))
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { () async throws -> VideoTask in
            do {
                _ = try await client.create(VideoRequest(prompt: "a kite"))
                Issue.record("the create was expected to be refused")
            } catch {
                #expect(error as? VideoGenError == .rateLimited(provider: "apixo", retryAfterSeconds: 999_999_999))
            }
            return try await client.status(taskID: "task_1")
        }
        #expect(outcome.value()?.state == .running)
        #expect(outcome.endedAt == 0)
        #expect(transport.requests.map(\.method) == ["POST", "GET"])
    }

    @Test("a Retry-After within the policy is still waited out")
    func ordinaryRetryAfterIsHonoured() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(
            clock: clock,
            [.json(429, Self.rateLimited, headers: ["Retry-After": "20"]), .json(200, Self.apixoRunning)])
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { try await client.status(taskID: "task_1") }
        #expect(outcome.value()?.state == .running)
        #expect(transport.requests.map(\.time) == [0, 20])
    }

    // MARK: A total bound on single calls (item 4)

    @Test("a server that answers every attempt slowly: status ends at its 120 s bound, not after five 60 s attempts")
    func slowServerEndsAtTheCallBound() async throws {
        let clock = VirtualClock()
        let slow = ScriptedTransport.Step.respondAfter(seconds: 1000, HTTPResponse.json(200, Self.apixoRunning))
        let transport = ScriptedTransport(clock: clock, [], whenEmpty: slow)
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { try await client.status(taskID: "task_1") }
        #expect(outcome.error() == .callTimedOut(provider: "apixo", call: "status", afterSeconds: 120))
        #expect(outcome.endedAt == 120)
        // Each attempt is given at most the time left, so no request was told it may take longer.
        #expect(transport.requests.allSatisfy { $0.timeoutSeconds <= 120 })
    }

    @Test("the caller's own bound: status(timeoutSeconds: 5) ends at 5 s")
    func callerBoundOnStatus() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(clock: clock, [.hang])
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { try await client.status(taskID: "task_1", timeoutSeconds: 5) }
        #expect(outcome.error() == .callTimedOut(provider: "apixo", call: "status", afterSeconds: 5))
        #expect(outcome.endedAt == 5)
    }

    @Test("a create bound by its timeout says the task may exist all the same")
    func createBoundSaysTheTaskMayExist() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(clock: clock, [.hang])
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome { try await client.create(VideoRequest(prompt: "x"), timeoutSeconds: 30) }
        let error = try #require(outcome.error())
        #expect(error == .callTimedOut(provider: "apixo", call: "create", afterSeconds: 30))
        #expect(
            error.description
                == "apixo: the create call got no usable answer within 30 s; the task may have been created all the same: check the provider before creating it again"
        )
    }

    // MARK: Timeouts too large for any clock (item 2)

    @Test("a wait with a 1e19 s timeout runs (clamped), and ends with the task")
    func hugeTimeoutIsClamped() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(
            clock: clock, [.json(200, Self.apixoRunning)],
            whenEmpty: .json(200, Self.apixoDone(urls: #"[\"https://r2.apixo.ai/v.mp4\"]"#)))
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome {
            try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_1"), timeoutSeconds: 1e19)
        }
        #expect(outcome.value()?.videoURLs == ["https://r2.apixo.ai/v.mp4"])
        #expect(TimeBounds.clamp(1e19) == 1_000_000_000)
        #expect(TimeBounds.clamp(.nan) == 0)
        #expect(TimeBounds.clamp(-3) == 0)
    }

    @Test("the system clock sleeps 1e19 s without trapping (the sleep is cancelled)")
    func systemClockTakesAHugeSleep() async {
        let sleeper = Task { try await SystemClock().sleep(seconds: 1e19) }
        sleeper.cancel()
        let result = await sleeper.result
        #expect(throws: CancellationError.self) { try result.get() }
    }

    // MARK: Malformed completed tasks (item 7)

    @Test(
        "a completed task whose only URL is unusable ends a wait at once as malformed",
        arguments: [
            #"[\"file:///etc/passwd\"]"#, #"[\"\"]"#, #"[]"#, #"[\"https://\"]"#, #"[\"https:// evil\"]"#,
            #"[\"javascript:alert(1)\"]"#,
        ])
    func unusableResultEndsTheWait(_ urls: String) async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(clock: clock, [], whenEmpty: .json(200, Self.apixoDone(urls: urls)))
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome {
            try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_1"), timeoutSeconds: 600)
        }
        guard case .malformedResponse(provider: "apixo", endpoint: "status", _)? = outcome.error() else {
            Issue.record("expected a malformed answer for \(urls), got \(outcome)")
            return
        }
        // apixo's spec advises a first look after 30 s: one poll, then the wait is over.
        #expect(outcome.endedAt == 30)
        #expect(transport.requests.count == 1)
    }

    @Test("an answer cut off on the way (not JSON) is still ridden out by a wait")
    func truncatedAnswersAreTransient() async throws {
        let clock = VirtualClock()
        let transport = ScriptedTransport(
            clock: clock, [.json(200, String(Self.apixoRunning.prefix(40)))],
            whenEmpty: .json(200, Self.apixoDone(urls: #"[\"https://r2.apixo.ai/v.mp4\"]"#)))
        let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
        let outcome = try await clock.outcome {
            try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_1"), timeoutSeconds: 600)
        }
        #expect(outcome.value()?.state == .succeeded)
        #expect(transport.requests.count == 2)
    }
}
