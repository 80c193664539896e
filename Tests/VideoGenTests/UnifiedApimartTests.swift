// apimart.ai: the unified view of every documented response sample, written by hand from provider-docs/004
// (the create answer) and STATUS-ENDPOINTS (status samples, the 400 body, the newer array-shaped create answer).
// Times are Unix seconds: 1710000000 = 2024-03-09T16:00:00Z, 1765000891 = 2025-12-06T06:01:31Z,
// 1765001046 = 2025-12-06T06:04:06Z, 1765087446 = 2025-12-07T06:04:06Z.
// REAL-TRAFFIC adds constructed samples: the OpenAI-style error with param, the older string url, the fork tests'
// url array with a task-unified id, and the failure shapes and status words clients read.

import Testing
import VideoGen

@Suite("apimart: unified view of the documented samples")
struct UnifiedApimartTests {
    static let provider = "apimart"

    static let expectations: [SampleExpectation] = [
        // 004: data is an object {id, status, progress, created, type}; submitted is queued.
        SampleExpectation(
            sample: "create-submitted",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01JNXXXXXXXXXXXXXXXXXX", state: .queued,
                    providerState: "submitted",
                    progress: 0, createdAt: "2024-03-09T16:00:00Z"))),
        // STATUS-ENDPOINTS live variations: data is an array and the id is task_id.
        SampleExpectation(
            sample: "create-submitted-array",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01JN...", state: .queued, providerState: "submitted"))),
        // STATUS-ENDPOINTS status sample 1: processing at 91 %.
        SampleExpectation(
            sample: "status-processing",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK", state: .running,
                    providerState: "processing", progress: 91, createdAt: "2025-12-06T06:01:31Z"))),
        // STATUS-ENDPOINTS status sample 2: the URL is data.result.videos[0].url[0]; the video has expires_at.
        SampleExpectation(
            sample: "status-completed",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK", state: .succeeded,
                    providerState: "completed", progress: 100,
                    videoURLs: [
                        "https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4"
                    ],
                    createdAt: "2025-12-06T06:01:31Z", completedAt: "2025-12-06T06:04:06Z",
                    expiresAt: "2025-12-07T06:04:06Z"))),
        // STATUS-ENDPOINTS: the 400 body {"code":400,"error":{code,message,type}}.
        SampleExpectation(
            sample: "status-invalid-task",
            expected: .providerError(
                ErrorView(
                    provider: "apimart", code: "400", message: "Invalid task ID", type: "invalid_request_error"))),
        // STATUS-ENDPOINTS: the unwrapped upload answer; its url is the file's.
        SampleExpectation(sample: "upload-success", expected: .uploaded("https://upload.apimart.ai/f/image/xxx.png")),
        // REAL-TRAFFIC: {error:{message, type, code, param}}; the code is Omni-Flash-Ext's invalid_duration.
        SampleExpectation(
            sample: "create-invalid-duration",
            expected: .providerError(
                ErrorView(
                    provider: "apimart", code: "invalid_duration", message: "duration must be 4, 6, 8 or 10",
                    type: "invalid_request_error"))),
        // REAL-TRAFFIC: the older docs' url as a plain string reads as the array does.
        SampleExpectation(
            sample: "status-completed-string-url",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK", state: .succeeded,
                    providerState: "completed", progress: 100,
                    videoURLs: [
                        "https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4"
                    ],
                    createdAt: "2025-12-06T06:01:31Z", completedAt: "2025-12-06T06:04:06Z",
                    expiresAt: "2025-12-07T06:04:06Z"))),
        // REAL-TRAFFIC: success (a word clients normalise) is done; a task-unified-<ts>-<rand> id is kept as it is.
        SampleExpectation(
            sample: "status-success-unified-id",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task-unified-<ts>-<rand>", state: .succeeded,
                    providerState: "success",
                    progress: 100, videoURLs: ["https://upload.apimart.ai/f/video/out.mp4"]))),
        // REAL-TRAFFIC: fail is failed; the message is data.error.message.
        SampleExpectation(
            sample: "status-failed-prohibited",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK", state: .failed,
                    providerState: "fail",
                    failureMessage: "prohibited words or images"))),
        // REAL-TRAFFIC: error is failed; the message is data.error_message.
        SampleExpectation(
            sample: "status-error-flagged",
            expected: .task(
                TaskView(
                    provider: "apimart", taskID: "task_01KBS40K78KGHZ9SDBWQSGSXRK", state: .failed,
                    providerState: "error",
                    failureMessage: "flagged as containing"))),
    ]

    @Test(arguments: UnifiedApimartTests.expectations)
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
                {"provider":"apimart","taskId":"task_01KBS40K78KGHZ9SDBWQSGSXRK","handle":"apimart:task_01KBS40K78KGHZ9SDBWQSGSXRK","state":"succeeded",
                 "providerState":"completed","progress":100,"queuePosition":null,
                 "videoURLs":["https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4"],"videos":[{"url":"https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4","contentType":null,"byteCount":null,"fileName":null}],
                 "failure":null,"createdAt":"2025-12-06T06:01:31Z","completedAt":"2025-12-06T06:04:06Z"}
                """#)
    }

    @Test func submittedArrayCLIJSON() throws {
        let task = try Fixtures.sampleTask("create-submitted-array", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"apimart","taskId":"task_01JN...","handle":"apimart:task_01JN...","state":"queued","providerState":"submitted","progress":null,"queuePosition":null,
                 "videoURLs":[],"videos":[],"failure":null,"createdAt":null,"completedAt":null}
                """#)
    }
}
