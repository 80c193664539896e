// The client over real HTTP: the default URLSessionTransport, the system clock, a local python server that
// answers the status polls with a 429 (Retry-After: 1) and then a 500 before the task runs and finishes.
// Timing is asserted only from the server's own log (gaps it measured), never from the test's clock.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@Suite("Real HTTP against Tests/Support/provider_server.py", .timeLimit(.minutes(1)))
struct RealHTTPTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var provider: String
        var createPath: String
        var statusPath: String
        var videoURL: String
        var request: VideoRequest
        var testDescription: String { provider }
    }

    /// Paths and answers as provider_server.py writes them from the provider docs.
    static let cases = [
        Case(
            provider: "apixo", createPath: "/api/v1/generateTask/grok-video",
            statusPath: "/api/v1/statusTask/grok-video?taskId=task_local_1",
            videoURL: "https://r2.apixo.ai/local-video.mp4",
            request: VideoRequest(prompt: "a peaceful lakeside at sunset", duration: 6)),
        Case(
            provider: "toapis", createPath: "/v1/videos/generations",
            statusPath: "/v1/videos/generations/video_local_1",
            videoURL: "https://files.example/local-video.mp4",
            request: VideoRequest(prompt: "A golden retriever running", duration: 5)),
    ]

    @Test(arguments: cases)
    func generateSurvivesA429AndA500OverRealHTTP(_ item: Case) async throws {
        let key = "sk-local-\(item.provider)-key"
        let server = try await LocalProviderServer.start(provider: item.provider, key: key)
        defer { server.stop() }

        let configuration = ClientConfiguration(
            baseURL: server.baseURL,
            polling: PollingPolicy(
                firstWaitSeconds: 0.1, intervalSeconds: 0.1, maximumIntervalSeconds: 0.5, jitter: 0, timeoutSeconds: 30),
            retry: RetryPolicy(baseDelaySeconds: 0.1, maximumDelaySeconds: 0.5),
            requestTimeoutSeconds: 10)
        #expect(configuration.transport is URLSessionTransport)
        #expect(configuration.clock is SystemClock)
        let client = try VideoClient(provider: item.provider, apiKey: APIKey(key), configuration: configuration)

        let task = try await client.generate(item.request)
        #expect(task.state == .succeeded)
        #expect(task.videoURLs == [item.videoURL])

        let log = try await server.log()
        #expect(log.allSatisfy { $0.authOK }, "every request carries Authorization: Bearer <key>")
        let creates = log.filter { $0.method == "POST" }
        #expect(creates.count == 1)
        #expect(creates.first?.path == item.createPath)
        #expect(creates.first?.status == 200)
        let polls = log.filter { $0.method == "GET" }
        #expect(polls.allSatisfy { $0.path == item.statusPath })
        #expect(polls.map(\.status) == [429, 500, 200, 200])
        if let limited = polls.firstIndex(where: { $0.status == 429 }), limited + 1 < polls.count {
            let gap = polls[limited + 1].time - polls[limited].time
            #expect(gap >= 1.0, "the request after the 429 came \(gap) s later; Retry-After asked for 1 s")
        }
    }

    /// A wrong key: the server answers 401 in the provider's shape, the wait ends at once with the status.
    @Test func wrongKeyEndsWithUnauthorized() async throws {
        let server = try await LocalProviderServer.start(provider: "toapis", key: "sk-the-right-key")
        defer { server.stop() }
        let configuration = ClientConfiguration(baseURL: server.baseURL, requestTimeoutSeconds: 10)
        let client = try VideoClient(provider: "toapis", apiKey: APIKey("sk-a-wrong-key"), configuration: configuration)
        do {
            _ = try await client.create(VideoRequest(prompt: "a dog", duration: 5))
            Issue.record("expected a 401")
        } catch {
            #expect(error.providerReport?.httpStatus == 401)
            #expect(error.providerReport?.message == "Unauthorized")
            #expect(!error.description.contains("sk-a-wrong-key"))
        }
        let log = try await server.log()
        #expect(log.map(\.status) == [401])
    }

    /// URLSessionTransport caps response bodies: a log answer longer than the cap is refused, not truncated.
    @Test func responsesLargerThanTheCapAreRefused() async throws {
        let server = try await LocalProviderServer.start(provider: "apixo", key: "sk-cap-key")
        defer { server.stop() }
        let client = try VideoClient(
            provider: "apixo", apiKey: APIKey("sk-cap-key"),
            configuration: ClientConfiguration(baseURL: server.baseURL, requestTimeoutSeconds: 10))
        _ = try await client.create(VideoRequest(prompt: "a lake", duration: 6))
        let url = server.baseURL.appendingPathComponent("__log")
        let small = URLSessionTransport(maximumResponseBytes: 64)
        await #expect(throws: TransportError.responseTooLarge(limit: 64)) {
            try await small.send(HTTPRequest(method: "GET", url: url, timeoutSeconds: 10))
        }
        let roomy = URLSessionTransport(maximumResponseBytes: 64 * 1024)
        let response = try await roomy.send(HTTPRequest(method: "GET", url: url, timeoutSeconds: 10))
        #expect(response.status == 200)
        #expect(response.body.count > 64)
    }
}
