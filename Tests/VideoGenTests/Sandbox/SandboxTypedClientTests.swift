// The generated typed clients against the sandbox: every documented operation answers in the provider's shape,
// and typed calls share one client's rate and task limits with unified calls.

import Foundation
import Testing
import VideoGen

extension SandboxTests {
    @Suite("Typed clients on the sandbox")
    struct TypedClient {
        static let image = Data([0x89, 0x50, 0x4E, 0x47])

        /// Runs `body` with a typed client of the provider on a fresh sandbox in virtual time.
        static func run<Value: Sendable>(
            _ provider: String, _ body: @escaping @Sendable (VideoClient) async throws -> Value
        ) async throws -> Value? {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox(provider, clock: clock, durations: 30...30)
            let client = try SandboxHarness.client(provider, transport: sandbox, clock: clock)
            return try await clock.outcome { try await body(client) }.value()
        }

        @Test("apimart: create, status (in every documented language), upload")
        func apimart() async throws {
            let answers = try await Self.run("apimart") { base in
                let client = try Apimart.Client(base)
                let created = try await client.create(
                    Apimart.CreateRequest(model: .grokImagine1_0VideoApimart, prompt: "A dog on the beach", duration: 6)
                )
                let id = try #require(created.task?.taskID)
                var languages: [Apimart.ProviderState?] = []
                for language in Apimart.StatusLanguage.allCases {
                    languages.append(try await client.status(taskID: id, language: language).body.data?.status)
                }
                try await base.configuration.clock.sleep(seconds: 31)
                let done = try await client.status(taskID: id)
                let uploaded = try await client.upload(file: Self.image, fileName: "ref.png", contentType: "image/png")
                return (created, languages, done, uploaded)
            }
            let (created, languages, done, uploaded) = try #require(answers)
            // 004: a create answers {"code": 200, "data": [{"id", "status": "submitted"}]}.
            #expect(created.body.envelope.code?.integerValue == 200)
            #expect(created.body.data?.first?.status == .submitted)
            #expect(languages == [.submitted, .submitted, .submitted, .submitted])
            #expect(done.body.data?.status == .completed)
            #expect(done.task?.state == .succeeded)
            #expect(done.task?.videoURLs.count == 1)
            #expect(uploaded.body.url?.hasPrefix("https://") == true)
        }

        @Test("apimodels: create, status, the blocking sync endpoint, upload")
        func apimodels() async throws {
            let answers = try await Self.run("apimodels") { base in
                let client = try Apimodels.Client(base)
                let request = Apimodels.CreateRequest(model: .grokVideo3, prompt: "A cat playing piano")
                let created = try await client.create(request)
                let status = try await client.status(taskID: try #require(created.body.data?.taskID))
                let synced = try await client.sync(request)
                let uploaded = try await client.upload(file: Self.image, fileName: "ref.png", contentType: "image/png")
                return (created, status, synced, uploaded)
            }
            let (created, status, synced, uploaded) = try #require(answers)
            // 000: {"code": 200, "msg": "success", "data": {"taskId", "state": "pending"}}.
            #expect(created.body.envelope.msg == "success")
            #expect(created.body.data?.state == .pending)
            #expect(status.task?.state == .queued || status.task?.state == .running)
            // The sync endpoint answers the finished task.
            #expect(synced.task?.state == .succeeded)
            #expect(synced.body.data?.resultURLs?.isEmpty == false)
            #expect(uploaded.body.envelope.code?.integerValue == 200)
            #expect(uploaded.body.data?.publicURL?.hasPrefix("https://") == true)
        }

        @Test("toapis: create, status, upload with its purpose")
        func toapis() async throws {
            let answers = try await Self.run("toapis") { base in
                let client = try Toapis.Client(base)
                let created = try await client.create(
                    Toapis.CreateRequest(model: .grokVideo3, prompt: "A golden retriever"))
                let status = try await client.status(taskID: try #require(created.body.id))
                let uploaded = try await client.upload(
                    file: Self.image, fileName: "ref.png", contentType: "image/png", purpose: "generation")
                return (created, status, uploaded)
            }
            let (created, status, uploaded) = try #require(answers)
            #expect(created.body.status == .queued)
            #expect(status.body.id == created.body.id)
            #expect(uploaded.body.success == true)
            #expect(uploaded.body.data?.url?.hasPrefix("https://") == true)
        }

        @Test("a typed upload the spec refuses (toapis: images only, at most 10 MB) sends nothing")
        func refusedUpload() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("toapis", clock: clock)
            let client = try Toapis.Client(SandboxHarness.client("toapis", transport: sandbox, clock: clock))
            let outcome = try await clock.outcome {
                try await client.upload(file: Self.image, fileName: "clip.mp4", contentType: "video/mp4")
            }
            guard case .invalidRequest(_, let violations)? = outcome.error() else {
                Issue.record("expected invalidRequest")
                return
            }
            #expect(violations.contains { $0.contains("video/mp4") })
            #expect(await sandbox.statistics.totalRequests == 0)
        }

        /// Ten unified `generate` calls and ten typed create-and-poll loops on one apixo client: apixo allows ten
        /// tasks at once and 60 requests a minute, and the sandbox never refuses anything.
        @Test("typed and unified calls share one client's limits")
        func typedAndUnifiedShareLimits() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let base = try SandboxHarness.client("apixo", transport: sandbox, clock: clock)
            let typed = try Apixo.Client(base)
            let outcome = try await clock.outcome { () async throws -> [VideoTask] in
                try await withThrowingTaskGroup(of: VideoTask.self) { group in
                    for index in 1...10 {
                        group.addTask { try await base.generate(VideoRequest(prompt: "unified \(index)")) }
                        group.addTask {
                            let request = Apixo.CreateRequest(
                                input: .init(mode: .textToVideo, prompt: "typed \(index)"))
                            let created = try await typed.create(request)
                            let id = try #require(created.body.data?.taskID)
                            while true {
                                try await clock.sleep(seconds: 10)
                                let status = try await typed.status(taskID: id)
                                if let task = status.task, task.state.isTerminal { return task }
                            }
                        }
                    }
                    var tasks: [VideoTask] = []
                    for try await task in group { tasks.append(task) }
                    return tasks
                }
            }
            let tasks = try #require(outcome.value())
            #expect(tasks.count == 20)
            #expect(tasks.allSatisfy { $0.state == .succeeded })
            let statistics = await sandbox.statistics
            #expect(statistics.tasksCreated == 20)
            #expect(statistics.peakConcurrentTasks == 10)
            #expect(statistics.rateLimited == 0)
            #expect(statistics.errors.isEmpty)
        }
    }
}
