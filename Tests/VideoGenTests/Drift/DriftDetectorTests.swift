// Drift: what a payload says that its spec does not know, one test per kind of difference, with payloads written by
// hand as documented answers with one thing changed; the client's observer hears of it once; recorded fixtures hold
// no key.

import Foundation
import Testing
import VideoGen

@Suite("Drift detection")
struct DriftDetectorTests {
    static func findings(_ provider: String, _ responseName: String, _ json: String) throws -> [DriftFinding] {
        let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
        let response = try #require(descriptor.response(named: responseName))
        return DriftDetector.findings(
            in: try JSONParser.parse(json), response: response, descriptor: descriptor,
            documented: DriftDetector.documentedAnswers(of: response, descriptor: descriptor))
    }

    /// apixo 003's status-success answer, as documented.
    static let apixoSuccess =
        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965652317,"costTime":41388}}"#

    @Test func aDocumentedAnswerHasNoDrift() throws {
        #expect(try Self.findings("apixo", "status", Self.apixoSuccess).isEmpty)
    }

    @Test func anUnknownField() throws {
        let json = Self.apixoSuccess.replacingOccurrences(
            of: #""costTime":41388"#, with: #""costTime":41388,"queueEta":12"#)
        #expect(
            try Self.findings("apixo", "status", json) == [
                DriftFinding(
                    kind: .unknownField, path: ["data", "queueEta"],
                    message: "is not a field the spec declares (an integer)")
            ])
    }

    @Test func anUnknownStateAndFailCode() throws {
        let json =
            #"{"code":200,"message":"success","data":{"taskId":"task_1","state":"moderating","failCode":"NEW_CODE","failMsg":"hold on"}}"#
        let kinds = try Self.findings("apixo", "status", json).map(\.kind)
        #expect(kinds.contains(.unknownState))
        #expect(kinds.contains(.unknownFailCode))
        let state = try #require(try Self.findings("apixo", "status", json).first { $0.kind == .unknownState })
        #expect(
            state.description
                == #"data.state: unknown state "moderating" (the spec lists pending, processing, success, failed)"#)
    }

    @Test func anUnknownModel() throws {
        // apimodels answers name the model as "<provider>/<model>"; a model none of whose names the spec lists is new.
        let known =
            #"{"code":200,"msg":"success","data":{"taskId":"c1","state":"processing","model":"cloud-video/grok-video-3"}}"#
        #expect(try Self.findings("apimodels", "status", known).allSatisfy { $0.kind != .unknownModel })
        let new = known.replacingOccurrences(of: "grok-video-3", with: "grok-video-9")
        #expect(try Self.findings("apimodels", "status", new).map(\.kind).contains(.unknownModel))
    }

    @Test func anOpenCatalogKnowsNoUnknownModels() throws {
        // Replicate runs any public model (its own samples use replicate/hello-world): the spec says its catalogue is
        // open, so a model it does not list is not drift.
        let replicate = try #require(ProviderCatalog.descriptor(for: "replicate"))
        #expect(replicate.modelCatalogIsOpen)
        #expect(try #require(ProviderCatalog.descriptor(for: "apimodels")).modelCatalogIsOpen == false)
        let json =
            #"{"id":"p1","model":"someone/new-video-model","version":"v1","input":{},"status":"starting","created_at":"2024-01-01T00:00:00Z","urls":{}}"#
        #expect(try Self.findings("replicate", "prediction", json).allSatisfy { $0.kind != .unknownModel })
    }

    @Test func aTypeAndARangeThatDiffer() throws {
        // toapis: progress is an integer from 0 to 100.
        let json =
            #"{"id":"v1","object":"generation.task","status":"in_progress","progress":"65","created_at":1768380222}"#
        #expect(try Self.findings("toapis", "status", json).map(\.kind) == [.typeMismatch])
        let range =
            #"{"id":"v1","object":"generation.task","status":"in_progress","progress":165,"created_at":1768380222}"#
        #expect(
            try Self.findings("toapis", "status", range) == [
                DriftFinding(kind: .outOfRange, path: ["progress"], message: "165 is above the spec's maximum")
            ])
    }

    @Test func aFieldEveryDocumentedAnswerHasIsMissing() throws {
        // Every documented apimodels status answer has data.taskId and data.state (apixo's no longer do: its gateway
        // mock answers with a top-level id and state, REAL-TRAFFIC).
        let json = #"{"code":200,"msg":"success","data":{"taskId":"task_1"}}"#
        #expect(
            try Self.findings("apimodels", "status", json) == [
                DriftFinding(
                    kind: .missingField, path: ["data", "state"], message: "is missing; every documented answer has it")
            ])
    }

    // MARK: Live traffic

    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var collected: [VideoGenEvent] = []
        func add(_ event: VideoGenEvent) { lock.withLock { collected.append(event) } }
        var events: [VideoGenEvent] { lock.withLock { collected } }
    }

    @Test func theObserverHearsOfDriftOnceWithoutTheKey() async throws {
        let clock = VirtualClock()
        let answer = HTTPResponse(
            status: 200, headers: ["Content-Type": "application/json"],
            body: Data(#"{"code":200,"message":"success","data":{"taskId":"task_1","state":"moderating"}}"#.utf8))
        let transport = ScriptedTransport(clock: clock, [.respond(answer), .respond(answer)])
        let collector = Collector()
        let key = "sk-drift-SECRET"
        let client = try VideoClient(
            provider: "apixo", apiKey: APIKey(key),
            configuration: ClientConfiguration(transport: transport, clock: clock, observer: { collector.add($0) }))
        for _ in 0..<2 {
            let task = try await client.status(TaskHandle(provider: "apixo", taskID: "task_1"))
            #expect(task.state == .unknown)
        }
        let drift = collector.events.filter { $0.name == VideoGenEvent.drift }
        #expect(
            drift.map(\.message) == [
                #"apixo status: data.state: unknown state "moderating" (the spec lists pending, processing, success, failed)"#
            ])
        #expect(drift.first?.metadata == ["operation": "status", "kind": "unknownState", "field": "data.state"])
        #expect(!collector.events.contains { $0.description.contains(key) })
    }

    @Test func recordedFixturesHoldNoKeyAndCheckClean() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-fixtures-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = APIKey("sk-record-SECRET-42")
        let clock = VirtualClock()
        let descriptor = try #require(ProviderCatalog.descriptor(for: "apixo"))
        let sandbox = SandboxTransport(
            descriptor: descriptor, clock: clock, settings: .init(taskDurationSeconds: 20...20, seed: 3))
        let recorder = VideoGen.RecordingTransport(wrapping: sandbox, into: folder, redacting: [key])
        let client = try VideoClient(
            descriptor: descriptor, apiKey: key, configuration: ClientConfiguration(transport: recorder, clock: clock))
        let task = try await clock.run { try await client.generate(VideoRequest(prompt: "a red kite", duration: 6)) }
        #expect(task.state == .succeeded)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.first == "apixo-create-1.json")
        #expect(files.count >= 2)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(key.secret), "\(file) holds the key")
            let fixture = try #require(Fixture(json: try JSONParser.parse(text)))
            #expect(fixture.provider == "apixo")
            #expect(fixture.request["headers"]?["Authorization"] == "***")
        }
    }
}
