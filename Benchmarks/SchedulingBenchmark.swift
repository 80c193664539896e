// Scheduling in virtual time: many tasks through one client against the sandbox of a rate-limited provider,
// beside the naive loop the provider docs suggest.

import Foundation
import VideoGen

/// Runs the scheduling simulation.
enum SchedulingBenchmark {
    struct Outcome {
        var makespan: Double
        var lowerBound: Double
        var statusPerTask: Double
        var requestsPerTask: Double
        var rateLimited: Int
        var meanDetectionDelay: Double
        var succeeded: Int
        var wallSeconds: Double
    }

    /// The first provider whose spec documents both limits (the benchmark needs a limited provider).
    static func limitedProvider() -> ProviderDescriptor? {
        ProviderCatalog.bindings.map { $0.descriptor }.first {
            $0.limits.requestsPerMinute != nil && $0.limits.concurrentTasks != nil
        }
    }

    static func run(tasks: Int, seed: UInt64, report: Report) async {
        guard let descriptor = limitedProvider() else {
            report.add(
                "Scheduling", note: "No spec documents both a request rate and a concurrency limit.", header: ["—"],
                rows: [])
            return
        }
        let client = await simulateClient(descriptor, tasks: tasks, seed: seed)
        let naive = await simulateNaive(descriptor, tasks: tasks, seed: seed)
        let limits = descriptor.limits
        func row(_ name: String, _ outcome: Outcome) -> [String] {
            [
                name, "\(outcome.succeeded)/\(tasks)", Figure.s(outcome.makespan), Figure.s(outcome.lowerBound),
                Figure.ratio(outcome.makespan / outcome.lowerBound),
                Figure.number(outcome.statusPerTask), Figure.number(outcome.requestsPerTask), "\(outcome.rateLimited)",
                Figure.s(outcome.meanDetectionDelay),
                Figure.s(outcome.wallSeconds),
            ]
        }
        let met = client.rateLimited == 0 && client.makespan <= 1.1 * client.lowerBound && client.statusPerTask <= 8
        report.add(
            "Scheduling: \(tasks) tasks on \(descriptor.id) (\(limits.requestsPerMinute ?? 0) requests/min, \(limits.concurrentTasks ?? 0) concurrent), 30–60 s each, seed \(seed), virtual time",
            note:
                "Lower bound: the larger of (sum of task durations ÷ concurrent tasks) and the longest task. Detection delay: time from a "
                + "task finishing at the sandbox to the client knowing it. Targets for VideoGen: 0 client-caused 429s, makespan ≤ 1.1× the "
                + "bound, ≤ 8 status requests per task — \(met ? "all met" : "not all met").",
            header: [
                "client", "succeeded", "makespan", "lower bound", "ratio", "status req/task", "all req/task",
                "429 answers", "mean detection delay", "wall time",
            ],
            rows: [
                row("VideoGen `generate` ×\(tasks), one client", client),
                row("naive loop: poll every 5 s, retry 429 after 5 s", naive),
            ])
    }

    /// Durations of the tasks the sandbox made, and the lower bound they imply.
    static func bound(durations: [Double], concurrency: Int) -> Double {
        max(durations.reduce(0, +) / Double(max(1, concurrency)), durations.max() ?? 0)
    }

    static func simulateClient(_ descriptor: ProviderDescriptor, tasks: Int, seed: UInt64) async -> Outcome {
        let clock = VirtualClock()
        let sandbox = SandboxTransport(
            descriptor: descriptor, clock: clock, settings: .init(taskDurationSeconds: 30...60, seed: seed))
        guard
            let client = try? VideoClient(
                descriptor: descriptor, apiKey: APIKey("benchmark-key"),
                configuration: ClientConfiguration(transport: sandbox, clock: clock, randomSeed: seed))
        else {
            return Outcome(
                makespan: 0, lowerBound: 1, statusPerTask: 0, requestsPerTask: 0, rateLimited: 0, meanDetectionDelay: 0,
                succeeded: 0, wallSeconds: 0)
        }
        var results: [(id: String?, seen: Double, ok: Bool)] = []
        let wall = Stopwatch.seconds {}
        let start = ContinuousClock.now
        results =
            (try? await clock.run {
                await withTaskGroup(of: (String?, Double, Bool).self) { group in
                    for index in 0..<tasks {
                        group.addTask {
                            do {
                                let task = try await client.generate(
                                    VideoRequest(prompt: "benchmark task \(index)", duration: nil))
                                return (task.taskID, clock.now(), true)
                            } catch {
                                if case .taskFailed(let task)? = error as? VideoGenError {
                                    return (task.taskID, clock.now(), false)
                                }
                                return (nil, clock.now(), false)
                            }
                        }
                    }
                    var collected: [(String?, Double, Bool)] = []
                    for await result in group { collected.append(result) }
                    return collected.map { (id: $0.0, seen: $0.1, ok: $0.2) }
                }
            }) ?? []
        _ = wall
        let elapsed = ContinuousClock.now - start
        return await outcome(
            results, sandbox: sandbox, clock: clock, descriptor: descriptor, tasks: tasks,
            wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    static func outcome(
        _ results: [(id: String?, seen: Double, ok: Bool)], sandbox: SandboxTransport, clock: VirtualClock,
        descriptor: ProviderDescriptor, tasks: Int, wall: Double
    ) async -> Outcome {
        let statistics = await sandbox.statistics
        let epoch = clock.date().addingTimeInterval(-clock.now())
        var durations: [Double] = []
        var delays: [Double] = []
        for result in results {
            guard let id = result.id, let finish = sandbox.finishDate(ofTask: id) else { continue }
            let finishedAt = finish.timeIntervalSince(epoch)
            delays.append(result.seen - finishedAt)
            if let created = createdTime(of: id) { durations.append(finish.timeIntervalSince1970 - created) }
        }
        let makespan = results.map(\.seen).max() ?? 0
        return Outcome(
            makespan: makespan,
            lowerBound: bound(durations: durations, concurrency: descriptor.limits.concurrentTasks ?? 1),
            statusPerTask: Double(statistics.requests["status"] ?? 0) / Double(tasks),
            requestsPerTask: Double(statistics.totalRequests) / Double(tasks),
            rateLimited: statistics.rateLimited,
            meanDetectionDelay: delays.isEmpty ? 0 : delays.reduce(0, +) / Double(delays.count),
            succeeded: results.filter(\.ok).count,
            wallSeconds: wall)
    }

    /// The creation time encoded in a sandbox task id (seconds since 1970).
    static func createdTime(of id: String) -> Double? {
        let parts = id.split(separator: "_")
        guard parts.count >= 3, let created = Int64(parts[1], radix: 36) else { return nil }
        return Double(created) / 1000
    }

    /// The loop the docs suggest, written plainly: create (retrying a 429 after 5 s), then poll every 5 s.
    static func simulateNaive(_ descriptor: ProviderDescriptor, tasks: Int, seed: UInt64) async -> Outcome {
        let clock = VirtualClock()
        let sandbox = SandboxTransport(
            descriptor: descriptor, clock: clock, settings: .init(taskDurationSeconds: 30...60, seed: seed))
        guard
            let client = try? VideoClient(
                descriptor: descriptor, apiKey: APIKey("benchmark-key"),
                configuration: ClientConfiguration(transport: sandbox, clock: clock, randomSeed: seed))
        else {
            return Outcome(
                makespan: 0, lowerBound: 1, statusPerTask: 0, requestsPerTask: 0, rateLimited: 0, meanDetectionDelay: 0,
                succeeded: 0, wallSeconds: 0)
        }
        let start = ContinuousClock.now
        let results: [(id: String?, seen: Double, ok: Bool)] =
            (try? await clock.run {
                await withTaskGroup(of: (String?, Double, Bool).self) { group in
                    for index in 0..<tasks {
                        group.addTask {
                            guard
                                let create = try? client.createHTTPRequest(
                                    for: VideoRequest(prompt: "benchmark task \(index)"))
                            else { return (nil, clock.now(), false) }
                            var created: VideoTask?
                            while created == nil {
                                guard let response = try? await sandbox.send(create) else {
                                    return (nil, clock.now(), false)
                                }
                                if response.status == 200,
                                    case .task(let task)? = try? PayloadDecoder.decode(
                                        response.body, kind: .create, descriptor: descriptor, httpStatus: 200)
                                {
                                    created = task
                                } else {
                                    try? await clock.sleep(seconds: 5)
                                }
                            }
                            guard let id = created?.taskID,
                                let status = try? client.statusHTTPRequest(
                                    for: TaskHandle(provider: descriptor.id, taskID: id))
                            else {
                                return (nil, clock.now(), false)
                            }
                            while true {
                                try? await clock.sleep(seconds: 5)
                                guard let response = try? await sandbox.send(status), response.status == 200,
                                    case .task(let task)? = try? PayloadDecoder.decode(
                                        response.body, kind: .status, descriptor: descriptor, httpStatus: 200)
                                else { continue }
                                if task.state.isTerminal { return (id, clock.now(), task.state == .succeeded) }
                            }
                        }
                    }
                    var collected: [(String?, Double, Bool)] = []
                    for await result in group { collected.append(result) }
                    return collected.map { (id: $0.0, seen: $0.1, ok: $0.2) }
                }
            }) ?? []
        let elapsed = ContinuousClock.now - start
        return await outcome(
            results, sandbox: sandbox, clock: clock, descriptor: descriptor, tasks: tasks,
            wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
