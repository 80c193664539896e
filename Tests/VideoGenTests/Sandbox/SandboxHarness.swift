// Shared pieces of the sandbox tests: the suite namespace, sandboxes and clients on a virtual clock, raw requests
// with chosen headers, and a transport wrapper that records what the sandbox answered.

import Foundation
import Testing
import VideoGen

/// Every test of `SandboxTransport` (`swift test --filter SandboxTests`); subjects are nested suites.
enum SandboxTests {}

/// Builds sandboxes, clients and raw requests.
enum SandboxHarness {
    static let providers = ["apixo", "toapis", "apimart", "apimodels"]

    static func descriptor(_ provider: String) throws -> ProviderDescriptor {
        try #require(ProviderCatalog.descriptor(for: provider))
    }

    static func sandbox(
        _ provider: String, clock: VirtualClock, durations: ClosedRange<Double> = 30...60, enforcesLimits: Bool = true
    ) throws -> SandboxTransport {
        SandboxTransport(
            descriptor: try descriptor(provider), clock: clock,
            settings: SandboxTransport.Settings(taskDurationSeconds: durations, seed: 7, enforcesLimits: enforcesLimits)
        )
    }

    static func client(
        _ provider: String, transport: any HTTPTransport, clock: VirtualClock,
        polling: PollingPolicy = PollingPolicy(), retry: RetryPolicy = RetryPolicy(), enforcesLimits: Bool = true
    ) throws -> VideoClient {
        let configuration = ClientConfiguration(
            transport: transport, clock: clock, polling: polling, retry: retry, enforcesProviderLimits: enforcesLimits,
            randomSeed: 11)
        return try VideoClient(provider: provider, apiKey: APIKey("sk-sandbox-test-key"), configuration: configuration)
    }

    /// A raw request to `path` on the provider's documented base URL.
    static func request(
        _ provider: String, _ method: String, _ path: String, authorization: String? = "Bearer sk-sandbox-test-key",
        body: String? = nil
    ) throws -> HTTPRequest {
        let base = try descriptor(provider).baseURL
        let url = try #require(URL(string: base + path))
        var headers: [HTTPHeader] = []
        if let authorization { headers.append(HTTPHeader("Authorization", authorization)) }
        if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        return HTTPRequest(method: method, url: url, headers: headers, body: body.map { Data($0.utf8) })
    }

    /// The create path of each provider, as its docs give it.
    static func createPath(_ provider: String) -> String {
        switch provider {
        case "apixo": return "/api/v1/generateTask/grok-video"
        case "toapis", "apimart": return "/v1/videos/generations"
        default: return "/api/v1/video/generations"
        }
    }

    /// A valid create body for each provider, as its docs show it.
    static func validBody(_ provider: String, prompt: String = "a red kite over the sea") -> String {
        switch provider {
        case "apixo": return #"{"input":{"mode":"text-to-video","prompt":"\#(prompt)","duration":6}}"#
        case "toapis": return #"{"model":"grok-video-3","prompt":"\#(prompt)","duration":5,"aspect_ratio":"16:9"}"#
        case "apimart":
            return #"{"model":"grok-imagine-1.0-video-apimart","prompt":"\#(prompt)","size":"16:9","duration":6}"#
        default: return #"{"model":"grok-video-3","prompt":"\#(prompt)","aspect_ratio":"16:9"}"#
        }
    }

    /// Sends a raw request in virtual time and parses the answer.
    static func send(_ sandbox: SandboxTransport, _ request: HTTPRequest, clock: VirtualClock) async throws -> (
        status: Int, headers: [String: String], body: JSONValue
    ) {
        let response = try await clock.run { try await sandbox.send(request) }
        let body = try JSONParser.parse(response.body)
        return (response.status, response.headers, body)
    }
}

/// Forwards to another transport and records each answer's status, Retry-After and virtual time.
final class ExchangeLoggingTransport: HTTPTransport, @unchecked Sendable {
    struct Exchange: Sendable {
        var method: String
        var path: String
        var status: Int
        var retryAfter: String?
        var time: Double
    }

    private let inner: any HTTPTransport
    private let clock: any TaskClock
    private let lock = NSLock()
    private var log: [Exchange] = []

    init(_ inner: any HTTPTransport, clock: any TaskClock) {
        self.inner = inner
        self.clock = clock
    }

    var exchanges: [Exchange] { lock.withLock { log } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let time = clock.now()
        let response = try await inner.send(request)
        let exchange = Exchange(
            method: request.method, path: request.url.path, status: response.status,
            retryAfter: response.headers["retry-after"], time: time)
        lock.withLock { log.append(exchange) }
        return response
    }
}
