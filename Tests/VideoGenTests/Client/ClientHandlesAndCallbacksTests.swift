// Task handles (`apixo:task_12345678`) that work alone, callbacks decoded and verified by re-fetching the task,
// and the client's configuration checks (base URL policy, empty key, unknown provider).

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Handles, callbacks and configuration")
    struct HandlesAndCallbacks {
        // MARK: Handles

        @Test func handleTextParses() throws {
            let plain = try #require(TaskHandle("apixo:task_12345678"))
            #expect(plain == TaskHandle(provider: "apixo", taskID: "task_12345678"))
            #expect(plain.description == "apixo:task_12345678")
            let withModel = try #require(TaskHandle("apixo/grok-video-pro:task_1"))
            #expect(withModel == TaskHandle(provider: "apixo", taskID: "task_1", model: "grok-video-pro"))
            #expect(withModel.description == "apixo/grok-video-pro:task_1")
            // The id keeps everything after the first colon.
            #expect(
                TaskHandle("toapis:video_7497f4d5-3a88-44c7-923a-967fa7d941a0")?.taskID
                    == "video_7497f4d5-3a88-44c7-923a-967fa7d941a0")
            #expect(TaskHandle("APIXO:task_1")?.provider == "apixo")
        }

        @Test(arguments: ["task_12345678", ":task_1", "apixo:", "apixo/:task_1", "api xo:task_1", ""])
        func malformedHandleTextIsRefused(_ text: String) {
            #expect(TaskHandle(text) == nil)
        }

        @Test func handleEncodesAsItsText() throws {
            let data = try JSONEncoder().encode([TaskHandle(provider: "apixo", taskID: "task_12345678")])
            #expect(String(decoding: data, as: UTF8.self) == #"["apixo:task_12345678"]"#)
            let decoded = try JSONDecoder().decode([TaskHandle].self, from: Data(#"["toapis:video_1"]"#.utf8))
            #expect(decoded == [TaskHandle(provider: "toapis", taskID: "video_1")])
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode([TaskHandle].self, from: Data(#"["no-colon"]"#.utf8))
            }
        }

        /// A persisted handle alone is enough: a fresh client waits for it and gets the video.
        @Test func aHandleAloneResumesTheWait() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}"}}"#
                    )
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let handle = try #require(TaskHandle("apixo:task_12345678"))
            let task = try await clock.outcome { try await client.wait(for: handle) }.value()
            #expect(task?.videoURLs == ["https://r2.apixo.ai/video.mp4"])
            #expect(
                transport.requests.first?.url.absoluteString
                    == "https://api.apixo.ai/api/v1/statusTask/grok-video?taskId=task_12345678")
        }

        /// A handle naming another model puts it into apixo's status path.
        @Test func aHandleWithAModelQueriesThatModel() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"processing"}}"#)
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let handle = try #require(TaskHandle("apixo/grok-video-pro:task_1"))
            let task = try await clock.outcome { try await client.status(handle) }.value()
            #expect(task?.state == .running)
            #expect(
                transport.requests.first?.url.absoluteString
                    == "https://api.apixo.ai/api/v1/statusTask/grok-video-pro?taskId=task_1")
        }

        @Test func aHandleOfAnotherProviderIsRefused() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "toapis", taskID: "video_1"))
            }.error()
            guard case .configuration(let message)? = error else {
                Issue.record("expected .configuration, got \(String(describing: error))")
                return
            }
            #expect(message.contains("toapis"))
            #expect(message.contains("apixo"))
            #expect(transport.requests.isEmpty)
        }

        @Test func theClientMakesHandlesForItsTasks() throws {
            let clock = VirtualClock()
            let client = try ClientHarness.client("apixo", transport: ScriptedTransport(clock: clock, []), clock: clock)
            let task = VideoTask(
                provider: "apixo", taskID: "task_12345678", state: .queued, providerState: nil, model: "grok-video")
            #expect(client.handle(for: task)?.description == "apixo:task_12345678")
            var other = task
            other.model = "grok-video-pro"
            #expect(client.handle(for: other)?.description == "apixo/grok-video-pro:task_12345678")
            other.taskID = nil
            #expect(client.handle(for: other) == nil)
        }

        // MARK: Callbacks

        /// apixo 003: "The callback body is identical to the status response."
        @Test func apixoCallbackDecodes() throws {
            let clock = VirtualClock()
            let client = try ClientHarness.client("apixo", transport: ScriptedTransport(clock: clock, []), clock: clock)
            let body =
                #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"failed","failCode":"CONTENT_VIOLATION","failMsg":"Content does not meet safety guidelines"}}"#
            let task = try client.decodeCallback(Data(body.utf8))
            #expect(task.taskID == "task_12345678")
            #expect(task.state == .failed)
            #expect(
                task.failure
                    == TaskFailure(code: "CONTENT_VIOLATION", message: "Content does not meet safety guidelines"))
        }

        /// apimodels 000: the callback's data carries param and resultJson as JSON strings.
        @Test func apimodelsCallbackDecodes() throws {
            let clock = VirtualClock()
            let client = try ClientHarness.client(
                "apimodels", transport: ScriptedTransport(clock: clock, []), clock: clock)
            let body =
                #"{"code":200,"msg":"success","data":{"taskId":"clx7cb01","model":"cloud-video/grok-video-3","state":"completed","param":"{\"model\":\"grok-video-3\",\"prompt\":\"A cat playing piano\"}","resultJson":"{\"resultUrls\":[\"https://r2.apimodels.app/videos/xxx.mp4\"],\"videoDuration\":5}","failCode":null,"failMsg":null,"costTime":12345,"completeTime":1705123500000,"createTime":1705123450000}}"#
            let task = try client.decodeCallback(Data(body.utf8))
            #expect(task.taskID == "clx7cb01")
            #expect(task.state == .succeeded)
            #expect(task.videoURLs == ["https://r2.apimodels.app/videos/xxx.mp4"])
            #expect(milliseconds(task.completedAt) == 1_705_123_500_000)
        }

        /// Callbacks are unsigned: `verifyCallback` asks the provider and returns what it says, not the claim.
        @Test func verifyCallbackRefetchesTheTaskById() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"processing","createTime":1767965610929}}"#
                    )
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let forged =
                #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://attacker.example/video.mp4\"]}"}}"#
            let task = try await clock.outcome { try await client.verifyCallback(Data(forged.utf8)) }.value()
            #expect(task?.state == .running)
            #expect(task?.videoURLs == [])
            let sent = transport.requests
            #expect(sent.count == 1)
            #expect(sent.first?.method == "GET")
            #expect(
                sent.first?.url.absoluteString
                    == "https://api.apixo.ai/api/v1/statusTask/grok-video?taskId=task_12345678")
        }

        @Test func apimodelsVerifyCallbackUsesTheTaskIdQuery() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"taskId":"clx7cb01","state":"completed","resultUrls":["https://r2.apimodels.app/videos/xxx.mp4"]}}"#
                    )
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let body =
                #"{"code":200,"msg":"success","data":{"taskId":"clx7cb01","state":"completed","resultJson":"{\"resultUrls\":[\"https://r2.apimodels.app/videos/xxx.mp4\"]}"}}"#
            let task = try await clock.outcome { try await client.verifyCallback(Data(body.utf8)) }.value()
            #expect(task?.videoURLs == ["https://r2.apimodels.app/videos/xxx.mp4"])
            #expect(
                transport.requests.first?.url.absoluteString
                    == "https://apimodels.app/api/v1/video/generations?task_id=clx7cb01")
        }

        @Test func verifyCallbackWithoutATaskIdSendsNothing() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(clock: clock, [])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let body = #"{"code":200,"message":"success","data":{"state":"success"}}"#
            let error = try await clock.outcome { try await client.verifyCallback(Data(body.utf8)) }.error()
            guard case .malformedResponse(_, let endpoint, _)? = error else {
                Issue.record("expected .malformedResponse, got \(String(describing: error))")
                return
            }
            #expect(endpoint == "callback")
            #expect(transport.requests.isEmpty)
        }

        @Test func toapisDocumentsNoCallbacks() throws {
            let clock = VirtualClock()
            let client = try ClientHarness.client(
                "toapis", transport: ScriptedTransport(clock: clock, []), clock: clock)
            #expect {
                try client.decodeCallback(Data(#"{"id":"video_1","status":"completed"}"#.utf8))
            } throws: { error in
                if case .unsupported(provider: "toapis", _) = error as? VideoGenError { return true }
                return false
            }
        }

        @Test func anOversizedCallbackIsRefused() throws {
            let clock = VirtualClock()
            let client = try ClientHarness.client("apixo", transport: ScriptedTransport(clock: clock, []), clock: clock)
            let padding = String(repeating: "x", count: 300 * 1024)
            let body = #"{"code":200,"message":"success","data":{"taskId":"t","state":"success","note":"\#(padding)"}}"#
            #expect {
                try client.decodeCallback(Data(body.utf8))
            } throws: { error in
                if case .malformedResponse(provider: "apixo", endpoint: "callback", _) = error as? VideoGenError {
                    return true
                }
                return false
            }
        }

        // MARK: Configuration

        @Test(arguments: [
            "http://10.0.0.1", "http://api.apixo.ai", "http://192.168.1.20:8080", "ftp://127.0.0.1",
            "file:///tmp/socket",
        ])
        func plainHTTPIsRefusedOffThisMachine(_ text: String) throws {
            let url = try #require(URL(string: text))
            #expect(throws: VideoGenError.self) { try BaseURLPolicy.check(url) }
            let clock = VirtualClock()
            let configuration = ClientConfiguration(
                baseURL: url, transport: ScriptedTransport(clock: clock, []), clock: clock)
            #expect {
                try VideoClient(provider: "apixo", apiKey: APIKey(ClientHarness.key), configuration: configuration)
            } throws: { error in
                guard case .configuration(let message) = error as? VideoGenError else { return false }
                return message.contains(text)
            }
        }

        @Test(arguments: [
            "http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:8080", "https://proxy.example.com",
            "http://127.1.2.3",
        ])
        func httpsAnywhereAndPlainHTTPOnLoopbackAreAccepted(_ text: String) throws {
            let url = try #require(URL(string: text))
            #expect(try BaseURLPolicy.check(url) == url)
        }

        @Test func requestsGoToTheConfiguredBaseURLKeepingItsPath() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"processing"}}"#)
                ])
            let configuration = ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:8080/proxy/apixo/"), transport: transport, clock: clock)
            let client = try VideoClient(
                provider: "apixo", apiKey: APIKey(ClientHarness.key), configuration: configuration)
            _ = try await clock.outcome { try await client.status(taskID: "task_1") }.value()
            #expect(
                transport.requests.first?.url.absoluteString
                    == "http://127.0.0.1:8080/proxy/apixo/api/v1/statusTask/grok-video?taskId=task_1")
        }

        @Test func emptyKeyAndUnknownProviderAreConfigurationErrors() {
            let clock = VirtualClock()
            let configuration = ClientConfiguration(transport: ScriptedTransport(clock: clock, []), clock: clock)
            #expect(throws: VideoGenError.configuration("apixo: the API key is empty")) {
                try VideoClient(provider: "apixo", apiKey: APIKey("  \n"), configuration: configuration)
            }
            #expect {
                try VideoClient(
                    provider: "kling-direct", apiKey: APIKey(ClientHarness.key), configuration: configuration)
            } throws: { error in
                guard case .configuration(let message) = error as? VideoGenError else { return false }
                return message.contains("kling-direct")
                    && ["apixo", "toapis", "apimart", "apimodels"].allSatisfy(message.contains)
            }
        }
    }
}

extension ClientTests {
    @Suite("Callback hardening")
    struct CallbackHardening {
        /// Callbacks are a few kilobytes; anything over 256 KiB is refused before it is parsed.
        @Test func oversizedCallbackBodiesAreRefused() throws {
            let client = try VideoClient(provider: "apixo", apiKey: APIKey("sk-callback-0001"))
            let padding = String(repeating: " ", count: 256 * 1024)
            let body = Data(
                (#"{"code":200,"message":"success","data":{"taskId":"t1","state":"processing"}}"# + padding).utf8)
            do {
                _ = try client.decodeCallback(body)
                Issue.record("a \(body.count)-byte callback was accepted")
            } catch {
                #expect(
                    error
                        == .malformedResponse(
                            provider: "apixo", endpoint: "callback", detail: "the body is larger than 256 KiB"))
            }
            // Just under the cap, the same callback decodes.
            let fits = Data((#"{"code":200,"message":"success","data":{"taskId":"t1","state":"processing"}}"#).utf8)
            #expect(try client.decodeCallback(fits).state == .running)
        }

        /// A provider that documents no callbacks cannot have one decoded.
        @Test func providersWithoutCallbacksRefuseThem() throws {
            let client = try VideoClient(provider: "toapis", apiKey: APIKey("sk-callback-0001"))
            #expect(
                throws: VideoGenError.unsupported(provider: "toapis", detail: "the provider documents no callbacks")
            ) {
                try client.decodeCallback(Data("{}".utf8))
            }
        }
    }
}
