// The provider of this module, from a consumer's point of view: reachable by type and by id, run on the sandbox in
// virtual time, typed and unified, and refused when its id clashes with a provider VideoGen already has.

import AcmeVideo
import Foundation
import Testing
import VideoGen

@Suite struct AcmeVideoTests {
    static func sandboxConfiguration() -> (ClientConfiguration, VirtualClock) {
        let clock = VirtualClock()
        let sandbox = SandboxTransport(
            descriptor: Acme.descriptor, clock: clock, settings: .init(taskDurationSeconds: 20...20, seed: 1))
        return (ClientConfiguration(transport: sandbox, clock: clock), clock)
    }

    @Test func reachableByTypeAndById() throws {
        try AcmeVideo.register()
        try AcmeVideo.register()
        #expect(ProviderCatalog.descriptor(for: "acme")?.displayName == "acme.example")
        #expect(ProviderCatalog.identifiers.contains("acme"))
        _ = try VideoClient(binding: Acme.self, apiKey: APIKey("test-key"))
        _ = try VideoClient(provider: "acme", apiKey: APIKey("test-key"))
    }

    @Test func aTaskRunsOnTheSandbox() async throws {
        try AcmeVideo.register()
        let (configuration, clock) = Self.sandboxConfiguration()
        let client = try VideoClient(provider: "acme", apiKey: APIKey("test-key"), configuration: configuration)
        let task = try await clock.run {
            try await client.generate(VideoRequest(prompt: "a red kite over the sea", duration: 4))
        }
        #expect(task.state == .succeeded)
        #expect(task.videos.first?.url == "https://cdn.acme.example/clip_1.mp4")
        #expect(task.videos.first?.contentType == "video/mp4")
    }

    @Test func theTypedClientChecksBeforeSending() async throws {
        let (configuration, clock) = Self.sandboxConfiguration()
        let acme = try Acme.Client(apiKey: APIKey("test-key"), configuration: configuration)
        let created = try await clock.run {
            try await acme.create(Acme.CreateRequest(model: .acmeClip, prompt: "a kite", seconds: ._8, ratio: ._9x16))
        }
        #expect(created.body.status == .queued)
        #expect(created.task?.state == .queued)
        #expect(!Acme.CreateRequest(model: .acmeClip, prompt: "").validate().isEmpty)
    }

    @Test func anIdVideoGenAlreadyHasIsRefused() throws {
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/AcmeVideo/acme.json")
        let text = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: #""id": "acme""#, with: #""id": "apixo""#)
        let clash = try ProviderDescriptor.load(specText: Data(text.utf8), file: "apixo.json")
        #expect(clash.id == "apixo")
        #expect(throws: VideoGenError.self) { try ProviderCatalog.register(clash) }
    }
}
