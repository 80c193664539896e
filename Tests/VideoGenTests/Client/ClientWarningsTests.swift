// Warnings a client gives without refusing the request: a model the spec does not list (an error only when the
// client is strict), delivered as `request.warning` events that never carry the key or the request's values.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Warnings")
    struct Warnings {
        final class Collector: @unchecked Sendable {
            private let lock = NSLock()
            private var collected: [VideoGenEvent] = []
            func add(_ event: VideoGenEvent) { lock.withLock { collected.append(event) } }
            var events: [VideoGenEvent] { lock.withLock { collected } }
        }

        static func client(_ provider: String, strict: Bool = false, collector: Collector) throws -> VideoClient {
            let clock = VirtualClock()
            let configuration = ClientConfiguration(
                transport: ScriptedTransport(clock: clock, []), clock: clock, refusesUnknownModels: strict,
                observer: { collector.add($0) })
            return try VideoClient(provider: provider, apiKey: APIKey(ClientHarness.key), configuration: configuration)
        }

        @Test func anUnlistedModelIsSentWithAWarning() throws {
            let collector = Collector()
            let client = try Self.client("apimodels", collector: collector)
            let http = try client.createHTTPRequest(for: VideoRequest(prompt: "a secret prompt", model: "grok-video-4"))
            let body = try JSONParser.parse(try #require(http.body))
            #expect(body["model"] == "grok-video-4")
            #expect(
                collector.events == [
                    VideoGenEvent(
                        name: "request.warning", level: .warning, provider: "apimodels",
                        message:
                            #"model is "grok-video-4", which the spec does not list (did you mean grok-video-3?); it is checked against what the listed models accept"#,
                        metadata: ["operation": "create", "field": "model"])
                ])
            #expect(!collector.events.contains { $0.description.contains("a secret prompt") })
            #expect(!collector.events.contains { $0.description.contains(ClientHarness.key) })
        }

        @Test func aStrictClientRefusesAnUnlistedModelBeforeSending() throws {
            let collector = Collector()
            let client = try Self.client("apixo", strict: true, collector: collector)
            #expect {
                try client.createHTTPRequest(for: VideoRequest(prompt: "a kite", model: "grok-video-pro"))
            } throws: { error in
                guard case .invalidRequest(_, let violations) = error as? VideoGenError else { return false }
                return violations == [
                    #"model: must be one of the listed models "grok-video", "veo-3-1", "seedance-2-0", "seedance-2-0-fast", "nano-banana-2", "gpt-image-2", got "grok-video-pro" (did you mean grok-video?)"#
                ]
            }
            #expect(collector.events.isEmpty)
        }

        @Test func aListedModelGivesNoWarning() throws {
            let collector = Collector()
            let client = try Self.client("apixo", collector: collector)
            _ = try client.createHTTPRequest(for: VideoRequest(prompt: "a kite", model: "grok-video"))
            #expect(collector.events.isEmpty)
        }
    }
}
