// The spec's limits, enforced by the sandbox with 429 + Retry-After (apixo 003: 60 requests per minute, 10
// concurrent tasks), and respected by one client's limiter so that parallel work never provokes a 429.

import Foundation
import Testing
import VideoGen

extension SandboxTests {
    @Suite("Rate and concurrency limits")
    struct Limits {
        static func request(_ index: Int) -> VideoRequest {
            VideoRequest(prompt: "a red kite over the sea, take \(index)", duration: 6)
        }

        /// With the client's own limiter off, the 61st request within a minute is refused with 429 and Retry-After.
        @Test func apixoBurstBeyondSixtyPerMinuteGets429WithRetryAfter() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let recorder = ExchangeLoggingTransport(sandbox, clock: clock)
            let client = try SandboxHarness.client(
                "apixo", transport: recorder, clock: clock, retry: RetryPolicy(maximumAttempts: 1),
                enforcesLimits: false)
            let outcome = try await clock.outcome { () async throws -> [VideoGenError?] in
                let created = try await client.create(Self.request(0))
                let handle = try #require(client.handle(for: created))
                var results: [VideoGenError?] = []
                for _ in 1...60 {
                    do {
                        _ = try await client.status(handle)
                        results.append(nil)
                    } catch {
                        results.append(VideoGenError.expected(error))
                    }
                }
                return results
            }
            let results = try #require(outcome.value())
            #expect(results.prefix(59).allSatisfy { $0 == nil })
            #expect(results.last == VideoGenError?.some(.rateLimited(provider: "apixo", retryAfterSeconds: 60)))
            let refused = recorder.exchanges.filter { $0.status == 429 }
            #expect(refused.count == 1)
            #expect(refused.first?.retryAfter == "60")
            #expect(refused.first?.time == 0)
            #expect(await sandbox.statistics.rateLimited == 1)
        }

        /// Replicate documents two limits at once (replicate.md): 600 prediction creates a minute, and 3000 a minute for
        /// every other endpoint. 610 creates and 610 reads through one client: the creates' own limit makes the 601st
        /// create wait for the next minute, while the reads — counted apart — are never held back by it; nothing is
        /// refused.
        @Test func replicateKeepsItsCreateAndOtherLimitsApart() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("replicate", clock: clock, durations: 3600...3600)
            let recorder = ExchangeLoggingTransport(sandbox, clock: clock)
            let client = try SandboxHarness.client("replicate", transport: recorder, clock: clock)
            let outcome = try await clock.outcome { () async throws -> Int in
                let first = try await client.create(VideoRequest(prompt: "take 0"))
                let handle = try #require(client.handle(for: first))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 1..<610 {
                        group.addTask { _ = try await client.create(VideoRequest(prompt: "take \(index)")) }
                    }
                    for _ in 0..<610 {
                        group.addTask { _ = try await client.status(handle) }
                    }
                    try await group.waitForAll()
                }
                return 0
            }
            _ = try #require(outcome.value())
            let exchanges = recorder.exchanges
            #expect(exchanges.allSatisfy { $0.status != 429 })
            let creates = exchanges.filter { $0.method == "POST" }.map(\.time).sorted()
            let reads = exchanges.filter { $0.method == "GET" }.map(\.time).sorted()
            #expect(creates.count == 610)
            #expect(reads.count == 610)
            // No more than 600 creates in any 60 s: the 601st comes a minute after the first.
            #expect(creates[600] - creates[0] >= 60)
            // The reads all went out at once: 610 is well under their 3000 a minute.
            #expect(reads.last == reads.first)
            #expect(await sandbox.statistics.rateLimited == 0)
        }

        /// The same burst with the limiter on: the 61st request waits out the window instead (60 s + 1 s margin).
        @Test func apixoBurstWithTheLimiterWaitsInsteadOfBeingRefused() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock, durations: 600...600)
            let recorder = ExchangeLoggingTransport(sandbox, clock: clock)
            let client = try SandboxHarness.client(
                "apixo", transport: recorder, clock: clock, retry: RetryPolicy(maximumAttempts: 1))
            let outcome = try await clock.outcome { () async throws -> Int in
                let created = try await client.create(Self.request(0))
                let handle = try #require(client.handle(for: created))
                for _ in 1...60 { _ = try await client.status(handle) }
                return 61
            }
            #expect(outcome.value() == 61)
            let times = recorder.exchanges.map(\.time)
            #expect(times.count == 61)
            #expect(times.prefix(60).allSatisfy { $0 == 0 })
            #expect(times.last.map { $0 >= 60 } == true)
            #expect(await sandbox.statistics.rateLimited == 0)
        }

        /// apixo allows 10 concurrent tasks: with the client's limiter off, the 11th create is refused with 429.
        @Test func apixoEleventhConcurrentCreateGets429() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let recorder = ExchangeLoggingTransport(sandbox, clock: clock)
            let client = try SandboxHarness.client(
                "apixo", transport: recorder, clock: clock, retry: RetryPolicy(maximumAttempts: 1),
                enforcesLimits: false)
            let outcome = try await clock.outcome { () async throws -> [VideoGenError?] in
                var results: [VideoGenError?] = []
                for index in 1...11 {
                    do {
                        _ = try await client.create(Self.request(index))
                        results.append(nil)
                    } catch {
                        results.append(VideoGenError.expected(error))
                    }
                }
                return results
            }
            let results = try #require(outcome.value())
            #expect(results.prefix(10).allSatisfy { $0 == nil })
            guard case .rateLimited(provider: "apixo", let retryAfter)? = results.last else {
                Issue.record("expected the 11th create to be rate limited, got \(String(describing: results.last))")
                return
            }
            // The sandbox's tasks take 30–60 s: the earliest frees within a minute.
            #expect(retryAfter.map { (30...60).contains($0) } == true)
            #expect(recorder.exchanges.last?.status == 429)
            #expect(recorder.exchanges.last?.retryAfter != nil)
            let statistics = await sandbox.statistics
            #expect(statistics.tasksCreated == 10)
            #expect(statistics.rateLimited == 1)
            #expect(statistics.peakConcurrentTasks == 10)
        }

        /// The key test: ten parallel `generate` calls through one apixo client, in virtual time, all succeed and
        /// the provider never answers 429 — the client's one limiter keeps requests per minute and tasks in bounds.
        @Test func tenParallelGeneratesOnOneClientNeverProvoke429() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let client = try SandboxHarness.client("apixo", transport: sandbox, clock: clock, polling: PollingPolicy())
            let tasks = try await Self.generateInParallel(10, client: client, clock: clock)
            #expect(tasks.count == 10)
            #expect(tasks.allSatisfy { $0.state == .succeeded && $0.videoURLs == ["https://r2.apixo.ai/video.mp4"] })
            #expect(Set(tasks.compactMap(\.taskID)).count == 10)
            let statistics = await sandbox.statistics
            #expect(statistics.rateLimited == 0)
            #expect(statistics.tasksCreated == 10)
            #expect(statistics.errors.isEmpty)
        }

        /// Twice the concurrent-task cap through one client: creates wait for free slots, nothing is refused.
        @Test func twentyParallelGeneratesWaitForFreeSlots() async throws {
            let clock = VirtualClock()
            let sandbox = try SandboxHarness.sandbox("apixo", clock: clock)
            let client = try SandboxHarness.client("apixo", transport: sandbox, clock: clock, polling: PollingPolicy())
            let tasks = try await Self.generateInParallel(20, client: client, clock: clock)
            #expect(tasks.count == 20)
            #expect(tasks.allSatisfy { $0.state == .succeeded })
            let statistics = await sandbox.statistics
            #expect(statistics.rateLimited == 0)
            #expect(statistics.tasksCreated == 20)
            #expect(statistics.peakConcurrentTasks <= 10)
        }

        static func generateInParallel(_ count: Int, client: VideoClient, clock: VirtualClock) async throws
            -> [VideoTask]
        {
            let outcome = try await clock.outcome { () async throws -> [VideoTask] in
                try await withThrowingTaskGroup(of: VideoTask.self) { group in
                    for index in 1...count {
                        group.addTask { try await client.generate(request(index)) }
                    }
                    var tasks: [VideoTask] = []
                    for try await task in group { tasks.append(task) }
                    return tasks
                }
            }
            return outcome.value() ?? []
        }
    }
}
