// PayloadDecoder's defensive decoding, with small hand-written payloads per provider: both apimodels shapes,
// JSON inside strings, objects or arrays, URL strings or lists, int or string codes, seconds or milliseconds,
// unknown states, missing states and ids, malformed bodies, error detection, HTTP statuses and progress.
// Each expectation comes from provider-docs (STATUS-ENDPOINTS "decode defensively") or Spec/README.md.

import Testing
import VideoGen

@Suite("PayloadDecoder")
struct PayloadDecoderTests {
    // MARK: apimodels: both documented shapes (000 current names, 001 older names)

    @Test func apimodelsCurrentAndOlderNamesOfACompletedTask() throws {
        let current =
            #"{"code":200,"msg":"success","data":{"taskId":"t-1","state":"completed","resultUrls":["https://cdn.example.com/a.mp4"],"createTime":1705123450000,"completeTime":1705123500000}}"#
        let older =
            #"{"code":200,"msg":"success","data":{"task_id":"t-1","status":"completed","videos":["https://cdn.example.com/a.mp4"],"created_at":1705123450000,"completed_at":1705123500000}}"#
        let expected = TaskView(
            provider: "apimodels", taskID: "t-1", state: .succeeded, providerState: "completed",
            videoURLs: ["https://cdn.example.com/a.mp4"],
            createdAt: "2024-01-13T05:24:10Z", completedAt: "2024-01-13T05:25:00Z")
        #expect(TaskView(try Fixtures.task(current, "apimodels", as: .status)) == expected)
        #expect(TaskView(try Fixtures.task(older, "apimodels", as: .status)) == expected)
    }

    @Test func apimodelsCurrentAndOlderNamesOfAFailedTask() throws {
        let current =
            #"{"code":200,"msg":"success","data":{"taskId":"t-2","state":"failed","failMsg":"Content policy violation"}}"#
        let older =
            #"{"code":200,"msg":"success","data":{"task_id":"t-2","status":"failed","error":"Content policy violation"}}"#
        let expected = TaskView(
            provider: "apimodels", taskID: "t-2", state: .failed, providerState: "failed",
            failureMessage: "Content policy violation")
        #expect(TaskView(try Fixtures.task(current, "apimodels", as: .status)) == expected)
        #expect(TaskView(try Fixtures.task(older, "apimodels", as: .status)) == expected)
    }

    @Test func apimodelsOlderCreateAnswer() throws {
        let task = try Fixtures.task(
            #"{"code":200,"msg":"success","data":{"task_id":"t-3","status":"pending"}}"#, "apimodels", as: .create)
        #expect(
            TaskView(task) == TaskView(provider: "apimodels", taskID: "t-3", state: .queued, providerState: "pending"))
    }

    /// Spec/README: "the first one present wins" when a payload carries both names.
    @Test func apimodelsCurrentNameWinsOverOlderName() throws {
        let body =
            #"{"code":200,"msg":"success","data":{"taskId":"new-id","task_id":"old-id","state":"processing","status":"pending"}}"#
        let task = try Fixtures.task(body, "apimodels", as: .status)
        #expect(task.taskID == "new-id")
        #expect(task.providerState == "processing")
        #expect(task.state == .running)
    }

    /// STATUS-ENDPOINTS: "A video url may be a string or an array of strings".
    @Test func apimodelsVideosAsALoneString() throws {
        let task = try Fixtures.task(
            #"{"code":200,"msg":"success","data":{"task_id":"t-4","status":"completed","videos":"https://cdn.example.com/b.mp4"}}"#,
            "apimodels", as: .status)
        #expect(task.videoURLs == ["https://cdn.example.com/b.mp4"])
        #expect(task.state == .succeeded)
    }

    /// 000: on failure resultJson "is typically null or {"resultUrls":[]}"; param and resultJson may arrive parsed.
    @Test func apimodelsCallbackResultJsonForms() throws {
        let emptyList =
            #"{"code":200,"msg":"success","data":{"taskId":"t-5","state":"failed","resultJson":"{\"resultUrls\":[]}","failMsg":"Content policy violation"}}"#
        let failed = try Fixtures.task(emptyList, "apimodels", as: .callback)
        #expect(
            TaskView(failed)
                == TaskView(
                    provider: "apimodels", taskID: "t-5", state: .failed, providerState: "failed",
                    failureMessage: "Content policy violation"))

        let parsed =
            #"{"code":200,"msg":"success","data":{"taskId":"t-6","state":"completed","param":{"model":"grok-video-3"},"resultJson":{"resultUrls":["https://r2.apimodels.app/videos/c.mp4"],"videoDuration":5}}}"#
        let completed = try Fixtures.task(parsed, "apimodels", as: .callback)
        #expect(
            TaskView(completed)
                == TaskView(
                    provider: "apimodels", taskID: "t-6", state: .succeeded, providerState: "completed",
                    videoURLs: ["https://r2.apimodels.app/videos/c.mp4"]))
    }

    /// Spec: the sync (P-Video) answer is a TaskData carrying resultUrls; without a state, URLs mean it finished.
    @Test func apimodelsSyncAnswerWithURLsAndNoState() throws {
        let task = try Fixtures.task(
            #"{"code":200,"msg":"success","data":{"taskId":"t-7","resultUrls":["https://cdn.example.com/p.mp4"]}}"#,
            "apimodels", as: .sync)
        #expect(
            TaskView(task)
                == TaskView(
                    provider: "apimodels", taskID: "t-7", state: .succeeded, providerState: nil,
                    videoURLs: ["https://cdn.example.com/p.mp4"]))
    }

    @Test func apimodelsSyncAnswerWithoutURLsOrStateIsRefused() throws {
        let error = try Fixtures.payloadError(
            #"{"code":200,"msg":"success","data":{"taskId":"t-8"}}"#, "apimodels", as: .sync)
        #expect(error.path == ["data", "state"])
    }

    // MARK: apixo: resultJson (a JSON string; also accepted parsed; empty; unparsable)

    static let apixoURL = "https://r2.apixo.ai/video.mp4"

    @Test func apixoResultJsonAsAString() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}"}}"#,
            "apixo", as: .status)
        #expect(task.videoURLs == [Self.apixoURL])
        #expect(task.state == .succeeded)
    }

    @Test func apixoResultJsonAlreadyParsed() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":{"resultUrls":["https://r2.apixo.ai/video.mp4"]}}}"#,
            "apixo", as: .status)
        #expect(task.videoURLs == [Self.apixoURL])
    }

    @Test func apixoResultUrlsAsALoneStringInsideResultJson() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":\"https://r2.apixo.ai/video.mp4\"}"}}"#,
            "apixo", as: .status)
        #expect(task.videoURLs == [Self.apixoURL])
    }

    @Test(arguments: [#""""#, #""  ""#, "null", #""null""#])
    func apixoEmptyOrNullResultJsonMeansNoURLs(_ resultJson: String) throws {
        let body =
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"processing","resultJson":"#
            + resultJson + "}}"
        let task = try Fixtures.task(body, "apixo", as: .status)
        #expect(
            TaskView(task)
                == TaskView(provider: "apixo", taskID: "task_1", state: .running, providerState: "processing"))
    }

    @Test func apixoUnparsableResultJsonIsAPayloadErrorAtItsPath() throws {
        let body =
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\""}}"#
        let error = try Fixtures.payloadError(body, "apixo", as: .status)
        #expect(error.path == ["data", "resultJson"])
        #expect(error.path.fieldPath == "data.resultJson")
        #expect(error.description.hasPrefix("data.resultJson: "))
    }

    // MARK: apimart: data as an object or an array, url as a string or an array

    @Test func apimartCreateDataAsObjectOrArray() throws {
        let object = #"{"code":200,"data":{"id":"task_A","status":"submitted"}}"#
        let array = #"{"code":200,"data":[{"task_id":"task_A","status":"submitted"}]}"#
        let expected = TaskView(provider: "apimart", taskID: "task_A", state: .queued, providerState: "submitted")
        #expect(TaskView(try Fixtures.task(object, "apimart", as: .create)) == expected)
        #expect(TaskView(try Fixtures.task(array, "apimart", as: .create)) == expected)
    }

    @Test func apimartVideoURLAsStringOrArray() throws {
        let asArray =
            #"{"code":200,"data":{"id":"task_A","status":"completed","result":{"videos":[{"url":["https://upload.apimart.ai/f/video/a.mp4"]}]}}}"#
        let asString =
            #"{"code":200,"data":{"id":"task_A","status":"completed","result":{"videos":[{"url":"https://upload.apimart.ai/f/video/a.mp4"}]}}}"#
        let expected = TaskView(
            provider: "apimart", taskID: "task_A", state: .succeeded, providerState: "completed",
            videoURLs: ["https://upload.apimart.ai/f/video/a.mp4"])
        #expect(TaskView(try Fixtures.task(asArray, "apimart", as: .status)) == expected)
        #expect(TaskView(try Fixtures.task(asString, "apimart", as: .status)) == expected)
    }

    /// Spec/README: all fields with the videoURLs role are collected, in order.
    @Test func apimartEveryVideoURLInOrder() throws {
        let body =
            #"{"code":200,"data":{"id":"task_A","status":"completed","result":{"videos":[{"url":["https://u/1.mp4"]},{"url":["https://u/2.mp4","https://u/3.mp4"]}]}}}"#
        #expect(
            try Fixtures.task(body, "apimart", as: .status).videoURLs == [
                "https://u/1.mp4", "https://u/2.mp4", "https://u/3.mp4",
            ])
    }

    /// STATUS-ENDPOINTS: failure details are in data.error {code, message, type}; code is an int or a string.
    @Test func apimartFailedTaskWithStringAndIntegerCodes() throws {
        let text =
            #"{"code":200,"data":{"id":"task_A","status":"failed","error":{"code":"content_policy_violation","message":"Content violates the content policy","type":"invalid_request_error"}}}"#
        let number =
            #"{"code":200,"data":{"id":"task_A","status":"failed","error":{"code":500,"message":"Generation failed","type":"server_error"}}}"#
        #expect(
            TaskView(try Fixtures.task(text, "apimart", as: .status))
                == TaskView(
                    provider: "apimart", taskID: "task_A", state: .failed, providerState: "failed",
                    failureCode: "content_policy_violation", failureMessage: "Content violates the content policy"))
        #expect(
            TaskView(try Fixtures.task(number, "apimart", as: .status))
                == TaskView(
                    provider: "apimart", taskID: "task_A", state: .failed, providerState: "failed",
                    failureCode: "500", failureMessage: "Generation failed"))
    }

    @Test func apimartCancelledIsTerminal() throws {
        let task = try Fixtures.task(
            #"{"code":200,"data":{"id":"task_A","status":"cancelled"}}"#, "apimart", as: .status)
        #expect(task.state == .cancelled)
        #expect(task.state.isTerminal)
    }

    // MARK: error codes as integers and as strings

    @Test func apimartErrorCodeAsStringOrInteger() throws {
        let text = try Fixtures.providerError(
            #"{"error":{"code":"rate_limit_exceeded","message":"Too many requests","type":"rate_limit_error"}}"#,
            "apimart", as: .status)
        #expect(
            ErrorView(text)
                == ErrorView(
                    provider: "apimart", code: "rate_limit_exceeded", message: "Too many requests",
                    type: "rate_limit_error"))
        let number = try Fixtures.providerError(
            #"{"code":429,"error":{"code":429,"message":"Too many requests","type":"rate_limit_error"}}"#, "apimart",
            as: .status)
        #expect(
            ErrorView(number)
                == ErrorView(provider: "apimart", code: "429", message: "Too many requests", type: "rate_limit_error"))
    }

    @Test func toapisErrorCodeAsStringOrInteger() throws {
        let text = try Fixtures.providerError(
            #"{"error":{"code":"invalid_request","message":"prompt is required","type":"invalid_request_error"}}"#,
            "toapis", as: .create)
        #expect(
            ErrorView(text)
                == ErrorView(
                    provider: "toapis", code: "invalid_request", message: "prompt is required",
                    type: "invalid_request_error"))
        let number = try Fixtures.providerError(
            #"{"error":{"code":401,"message":"Invalid API key","type":"unauthorized"}}"#, "toapis", as: .status)
        #expect(
            ErrorView(number)
                == ErrorView(provider: "toapis", code: "401", message: "Invalid API key", type: "unauthorized"))
    }

    @Test func toapisFailureCodeAsInteger() throws {
        let task = try Fixtures.task(
            #"{"id":"video_1","status":"failed","error":{"code":500,"message":"Internal error"}}"#, "toapis",
            as: .status)
        #expect(task.failure == TaskFailure(code: "500", message: "Internal error"))
    }

    @Test func apixoEnvelopeCodeAsString() throws {
        let error = try Fixtures.providerError(
            #"{"code":"400","message":"Invalid request","data":null}"#, "apixo", as: .create)
        #expect(ErrorView(error) == ErrorView(provider: "apixo", code: "400", message: "Invalid request"))
        // Spec/README: 200 equals "200", so a string 200 is a success.
        let task = try Fixtures.task(
            #"{"code":"200","message":"success","data":{"taskId":"task_1"}}"#, "apixo", as: .create)
        #expect(task.taskID == "task_1")
    }

    // MARK: seconds and milliseconds

    /// apixo documents milliseconds; a time sent in seconds is normalised (Spec/README: "values that are
    /// clearly in the other unit are normalised").
    @Test func apixoSecondsWhereMillisecondsAreDocumented() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610,"completeTime":1767965652317}}"#,
            "apixo", as: .status)
        #expect(task.createdAt.map(ISO8601Text.string(from:)) == "2026-01-09T13:33:30Z")
        #expect(task.completedAt.map(ISO8601Text.string(from:)) == "2026-01-09T13:34:12.317Z")
    }

    /// toapis documents seconds; a time sent in milliseconds is normalised.
    @Test func toapisMillisecondsWhereSecondsAreDocumented() throws {
        let task = try Fixtures.task(
            #"{"id":"video_1","status":"completed","created_at":1768380222000,"completed_at":1768380514,"expires_at":1768466914500,"result":{"data":[{"url":"https://files.dashlyai.cc/v.mp4"}]}}"#,
            "toapis", as: .status)
        #expect(task.createdAt.map(ISO8601Text.string(from:)) == "2026-01-14T08:43:42Z")
        #expect(task.completedAt.map(ISO8601Text.string(from:)) == "2026-01-14T08:48:34Z")
        #expect(task.expiresAt.map(ISO8601Text.string(from:)) == "2026-01-15T08:48:34.500Z")
    }

    @Test func apimartTimestampsInSeconds() throws {
        let task = try Fixtures.task(
            #"{"code":200,"data":{"id":"task_A","status":"submitted","created":1710000000}}"#, "apimart", as: .create)
        #expect(task.createdAt?.timeIntervalSince1970 == 1_710_000_000)
    }

    // MARK: unknown fields, fail codes and lenient values

    /// STATUS-ENDPOINTS: "an unknown field is ignored"; a documented field that carries no unified meaning
    /// (costTime) does not break decoding when its type changes.
    @Test func unknownFieldsAndRolelessFieldsAreIgnored() throws {
        let body =
            #"{"code":200,"message":"success","requestId":{"trace":[1,2,3]},"data":{"taskId":"task_1","state":"success","costTime":"about 41 s","thumbnail":{"w":1280},"resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"],\"seed\":7}"}}"#
        let task = try Fixtures.task(body, "apixo", as: .status)
        #expect(
            TaskView(task)
                == TaskView(
                    provider: "apixo", taskID: "task_1", state: .succeeded, providerState: "success",
                    videoURLs: [Self.apixoURL]))
    }

    /// STATUS-ENDPOINTS: "an unknown fail code is kept as text".
    @Test func unknownFailCodeIsKeptAsText() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"failed","failCode":"QUOTA_EXCEEDED","failMsg":"Daily quota exceeded"}}"#,
            "apixo", as: .status)
        #expect(task.failure == TaskFailure(code: "QUOTA_EXCEEDED", message: "Daily quota exceeded"))
        #expect(task.state == .failed)
    }

    /// Spec/README: a task id may be a string or an integer; numbers may arrive as strings.
    @Test func numericTaskIDAndTimestampAsNumericString() throws {
        let task = try Fixtures.task(
            #"{"code":200,"msg":"success","data":{"taskId":12345,"state":"pending","createTime":"1705123450000"}}"#,
            "apimodels", as: .status)
        #expect(
            TaskView(task)
                == TaskView(
                    provider: "apimodels", taskID: "12345", state: .queued, providerState: "pending",
                    createdAt: "2024-01-13T05:24:10Z"))
    }

    // MARK: unknown and missing states

    /// STATUS-ENDPOINTS: "an unknown state is not terminal"; the provider's word is kept.
    @Test func unknownStateIsKept() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"moderating"}}"#, "apixo", as: .status)
        #expect(
            TaskView(task)
                == TaskView(provider: "apixo", taskID: "task_1", state: .unknown, providerState: "moderating"))
        #expect(TaskState.unknown.isTerminal == false)
    }

    @Test func unknownToapisStateIsKept() throws {
        let task = try Fixtures.task(#"{"id":"video_1","status":"cancelled","progress":40}"#, "toapis", as: .status)
        #expect(
            TaskView(task)
                == TaskView(
                    provider: "toapis", taskID: "video_1", state: .unknown, providerState: "cancelled", progress: 40))
    }

    @Test func statusWithoutAStateIsRefused() throws {
        let apixo = try Fixtures.payloadError(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","createTime":1704067200000}}"#, "apixo",
            as: .status)
        #expect(apixo.path == ["data", "state"])
        let toapis = try Fixtures.payloadError(#"{"id":"video_1","progress":10}"#, "toapis", as: .status)
        #expect(toapis.path == ["status"])
        let apimodels = try Fixtures.payloadError(
            #"{"code":200,"msg":"success","data":{"taskId":"t-1","model":"m"}}"#, "apimodels", as: .callback)
        #expect(apimodels.path == ["data", "state"])
    }

    /// A create answer without a state is a new, queued task (apixo's create answer carries only taskId).
    @Test func createAnswerWithoutAStateIsQueued() throws {
        let task = try Fixtures.task(
            #"{"code":200,"message":"success","data":{"taskId":"task_9"}}"#, "apixo", as: .create)
        #expect(TaskView(task) == TaskView(provider: "apixo", taskID: "task_9", state: .queued, providerState: nil))
    }

    @Test func createAnswerWithoutATaskIDIsRefused() throws {
        let apixo = try Fixtures.payloadError(#"{"code":200,"message":"success","data":{}}"#, "apixo", as: .create)
        #expect(apixo.path == ["data", "taskId"])
        let toapis = try Fixtures.payloadError(
            #"{"object":"generation.task","status":"queued","progress":0}"#, "toapis", as: .create)
        #expect(toapis.path == ["id"])
        let apimart = try Fixtures.payloadError(
            #"{"code":200,"data":[{"status":"submitted"}]}"#, "apimart", as: .create)
        #expect(apimart.path == ["data", 0, "id"])
    }

    // MARK: malformed bodies

    @Test(arguments: [
        "<html><body>502 Bad Gateway</body></html>",
        #"{"code":200,"message":"success","data":{"taskId":"task_1""#,
        "",
    ])
    func notJSONIsRefusedAtTheRoot(_ body: String) throws {
        let error = try Fixtures.payloadError(body, "apixo", as: .status)
        #expect(error.path == .root)
        // A 2xx status does not make it a provider error.
        let over200 = try Fixtures.payloadError(body, "apixo", as: .status, httpStatus: 200)
        #expect(over200.path == .root)
    }

    @Test(arguments: [
        #"[{"code":200,"message":"success","data":{"taskId":"task_1","state":"success"}}]"#,
        #""success""#,
        "200",
        "null",
    ])
    func aTopLevelValueOtherThanAnObjectIsRefused(_ body: String) throws {
        let error = try Fixtures.payloadError(body, "apixo", as: .status)
        #expect(error.path == .root)
    }

    @Test func wrongTypeOfARoleFieldNamesTheField() throws {
        let error = try Fixtures.payloadError(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":["success"]}}"#, "apixo", as: .status)
        #expect(error.path == ["data", "state"])
    }

    @Test func deeplyNestedPayloadIsRefusedNotCrashed() throws {
        let depth = PayloadDecoder.maximumDepth + 10
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let body =
            #"{"code":200,"message":"success","extra":"# + nested + #","data":{"taskId":"task_1","state":"success"}}"#
        let error = try Fixtures.payloadError(body, "apixo", as: .status)
        #expect(error.path == .root)
    }

    // MARK: error detection

    /// apixo: a body is an error when code is not 200 (003: {"code":400,"message":"Insufficient credits","data":null}).
    @Test func apixoNon200CodeIsAProviderError() throws {
        let credits = try Fixtures.providerError(
            #"{"code":400,"message":"Insufficient credits","data":null}"#, "apixo", as: .create)
        #expect(ErrorView(credits) == ErrorView(provider: "apixo", code: "400", message: "Insufficient credits"))
        let report = try Fixtures.providerError(
            #"{"code":429,"message":"Rate limit exceeded","data":null}"#, "apixo", as: .status)
        #expect(ErrorView(report) == ErrorView(provider: "apixo", code: "429", message: "Rate limit exceeded"))
    }

    /// apimodels: "the message is in msg" (also accepted as message).
    @Test func apimodelsErrorMessageInMsgOrMessage() throws {
        let msg = try Fixtures.providerError(
            #"{"code":401,"msg":"Unauthorized -- invalid API key","data":null}"#, "apimodels", as: .status)
        #expect(
            ErrorView(msg) == ErrorView(provider: "apimodels", code: "401", message: "Unauthorized -- invalid API key"))
        let message = try Fixtures.providerError(
            #"{"code":402,"message":"Payment Required -- insufficient credits"}"#, "apimodels", as: .create)
        #expect(
            ErrorView(message)
                == ErrorView(provider: "apimodels", code: "402", message: "Payment Required -- insufficient credits"))
    }

    /// toapis: a failed task carries error and status and is a task; error without status is an error answer.
    @Test func toapisFailedTaskIsATaskButBareErrorIsAProviderError() throws {
        let failed = try Fixtures.decode(
            #"{"id":"video_1","status":"failed","progress":0,"error":{"code":"generation_failed","message":"Generation failed"}}"#,
            "toapis", as: .status)
        #expect(
            ExpectedPayload(failed)
                == .task(
                    TaskView(
                        provider: "toapis", taskID: "video_1", state: .failed, providerState: "failed", progress: 0,
                        failureCode: "generation_failed", failureMessage: "Generation failed")))
        let bare = try Fixtures.decode(
            #"{"error":{"code":"generation_failed","message":"Generation failed"}}"#, "toapis", as: .status)
        #expect(
            ExpectedPayload(bare)
                == .providerError(
                    ErrorView(provider: "toapis", code: "generation_failed", message: "Generation failed")))
    }

    /// toapis upload (spec note): success false is an error, with the reason in message.
    @Test func toapisUploadWithSuccessFalseIsAProviderError() throws {
        let report = try Fixtures.providerError(#"{"success":false,"message":"File too large"}"#, "toapis", as: .upload)
        #expect(ErrorView(report) == ErrorView(provider: "toapis", code: nil, message: "File too large"))
    }

    /// apimart: "Always check the body's code as well as the HTTP status".
    @Test func apimartNon200BodyCodeIsAProviderErrorEvenOverHTTP200() throws {
        let report = try Fixtures.providerError(
            #"{"code":402,"error":{"code":402,"message":"Insufficient balance","type":"payment_required"}}"#, "apimart",
            as: .create, httpStatus: 200)
        #expect(
            ErrorView(report)
                == ErrorView(
                    provider: "apimart", httpStatus: 200, code: "402", message: "Insufficient balance",
                    type: "payment_required"))
    }

    // MARK: HTTP statuses

    struct HTTPCase: Sendable, CustomTestStringConvertible {
        var provider: String
        var status: Int
        var meaning: String
        var type: String?
        var testDescription: String { "\(provider) HTTP \(status)" }
    }

    /// A non-2xx answer with an HTML body is the provider's error, explained by what the docs say the status means.
    @Test(arguments: [
        HTTPCase(provider: "apixo", status: 429, meaning: "Rate limit exceeded: wait and retry.", type: "rate_limited"),
        HTTPCase(provider: "apixo", status: 401, meaning: "Invalid or missing API key.", type: "unauthorized"),
        HTTPCase(provider: "apimodels", status: 402, meaning: "Payment Required: insufficient credits.", type: nil),
        HTTPCase(provider: "apimodels", status: 404, meaning: "Not Found: task ID not found.", type: nil),
        HTTPCase(
            provider: "toapis", status: 422, meaning: "The content violates the content policy.",
            type: "content_policy_violation"),
        HTTPCase(provider: "apimart", status: 502, meaning: "Bad gateway: retry later.", type: "bad_gateway"),
    ])
    func non2xxHTMLBodyUsesTheDocumentedMeaning(_ item: HTTPCase) throws {
        let html = "<html><head><title>\(item.status)</title></head><body><h1>Error</h1></body></html>"
        let report = try Fixtures.providerError(html, item.provider, as: .status, httpStatus: item.status)
        #expect(
            ErrorView(report)
                == ErrorView(
                    provider: item.provider, httpStatus: item.status, code: nil, message: item.meaning, type: item.type)
        )
    }

    @Test func non2xxJSONErrorBodyKeepsTheProvidersOwnWords() throws {
        let report = try Fixtures.providerError(
            #"{"error":{"code":404,"message":"Task not found","type":"not_found_error"}}"#, "toapis", as: .status,
            httpStatus: 404)
        #expect(
            ErrorView(report)
                == ErrorView(
                    provider: "toapis", httpStatus: 404, code: "404", message: "Task not found", type: "not_found_error"
                ))
    }

    @Test func non2xxWithATaskShapedBodyIsStillAnError() throws {
        let report = try Fixtures.providerError(
            #"{"code":200,"message":"","data":{"taskId":"task_1","state":"processing"}}"#, "apixo", as: .status,
            httpStatus: 401)
        #expect(report.httpStatus == 401)
        #expect(report.message == "Invalid or missing API key.")
        #expect(report.type == "unauthorized")
    }

    // MARK: progress

    @Test(arguments: [("150", 100), ("100", 100), ("-5", 0), (#""50""#, 50), (#""65""#, 65), ("0", 0)])
    func toapisProgressIsClampedAndReadFromNumericStrings(_ sent: String, _ expected: Int) throws {
        let task = try Fixtures.task(
            #"{"id":"video_1","status":"in_progress","progress":"# + sent + "}", "toapis", as: .status)
        #expect(task.progress == expected)
    }

    @Test func apimartProgressAsNumericString() throws {
        let task = try Fixtures.task(
            #"{"code":200,"data":{"id":"task_A","status":"processing","progress":"91"}}"#, "apimart", as: .status)
        #expect(task.progress == 91)
    }

    @Test func progressThatIsNotANumberIsRefused() throws {
        let error = try Fixtures.payloadError(
            #"{"id":"video_1","status":"in_progress","progress":"half"}"#, "toapis", as: .status)
        #expect(error.path == ["progress"])
    }
}
