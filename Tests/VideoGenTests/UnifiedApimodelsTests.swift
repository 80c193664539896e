// apimodels.app: the unified view of every documented response sample, written by hand from
// provider-docs/000 (current names: taskId, state, resultUrls, failMsg, createTime, completeTime; callbacks)
// and 001 (older names: task_id, status, videos, error, created_at, completed_at).
// Times are Unix milliseconds: 1705123450000 = 2024-01-13T05:24:10Z, 1705123500000 = 2024-01-13T05:25:00Z.
// REAL-TRAFFIC (what other people's clients and tests show) adds the constructed samples further down: a create that
// already failed, the field names one client accepts, Kling's snake_case answer, and error envelopes.
// Left out (no unified task): asset-active (POST /api/v1/assets answers an asset:// URI, not a task) and
// record-settled (GET /api/v1/records/{taskId} answers a billing record).

import Testing
import VideoGen

@Suite("apimodels: unified view of the documented samples")
struct UnifiedApimodelsTests {
    static let provider = "apimodels"

    static let leftOut: Set<String> = ["asset-active", "record-settled"]

    static let expectations: [SampleExpectation] = [
        // 000: create answer, current names.
        SampleExpectation(
            sample: "create-pending",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .queued, providerState: "pending"))),
        // 001: create answer, older names; the model is "<provider>/<model_name>".
        SampleExpectation(
            sample: "create-pending-older",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .queued, providerState: "pending",
                    model: "cloud-video/grok-video-3"))),
        // 000: completed ("Done -- video URL available").
        SampleExpectation(
            sample: "status-completed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://cdn.example.com/video.mp4"],
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z"))),
        // 000: failed, a message and no code.
        SampleExpectation(
            sample: "status-failed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureMessage: "Content policy violation"))),
        // 001: completed, older names (videos, created_at, completed_at).
        SampleExpectation(
            sample: "status-completed-older",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://...video.mp4"],
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z",
                    model: "cloud-video/grok-video-3"))),
        // 001: failed, older names (the message is in error).
        SampleExpectation(
            sample: "status-failed-older",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureMessage: "Content policy violation", model: "cloud-video/grok-video-3"))),
        // 000 callback, completed: resultJson is a JSON string holding resultUrls (one URL on success).
        SampleExpectation(
            sample: "callback-completed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://r2.apimodels.app/videos/xxx.mp4"],
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z",
                    model: "cloud-video/grok-video-3"))),
        // 000 callback, failed: resultJson null, failCode null, failMsg set.
        SampleExpectation(
            sample: "callback-failed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureMessage: "Content policy violation",
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z",
                    model: "cloud-video/grok-video-3"))),
        // STATUS-ENDPOINTS: data.publicUrl inside the envelope.
        SampleExpectation(sample: "upload-success", expected: .uploaded("https://r2.apimodels.app/files/xxx.png")),
        // REAL-TRAFFIC id 70987677011: create comes back failed with failCode CONTENT_MODERATION and no message, so the
        // message is the spec's description of that code.
        SampleExpectation(
            sample: "create-failed-moderation",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureCode: "CONTENT_MODERATION",
                    failureMessage: "Flagged by content moderation (clients do not retry)."))),
        // REAL-TRAFFIC (apimodels-mcp): an undotted model id answers 400 "Invalid model".
        SampleExpectation(
            sample: "create-invalid-model",
            expected: .providerError(ErrorView(provider: "apimodels", code: "400", message: "Invalid model"))),
        // REAL-TRAFFIC HTTP errors: msg, then data.failMsg as the detail; data.failCode is the provider's word for it.
        SampleExpectation(
            sample: "create-error-invalid-input",
            expected: .providerError(
                ErrorView(
                    provider: "apimodels", code: "400", message: "invalid input: asset://old is not in your library",
                    type: "INVALID_INPUT"))),
        // REAL-TRAFFIC: the same 400 without msg: the detail alone is the message.
        SampleExpectation(
            sample: "create-error-without-msg",
            expected: .providerError(
                ErrorView(
                    provider: "apimodels", code: "400", message: "asset://old is not in your library",
                    type: "INVALID_INPUT"))),
        // REAL-TRAFFIC id 52117593973: Kling's answer {code, data:{task_id, status, videos:[...]}}, no msg.
        SampleExpectation(
            sample: "status-kling-completed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://...video.mp4"]))),
        // REAL-TRAFFIC id 70199268899: id, status and result_urls are the task id, state and URLs.
        SampleExpectation(
            sample: "status-aliases-completed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://cdn.example.com/video.mp4"],
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z"))),
        // REAL-TRAFFIC id 70199268899: the URL in output.video_url.
        SampleExpectation(
            sample: "status-output-url",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://cdn.example.com/video.mp4"]))),
        // REAL-TRAFFIC: fail_code UPSTREAM_BUSY without a message (the code's description); retryable is no role.
        SampleExpectation(
            sample: "status-aliases-failed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureCode: "UPSTREAM_BUSY", failureMessage: "The upstream model is busy (retryable)."))),
        // REAL-TRAFFIC HTTP errors: 404 {code:404, msg:"task not found"}.
        SampleExpectation(
            sample: "status-task-not-found",
            expected: .providerError(ErrorView(provider: "apimodels", code: "404", message: "task not found"))),
        // REAL-TRAFFIC: 422 {code:422, msg:"moderation"} from POST /assets (an operation without a role; an error
        // answer reads the same whatever the kind).
        SampleExpectation(
            sample: "asset-moderation",
            expected: .providerError(ErrorView(provider: "apimodels", code: "422", message: "moderation")),
            readAs: .create),
    ]

    @Test(arguments: UnifiedApimodelsTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider, leftOut: Self.leftOut)
    }

    /// The two pages' shapes of one answer mean the same task (only the older page names the model).
    @Test func olderAndCurrentNamesGiveTheSameTask() throws {
        var older = try Fixtures.sampleTask("status-completed-older", of: Self.provider)
        let current = try Fixtures.sampleTask("status-completed", of: Self.provider)
        #expect(older.model == "cloud-video/grok-video-3")
        older.model = nil
        older.videoURLs = current.videoURLs  // the pages show different placeholder URLs
        #expect(older == current)
    }

    @Test func failedOlderCLIJSON() throws {
        let task = try Fixtures.sampleTask("status-failed-older", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"failed","providerState":"failed","progress":null,"queuePosition":null,
                 "videoURLs":[],"videos":[],"failure":{"code":null,"message":"Content policy violation"},
                 "createdAt":null,"completedAt":null}
                """#)
    }

    @Test func completedCallbackCLIJSON() throws {
        let task = try Fixtures.sampleTask("callback-completed", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"succeeded","providerState":"completed","progress":null,"queuePosition":null,
                 "videoURLs":["https://r2.apimodels.app/videos/xxx.mp4"],"videos":[{"url":"https://r2.apimodels.app/videos/xxx.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,
                 "createdAt":"2024-01-13T05:24:10Z","completedAt":"2024-01-13T05:25:00Z"}
                """#)
    }
}
