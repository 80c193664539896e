// Replicate: the unified view of every documented response sample, written by hand from provider-docs/replicate.md
// (section 9: R1-R6, and the file object's field table in 2.7). Times are ISO 8601 with microseconds, and the unified
// view keeps them: 2022-04-26T22:13:06.224088Z.
//
// Left out of the unified expectations (each is still decoded by the generator's sample check):
// - get-succeeded-hello-world (R2): the hello-world text model; its output "hello Alice" is text, not a video URL,
//   so the unified decoder refuses the succeeded prediction (checked below).
// - list-hello-world (R3): a page of predictions is not one task (the client reads its results into
//   OperationResult.tasks), and its only prediction is the same hello-world text output.
// - webhook-secret (R4): the answer of getWebhookSecret, an operation without a role: {"key": "..."} is no task.
// - callback-signature-vector: the Standard Webhooks test vector; its body {"test": 2432232314} is not a prediction
//   (its secret is in the spec's notes, for the signature tests).

import Testing
import VideoGen

@Suite("replicate: unified view of the documented samples")
struct UnifiedReplicateTests {
    static let provider = "replicate"

    static let leftOut: Set<String> = [
        "get-succeeded-hello-world", "list-hello-world", "webhook-secret", "callback-signature-vector",
    ]

    static let expectations: [SampleExpectation] = [
        // R1 (constructed from R5, which the doc calls representative): starting is queued; no output yet.
        SampleExpectation(
            sample: "create-starting",
            expected: .task(
                TaskView(
                    provider: "replicate", taskID: "ufawqhfynnddngldkgtslldrkq", state: .queued,
                    providerState: "starting", createdAt: "2022-04-26T22:13:06.224088Z"))),
        // R6: the rate-limits page's 429 body; only detail is given (no code, no type).
        SampleExpectation(
            sample: "create-throttled",
            expected: .providerError(
                ErrorView(
                    provider: "replicate", code: nil,
                    message: "Request was throttled. Your rate limit resets in ~30s."))),
        // 2.7 (constructed from the field table): the file's URL is urls.get.
        SampleExpectation(
            sample: "file-created", expected: .uploaded("https://api.replicate.com/v1/files/xxx")),
        // R5: the receive-webhook page's unfinished prediction (the webhook body is the prediction).
        SampleExpectation(
            sample: "webhook-starting",
            expected: .task(
                TaskView(
                    provider: "replicate", taskID: "ufawqhfynnddngldkgtslldrkq", state: .queued,
                    providerState: "starting", createdAt: "2022-04-26T22:13:06.224088Z"))),
    ]

    @Test(arguments: UnifiedReplicateTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider, leftOut: Self.leftOut)
    }

    /// R2: "succeeded" with the text output "hello Alice" and no video URL: not a video, so the decoder refuses it.
    @Test func helloWorldTextOutputIsNoVideo() throws {
        #expect(throws: PayloadError.self) {
            try Fixtures.decodeSample("get-succeeded-hello-world", of: Self.provider)
        }
    }

    /// The CLI JSON of the format with queue positions and video files (issue 10).
    @Test func startingCLIJSON() throws {
        let task = try Fixtures.sampleTask("create-starting", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"replicate","taskId":"ufawqhfynnddngldkgtslldrkq","handle":"replicate:ufawqhfynnddngldkgtslldrkq","state":"queued",
                 "providerState":"starting","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],
                 "failure":null,"createdAt":"2022-04-26T22:13:06.224088Z","completedAt":null}
                """#)
    }
}
