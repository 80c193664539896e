// Replicate and fal over real HTTP against Tests/Support/provider_server.py: a whole generate through the scripted
// 429 and 500, the typed clients' operations, and cancelling. Expected values are the server's answers, written
// there by hand from replicate.md and fal.md.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@Suite("Replicate and fal over real HTTP", .timeLimit(.minutes(1)))
struct RealHTTPNewProvidersTests {
    static func configuration(_ server: LocalProviderServer) -> ClientConfiguration {
        ClientConfiguration(
            baseURL: server.baseURL,
            polling: PollingPolicy(
                firstWaitSeconds: 0.1, intervalSeconds: 0.1, maximumIntervalSeconds: 0.5, jitter: 0, timeoutSeconds: 30),
            retry: RetryPolicy(baseDelaySeconds: 0.1, maximumDelaySeconds: 0.5), requestTimeoutSeconds: 10)
    }

    @Test func replicateGeneratesThroughA429AndA500() async throws {
        let key = "r8_local_key"
        let server = try await LocalProviderServer.start(provider: "replicate", key: key)
        defer { server.stop() }
        let client = try VideoClient(
            provider: "replicate", apiKey: APIKey(key), configuration: Self.configuration(server))
        let task = try await client.generate(VideoRequest(prompt: "a red kite over the sea", duration: 8))
        #expect(task.state == .succeeded)
        #expect(task.videoURLs == ["https://replicate.delivery/local/output.mp4"])
        let log = try await server.log()
        #expect(log.allSatisfy { $0.authOK })
        let create = try #require(log.first)
        #expect(create.method == "POST")
        #expect(create.path == "/models/google/veo-3-fast/predictions")
        #expect(create.json == ["input": ["prompt": "a red kite over the sea", "duration": 8]])
        let polls = log.dropFirst().map { "\($0.method) \($0.path) \($0.status)" }
        let get = "GET /predictions/localgm3qorzdhgbfurvjtvhg6"
        #expect(polls == ["\(get) 429", "\(get) 500", "\(get) 200", "\(get) 200"])
    }

    @Test func falGeneratesFromTheQueueAndFetchesTheResult() async throws {
        let key = "fal_local_key"
        let server = try await LocalProviderServer.start(provider: "fal", key: key)
        defer { server.stop() }
        let client = try VideoClient(provider: "fal", apiKey: APIKey(key), configuration: Self.configuration(server))
        let task = try await client.generate(VideoRequest(prompt: "a red kite over the sea", duration: 8))
        #expect(task.state == .succeeded)
        // fal.md: the result is {"video": {url, content_type, file_name, file_size}}.
        #expect(
            task.videos == [
                VideoFile(
                    url: "https://v3.fal.media/files/local/video.mp4", contentType: "video/mp4", byteCount: 3,
                    fileName: "video.mp4")
            ])
        let log = try await server.log()
        #expect(log.allSatisfy { $0.authOK }, "Authorization: Key <key> on every call")
        let create = try #require(log.first)
        #expect(create.path == "/fal-ai/veo3")
        // The unified 8 is veo3's "8s" (its own mapping in the spec).
        #expect(create.json == ["prompt": "a red kite over the sea", "duration": "8s"])
        let status = "/fal-ai/veo3/requests/local-80e7-45cd-bd63-580e4f2a94cc/status"
        #expect(log.contains { $0.path.hasPrefix(status) })
        #expect(log.last?.path == "/fal-ai/veo3/requests/local-80e7-45cd-bd63-580e4f2a94cc")
    }

    @Test func typedClientsReachEveryRoleOverHTTP() async throws {
        let key = "r8_local_key"
        let server = try await LocalProviderServer.start(provider: "replicate", key: key, script: .direct)
        defer { server.stop() }
        let replicate = try Replicate.Client(apiKey: APIKey(key), configuration: Self.configuration(server))
        let status = try await replicate.getPrediction(taskID: "localgm3qorzdhgbfurvjtvhg6")
        #expect(status.body.status == .succeeded)
        #expect(status.task?.videoURLs == ["https://replicate.delivery/local/output.mp4"])
        let cancelled = try await replicate.cancelPrediction(taskID: "localgm3qorzdhgbfurvjtvhg6")
        #expect(cancelled.body.status == .canceled)
        #expect(cancelled.task?.state == .cancelled)
        let listed = try await replicate.listPredictions()
        #expect(listed.tasks.map(\.taskID) == ["localgm3qorzdhgbfurvjtvhg6"])
        let log = try await server.log()
        #expect(
            log.map { "\($0.method) \($0.path)" } == [
                "GET /predictions/localgm3qorzdhgbfurvjtvhg6", "POST /predictions/localgm3qorzdhgbfurvjtvhg6/cancel",
                "GET /predictions",
            ])
    }

    @Test func unifiedCancelOnFal() async throws {
        let key = "fal_local_key"
        let server = try await LocalProviderServer.start(provider: "fal", key: key, script: .direct)
        defer { server.stop() }
        let client = try VideoClient(provider: "fal", apiKey: APIKey(key), configuration: Self.configuration(server))
        let task = try await client.cancel(TaskHandle(provider: "fal", taskID: "local-80e7-45cd-bd63-580e4f2a94cc"))
        #expect(task.state == .cancelled)
        #expect(task.providerState == "CANCELLATION_REQUESTED")
        let log = try await server.log()
        #expect(log.map(\.method) == ["PUT"])
        #expect(log.first?.path == "/fal-ai/veo3/requests/local-80e7-45cd-bd63-580e4f2a94cc/cancel")
    }
}
