// Fault injection: under every fault, at every point, for every provider, a wait ends correctly — success, a
// typed error, or the deadline — never sends a create twice, never exceeds the client's limits, never leaks the key.

import Foundation
import Testing
import VideoGen

@Suite("Fault injection")
struct FaultInjectionTests {
    static let key = "sk-FAULT-7f3a9c1e55"
    static let timeout = 600.0

    /// Runs `scenario` in virtual time and checks every invariant; returns the outcome's name.
    @discardableResult
    static func run(_ scenario: FaultScenario) async throws -> String {
        let descriptor = try #require(ProviderCatalog.descriptor(for: scenario.provider))
        let clock = VirtualClock()
        let sandbox = SandboxTransport(
            descriptor: descriptor, clock: clock, settings: .init(taskDurationSeconds: 30...60, seed: 11))
        let statusCalls = CallCounter()
        let createCalls = CallCounter()
        let faulty = FaultInjectingTransport(wrapping: sandbox, clock: clock) { call in
            let number = call.request.method == "GET" ? statusCalls.next() : createCalls.next()
            return scenario.strikes(call.request, number: number) ? scenario.fault : nil
        }
        let client = try VideoClient(
            descriptor: descriptor, apiKey: APIKey(key),
            configuration: ClientConfiguration(
                transport: faulty, clock: clock, polling: PollingPolicy(timeoutSeconds: timeout), randomSeed: 3))
        let outcome: Result<VideoTask, VideoGenError> = try await clock.run {
            do {
                return .success(
                    try await client.generate(
                        VideoRequest(prompt: "a red kite over the sea", duration: descriptor.id == "apimodels" ? 5 : 6))
                )
            } catch let error as VideoGenError {
                return .failure(error)
            } catch {
                return .failure(.configuration("unexpected error type: \(error)"))
            }
        }
        let log = faulty.log
        let createsReachingServer = log.filter { $0.request.method == "POST" && $0.reachedServer }.count
        #expect(createsReachingServer <= 1, "\(scenario): a create reached the server \(createsReachingServer) times")
        let statistics = await sandbox.statistics
        #expect(statistics.rateLimited == 0, "\(scenario): the client provoked \(statistics.rateLimited) 429s itself")
        #expect(clock.now() <= timeout + 120, "\(scenario): the wait ran past its deadline (\(clock.now()) s)")
        switch outcome {
        case .success(let task):
            #expect(task.state == .succeeded)
            #expect(!task.videoURLs.isEmpty)
            return "succeeded"
        case .failure(let error):
            #expect(!error.description.contains(key), "\(scenario): the key leaked into \(error.description)")
            #expect(!String(reflecting: error).contains(key))
            try expectJustified(error, scenario)
            return String(describing: error).components(separatedBy: "(").first ?? "error"
        }
    }

    /// A failure is acceptable only where the fault makes success impossible or unsafe.
    static func expectJustified(_ error: VideoGenError, _ scenario: FaultScenario) throws {
        switch (scenario.target, error) {
        case (.everyStatus, .timedOut):
            break
        case (.everyStatus, .rateLimited(_, let retryAfter?)):
            // Every poll answers 429: once the Retry-After would outlast the deadline, the wait ends at once.
            #expect(scenario.fault == .rateLimited(retryAfterSeconds: Int(retryAfter)))
        case (.everyStatus, .malformedResponse) where scenario.fault == .truncatedBody:
            break
        case (.create, .providerError(let report, _))
        where scenario.fault == .serverError(status: report.httpStatus ?? 0):
            break
        case (.create, .transport(_, let transport)) where !transport.certainlyNotSent:
            // The request may have been accepted: retrying could create (and charge for) a second task.
            #expect(
                [FaultInjectingTransport.Fault.timeout, .connectionReset(afterSending: true), .oversizedBody].contains(
                    scenario.fault))
        case (.create, .malformedResponse) where scenario.fault == .truncatedBody:
            break
        default:
            Issue.record("\(scenario): ended with \(error), which this fault does not justify")
        }
    }

    @Test("every provider × every fault × every target ends correctly", arguments: FaultScenario.all)
    func scenario(_ scenario: FaultScenario) async throws {
        try await Self.run(scenario)
    }

    @Test("a fault on the first status poll never stops a wait: it succeeds")
    func recoverableFaultsRecover() async throws {
        for provider in ProviderCatalog.identifiers {
            for fault in FaultCatalog.all {
                let outcome = try await Self.run(FaultScenario(provider: provider, fault: fault, target: .firstStatus))
                #expect(outcome == "succeeded", "\(provider) · \(fault)")
            }
        }
    }

    @Test("faults on creates that cannot have been accepted are retried; the others are not")
    func createRetriesOnlyWhenSafe() async throws {
        let retried: [FaultInjectingTransport.Fault] = [
            .rateLimited(retryAfterSeconds: 3), .rateLimited(retryAfterSeconds: nil),
            .connectionReset(afterSending: false), .slowAnswer(seconds: 20),
        ]
        for fault in retried {
            #expect(
                try await Self.run(FaultScenario(provider: "apixo", fault: fault, target: .create)) == "succeeded",
                "\(fault)")
        }
        for fault in [
            FaultInjectingTransport.Fault.timeout, .connectionReset(afterSending: true), .oversizedBody,
            .serverError(status: 500),
        ] {
            #expect(
                try await Self.run(FaultScenario(provider: "apixo", fault: fault, target: .create)) != "succeeded",
                "\(fault)")
        }
    }

    @Test("ten concurrent waits under random faults: every one ends, no create twice, no client-caused 429")
    func concurrentWaitsUnderRandomFaults() async throws {
        let descriptor = try #require(ProviderCatalog.descriptor(for: "apixo"))
        let clock = VirtualClock()
        let sandbox = SandboxTransport(
            descriptor: descriptor, clock: clock, settings: .init(taskDurationSeconds: 30...60, seed: 5))
        let random = SeededFaults(seed: 99)
        let faulty = FaultInjectingTransport(wrapping: sandbox, clock: clock) { _ in random.next() }
        let client = try VideoClient(
            descriptor: descriptor, apiKey: APIKey(Self.key),
            configuration: ClientConfiguration(transport: faulty, clock: clock, randomSeed: 8))
        let outcomes: [String] = try await clock.run {
            await withTaskGroup(of: String.self) { group in
                for index in 0..<10 {
                    group.addTask {
                        do {
                            _ = try await client.generate(
                                VideoRequest(prompt: "task \(index)"), timeoutSeconds: Self.timeout)
                            return "succeeded"
                        } catch {
                            return String(describing: error).contains(Self.key) ? "LEAK" : "error"
                        }
                    }
                }
                var all: [String] = []
                for await outcome in group { all.append(outcome) }
                return all
            }
        }
        #expect(outcomes.count == 10)
        #expect(!outcomes.contains("LEAK"))
        let statistics = await sandbox.statistics
        #expect(statistics.rateLimited == 0)
        #expect(statistics.peakConcurrentTasks <= 10)
        let creates = faulty.log.filter { $0.request.method == "POST" && $0.reachedServer }.count
        #expect(creates <= 10)
    }
}

/// Counts calls across a run.
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}

/// Picks a fault for 20 % of calls, reproducibly.
final class SeededFaults: @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    func next() -> FaultInjectingTransport.Fault? {
        lock.lock()
        defer { lock.unlock() }
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let value = Int((state >> 33) % 100)
        guard value < 20 else { return nil }
        return FaultCatalog.all[value % FaultCatalog.all.count]
    }
}
