// toapis.com: the unified view of every documented response sample, written by hand from provider-docs/002
// (the create answer) and STATUS-ENDPOINTS (status samples, the 404 body, the live create variations).
// Times are Unix seconds: 1768380224 = 2026-01-14T08:43:44Z, 1768380222 = 2026-01-14T08:43:42Z,
// 1768380514 = 2026-01-14T08:48:34Z, 1768466914 = 2026-01-15T08:48:34Z.
// REAL-TRAFFIC adds constructed samples: the veo3 page's APIMart-style create answer, a mock's create without id,
// the status page's submitted, and the gemini-omni-flash answer (no progress, a top-level video_url).

import Testing
import VideoGen

@Suite("toapis: unified view of the documented samples")
struct UnifiedToapisTests {
    static let provider = "toapis"

    static let expectations: [SampleExpectation] = [
        // 002: "queued - Waiting to be processed".
        SampleExpectation(
            sample: "create-queued",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_abc123def456", state: .queued, providerState: "queued",
                    progress: 0,
                    createdAt: "2026-01-14T08:43:44Z", model: "grok-video-3"))),
        // STATUS-ENDPOINTS live variations: status pending means queued.
        SampleExpectation(
            sample: "create-live-pending",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_abc123def456", state: .queued, providerState: "pending",
                    progress: 0,
                    createdAt: "2026-01-14T08:43:44Z", model: "grok-video-3"))),
        // STATUS-ENDPOINTS live variations: the empty status means queued too.
        SampleExpectation(
            sample: "create-live-empty-status",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_abc123def456", state: .queued, providerState: "", progress: 0,
                    createdAt: "2026-01-14T08:43:44Z", model: "grok-video-3"))),
        // STATUS-ENDPOINTS status sample 1: in_progress at 65 %.
        SampleExpectation(
            sample: "status-in-progress",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_7497f4d5-3a88-44c7-923a-967fa7d941a0", state: .running,
                    providerState: "in_progress", progress: 65, createdAt: "2026-01-14T08:43:42Z", model: "sora-2"))),
        // STATUS-ENDPOINTS status sample 2: the URL is result.data[0].url; expires_at is given.
        SampleExpectation(
            sample: "status-completed",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_7497f4d5-3a88-44c7-923a-967fa7d941a0", state: .succeeded,
                    providerState: "completed", progress: 100,
                    videoURLs: ["https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4"],
                    createdAt: "2026-01-14T08:43:42Z", completedAt: "2026-01-14T08:48:34Z",
                    expiresAt: "2026-01-15T08:48:34Z", model: "sora-2"))),
        // STATUS-ENDPOINTS status sample 3: a failed task carries error {code, message} and is still a task.
        SampleExpectation(
            sample: "status-failed",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_7497f4d5-3a88-44c7-923a-967fa7d941a0", state: .failed,
                    providerState: "failed", progress: 0, failureCode: "generation_failed",
                    failureMessage: "Generation failed: Content violates the content policy",
                    createdAt: "2026-01-14T08:43:42Z", model: "sora-2"))),
        // STATUS-ENDPOINTS: errors are {"error":{code,message,type}}; here code is an integer.
        SampleExpectation(
            sample: "status-not-found",
            expected: .providerError(
                ErrorView(
                    provider: "toapis", code: "404", message: "Task not found", type: "not_found_error"))),
        // STATUS-ENDPOINTS: {"success": true, "message": "", "data": {"id", "url", "mime_type", "size"}}.
        SampleExpectation(sample: "upload-success", expected: .uploaded("https://files.example/uploads/image.png")),
        // REAL-TRAFFIC [doc]: the veo3 page's {code:200, data:[{status:"submitted", task_id}]}: submitted is queued.
        SampleExpectation(
            sample: "create-apimart-shape",
            expected: .task(
                TaskView(provider: "toapis", taskID: "task_01K8...", state: .queued, providerState: "submitted"))),
        // REAL-TRAFFIC id 61264070025: {task_id, status:"queued"} with no id.
        SampleExpectation(
            sample: "create-mock-task-id",
            expected: .task(TaskView(provider: "toapis", taskID: "task-...", state: .queued, providerState: "queued"))),
        // REAL-TRAFFIC [doc]: the status page's table says submitted instead of queued.
        SampleExpectation(
            sample: "status-submitted",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_7497f4d5-3a88-44c7-923a-967fa7d941a0", state: .queued,
                    providerState: "submitted", progress: 0, createdAt: "2026-01-14T08:43:42Z", model: "sora-2"))),
        // REAL-TRAFFIC [doc]: gemini_omni_flash answers without progress, the URL in a top-level video_url.
        SampleExpectation(
            sample: "status-gemini-omni-flash",
            expected: .task(
                TaskView(
                    provider: "toapis", taskID: "video_01K8...", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://...video.mp4"], model: "gemini_omni_flash"))),
    ]

    @Test(arguments: UnifiedToapisTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider)
    }

    @Test func completedCLIJSON() throws {
        let task = try Fixtures.sampleTask("status-completed", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"toapis","taskId":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","handle":"toapis:video_7497f4d5-3a88-44c7-923a-967fa7d941a0","state":"succeeded",
                 "providerState":"completed","progress":100,"queuePosition":null,
                 "videoURLs":["https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4"],"videos":[{"url":"https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,
                 "createdAt":"2026-01-14T08:43:42Z","completedAt":"2026-01-14T08:48:34Z"}
                """#)
    }

    @Test func emptyStatusCLIJSON() throws {
        let task = try Fixtures.sampleTask("create-live-empty-status", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"toapis","taskId":"video_abc123def456","handle":"toapis:video_abc123def456","state":"queued","providerState":"","progress":0,"queuePosition":null,
                 "videoURLs":[],"videos":[],"failure":null,"createdAt":"2026-01-14T08:43:44Z","completedAt":null}
                """#)
    }
}
