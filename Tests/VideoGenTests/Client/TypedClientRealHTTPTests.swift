// The generated typed clients, as a consumer uses them: a typed request in, a typed answer out, over real HTTP
// (URLSessionTransport) against Tests/Support/provider_server.py answering every documented operation at once.
// Expected values are the server's answers, written there by hand from the provider docs; the server's log shows
// what actually went over the wire.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@Suite("Typed clients over real HTTP, every documented operation", .timeLimit(.minutes(1)))
struct TypedClientRealHTTPTests {
    /// A configuration for the local server, with quick retries.
    static func configuration(_ server: LocalProviderServer) -> ClientConfiguration {
        ClientConfiguration(
            baseURL: server.baseURL, retry: RetryPolicy(baseDelaySeconds: 0.1, maximumDelaySeconds: 0.5),
            requestTimeoutSeconds: 10)
    }

    static let image = Data([0x89, 0x50, 0x4E])

    @Test("apimart: create, status with ?language=zh, and the image upload")
    func apimart() async throws {
        let key = "sk-local-apimart"
        let server = try await LocalProviderServer.start(provider: "apimart", key: key, script: .direct)
        defer { server.stop() }
        let client = try Apimart.Client(apiKey: APIKey(key), configuration: Self.configuration(server))

        let created = try await client.create(
            Apimart.CreateRequest(model: .grokImagine1_0VideoApimart, prompt: "A dog running on the beach", duration: 6)
        )
        #expect(created.httpStatus == 200)
        #expect(created.body.envelope.code?.integerValue == 200)
        #expect(created.body.data?.first?.id == "task_01JNLOCAL")
        #expect(created.body.data?.first?.status == .submitted)
        #expect(created.task?.taskID == "task_01JNLOCAL")
        #expect(created.task?.state == .queued)

        let status = try await client.status(taskID: "task_01JNLOCAL", language: .zh)
        #expect(status.body.data?.status == .completed)
        #expect(status.body.data?.progress == 100)
        #expect(status.body.data?.actualTime == 155)
        #expect(status.body.data?.result?.videos?.first?.url == ["https://upload.apimart.ai/f/video/local.mp4"])
        #expect(status.body.data?.completed == Date(timeIntervalSince1970: 1_765_001_046))
        #expect(status.task?.state == .succeeded)
        #expect(status.task?.videoURLs == ["https://upload.apimart.ai/f/video/local.mp4"])

        let uploaded = try await client.upload(file: Self.image, fileName: "reference.png", contentType: "image/png")
        #expect(uploaded.body.url == "https://upload.apimart.ai/f/image/local.png")
        #expect(uploaded.body.bytes == 3)
        #expect(uploaded.body.contentType == "image/png")

        let log = try await server.log()
        #expect(log.map(\.method) == ["POST", "GET", "POST"])
        #expect(
            log.map(\.path) == ["/v1/videos/generations", "/v1/tasks/task_01JNLOCAL?language=zh", "/v1/uploads/images"])
        #expect(log.allSatisfy { $0.authOK })
        #expect(
            log.first?.json
                == [
                    "model": "grok-imagine-1.0-video-apimart", "prompt": "A dog running on the beach", "duration": 6,
                ])
        #expect(log.last?.parts == [.init(name: "file", fileName: "reference.png", contentType: "image/png", size: 3)])
    }

    @Test("apimodels: create, status by ?task_id=, the blocking P-Video endpoint, and the file upload")
    func apimodels() async throws {
        let key = "sk-local-apimodels"
        let server = try await LocalProviderServer.start(provider: "apimodels", key: key, script: .direct)
        defer { server.stop() }
        let client = try Apimodels.Client(apiKey: APIKey(key), configuration: Self.configuration(server))
        let request = Apimodels.CreateRequest(model: .grokVideo3, prompt: "A cat playing piano", aspectRatio: ._16x9)

        let created = try await client.create(request)
        #expect(created.body.envelope.msg == "success")
        #expect(created.body.data?.taskID == "clxlocal1")
        #expect(created.body.data?.state == .pending)

        let status = try await client.status(taskID: "clxlocal1")
        #expect(status.body.data?.state == .completed)
        #expect(status.body.data?.resultURLs == ["https://cdn.example.com/local-video.mp4"])
        #expect(status.body.data?.completeTime == Date(timeIntervalSince1970: 1_705_123_500))

        let synced = try await client.sync(request)
        #expect(synced.body.data?.taskID == "clxsync1")
        #expect(synced.task?.state == .succeeded)
        #expect(synced.task?.videoURLs == ["https://cdn.example.com/p-video.mp4"])

        let uploaded = try await client.upload(file: Self.image, fileName: "ref.png", contentType: "image/png")
        #expect(uploaded.body.data?.publicURL == "https://r2.apimodels.app/files/local.png")

        let log = try await server.log()
        #expect(
            log.map { "\($0.method) \($0.path)" } == [
                "POST /api/v1/video/generations", "GET /api/v1/video/generations?task_id=clxlocal1",
                "POST /api/v1/video/p-video", "POST /api/v1/files",
            ])
        #expect(log[2].json == ["model": "grok-video-3", "prompt": "A cat playing piano", "aspect_ratio": "16:9"])
        #expect(log[3].parts.map(\.name) == ["file"])
    }

    @Test("toapis: create, status, and the upload with its purpose field")
    func toapis() async throws {
        let key = "sk-local-toapis"
        let server = try await LocalProviderServer.start(provider: "toapis", key: key, script: .direct)
        defer { server.stop() }
        let client = try Toapis.Client(apiKey: APIKey(key), configuration: Self.configuration(server))

        let created = try await client.create(Toapis.CreateRequest(model: .grokVideo3, prompt: "A golden retriever"))
        #expect(created.body.id == "video_local_1")
        #expect(created.body.status == .queued)

        let status = try await client.status(taskID: "video_local_1")
        #expect(status.body.status == .completed)
        #expect(status.body.result?.data?.first?.url == ["https://files.example/local-video.mp4"])
        #expect(status.body.expiresAt == Date(timeIntervalSince1970: 1_768_466_914))

        let uploaded = try await client.upload(file: Self.image, fileName: "ref.png", contentType: "image/png")
        #expect(uploaded.body.success == true)
        #expect(uploaded.body.data?.url == "https://files.example/uploads/local.png")
        #expect(uploaded.body.data?.mimeType == "image/png")

        let log = try await server.log()
        #expect(
            log.map(\.path) == ["/v1/videos/generations", "/v1/videos/generations/video_local_1", "/v1/uploads/images"])
        // The form's other field goes first (streaming parsers see it before the file), with its documented default.
        #expect(
            log.last?.parts == [
                .init(name: "purpose", size: 10, value: "generation"),
                .init(name: "file", fileName: "ref.png", contentType: "image/png", size: 3),
            ])
    }

    @Test("apixo: create with the model in the path, and status")
    func apixo() async throws {
        let key = "sk-local-apixo"
        let server = try await LocalProviderServer.start(provider: "apixo", key: key, script: .direct)
        defer { server.stop() }
        let client = try Apixo.Client(apiKey: APIKey(key), configuration: Self.configuration(server))

        let request = Apixo.CreateRequest(
            input: .init(mode: .textToVideo, prompt: "a peaceful lakeside at sunset", duration: 6))
        let created = try await client.create(request, model: "grok-video")
        #expect(created.body.data?.taskID == "task_local_1")

        let status = try await client.status(taskID: "task_local_1")
        #expect(status.body.data?.state == .success)
        #expect(status.body.data?.resultJSON?.resultURLs == ["https://r2.apixo.ai/local-video.mp4"])
        #expect(status.body.data?.costTime == 41388)
        #expect(status.task?.videoURLs == ["https://r2.apixo.ai/local-video.mp4"])

        let log = try await server.log()
        #expect(
            log.map(\.path) == ["/api/v1/generateTask/grok-video", "/api/v1/statusTask/grok-video?taskId=task_local_1"])
        #expect(
            log.first?.json == [
                "input": ["mode": "text-to-video", "prompt": "a peaceful lakeside at sunset", "duration": 6]
            ])
    }

    @Test("a typed request that breaks the spec is refused before anything is sent")
    func invalidTypedRequestSendsNothing() async throws {
        let key = "sk-local-apimodels"
        let server = try await LocalProviderServer.start(provider: "apimodels", key: key, script: .direct)
        defer { server.stop() }
        let client = try Apimodels.Client(apiKey: APIKey(key), configuration: Self.configuration(server))
        // 001: "VEO generates 8-second videos"; generate_audio is for VEO only.
        let request = Apimodels.CreateRequest(model: .grokVideo3, prompt: "x", duration: ._5, generateAudio: true)
        await #expect(throws: VideoGenError.self) { try await client.create(request) }
        #expect(try await server.log().isEmpty)
    }
}
