// fal.ai: the unified view of every documented response sample, written by hand from provider-docs/fal.md
// (section 9: F1-F12). The queue's statuses carry no times, so no sample has dates. COMPLETED is succeeded even
// without a URL: fal hands the output out through its result call. The webhook speaks OK/ERROR.
//
// The status stream's events (F3) belong to statusStream, an operation without a role: each is a status object
// "exactly as the non-stream endpoint", so they are read as status answers (readAs: .status).
//
// Left out of the unified expectations (still decoded by the generator's sample check):
// - result-completed-wrapped (F4): the older wrapped result {status: COMPLETED, logs, response: {"message":
//   "Hello World!"}} carries no file, and a result reporting success without a video is refused (checked below).

import Testing
import VideoGen

@Suite("fal: unified view of the documented samples")
struct UnifiedFalTests {
    static let provider = "fal"

    static let leftOut: Set<String> = ["result-completed-wrapped"]

    static let streamID = "3e3e5b55-45fb-4e5c-b4d1-05702dffc8bf"

    static let expectations: [SampleExpectation] = [
        // F1: the submit answer has request_id and the three URLs, no status: a new request is queued.
        SampleExpectation(
            sample: "submit-queued",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: "80e732af-660e-45cd-bd63-580e4f2a94cc", state: .queued,
                    providerState: nil))),
        // F5: with fal_webhook, request_id and gateway_request_id (the same here).
        SampleExpectation(
            sample: "submit-with-webhook",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: "024ca5b1-45d3-4afd-883e-ad3abe2a1c4d", state: .queued,
                    providerState: nil))),
        // F12 (its inner 422 body): detail[0].msg is the message, detail[0].type the type; no code.
        SampleExpectation(
            sample: "submit-validation-error",
            expected: .providerError(
                ErrorView(
                    provider: "fal", code: nil, message: "ensure this value is less than or equal to 8",
                    type: "value_error.number.not_le"))),
        // F2: IN_QUEUE without request_id. queuePosition (when TaskView gains it): 0.
        SampleExpectation(
            sample: "status-in-queue",
            expected: .task(TaskView(provider: "fal", taskID: nil, state: .queued, providerState: "IN_QUEUE"))),
        // F3, events 1-4: IN_PROGRESS (logs and metrics carry no unified value). No queue position.
        SampleExpectation(
            sample: "stream-event-1",
            expected: .task(
                TaskView(provider: "fal", taskID: streamID, state: .running, providerState: "IN_PROGRESS")),
            readAs: .status),
        SampleExpectation(
            sample: "stream-event-2",
            expected: .task(
                TaskView(provider: "fal", taskID: streamID, state: .running, providerState: "IN_PROGRESS")),
            readAs: .status),
        SampleExpectation(
            sample: "stream-event-3",
            expected: .task(
                TaskView(provider: "fal", taskID: streamID, state: .running, providerState: "IN_PROGRESS")),
            readAs: .status),
        SampleExpectation(
            sample: "stream-event-4",
            expected: .task(
                TaskView(provider: "fal", taskID: streamID, state: .running, providerState: "IN_PROGRESS")),
            readAs: .status),
        // F3, event 5: COMPLETED; the output is fetched with the result call, so no URL here.
        SampleExpectation(
            sample: "stream-event-5",
            expected: .task(
                TaskView(provider: "fal", taskID: streamID, state: .succeeded, providerState: "COMPLETED")),
            readAs: .status),
        // F6: 202 CANCELLATION_REQUESTED, the cancel answer's own word for cancelled; no request id in the body.
        SampleExpectation(
            sample: "cancel-requested",
            expected: .task(
                TaskView(provider: "fal", taskID: nil, state: .cancelled, providerState: "CANCELLATION_REQUESTED"))),
        // F7: 400 ALREADY_COMPLETED is an error; the body gives only the status word, so the message is the
        // meaning errors.codes gives it.
        SampleExpectation(
            sample: "cancel-already-completed",
            expected: .providerError(
                ErrorView(
                    provider: "fal", code: "ALREADY_COMPLETED",
                    message: "The request was already processed: it can no longer be cancelled."))),
        // F8: fal.run answers the model's output directly (an image model): its file is the result.
        SampleExpectation(
            sample: "run-image-output",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: nil, state: .succeeded, providerState: nil,
                    videoURLs: ["https://v3.fal.media/files/rabbit/YYbm6L3DaXYHDL1_A4OaL.jpeg"]))),
        // F9: status OK, payload.images[0].url.
        SampleExpectation(
            sample: "webhook-ok",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: "123e4567-e89b-12d3-a456-426614174000", state: .succeeded,
                    providerState: "OK", videoURLs: ["https://url.to/image.png"]))),
        // F10: status ERROR, error is the message (payload.detail holds the validation errors); no code.
        SampleExpectation(
            sample: "webhook-error",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: "123e4567-e89b-12d3-a456-426614174000", state: .failed,
                    providerState: "ERROR", failureMessage: "Invalid status code: 422"))),
        // F11: status OK with payload null (payload_error): succeeded, the output must be fetched from the queue.
        SampleExpectation(
            sample: "webhook-payload-not-serializable",
            expected: .task(
                TaskView(
                    provider: "fal", taskID: "123e4567-e89b-12d3-a456-426614174000", state: .succeeded,
                    providerState: "OK"))),
    ]

    @Test(arguments: UnifiedFalTests.expectations)
    func sampleDecodesAsDocumented(_ expectation: SampleExpectation) throws {
        try UnifiedCheck.check(expectation, provider: Self.provider)
    }

    @Test func everyResponseSampleHasAnExpectation() throws {
        try UnifiedCheck.checkCoverage(Self.expectations, provider: Self.provider, leftOut: Self.leftOut)
    }

    /// F4: COMPLETED, but its output {"message": "Hello World!"} is no file: a result without a video is refused.
    @Test func wrappedResultWithoutAFileIsNoVideo() throws {
        #expect(throws: PayloadError.self) {
            try Fixtures.decodeSample("result-completed-wrapped", of: Self.provider)
        }
    }

    /// The CLI JSON of the format with queue positions and video files (issue 10): F2's queue_position is 0.
    @Test func inQueueCLIJSON() throws {
        let task = try Fixtures.sampleTask("status-in-queue", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"fal","taskId":null,"handle":null,"state":"queued","providerState":"IN_QUEUE","progress":null,
                 "queuePosition":0,"videoURLs":[],"videos":[],"failure":null,"createdAt":null,"completedAt":null}
                """#)
    }

    /// F9's file object keeps its content type, size and name.
    @Test func webhookOKCLIJSON() throws {
        let task = try Fixtures.sampleTask("webhook-ok", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"fal","taskId":"123e4567-e89b-12d3-a456-426614174000","handle":"fal:123e4567-e89b-12d3-a456-426614174000","state":"succeeded",
                 "providerState":"OK","progress":null,"queuePosition":null,"videoURLs":["https://url.to/image.png"],
                 "videos":[{"url":"https://url.to/image.png","contentType":"image/png","byteCount":1824075,
                 "fileName":"image.png"}],"failure":null,"createdAt":null,"completedAt":null}
                """#)
    }

    @Test func webhookErrorCLIJSON() throws {
        let task = try Fixtures.sampleTask("webhook-error", of: Self.provider)
        try UnifiedCheck.checkCLIJSON(
            task,
            equals: #"""
                {"provider":"fal","taskId":"123e4567-e89b-12d3-a456-426614174000","handle":"fal:123e4567-e89b-12d3-a456-426614174000","state":"failed",
                 "providerState":"ERROR","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],
                 "failure":{"code":null,"message":"Invalid status code: 422"},"createdAt":null,"completedAt":null}
                """#)
    }
}
