// A sandbox task's life in virtual time, per provider: the provider's own state words in its documented order,
// rising progress, the documented success payload with the created id filled in, and `[fail]` ending in the
// provider's content-violation failure. Also the upload and the sync endpoint.

import Foundation
import Testing
import VideoGen

extension SandboxTests {
    @Suite("Task lifecycle")
    struct Lifecycle {
        struct Walk: Sendable, CustomTestStringConvertible {
            var provider: String
            /// The states in the provider's own words, in its documented order.
            var states: [String]
            /// The URL of the provider's documented success sample.
            var url: String
            /// Whether the provider reports progress.
            var reportsProgress: Bool
            /// The state in the create answer (apixo's create answer carries only the taskId).
            var createdState: String?
            var testDescription: String { provider }
        }

        static let walks = [
            Walk(
                provider: "apixo", states: ["pending", "processing", "success"], url: "https://r2.apixo.ai/video.mp4",
                reportsProgress: false, createdState: nil),
            Walk(
                provider: "toapis", states: ["queued", "in_progress", "completed"],
                url: "https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4", reportsProgress: true,
                createdState: "queued"),
            Walk(
                provider: "apimart", states: ["submitted", "pending", "processing", "completed"],
                url: "https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4",
                reportsProgress: true, createdState: "submitted"),
            Walk(
                provider: "apimodels", states: ["pending", "processing", "completed"],
                url: "https://cdn.example.com/video.mp4", reportsProgress: false, createdState: "pending"),
        ]

        static func request(_ provider: String, prompt: String) -> VideoRequest {
            provider == "apimodels" ? VideoRequest(prompt: prompt) : VideoRequest(prompt: prompt, duration: 6)
        }

        /// Every second a poll: the walk is seen state by state.
        static let everySecond = PollingPolicy(
            firstWaitSeconds: 1, intervalSeconds: 1, maximumIntervalSeconds: 1, jitter: 0)

        @Test(arguments: walks)
        func walksTheProvidersStatesWithRisingProgress(_ walk: Walk) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(walk.provider, clock: clock, durations: 40...40)
            let client = try SandboxHarness.client(
                walk.provider, transport: sandbox, clock: clock, polling: Self.everySecond)
            let result = try await clock.outcome { () async throws -> (created: VideoTask, seen: [VideoTask]) in
                let created = try await client.create(Self.request(walk.provider, prompt: "a red kite over the sea"))
                let handle = try #require(client.handle(for: created))
                var seen: [VideoTask] = []
                for try await task in client.updates(for: handle) { seen.append(task) }
                return (created, seen)
            }.value()
            let seen = try #require(result?.seen)
            let created = try #require(result?.created)

            #expect(created.taskID?.hasPrefix("sbx_") == true)
            #expect(created.providerState == walk.createdState)
            #expect(created.state == .queued)
            var words: [String] = []
            for word in ([created] + seen).compactMap(\.providerState) where words.last != word { words.append(word) }
            #expect(words == walk.states)
            if walk.reportsProgress {
                let progress = seen.compactMap(\.progress)
                #expect(progress.count == seen.count)
                #expect(zip(progress, progress.dropFirst()).allSatisfy { $0 <= $1 }, "progress \(progress)")
                #expect(Set(progress).count > 10, "progress should rise step by step: \(progress)")
                #expect(progress.last == 100)
            }
            let final = try #require(seen.last)
            #expect(final.state == .succeeded)
            #expect(final.taskID == created.taskID)
            #expect(final.videoURLs == [walk.url])
            #expect(await sandbox.statistics.tasksCreated == 1)
        }

        struct Failure: Sendable, CustomTestStringConvertible {
            var provider: String
            var code: String?
            var message: String
            var state: String
            var testDescription: String { provider }
        }

        /// `[fail]` in the prompt ends in the spec's sandbox failure (apixo 003's CONTENT_VIOLATION, toapis'
        /// documented generation_failed sample; apimart and apimodels as their specs record it).
        @Test(arguments: [
            Failure(
                provider: "apixo", code: "CONTENT_VIOLATION", message: "Content does not meet safety guidelines",
                state: "failed"),
            Failure(
                provider: "toapis", code: "generation_failed",
                message: "Generation failed: Content violates the content policy", state: "failed"),
            Failure(
                provider: "apimart", code: "content_policy_violation", message: "Content violates the content policy",
                state: "failed"),
            Failure(provider: "apimodels", code: nil, message: "Content policy violation", state: "failed"),
        ])
        func failInThePromptEndsInTheProvidersFailure(_ item: Failure) async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(item.provider, clock: clock)
            let client = try SandboxHarness.client(item.provider, transport: sandbox, clock: clock)
            let error = try await clock.outcome {
                try await client.generate(Self.request(item.provider, prompt: "a kite [fail]"))
            }.error()
            guard case .taskFailed(let task)? = error else {
                Issue.record("expected .taskFailed, got \(String(describing: error))")
                return
            }
            #expect(task.failure == TaskFailure(code: item.code, message: item.message))
            #expect(task.providerState == item.state)
            #expect(task.videoURLs.isEmpty)
            #expect(task.taskID?.hasPrefix("sbx_") == true)
        }

        /// A sandbox id carries the task: a second sandbox (another process) answers its status.
        @Test func anotherSandboxAnswersForTheSameTask() async throws {
            let clock = VirtualClock()
            let first = try SandboxHarness.sandbox("toapis", clock: clock, durations: 20...20)
            let creator = try SandboxHarness.client("toapis", transport: first, clock: clock)
            let created = try #require(
                try await clock.outcome { try await creator.create(VideoRequest(prompt: "a dog", duration: 5)) }.value()
            )
            let second = try SandboxHarness.sandbox("toapis", clock: clock, durations: 20...20)
            let follower = try SandboxHarness.client("toapis", transport: second, clock: clock)
            let handle = try #require(TaskHandle("toapis:\(created.taskID ?? "")"))
            let task = try await clock.outcome { try await follower.wait(for: handle) }.value()
            #expect(task?.videoURLs == ["https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4"])
            #expect(await second.statistics.tasksCreated == 0)
        }

        @Test func toapisUploadAnswersInItsOwnShape() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("toapis", clock: clock)
            let client = try SandboxHarness.client("toapis", transport: sandbox, clock: clock)
            let url = try await clock.outcome {
                try await client.uploadImage(
                    Data([0x89, 0x50, 0x4E, 0x47]), fileName: "cat.png", contentType: "image/png")
            }.value()
            #expect(url?.hasPrefix("https://") == true)
            #expect(await sandbox.statistics.requests["upload"] == 1)
        }

        /// apimodels' p-video endpoint blocks for the task's duration, then answers with the video.
        @Test func apimodelsSyncBlocksUntilTheVideoIsDone() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apimodels", clock: clock, durations: 45...45)
            let client = try SandboxHarness.client("apimodels", transport: sandbox, clock: clock)
            let outcome = try await clock.outcome {
                try await client.generateSync(VideoRequest(prompt: "A cat playing piano"))
            }
            #expect(outcome.value()?.videoURLs == ["https://cdn.example.com/video.mp4"])
            #expect(outcome.endedAt == 45)
            #expect(await sandbox.statistics.requests["sync"] == 1)
            #expect(await sandbox.statistics.requests["status"] == nil)
        }
    }
}
