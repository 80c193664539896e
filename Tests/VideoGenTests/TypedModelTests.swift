// The generated typed models: open state and fail-code enums keep unknown values and map each documented state
// as the docs do; closed request enums refuse undocumented values at the field's path; typed requests built in
// Swift serialise to the exact bodies the provider docs show; typed responses read every documented form.

import Foundation
import Testing
import VideoGen

@Suite("Typed models")
struct TypedModelTests {
    // MARK: open enums

    @Test func unknownStateIsKeptAsUnknown() {
        let state = Apixo.ProviderState(rawValue: "moderating")
        #expect(state == .unknown("moderating"))
        #expect(state.rawValue == "moderating")
        #expect(Apixo.descriptor.unifiedState(of: state.rawValue) == .unknown)
        #expect(state.isKnown == false)
        #expect(Apixo.descriptor.unifiedState(of: state.rawValue).isTerminal == false)
        #expect(Toapis.ProviderState(rawValue: "cancelled") == .unknown("cancelled"))
        #expect(Apimart.descriptor.unifiedState(of: Apimart.ProviderState(rawValue: "queued").rawValue) == .unknown)
    }

    @Test func unknownFailCodeIsKeptAsUnknown() {
        #expect(Apixo.FailCode(rawValue: "CONTENT_VIOLATION") == .contentViolation)
        #expect(Apixo.FailCode(rawValue: "QUOTA_EXCEEDED") == .unknown("QUOTA_EXCEEDED"))
        #expect(Apixo.FailCode(rawValue: "QUOTA_EXCEEDED").rawValue == "QUOTA_EXCEEDED")
        #expect(Toapis.FailCode(rawValue: "generation_failed") == .generationFailed)
    }

    @Test func unknownValuesSurviveDecodingAndEncoding() throws {
        let body = try JSONParser.parse(
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"moderating","failCode":"QUOTA_EXCEEDED"}}"#
        )
        let response = try Apixo.StatusResponse(json: body)
        let data = try #require(response.data)
        #expect(data.state == .unknown("moderating"))
        #expect(data.failCode == .unknown("QUOTA_EXCEEDED"))
        #expect(response.jsonValue == body)
    }

    // MARK: the documented states and their unified meaning

    /// 003: "pending, processing, success, or failed".
    @Test(arguments: [
        ("pending", TaskState.queued), ("processing", .running), ("success", .succeeded), ("failed", .failed),
    ])
    func apixoStates(_ raw: String, _ unified: TaskState) throws {
        let state = Apixo.ProviderState(rawValue: raw)
        #expect(state.isKnown)
        #expect(try Fixtures.descriptor("apixo").unifiedState(of: raw) == unified)
    }

    /// 000/001: pending (queued), processing (being generated), completed, failed.
    @Test(arguments: [
        ("pending", TaskState.queued), ("processing", .running), ("completed", .succeeded), ("failed", .failed),
    ])
    func apimodelsStates(_ raw: String, _ unified: TaskState) throws {
        let state = Apimodels.ProviderState(rawValue: raw)
        #expect(state.isKnown)
        #expect(try Fixtures.descriptor("apimodels").unifiedState(of: raw) == unified)
    }

    /// 002: queued, in_progress, completed, failed; STATUS-ENDPOINTS: pending and "" (live create answers) mean queued;
    /// REAL-TRAFFIC: the status page's table says submitted.
    @Test(arguments: [
        ("queued", TaskState.queued), ("pending", .queued), ("", .queued), ("submitted", .queued),
        ("in_progress", .running), ("completed", .succeeded), ("failed", .failed),
    ])
    func toapisStates(_ raw: String, _ unified: TaskState) throws {
        let state = Toapis.ProviderState(rawValue: raw)
        #expect(state.isKnown)
        #expect(try Fixtures.descriptor("toapis").unifiedState(of: raw) == unified)
    }

    /// STATUS-ENDPOINTS: submitted (create only), pending, processing, completed, failed, cancelled; REAL-TRAFFIC: the
    /// words clients normalise, succeeded, success and finished (done), fail and error (failed).
    @Test(arguments: [
        ("submitted", TaskState.queued), ("pending", .queued), ("processing", .running), ("completed", .succeeded),
        ("succeeded", .succeeded), ("success", .succeeded), ("finished", .succeeded), ("failed", .failed),
        ("fail", .failed), ("error", .failed), ("cancelled", .cancelled),
    ])
    func apimartStates(_ raw: String, _ unified: TaskState) throws {
        let state = Apimart.ProviderState(rawValue: raw)
        #expect(state.isKnown)
        #expect(try Fixtures.descriptor("apimart").unifiedState(of: raw) == unified)
    }

    @Test func documentedStateListsAreComplete() {
        #expect(Apixo.ProviderState.knownCases.map(\.rawValue) == ["pending", "processing", "success", "failed"])
        #expect(Apimodels.ProviderState.knownCases.map(\.rawValue) == ["pending", "processing", "completed", "failed"])
        #expect(
            Set(Toapis.ProviderState.knownCases.map(\.rawValue)) == [
                "queued", "pending", "", "submitted", "in_progress", "completed", "failed",
            ])
        #expect(
            Apimart.ProviderState.knownCases.map(\.rawValue) == [
                "submitted", "pending", "processing", "completed", "succeeded", "success", "finished", "failed", "fail",
                "error", "cancelled",
            ])
    }

    /// STATUS-ENDPOINTS: toapis is terminal at completed and failed; apimart at completed, failed and cancelled.
    @Test func terminalStates() {
        #expect(
            Toapis.ProviderState.knownCases.filter { Toapis.descriptor.unifiedState(of: $0.rawValue).isTerminal }
                .map(\.rawValue) == [
                    "completed", "failed",
                ])
        #expect(
            Apimart.ProviderState.knownCases.filter { Apimart.descriptor.unifiedState(of: $0.rawValue).isTerminal }
                .map(\.rawValue) == [
                    "completed", "succeeded", "success", "finished", "failed", "fail", "error", "cancelled",
                ])
        #expect(TaskState.allCases.filter(\.isTerminal) == [.succeeded, .failed, .cancelled])
    }

    // MARK: closed request enums

    struct RefusedRequest: Sendable, CustomTestStringConvertible {
        var provider: String
        var body: String
        var path: JSONPath
        var testDescription: String { "\(provider) \(path.fieldPath)" }
    }

    /// Values outside the documented lists, and a quoted duration (004: "do not add quotes").
    @Test(arguments: [
        RefusedRequest(
            provider: "apixo", body: #"{"input":{"mode":"text-to-video","prompt":"a kite","resolution":"1080p"}}"#,
            path: ["input", "resolution"]),
        RefusedRequest(
            provider: "apixo", body: #"{"input":{"mode":"video-to-video","prompt":"a kite"}}"#, path: ["input", "mode"]),
        RefusedRequest(
            provider: "apixo", body: #"{"request_type":"sync","input":{"mode":"text-to-video","prompt":"a kite"}}"#,
            path: ["request_type"]),
        RefusedRequest(
            provider: "apixo", body: #"{"provider":"cheapest","input":{"mode":"text-to-video","prompt":"a kite"}}"#,
            path: ["provider"]),
        RefusedRequest(
            provider: "apimodels", body: #"{"model":"grok-video-3","prompt":"a cat","duration":15}"#, path: ["duration"]
        ),
        RefusedRequest(
            provider: "apimodels", body: #"{"model":"grok-video-3","prompt":"a cat","size":"720p"}"#, path: ["size"]),
        RefusedRequest(
            provider: "toapis", body: #"{"model":"grok-video-3","prompt":"a dog","aspect_ratio":"1:1"}"#,
            path: ["aspect_ratio"]),
        RefusedRequest(
            provider: "apimart", body: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog","size":"4:3"}"#,
            path: ["size"]),
        RefusedRequest(
            provider: "apimart",
            body: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog","quality":"1080p"}"#, path: ["quality"]),
        RefusedRequest(
            provider: "apimart", body: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog","duration":"6"}"#,
            path: ["duration"]),
    ])
    func closedRequestEnumRefusesUndocumentedValue(_ item: RefusedRequest) throws {
        // (The model is the exception: a request's model enum keeps unknown models, which providers add before their
        // docs do; see unknownModelIsKeptAndWarnedAbout.)
        let requestModel = try #require(Self.requestModel(of: item.provider))
        let error = try #require(throws: PayloadError.self) {
            try Self.decodeRequest(requestModel, item.body)
        }
        #expect(error.path == item.path)
        #expect(error.description.hasPrefix(item.path.fieldPath + ": "))
    }

    /// A model the spec does not list: the typed request keeps it, `validate()` passes (the body is checked against
    /// what the listed models accept), and the checked body carries a warning naming the closest listed model.
    @Test func unknownModelIsKeptAndWarnedAbout() throws {
        let request = try Apimodels.CreateRequest(json: JSONParser.parse(#"{"model":"grok-video-4","prompt":"a cat"}"#))
        #expect(request.model == .unknown("grok-video-4"))
        #expect(request.validate().isEmpty)
        let schema = try #require(Apimodels.descriptor.request(named: "create"))
        let prepared = RequestValidator.prepare(request.jsonValue, against: schema)
        #expect(prepared.violations.isEmpty)
        #expect(
            prepared.warnings.map(\.description) == [
                #"model: is "grok-video-4", which the spec does not list (did you mean grok-video-3?); it is checked against what the listed models accept"#
            ])
        let strict = RequestValidator.prepare(request.jsonValue, against: schema, refusingUnknownModels: true)
        #expect(strict.violations.map(\.path) == [["model"]])
    }

    private static func requestModel(of provider: String) -> (any JSONModel.Type)? {
        TypedModelTable.createRequest(provider)
    }

    private static func decodeRequest<Request: JSONModel>(_: Request.Type, _ text: String) throws {
        _ = try Request(json: JSONParser.parse(text))
    }

    @Test func closedEnumErrorNamesTheAcceptedValues() throws {
        let error = try #require(throws: PayloadError.self) {
            try Apixo.CreateRequest(
                json: JSONParser.parse(#"{"input":{"mode":"text-to-video","prompt":"a kite","resolution":"1080p"}}"#))
        }
        #expect(error.message.contains(#""480p""#))
        #expect(error.message.contains(#""720p""#))
        #expect(error.message.contains(#""1080p""#))
    }

    // MARK: typed requests serialise to the documented bodies

    /// 003, "Example: Text-to-Video".
    @Test func apixoTextToVideoRequest() throws {
        let request = Apixo.CreateRequest(
            requestType: .async,
            input: .init(
                mode: .textToVideo, prompt: "a peaceful lakeside at sunset with gentle waves", duration: 6,
                resolution: ._480p, aspectRatio: ._3x2, style: .normal))
        try Self.expect(
            request,
            serialisesTo: """
                {
                  "request_type": "async",
                  "input": {
                    "mode": "text-to-video",
                    "prompt": "a peaceful lakeside at sunset with gentle waves",
                    "duration": 6,
                    "resolution": "480p",
                    "aspect_ratio": "3:2",
                    "style": "normal"
                  }
                }
                """)
    }

    /// 003, "Image-to-Video (task continuation)".
    @Test func apixoTaskContinuationRequest() throws {
        let request = Apixo.CreateRequest(
            requestType: .callback, callbackURL: "https://your-server.com/callback", routing: .official,
            input: .init(
                mode: .imageToVideo, prompt: "turn this character into a walking animation", duration: 10,
                resolution: ._720p, style: .spicy, taskID: "task_previous_grok_image", index: 0))
        try Self.expect(
            request,
            serialisesTo: """
                {
                  "request_type": "callback",
                  "callback_url": "https://your-server.com/callback",
                  "provider": "official",
                  "input": {
                    "mode": "image-to-video",
                    "prompt": "turn this character into a walking animation",
                    "duration": 10,
                    "resolution": "720p",
                    "task_id": "task_previous_grok_image",
                    "index": 0,
                    "style": "spicy"
                  }
                }
                """)
    }

    /// 000 "Step 1: Create task" (the same body on 001).
    @Test func apimodelsRequest() throws {
        let request = Apimodels.CreateRequest(
            model: .grokVideo3, prompt: "A cat playing piano in a jazz club, cinematic lighting", aspectRatio: ._16x9)
        try Self.expect(
            request,
            serialisesTo: """
                {
                "model": "grok-video-3",
                "prompt": "A cat playing piano in a jazz club, cinematic lighting",
                "aspect_ratio": "16:9"
                }
                """)
    }

    /// 002, the curl body.
    @Test func toapisRequest() throws {
        let request = Toapis.CreateRequest(
            model: .grokVideo3, prompt: "A golden retriever running on a green field in sunny weather", duration: 5,
            aspectRatio: ._16x9)
        try Self.expect(
            request,
            serialisesTo: """
                {
                    "model": "grok-video-3",
                    "prompt": "A golden retriever running on a green field in sunny weather",
                    "duration": 5,
                    "aspect_ratio": "16:9"
                  }
                """)
    }

    /// 004, "Case 2: Image-to-Video".
    @Test func apimartImageToVideoRequest() throws {
        let request = Apimart.CreateRequest(
            model: .grokImagine1_0VideoApimart, prompt: "Bring the scene to life with natural dynamic effects",
            size: ._16x9, duration: 10, quality: ._720p, imageURLs: ["https://example.com/start.png"])
        try Self.expect(
            request,
            serialisesTo: """
                {
                  "model": "grok-imagine-1.0-video-apimart",
                  "prompt": "Bring the scene to life with natural dynamic effects",
                  "image_urls": ["https://example.com/start.png"],
                  "size": "16:9",
                  "duration": 10,
                  "quality": "720p"
                }
                """)
    }

    /// The request's serialised text, its Codable form and the docs' body are the same JSON, and it is valid.
    private static func expect<Request: JSONModel>(
        _ request: Request, serialisesTo documented: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try JSONParser.parse(documented)
        #expect(try JSONParser.parse(request.jsonValue.serialized()) == expected, sourceLocation: sourceLocation)
        #expect(
            try JSONParser.parse(JSONEncoder().encode(request)) == expected, "Codable", sourceLocation: sourceLocation)
        #expect(try Request(json: expected) == request, "reads back", sourceLocation: sourceLocation)
    }

    // MARK: validation of typed requests

    @Test func documentedRequestsAreValid() {
        #expect(
            Apixo.CreateRequest(
                requestType: .async,
                input: .init(
                    mode: .textToVideo, prompt: "a peaceful lakeside at sunset with gentle waves", duration: 6,
                    resolution: ._480p, aspectRatio: ._3x2, style: .normal)
            ).validate().isEmpty)
        #expect(
            Apimart.CreateRequest(
                model: .grokImagine1_0VideoApimart, prompt: "Bring the scene to life with natural dynamic effects",
                size: ._16x9, duration: 10, quality: ._720p, imageURLs: ["https://example.com/start.png"]
            ).validate().isEmpty)
    }

    /// README: a 31 s apixo request is reported as `input.duration: must be an integer from 6 to 30, got 31`.
    @Test func readmeValidationExample() {
        let request = Apixo.CreateRequest(
            input: .init(mode: .textToVideo, prompt: "a red kite over the sea", duration: 31))
        #expect(request.validate().map(\.description) == ["input.duration: must be an integer from 6 to 30, got 31"])
    }

    /// 003 Tips: "send either image_urls or task_id + index, not both" — the page's full example breaks it
    /// (and its placeholder callback URL, "https://...", has no valid host).
    @Test func apixoImageAndContinuationTogetherAreRefused() throws {
        let sample = try Fixtures.sample("request-all-fields", of: "apixo")
        let violations = RequestValidator.validate(
            try JSONParser.parse(sample.json), against: Apixo.descriptor.createRequest)
        #expect(
            violations.map(\.description) == [
                #"callback_url: must be an http or https URL, got "https://...""#,
                "input.task_id: send either image_urls or task_id + index, not both",
            ])
    }

    // MARK: typed responses read every documented form

    @Test func apixoResultJsonStringOrObjectReadsTheSame() throws {
        let asString = try Apixo.StatusResponse(
            json: JSONParser.parse(
                #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}"}}"#
            ))
        let asObject = try Apixo.StatusResponse(
            json: JSONParser.parse(
                #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":{"resultUrls":["https://r2.apixo.ai/video.mp4"]}}}"#
            ))
        #expect(asString == asObject)
        #expect(asString.data?.resultJSON?.resultURLs == ["https://r2.apixo.ai/video.mp4"])
        #expect(asString.data?.state == .success)
        // The status answer declares its whole body (it also reads a gateway's top-level id and state), so code is a
        // property of the answer itself.
        #expect(asString.code == .integer(200))
        // Written back as the provider sends it: a string holding JSON.
        #expect(
            asObject.jsonValue["data"]?["resultJson"] == .string(#"{"resultUrls":["https://r2.apixo.ai/video.mp4"]}"#))
    }

    @Test func apixoTypedModelRefusesUnparsableResultJsonAtItsPath() throws {
        let error = try #require(throws: PayloadError.self) {
            try Apixo.StatusResponse(
                json: JSONParser.parse(
                    #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"success","resultJson":"{not json"}}"#
                ))
        }
        #expect(error.path == ["data", "resultJson"])
    }

    @Test func apixoTypedTimesAreTheDocumentedMilliseconds() throws {
        let sample = try Fixtures.sample("status-success", of: "apixo")
        let data = try #require(Apixo.StatusResponse(json: JSONParser.parse(sample.json)).data)
        // 1767965610929 ms and 1767965652317 ms (003).
        #expect(data.createTime == Date(timeIntervalSince1970: 1_767_965_610.929))
        #expect(data.completeTime == Date(timeIntervalSince1970: 1_767_965_652.317))
        #expect(data.costTime == 41388)
        #expect(data.jsonValue["createTime"] == .integer(1_767_965_610_929))
    }

    @Test func apimodelsTypedTaskDataReadsBothShapesAlike() throws {
        let current = try Apimodels.TaskData(
            json: JSONParser.parse(
                #"{"taskId":"t-1","state":"completed","resultUrls":["https://cdn.example.com/a.mp4"],"failMsg":"none","createTime":1705123450000,"completeTime":1705123500000}"#
            ))
        let older = try Apimodels.TaskData(
            json: JSONParser.parse(
                #"{"task_id":"t-1","status":"completed","videos":["https://cdn.example.com/a.mp4"],"error":"none","created_at":1705123450000,"completed_at":1705123500000}"#
            ))
        #expect(current == older)
        #expect(older.taskID == "t-1")
        #expect(older.state == .completed)
        #expect(older.resultURLs == ["https://cdn.example.com/a.mp4"])
        #expect(older.createTime == Date(timeIntervalSince1970: 1_705_123_450))
    }

    @Test func apimartTypedCreateDataAsObjectOrArray() throws {
        let object = try Apimart.CreateResponse(
            json: JSONParser.parse(#"{"code":200,"data":{"id":"task_A","status":"submitted"}}"#))
        let array = try Apimart.CreateResponse(
            json: JSONParser.parse(#"{"code":200,"data":[{"task_id":"task_A","status":"submitted"}]}"#))
        #expect(object == array)
        #expect(object.data?.count == 1)
        #expect(object.data?.first?.id == "task_A")
        #expect(object.data?.first?.status == .submitted)
    }

    @Test func providerCodeKeepsIntegerOrString() throws {
        let number = try Toapis.StatusResponse(
            json: JSONParser.parse(#"{"error":{"code":404,"message":"Task not found"}}"#))
        let text = try Toapis.StatusResponse(
            json: JSONParser.parse(
                #"{"id":"video_1","status":"failed","error":{"code":"generation_failed","message":"Generation failed"}}"#
            ))
        #expect(number.error?.code == .integer(404))
        #expect(text.error?.code == .text("generation_failed"))
        #expect(number.error?.code?.description == "404")
        #expect(ProviderCode.text("200").integerValue == 200)
        #expect(text.status == .failed)
    }
}
