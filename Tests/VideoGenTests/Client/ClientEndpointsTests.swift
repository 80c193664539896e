// The documented extras: multipart image upload (toapis, apimart, apimodels), apimodels' blocking p-video sync
// endpoint, and per-call timeouts as the requests carry them.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Uploads, sync endpoint and timeouts")
    struct Endpoints {
        /// Eight bytes that start like a PNG file.
        static let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        /// The parts of a multipart body: name → (filename, content type, bytes).
        static func parts(of sent: ScriptedTransport.Sent) -> [String: (fileName: String?, type: String?, data: Data)] {
            guard let contentType = sent.header("Content-Type"), let range = contentType.range(of: "boundary=") else {
                return [:]
            }
            let boundary = String(contentType[range.upperBound...])
            let body = sent.body ?? Data()
            let delimiter = Data("--\(boundary)".utf8)
            var result: [String: (String?, String?, Data)] = [:]
            var chunks: [Data] = []
            var rest = body[...]
            while let found = rest.range(of: delimiter) {
                chunks.append(Data(rest[rest.startIndex..<found.lowerBound]))
                rest = rest[found.upperBound...]
            }
            for chunk in chunks.dropFirst() {
                guard let split = chunk.range(of: Data("\r\n\r\n".utf8)) else { continue }
                let head = String(decoding: chunk[chunk.startIndex..<split.lowerBound], as: UTF8.self)
                var content = Data(chunk[split.upperBound...])
                if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
                func attribute(_ name: String) -> String? {
                    guard let start = head.range(of: "\(name)=\"") else { return nil }
                    return head[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
                }
                let type = head.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-type:") }
                    .map { $0.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces) }
                if let name = attribute("name") { result[name] = (attribute("filename"), type, content) }
            }
            return result
        }

        // MARK: Upload

        /// toapis (STATUS-ENDPOINTS): POST /v1/uploads/images, multipart `file` plus `purpose` (default
        /// generation) → {"success":true,"message":"","data":{"id","url","mime_type","size"}}.
        @Test func toapisUploadsAMultipartImageAndReturnsItsURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"success":true,"message":"","data":{"id":"img_7f3a","url":"https://files.toapis.com/uploads/img_7f3a.png","mime_type":"image/png","size":8}}"#
                    )
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let url = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }.value()
            #expect(url == "https://files.toapis.com/uploads/img_7f3a.png")
            let sent = try #require(transport.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.url.absoluteString == "https://toapis.com/v1/uploads/images")
            #expect(sent.header("Authorization") == "Bearer \(ClientHarness.key)")
            #expect(sent.headers.filter { $0.name.lowercased() == "content-type" }.count == 1)
            #expect(sent.header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
            let parts = Self.parts(of: sent)
            #expect(parts["purpose"]?.data == Data("generation".utf8))
            #expect(parts["file"]?.fileName == "cat.png")
            #expect(parts["file"]?.type == "image/png")
            #expect(parts["file"]?.data == Self.image)
        }

        /// apimart (STATUS-ENDPOINTS): the upload answer is not wrapped: {"url","filename","content_type","bytes","created_at"}.
        @Test func apimartUploadAnswerIsUnwrapped() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"url":"https://upload.apimart.ai/f/image/cat.png","filename":"cat.png","content_type":"image/png","bytes":8,"created_at":1765000891}"#
                    )
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let url = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }.value()
            #expect(url == "https://upload.apimart.ai/f/image/cat.png")
            #expect(transport.requests.first?.url.absoluteString == "https://api.apimart.ai/v1/uploads/images")
            #expect(Self.parts(of: try #require(transport.requests.first))["file"]?.data == Self.image)
        }

        /// apimodels (STATUS-ENDPOINTS): POST /api/v1/files, multipart `file` → data.publicUrl.
        @Test func apimodelsUploadReturnsThePublicURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"publicUrl":"https://files.apimodels.app/u/cat.png"}}"#)
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let url = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }.value()
            #expect(url == "https://files.apimodels.app/u/cat.png")
            #expect(transport.requests.first?.url.absoluteString == "https://apimodels.app/api/v1/files")
        }

        @Test func apixoDocumentsNoUploadEndpoint() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }.error()
            guard case .unsupported(let provider, let detail)? = error else {
                Issue.record("expected .unsupported, got \(String(describing: error))")
                return
            }
            #expect(provider == "apixo")
            #expect(detail.contains("upload"))
            #expect(transport.requests.isEmpty)
        }

        /// toapis accepts JPEG, PNG, WebP and GIF up to 10 MB: anything else is refused before sending, with every problem.
        @Test func toapisRefusesAnUndocumentedTypeAndAnOversizedFile() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let tooLarge = Data(count: 10_485_761)
            let error = try await clock.outcome {
                try await client.uploadImage(tooLarge, fileName: "scan.bmp", contentType: "image/bmp")
            }.error()
            guard case .invalidRequest(let provider, let problems)? = error else {
                Issue.record("expected .invalidRequest, got \(String(describing: error))")
                return
            }
            #expect(provider == "toapis")
            #expect(problems.count == 2)
            #expect(problems.contains { $0.contains("10485760") })
            #expect(
                problems.contains {
                    $0.contains("image/bmp") && $0.contains("image/jpeg") && $0.contains("image/png")
                        && $0.contains("image/webp") && $0.contains("image/gif")
                })
            #expect(transport.requests.isEmpty)
        }

        /// A failed toapis upload answers success:false with the reason in message (spec note).
        @Test func toapisFailedUploadIsAProviderError() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.json(200, #"{"success":false,"message":"unsupported image format"}"#)])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }.error()
            #expect(error?.providerReport?.message == "unsupported image format")
        }

        /// Spec/README: a `url` field takes http(s) only, in requests and responses alike ("so data: URIs and base64
        /// are refused"); an upload answer whose URL is something else cannot be used in image_urls.
        @Test func anUploadAnswerWithoutAnHTTPURLIsRefused() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"url":"javascript:alert(1)","filename":"cat.png","content_type":"image/png","bytes":8,"created_at":1765000891}"#
                    )
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let outcome = try await clock.outcome {
                try await client.uploadImage(Self.image, fileName: "cat.png", contentType: "image/png")
            }
            guard case .malformedResponse(provider: "apimart", endpoint: "upload", let detail)? = outcome.error() else {
                Issue.record("expected .malformedResponse for a javascript: URL, got \(outcome)")
                return
            }
            #expect(detail == #"url: expected an http or https URL, got "javascript:alert(1)""#)
        }

        // MARK: Sync

        /// apimodels 000: POST /api/v1/video/p-video "blocks ~30-60s and returns the video URL directly (no polling)".
        @Test func apimodelsSyncReturnsTheVideoWithoutPolling() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .respondAfter(
                        seconds: 45,
                        .json(
                            200,
                            #"{"code":200,"msg":"success","data":{"taskId":"pv_0001","state":"completed","resultUrls":["https://cdn.example.com/p-video.mp4"]}}"#
                        ))
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let outcome = try await clock.outcome {
                try await client.generateSync(VideoRequest(prompt: "A cat playing piano", aspectRatio: "16:9"))
            }
            let task = outcome.value()
            #expect(task?.state == .succeeded)
            #expect(task?.videoURLs == ["https://cdn.example.com/p-video.mp4"])
            #expect(outcome.endedAt == 45)
            let sent = transport.requests
            try #require(sent.count == 1)
            #expect(sent[0].method == "POST")
            #expect(sent[0].url.absoluteString == "https://apimodels.app/api/v1/video/p-video")
            #expect(
                sent[0].json
                    == expectedJSON(#"{"model":"grok-video-3","prompt":"A cat playing piano","aspect_ratio":"16:9"}"#))
            // The spec gives the blocking endpoint a 120 s call timeout, longer than the default 60 s.
            #expect(sent[0].timeoutSeconds == 120)
        }

        /// The sync endpoint creates (and costs) a video: a 500 is not retried.
        @Test func apimodelsSyncIsNotRetriedOnServerError() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock, [.json(500, #"{"code":500,"msg":"Internal Server Error","data":null}"#)],
                whenEmpty: .json(
                    200,
                    #"{"code":200,"msg":"success","data":{"taskId":"pv_2","state":"completed","resultUrls":["https://cdn.example.com/x.mp4"]}}"#
                ))
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.generateSync(VideoRequest(prompt: "a cat")) }.error()
            #expect(error?.providerReport?.httpStatus == 500)
            #expect(transport.requests.count == 1)
        }

        @Test func apimodelsSyncFailureIsTaskFailed() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"taskId":"pv_3","state":"failed","failMsg":"Content policy violation"}}"#
                    )
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.generateSync(VideoRequest(prompt: "a cat")) }.error()
            guard case .taskFailed(let task)? = error else {
                Issue.record("expected .taskFailed, got \(String(describing: error))")
                return
            }
            #expect(task.failure?.message == "Content policy violation")
        }

        @Test(arguments: ["apixo", "toapis", "apimart"])
        func providersWithoutASyncEndpointSayTheyHaveNone(_ provider: String) async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client(provider, transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.generateSync(VideoRequest(prompt: "a cat", duration: 6))
            }.error()
            guard case .unsupported(let name, _)? = error else {
                Issue.record("expected .unsupported, got \(String(describing: error))")
                return
            }
            #expect(name == provider)
            #expect(transport.requests.isEmpty)
        }

        // MARK: Timeouts

        @Test func everyRequestCarriesTheConfiguredTimeout() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#),
                    .json(
                        200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"processing"}}"#
                    ),
                ])
            let configuration = ClientConfiguration(transport: transport, clock: clock, requestTimeoutSeconds: 15)
            let client = try VideoClient(
                provider: "apixo", apiKey: APIKey(ClientHarness.key), configuration: configuration)
            _ = try await clock.outcome { () async throws -> VideoTask in
                _ = try await client.create(VideoRequest(prompt: "a lake"))
                return try await client.status(taskID: "task_12345678")
            }.value()
            #expect(transport.requests.map(\.timeoutSeconds) == [15, 15])
            #expect(ClientConfiguration().requestTimeoutSeconds == 60)
        }
    }
}
