// apixo.ai: the unified view of every documented response sample, written by hand from
// provider-docs/003 (create and status answers) and STATUS-ENDPOINTS (the 400 body, the running status).
// Times: createTime/completeTime are Unix milliseconds (003), converted by hand with `date -u -d @…`.
// REAL-TRAFFIC adds constructed samples: a fail code of the other doc version, a gateway's mock of another shape,
// and callbacks built from the fields the docs' handlers read.

import Testing
import VideoGen

@Suite("apixo: unified view of the documented samples")
struct UnifiedApixoTests {
    static let provider = "apixo"

    static let expectations: [SampleExpectation] = [
        // 003 "Returns taskId on success": the answer has no state, so the new task is queued.
        SampleExpectation(
            sample: "create-success",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .queued, providerState: nil))),
        // 003 "Error": code 400 with the message; data is null.
        SampleExpectation(
            sample: "create-error",
            expected: .providerError(
                ErrorView(
                    provider: "apixo", code: "400", message: "Insufficient credits"))),
        // STATUS-ENDPOINTS "A 400 body": the message, with data.error as its detail.
        SampleExpectation(
            sample: "create-error-invalid",
            expected: .providerError(
                ErrorView(
                    provider: "apixo", code: "400", message: "Invalid request: Missing required field: input.prompt"))),
        // STATUS-ENDPOINTS "status sample while running": 1704067200000 ms = 2024-01-01T00:00:00Z.
        SampleExpectation(
            sample: "status-running",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_abc123xyz789", state: .running, providerState: "processing",
                    createdAt: "2024-01-01T00:00:00Z"))),
        // 003 "Success": resultJson is a string holding {"resultUrls":[…]};
        // 1767965610929 ms = 2026-01-09T13:33:30.929Z, 1767965652317 ms = 2026-01-09T13:34:12.317Z.
        SampleExpectation(
            sample: "status-success",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .succeeded, providerState: "success",
                    videoURLs: ["https://r2.apixo.ai/video.mp4"],
                    createdAt: "2026-01-09T13:33:30.929Z", completedAt: "2026-01-09T13:34:12.317Z"))),
        // 003 "Failed": failCode and failMsg.
        SampleExpectation(
            sample: "status-failed",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .failed, providerState: "failed",
                    failureCode: "CONTENT_VIOLATION", failureMessage: "Content does not meet safety guidelines"))),
        // REAL-TRAFFIC: the other doc version's SensitiveContentDetected, without failMsg: the code's description.
        SampleExpectation(
            sample: "status-failed-sensitive",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .failed, providerState: "failed",
                    failureCode: "SensitiveContentDetected",
                    failureMessage: "Sensitive content detected (the other doc version)."))),
        // REAL-TRAFFIC id 61447688181: {id, state, progress, data:{images:[{url}]}}; the top-level progress is read by
        // no role, so the task has none.
        SampleExpectation(
            sample: "status-gateway-mock",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "0123456789abcdef0123456789abcdef", state: .succeeded,
                    providerState: "success", videoURLs: ["https://r2.apixo.ai/image.png"]))),
        // REAL-TRAFFIC: handlers read data.{taskId, state, resultJson, failCode, failMsg}; the body is the status
        // answer's (STATUS-ENDPOINTS).
        SampleExpectation(
            sample: "callback-success",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .succeeded, providerState: "success",
                    videoURLs: ["https://r2.apixo.ai/video.mp4"]))),
        SampleExpectation(
            sample: "callback-failed",
            expected: .task(
                TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .failed, providerState: "failed",
                    failureCode: "CONTENT_VIOLATION", failureMessage: "Content does not meet safety guidelines"))),
    ]

    @Test(arguments: UnifiedApixoTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider)
    }

    /// STATUS-ENDPOINTS: "The callback body is identical to the status response".
    @Test func callbackBodyDecodesLikeTheStatusAnswer() throws {
        let task = try Fixtures.sampleTask("status-success", of: Self.provider, as: .callback)
        #expect(
            TaskView(task)
                == TaskView(
                    provider: "apixo", taskID: "task_12345678", state: .succeeded, providerState: "success",
                    videoURLs: ["https://r2.apixo.ai/video.mp4"],
                    createdAt: "2026-01-09T13:33:30.929Z", completedAt: "2026-01-09T13:34:12.317Z"))
    }

    /// The README's `videogen decode --json` example, field for field.
    @Test func successCLIJSON() throws {
        let task = try Fixtures.sampleTask("status-success", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"succeeded","providerState":"success","progress":null,"queuePosition":null,
                 "videoURLs":["https://r2.apixo.ai/video.mp4"],"videos":[{"url":"https://r2.apixo.ai/video.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,
                 "createdAt":"2026-01-09T13:33:30.929Z","completedAt":"2026-01-09T13:34:12.317Z"}
                """#)
        // The README prints exactly one line, keys in this order.
        #expect(
            task.jsonValue.serialized()
                == #"{"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"succeeded","providerState":"success","progress":null,"queuePosition":null,"videoURLs":["https://r2.apixo.ai/video.mp4"],"videos":[{"url":"https://r2.apixo.ai/video.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2026-01-09T13:33:30.929Z","completedAt":"2026-01-09T13:34:12.317Z"}"#
        )
    }

    @Test func failedCLIJSON() throws {
        let task = try Fixtures.sampleTask("status-failed", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"failed","providerState":"failed","progress":null,"queuePosition":null,
                 "videoURLs":[],"videos":[],"failure":{"code":"CONTENT_VIOLATION","message":"Content does not meet safety guidelines"},
                 "createdAt":null,"completedAt":null}
                """#)
    }
}
