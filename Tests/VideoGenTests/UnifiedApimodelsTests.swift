// apimodels.app: the unified view of every documented response sample, written by hand from
// provider-docs/000 (current names: taskId, state, resultUrls, failMsg, createTime, completeTime; callbacks)
// and 001 (older names: task_id, status, videos, error, created_at, completed_at).
// Times are Unix milliseconds: 1705123450000 = 2024-01-13T05:24:10Z, 1705123500000 = 2024-01-13T05:25:00Z.

import Testing
import VideoGen

@Suite("apimodels: unified view of the documented samples")
struct UnifiedApimodelsTests {
    static let provider = "apimodels"

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
                    model: "<provider>/<model_name>"))),
        // 000 callback, failed: resultJson null, failCode null, failMsg set.
        SampleExpectation(
            sample: "callback-failed",
            expected: .task(
                TaskView(
                    provider: "apimodels", taskID: "clxxx...", state: .failed, providerState: "failed",
                    failureMessage: "Content policy violation",
                    createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z",
                    model: "<provider>/<model_name>"))),
        // STATUS-ENDPOINTS: data.publicUrl inside the envelope.
        SampleExpectation(sample: "upload-success", expected: .uploaded("https://r2.apimodels.app/files/xxx.png")),
    ]

    @Test(arguments: UnifiedApimodelsTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider)
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
