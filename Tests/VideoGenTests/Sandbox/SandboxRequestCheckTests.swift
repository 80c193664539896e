// The sandbox checks requests as the providers do: 401 in each provider's own error shape without the bearer
// header (or with another scheme), 400 on invalid bodies, 404 for tasks it never made — and the client reads
// those answers back into the right VideoGenError.

import Foundation
import Testing
import VideoGen

extension SandboxTests {
    @Suite("Auth and request checks")
    struct RequestChecks {
        static let unauthorizedHeaders: [String?] = [
            nil, "Token sk-sandbox-test-key", "Basic c2stc2FuZGJveA==", "Bearer ", "sk-sandbox-test-key",
        ]

        /// apixo (003): envelope {code, message, data}; 401 "Invalid or missing API Key".
        @Test(arguments: unauthorizedHeaders)
        func apixoAnswers401InItsEnvelope(_ authorization: String?) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let answer = try await SandboxHarness.send(
                sandbox,
                try SandboxHarness.request(
                    "apixo", "POST", "/api/v1/generateTask/grok-video", authorization: authorization,
                    body: SandboxHarness.validBody("apixo")), clock: clock)
            #expect(answer.status == 401)
            #expect(answer.body["code"] == 401)
            #expect(answer.body["message"]?.stringValue?.lowercased().contains("invalid or missing api key") == true)
            #expect(answer.body["error"] == nil)
            #expect(await sandbox.statistics.tasksCreated == 0)
        }

        /// toapis (STATUS-ENDPOINTS): {"error":{code,message,type}}, 401 unauthorized.
        @Test(arguments: unauthorizedHeaders)
        func toapisAnswers401AsAnErrorObject(_ authorization: String?) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("toapis", clock: clock)
            let answer = try await SandboxHarness.send(
                sandbox,
                try SandboxHarness.request(
                    "toapis", "GET", "/v1/videos/generations/video_abc123def456", authorization: authorization),
                clock: clock)
            #expect(answer.status == 401)
            #expect(answer.body["error"]?["code"] == 401)
            #expect(answer.body["error"]?["type"] == "unauthorized")
            #expect(answer.body["error"]?["message"]?.stringValue?.isEmpty == false)
            #expect(answer.body["status"] == nil)
        }

        /// apimart (STATUS-ENDPOINTS): {"error":{code,message,type}}, 401 authentication_error.
        @Test(arguments: unauthorizedHeaders)
        func apimartAnswers401AsAnErrorObject(_ authorization: String?) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apimart", clock: clock)
            let answer = try await SandboxHarness.send(
                sandbox,
                try SandboxHarness.request(
                    "apimart", "POST", "/v1/videos/generations", authorization: authorization,
                    body: SandboxHarness.validBody("apimart")), clock: clock)
            #expect(answer.status == 401)
            #expect(answer.body["error"]?["code"] == 401)
            #expect(answer.body["error"]?["type"] == "authentication_error")
            #expect(answer.body["error"]?["message"]?.stringValue?.isEmpty == false)
        }

        /// apimodels (000): envelope {code, msg, data}; "401 Unauthorized -- invalid API key".
        @Test(arguments: unauthorizedHeaders)
        func apimodelsAnswers401WithMsg(_ authorization: String?) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apimodels", clock: clock)
            let answer = try await SandboxHarness.send(
                sandbox,
                try SandboxHarness.request(
                    "apimodels", "GET", "/api/v1/video/generations?task_id=clxxx", authorization: authorization),
                clock: clock)
            #expect(answer.status == 401)
            #expect(answer.body["code"] == 401)
            #expect(answer.body["msg"]?.stringValue?.lowercased().contains("invalid api key") == true)
        }

        /// The client reads each provider's sandbox 401 back as a provider error with the status.
        @Test(arguments: SandboxHarness.providers)
        func clientSeesTheSandbox401(_ provider: String) async throws {
            struct StripAuth: HTTPTransport {
                let inner: SandboxTransport
                func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                    var copy = request
                    copy.headers.removeAll { $0.name == "Authorization" }
                    return try await inner.send(copy)
                }
            }
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(provider, clock: clock)
            let client = try SandboxHarness.client(provider, transport: StripAuth(inner: sandbox), clock: clock)
            let error = try await clock.outcome {
                try await client.create(SandboxTests.Lifecycle.request(provider, prompt: "a kite"))
            }.error()
            #expect(error?.providerReport?.httpStatus == 401)
            #expect(error?.description.contains("VIDEOGEN_API_KEY") == true)
        }

        // MARK: 400 on invalid bodies

        /// apixo 003 documents a 400 body {"code":400,"message":"Invalid request","data":{"error":"Missing required field: input.prompt"}}.
        @Test func apixoAnswers400NamingTheMissingField() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let answer = try await SandboxHarness.send(
                sandbox,
                try SandboxHarness.request(
                    "apixo", "POST", "/api/v1/generateTask/grok-video", body: #"{"input":{"mode":"text-to-video"}}"#),
                clock: clock)
            #expect(answer.status == 400)
            #expect(answer.body["code"] == 400)
            #expect(answer.body["data"]?["error"]?.stringValue?.contains("input.prompt") == true)
            #expect(await sandbox.statistics.tasksCreated == 0)
        }

        struct InvalidBody: Sendable, CustomTestStringConvertible {
            var provider: String
            var body: String
            var mentions: String
            var testDescription: String { "\(provider): \(mentions)" }
        }

        @Test(arguments: [
            InvalidBody(
                provider: "apixo", body: #"{"input":{"mode":"text-to-video","prompt":"a kite","duration":31}}"#,
                mentions: "input.duration"),
            InvalidBody(
                provider: "apixo",
                body:
                    #"{"input":{"mode":"image-to-video","prompt":"a kite","image_urls":["https://example.com/ref.jpg"],"task_id":"task_previous_grok_image","index":0}}"#,
                mentions: "image_urls"),
            InvalidBody(
                provider: "toapis", body: #"{"model":"grok-video-3","prompt":"a dog","aspect_ratio":"4:3"}"#,
                mentions: "aspect_ratio"),
            InvalidBody(
                provider: "apimart",
                body: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog","duration":"6"}"#,
                mentions: "duration"),
            InvalidBody(
                provider: "apimodels", body: #"{"model":"veo-3.1","prompt":"a cat","duration":5}"#, mentions: "duration"
            ),
            InvalidBody(provider: "toapis", body: #"{"model":"grok-video-3","prompt":"a dog""#, mentions: "JSON"),
        ])
        func invalidBodiesAre400(_ item: InvalidBody) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(item.provider, clock: clock)
            let response = try await clock.run {
                try await sandbox.send(
                    try SandboxHarness.request(
                        item.provider, "POST", SandboxHarness.createPath(item.provider), body: item.body))
            }
            #expect(response.status == 400)
            #expect(String(decoding: response.body, as: UTF8.self).contains(item.mentions))
            #expect(await sandbox.statistics.tasksCreated == 0)
            // The answer is in the provider's own error shape: the client's decoder reads it as a 400 error.
            let descriptor = try SandboxHarness.descriptor(item.provider)
            guard
                case .providerError(let report) = try PayloadDecoder.decode(
                    response.body, kind: .create, descriptor: descriptor, httpStatus: 400)
            else {
                Issue.record("the 400 body does not read as a provider error")
                return
            }
            #expect(report.httpStatus == 400)
            #expect(report.message.contains(item.mentions))
        }

        // MARK: Tasks the sandbox never made

        @Test(arguments: SandboxHarness.providers)
        func unknownTaskIs404(_ provider: String) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(provider, clock: clock)
            let client = try SandboxHarness.client(provider, transport: sandbox, clock: clock)
            let error = try await clock.outcome { try await client.status(taskID: "task_12345678") }.error()
            #expect(error?.providerReport?.httpStatus == 404)
            #expect(await sandbox.statistics.requests["status"] == 1)
        }
    }
}
