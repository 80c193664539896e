// The API key never shows: not in descriptions, debug descriptions, dumps or reflections of keys, clients and
// redacted requests, and not in any error — even when a provider's error body echoes the key back.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Redaction of the API key")
    struct Redaction {
        static let secret = "sk-SECRET-123456"

        /// Every textual form of `value`: description, debug description, reflection and dump.
        static func renderings(_ value: Any) -> [String: String] {
            var dumped = ""
            dump(value, to: &dumped)
            return [
                "description": String(describing: value),
                "reflecting": String(reflecting: value),
                "interpolation": "\(value)",
                "dump": dumped,
            ]
        }

        static func expectNoSecret(_ value: Any, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
            for (form, text) in renderings(value) {
                #expect(
                    !text.contains(secret), "\(what) \(form) shows the key: \(text)", sourceLocation: sourceLocation)
            }
        }

        /// Every textual form of an error, `localizedDescription` included.
        static func expectNoSecret(inError error: VideoGenError?, sourceLocation: SourceLocation = #_sourceLocation) {
            guard let error else {
                Issue.record("expected an error", sourceLocation: sourceLocation)
                return
            }
            expectNoSecret(error, "the error", sourceLocation: sourceLocation)
            #expect(!error.localizedDescription.contains(secret), sourceLocation: sourceLocation)
            #expect(!error.description.contains(secret), sourceLocation: sourceLocation)
        }

        static func client(_ provider: String, _ transport: ScriptedTransport, _ clock: VirtualClock) throws
            -> VideoClient
        {
            try ClientHarness.client(
                provider, transport: transport, clock: clock, retry: RetryPolicy(maximumAttempts: 1), key: secret)
        }

        // MARK: Values that hold the key

        @Test func theKeyItselfNeverPrints() {
            let key = APIKey(Self.secret)
            #expect(key.secret == Self.secret)
            #expect(key.description == "APIKey(***)")
            #expect(key.debugDescription == "APIKey(***)")
            Self.expectNoSecret(key, "APIKey")
            Self.expectNoSecret([key], "[APIKey]")
            Self.expectNoSecret(Optional(key) as Any, "APIKey?")
        }

        @Test func keyFilesWithATrailingNewlineAreTrimmed() {
            #expect(APIKey("  \(Self.secret)\n").secret == Self.secret)
        }

        @Test func aClientNeverPrintsItsKey() throws {
            let clock = VirtualClock()
            let sandbox = SandboxTransport(
                descriptor: try #require(ProviderCatalog.descriptor(for: "apixo")), clock: clock)
            let configuration = ClientConfiguration(transport: sandbox, clock: clock)
            let client = try VideoClient(provider: "apixo", apiKey: APIKey(Self.secret), configuration: configuration)
            #expect(client.description == "VideoClient(apixo, https://api.apixo.ai, key: ***)")
            Self.expectNoSecret(client, "VideoClient")
            Self.expectNoSecret(configuration, "ClientConfiguration")
        }

        @Test func redactedRequestsShowBearerStars() throws {
            let clock = VirtualClock()
            let client = try Self.client("apixo", ScriptedTransport(clock: clock, []), clock)
            let request = try client.createHTTPRequest(for: VideoRequest(prompt: "a kite"))
            #expect(request.header("Authorization") == "Bearer \(Self.secret)")
            let redacted = client.redacted(request)
            #expect(redacted.header("Authorization") == "Bearer ***")
            #expect(redacted.body == request.body)
            #expect(redacted.url == request.url)
            Self.expectNoSecret(redacted, "the redacted request")
        }

        // MARK: Errors, including bodies that echo the key

        @Test func providerErrorEchoingTheKeyIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        401,
                        #"{"code":401,"message":"Invalid API key: sk-SECRET-123456","data":{"error":"key sk-SECRET-123456 is revoked"}}"#
                    )
                ])
            let error = try await clock.outcome {
                try await Self.client("apixo", transport, clock).create(VideoRequest(prompt: "a kite"))
            }.error()
            Self.expectNoSecret(inError: error)
            #expect(error?.providerReport?.message == "Invalid API key: ***: key *** is revoked")
        }

        @Test func toapisErrorEchoingTheKeyInEveryFieldIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        401,
                        #"{"error":{"code":"sk-SECRET-123456","message":"Bearer sk-SECRET-123456 is invalid","type":"unauthorized sk-SECRET-123456"}}"#
                    )
                ])
            let error = try await clock.outcome {
                try await Self.client("toapis", transport, clock).status(taskID: "video_1")
            }.error()
            Self.expectNoSecret(inError: error)
        }

        @Test func failedTaskEchoingTheKeyIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"id":"video_1","object":"generation.task","model":"grok-video-3","status":"failed","progress":0,"created_at":1768380222,"error":{"code":"sk-SECRET-123456","message":"Generation failed for key sk-SECRET-123456"}}"#
                    )
                ])
            let error = try await clock.outcome {
                try await Self.client("toapis", transport, clock).wait(
                    for: TaskHandle(provider: "toapis", taskID: "video_1"))
            }.error()
            Self.expectNoSecret(inError: error)
            guard case .taskFailed(let task)? = error else {
                Issue.record("expected .taskFailed")
                return
            }
            #expect(task.failure == TaskFailure(code: "***", message: "Generation failed for key ***"))
        }

        @Test func malformedAnswerEchoingTheKeyIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"processing","createTime":"sk-SECRET-123456"}}"#
                    ),
                    .respond(HTTPResponse(status: 200, body: Data("unexpected sk-SECRET-123456".utf8))),
                ])
            let client = try Self.client("apixo", transport, clock)
            let first = try await clock.outcome { try await client.status(taskID: "task_1") }
            let second = try await clock.outcome { try await client.status(taskID: "task_1") }
            for outcome in [first, second] {
                if case .finished(.failure(let error), _) = outcome { Self.expectNoSecret(inError: error) }
                if case .finished(.success(let task), _) = outcome { Self.expectNoSecret(task, "the task") }
            }
        }

        /// A transport failing with an error of its own (not a TransportError) whose text holds the key.
        @Test func foreignTransportErrorsAreScrubbed() async throws {
            struct LeakyError: Error, CustomStringConvertible {
                var description: String { "proxy refused Authorization: Bearer sk-SECRET-123456" }
            }
            struct LeakyTransport: HTTPTransport {
                func send(_ request: HTTPRequest) async throws -> HTTPResponse { throw LeakyError() }
            }
            let clock = VirtualClock()
            let configuration = ClientConfiguration(
                transport: LeakyTransport(), clock: clock, retry: RetryPolicy(maximumAttempts: 1))
            let client = try VideoClient(provider: "apixo", apiKey: APIKey(Self.secret), configuration: configuration)
            let error = try await clock.outcome { try await client.status(taskID: "task_1") }.error()
            Self.expectNoSecret(inError: error)
            guard case .transport(let provider, .connectionLost(let reason))? = error else {
                Issue.record("expected .transport(.connectionLost), got \(String(describing: error))")
                return
            }
            #expect(provider == "apixo")
            #expect(reason == "proxy refused Authorization: Bearer ***")
        }

        @Test func uploadErrorEchoingTheKeyInItsMessageIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        401, #"{"error":{"code":401,"message":"Invalid key sk-SECRET-123456","type":"unauthorized"}}"#)
                ])
            let client = try Self.client("toapis", transport, clock)
            let error = try await clock.outcome {
                try await client.uploadImage(Data([1, 2, 3]), fileName: "a.png", contentType: "image/png")
            }.error()
            Self.expectNoSecret(inError: error)
        }

        /// The task and status paths scrub the provider's code and type as well as its message; uploads must too.
        @Test func uploadErrorEchoingTheKeyInItsCodeAndTypeIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        401,
                        #"{"error":{"code":"sk-SECRET-123456","message":"Invalid key","type":"key sk-SECRET-123456"}}"#)
                ])
            let client = try Self.client("toapis", transport, clock)
            let error = try await clock.outcome {
                try await client.uploadImage(Data([1, 2, 3]), fileName: "a.png", contentType: "image/png")
            }.error()
            Self.expectNoSecret(inError: error)
        }

        /// An unreadable upload answer: the decoder's detail quotes the body, so it must be scrubbed like the others.
        @Test func malformedUploadAnswerEchoingTheKeyIsScrubbed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.json(200, #"{"url":{"signed":"sk-SECRET-123456"},"filename":"a.png"}"#)])
            let client = try Self.client("apimart", transport, clock)
            let error = try await clock.outcome {
                try await client.uploadImage(Data([1, 2, 3]), fileName: "a.png", contentType: "image/png")
            }.error()
            Self.expectNoSecret(inError: error)
        }
    }
}

extension ClientTests.Redaction {
    /// The request `createHTTPRequest` returns carries the real key (it is what would be sent), yet printing or dumping
    /// it never shows it; a plain header stays readable.
    @Test func theRealRequestNeverPrintsItsKey() throws {
        let client = try VideoClient(provider: "apixo", apiKey: APIKey("sk-SECRET-123456"))
        let request = try client.createHTTPRequest(for: VideoRequest(prompt: "a kite", duration: 6))
        #expect(request.header("Authorization") == "Bearer sk-SECRET-123456")
        var dumped = ""
        dump(request, to: &dumped)
        for text in [
            request.description, String(describing: request), String(reflecting: request), dumped, "\(request.headers)",
        ] {
            #expect(!text.contains("sk-SECRET"), "\(text)")
        }
        #expect(
            request.description
                == "POST https://api.apixo.ai/api/v1/generateTask/grok-video [Authorization: ***, Accept: application/json, Content-Type: application/json, User-Agent: VideoGen/0.2.0] (65 bytes)"
        )
    }
}
