// Each provider's documented HTTP error statuses, in the provider's own error body shape, mapped to the one
// error type: `.providerError` with the HTTP status, the provider's code, message and type; `.rateLimited` for 429.
// Bodies and meanings come from provider-docs (003 for apixo, 000 for apimodels, STATUS-ENDPOINTS for toapis and
// apimart); the messages are the providers' words or plausible ones in their shape.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Provider errors mapped to VideoGenError")
    struct ErrorMapping {
        /// One documented error answer and what the client must report.
        struct Case: Sendable, CustomTestStringConvertible {
            enum Call: Sendable { case create, status }
            var provider: String
            var call: Call
            var status: Int
            var body: String
            var code: String?
            var message: String
            var type: String?

            var testDescription: String { "\(provider) \(call) HTTP \(status)" }
        }

        static let cases: [Case] = [
            // apixo 003: "400 Invalid parameters or request error", "401 Invalid or missing API Key"; envelope {code, message, data}.
            Case(
                provider: "apixo", call: .create, status: 400,
                body:
                    #"{"code":400,"message":"Invalid request","data":{"error":"Missing required field: input.prompt"}}"#,
                code: "400", message: "Invalid request: Missing required field: input.prompt", type: "invalid_request"),
            Case(
                provider: "apixo", call: .create, status: 401,
                body: #"{"code":401,"message":"Invalid or missing API Key","data":null}"#,
                code: "401", message: "Invalid or missing API Key", type: "unauthorized"),
            Case(
                provider: "apixo", call: .status, status: 401,
                body: #"{"code":401,"message":"Invalid or missing API Key","data":null}"#,
                code: "401", message: "Invalid or missing API Key", type: "unauthorized"),
            Case(
                provider: "apixo", call: .create, status: 500,
                body: #"{"code":500,"message":"Internal error","data":null}"#,
                code: "500", message: "Internal error", type: nil),
            // toapis (STATUS-ENDPOINTS): {"error":{code,message,type}}; 400/401/402/404/422/500.
            Case(
                provider: "toapis", call: .create, status: 400,
                body:
                    #"{"error":{"code":400,"message":"Invalid request parameters: duration","type":"invalid_request"}}"#,
                code: "400", message: "Invalid request parameters: duration", type: "invalid_request"),
            Case(
                provider: "toapis", call: .create, status: 401,
                body: #"{"error":{"code":401,"message":"Invalid API key","type":"unauthorized"}}"#,
                code: "401", message: "Invalid API key", type: "unauthorized"),
            Case(
                provider: "toapis", call: .create, status: 402,
                body: #"{"error":{"code":402,"message":"Insufficient quota","type":"insufficient_quota"}}"#,
                code: "402", message: "Insufficient quota", type: "insufficient_quota"),
            Case(
                provider: "toapis", call: .status, status: 404,
                body: #"{"error":{"code":404,"message":"Task not found","type":"not_found_error"}}"#,
                code: "404", message: "Task not found", type: "not_found_error"),
            Case(
                provider: "toapis", call: .create, status: 422,
                body:
                    #"{"error":{"code":"content_policy_violation","message":"The prompt violates the content policy","type":"content_policy_violation"}}"#,
                code: "content_policy_violation", message: "The prompt violates the content policy",
                type: "content_policy_violation"),
            Case(
                provider: "toapis", call: .create, status: 500,
                body: #"{"error":{"code":500,"message":"Internal server error","type":"internal_error"}}"#,
                code: "500", message: "Internal server error", type: "internal_error"),
            // apimart (STATUS-ENDPOINTS): {"code", "error":{code,message,type}}; 400/401/402/403/500/502.
            Case(
                provider: "apimart", call: .status, status: 400,
                body: #"{"code":400,"error":{"code":400,"message":"Invalid task ID","type":"invalid_request_error"}}"#,
                code: "400", message: "Invalid task ID", type: "invalid_request_error"),
            Case(
                provider: "apimart", call: .create, status: 401,
                body: #"{"error":{"code":401,"message":"Invalid API key","type":"authentication_error"}}"#,
                code: "401", message: "Invalid API key", type: "authentication_error"),
            Case(
                provider: "apimart", call: .create, status: 402,
                body: #"{"error":{"code":402,"message":"Insufficient balance","type":"payment_required"}}"#,
                code: "402", message: "Insufficient balance", type: "payment_required"),
            Case(
                provider: "apimart", call: .create, status: 403,
                body: #"{"error":{"code":403,"message":"This key cannot use the model","type":"permission_error"}}"#,
                code: "403", message: "This key cannot use the model", type: "permission_error"),
            Case(
                provider: "apimart", call: .create, status: 500,
                body: #"{"error":{"code":"server_error","message":"Upstream failure","type":"server_error"}}"#,
                code: "server_error", message: "Upstream failure", type: "server_error"),
            // apimodels 000: "400 Bad Request, 401 Unauthorized, 402 Payment Required, 404 Not Found, 500"; message in msg.
            Case(
                provider: "apimodels", call: .create, status: 400,
                body: #"{"code":400,"msg":"invalid or missing parameters: prompt","data":null}"#,
                code: "400", message: "invalid or missing parameters: prompt", type: nil),
            Case(
                provider: "apimodels", call: .create, status: 401,
                body: #"{"code":401,"msg":"Unauthorized: invalid API key","data":null}"#,
                code: "401", message: "Unauthorized: invalid API key", type: nil),
            Case(
                provider: "apimodels", call: .create, status: 402,
                body: #"{"code":402,"msg":"insufficient credits","data":null}"#,
                code: "402", message: "insufficient credits", type: nil),
            Case(
                provider: "apimodels", call: .status, status: 404,
                body: #"{"code":404,"msg":"task ID not found","data":null}"#,
                code: "404", message: "task ID not found", type: nil),
            Case(
                provider: "apimodels", call: .create, status: 500,
                body: #"{"code":500,"msg":"Internal Server Error","data":null}"#,
                code: "500", message: "Internal Server Error", type: nil),
        ]

        @Test(arguments: cases)
        func documentedStatusBecomesAProviderError(_ item: Case) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [.json(item.status, item.body)])
            let client = try ClientHarness.client(
                item.provider, transport: transport, clock: clock, retry: RetryPolicy(maximumAttempts: 1))
            let outcome: VirtualOutcome<VideoTask>
            switch item.call {
            case .create:
                outcome = try await clock.outcome {
                    try await client.create(VideoRequest(prompt: "a lighthouse at dusk"))
                }
            case .status: outcome = try await clock.outcome { try await client.status(taskID: "task_missing_1") }
            }
            let error = outcome.error()
            #expect(
                error?.providerReport
                    == ProviderErrorReport(
                        provider: item.provider, httpStatus: item.status, code: item.code, message: item.message,
                        type: item.type))
            #expect(error?.description.contains(item.message) == true)
            #expect(error?.description.contains("HTTP \(item.status)") == true)
            #expect(transport.requests.count == 1)
        }

        /// apixo 003 documents a create answer with HTTP 200 but `"code": 400, "message": "Insufficient credits"`.
        @Test func apixoErrorInsideAnHTTP200Answer() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.json(200, #"{"code":400,"message":"Insufficient credits","data":null}"#)])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a lighthouse")) }
                .error()
            #expect(
                error?.providerReport
                    == ProviderErrorReport(
                        provider: "apixo", httpStatus: 200, code: "400", message: "Insufficient credits", type: nil))
            #expect(transport.requests.count == 1)
        }

        /// apimart (STATUS-ENDPOINTS): "Always check the body's code as well as the HTTP status."
        @Test func apimartErrorInsideAnHTTP200Answer() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":400,"error":{"code":400,"message":"Invalid task ID","type":"invalid_request_error"}}"#
                    )
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.status(taskID: "not-a-task") }.error()
            #expect(error?.providerReport?.message == "Invalid task ID")
            #expect(error?.providerReport?.code == "400")
            #expect(error?.providerReport?.type == "invalid_request_error")
        }

        /// A non-JSON error page (a proxy's 502) falls back to what the spec says the status means.
        @Test func apimartBadGatewayPageUsesTheDocumentedMeaning() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .respond(
                        HTTPResponse(
                            status: 502, headers: ["Content-Type": "text/html"],
                            body: Data("<html><body>502 Bad Gateway</body></html>".utf8)))
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a dog")) }.error()
            let report = error?.providerReport
            #expect(report?.httpStatus == 502)
            #expect(report?.message == "Bad gateway: retry later.")
            #expect(report?.type == "bad_gateway")
            #expect(transport.requests.count == 1)
        }

        /// 429 with Retry-After on every attempt: `.rateLimited` with the provider and the server's wait.
        @Test(arguments: [
            ("apixo", #"{"code":429,"message":"Rate limit exceeded","data":null}"#),
            ("toapis", #"{"error":{"code":429,"message":"Rate limit exceeded","type":"rate_limit_exceeded"}}"#),
            ("apimart", #"{"error":{"code":429,"message":"Too many requests","type":"rate_limit_error"}}"#),
        ])
        func tooManyRequestsBecomesRateLimited(provider: String, body: String) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [], whenEmpty: .json(429, body, headers: ["Retry-After": "12"]))
            let client = try ClientHarness.client(
                provider, transport: transport, clock: clock, retry: RetryPolicy(maximumAttempts: 3))
            let error = try await clock.outcome {
                try await client.create(VideoRequest(prompt: "a lighthouse at dusk"))
            }.error()
            #expect(error == .rateLimited(provider: provider, retryAfterSeconds: 12))
            #expect(transport.requests.count == 3)
            #expect(error?.description.contains("12 s") == true)
        }

        /// A 200 answer that is not JSON is a malformed response naming the endpoint.
        @Test func unreadableAnswerIsMalformedResponse() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.respond(HTTPResponse(status: 200, body: Data("<html>maintenance</html>".utf8)))])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.create(VideoRequest(prompt: "a dog")) }.error()
            guard case .malformedResponse(let provider, let endpoint, _)? = error else {
                Issue.record("expected .malformedResponse, got \(String(describing: error))")
                return
            }
            #expect(provider == "toapis")
            #expect(endpoint == "create")
        }

        /// A request that breaks the spec is refused before sending, listing every violation.
        @Test func invalidRequestListsEveryViolationAndSendsNothing() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.create(VideoRequest(prompt: "", duration: 31, aspectRatio: "4:3"))
            }.error()
            guard case .invalidRequest(let provider, let violations)? = error else {
                Issue.record("expected .invalidRequest, got \(String(describing: error))")
                return
            }
            #expect(provider == "apixo")
            #expect(
                violations == [
                    "prompt (input.prompt) must be a string of 1 to 5000 characters, got an empty string",
                    "duration (input.duration) must be an integer from 6 to 30, got 31",
                    #"aspect ratio (input.aspect_ratio) must be one of "1:1", "3:2", "2:3", "16:9", "9:16", got "4:3""#,
                ])
            #expect(transport.requests.isEmpty)
        }
    }
}
