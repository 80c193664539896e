// The default URLSessionTransport against a hostile local server (Tests/Support/provider_server.py --hostile):
// bodies that inflate or never end are stopped at the cap and never fetched again; a trickling server is cut off at
// the call's bound; a Retry-After of 999999999 ends the call at once. Timing comes from the server's own log.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@Suite("Real HTTP against a hostile server", .serialized, .timeLimit(.minutes(1)))
struct RealHTTPHostileServerTests {
    static let key = "sk-hostile-key-1"

    static func client(_ server: LocalProviderServer, callTimeout: Double = 120) throws -> VideoClient {
        let configuration = ClientConfiguration(
            baseURL: server.baseURL, retry: RetryPolicy(baseDelaySeconds: 0.05, maximumDelaySeconds: 1),
            requestTimeoutSeconds: 30, callTimeoutSeconds: callTimeout)
        return try VideoClient(provider: "apixo", apiKey: APIKey(key), configuration: configuration)
    }

    @Test(
        "a body that inflates or never ends is refused at the 10 MiB cap, fetched once, and the transfer stops",
        arguments: [LocalProviderServer.Hostile.gzipBomb, .huge])
    func cappedBodies(_ mode: LocalProviderServer.Hostile) async throws {
        // 64 GiB at the server's 250 MB/s: minutes, far more than a client that does not hang up could take before
        // the time limit.
        let total = 64 << 30
        let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key, hostile: mode, bytes: total)
        defer { server.stop() }
        let client = try Self.client(server)
        do {
            _ = try await client.status(taskID: "task_1")
            Issue.record("a \(mode) answer was accepted")
        } catch {
            #expect(error == .transport(provider: "apixo", .responseTooLarge(limit: 10 * 1024 * 1024)))
        }
        // The server logs the request when the client hangs up; it never does if the transfer is not stopped.
        var statuses: [LocalProviderServer.Entry] = []
        while statuses.isEmpty {
            try await Task.sleep(for: .milliseconds(50))
            statuses = try await server.log().filter { $0.method == "GET" }
        }
        try await Task.sleep(for: .milliseconds(200))
        statuses = try await server.log().filter { $0.method == "GET" }
        #expect(statuses.count == 1, "an answer over the cap is never fetched again")
        let sent = try #require(statuses.first?.sent)
        #expect(sent < total, "the client hung up: the server wrote \(sent) of \(total) bytes")
    }

    @Test("a server trickling one byte a second is cut off at the call's bound, not after five long attempts")
    func tricklingServer() async throws {
        let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key, hostile: .slow)
        defer { server.stop() }
        let client = try Self.client(server, callTimeout: 2)
        do {
            _ = try await client.status(taskID: "task_1")
            Issue.record("a trickled answer arrived within 2 s")
        } catch {
            guard case .callTimedOut(provider: "apixo", call: "status", let seconds) = error else {
                Issue.record("expected callTimedOut, got \(error)")
                return
            }
            // Reported as measured: the timer and the clock may disagree by a few milliseconds.
            #expect(seconds >= 1.9)
        }
        let statuses = try await server.log().filter { $0.method == "GET" }
        #expect(statuses.count == 1, "one attempt, cut off at the bound: \(statuses.count)")
    }

    @Test("a 429 with Retry-After: 999999999 ends status and create at once, carrying it")
    func hugeRetryAfter() async throws {
        let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key, hostile: .retryAfter)
        defer { server.stop() }
        let client = try Self.client(server)
        await #expect(throws: VideoGenError.rateLimited(provider: "apixo", retryAfterSeconds: 999_999_999)) {
            try await client.status(taskID: "task_1")
        }
        await #expect(throws: VideoGenError.rateLimited(provider: "apixo", retryAfterSeconds: 999_999_999)) {
            try await client.generate(VideoRequest(prompt: "a kite"), timeoutSeconds: 10)
        }
        let log = try await server.log()
        #expect(log.map(\.method) == ["GET", "POST"], "one request each, no retry")
    }

    @Test("a completed task whose video URL is file:///etc/passwd ends the wait at once as malformed")
    func fileURLResult() async throws {
        let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key, hostile: .fileURL)
        defer { server.stop() }
        var configuration = ClientConfiguration(baseURL: server.baseURL)
        configuration.polling = PollingPolicy(firstWaitSeconds: 0.05, intervalSeconds: 0.05, timeoutSeconds: 30)
        let client = try VideoClient(provider: "apixo", apiKey: APIKey(Self.key), configuration: configuration)
        do {
            _ = try await client.wait(for: TaskHandle(provider: "apixo", taskID: "task_local_1"))
            Issue.record("the wait accepted a file: URL")
        } catch {
            guard case .malformedResponse(provider: "apixo", endpoint: "status", let detail) = error else {
                Issue.record("expected a malformed answer, got \(error)")
                return
            }
            #expect(detail.contains("file:///etc/passwd"))
        }
        #expect(try await server.log().count == 1)
    }
}
