// Shared pieces of the client tests: the suite namespace, clients on a scripted transport in virtual time, and
// running typed-throwing client calls on a VirtualClock with a watchdog (so a hang fails instead of stalling).

import Foundation
import Testing
import VideoGen

/// Every test of `VideoClient` (`swift test --filter ClientTests`); subjects are nested suites in their own files.
enum ClientTests {}

/// Builds clients for the tests.
enum ClientHarness {
    /// The key the client tests send.
    static let key = "sk-test-4f9a2c7e1b"

    /// A client for `provider` on `transport` and `clock`; `jitter: 0` by default so timings are exact.
    static func client(
        _ provider: String, transport: any HTTPTransport, clock: VirtualClock,
        polling: PollingPolicy = PollingPolicy(jitter: 0), retry: RetryPolicy = RetryPolicy(),
        enforcesLimits: Bool = true, key: String = ClientHarness.key, seed: UInt64 = 42
    ) throws -> VideoClient {
        let configuration = ClientConfiguration(
            transport: transport, clock: clock, polling: polling, retry: retry,
            enforcesProviderLimits: enforcesLimits, randomSeed: seed)
        return try VideoClient(provider: provider, apiKey: APIKey(key), configuration: configuration)
    }
}

/// How a client call ended in virtual time.
enum VirtualOutcome<Value: Sendable>: Sendable {
    /// It returned or threw, at virtual time `at`.
    case finished(Result<Value, VideoGenError>, at: Double)
    /// The real-time guard fired first: the call was still running after `seconds` (then cancelled).
    case stillRunning(afterSeconds: Double)

    /// The value, or `nil` after recording why there is none.
    func value(sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
        switch self {
        case .finished(.success(let value), _): return value
        case .finished(.failure(let error), _):
            Issue.record("expected a value, got \(error)", sourceLocation: sourceLocation)
            return nil
        case .stillRunning(let seconds):
            Issue.record("still running after \(seconds) s (real time); cancelled", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The error, or `nil` after recording why there is none.
    func error(sourceLocation: SourceLocation = #_sourceLocation) -> VideoGenError? {
        switch self {
        case .finished(.failure(let error), _): return error
        case .finished(.success(let value), _):
            Issue.record("expected an error, got \(value)", sourceLocation: sourceLocation)
            return nil
        case .stillRunning(let seconds):
            Issue.record("still running after \(seconds) s (real time); cancelled", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The virtual time the call ended at (`nil` when it did not end before the watchdog).
    var endedAt: Double? {
        if case .finished(_, let time) = self { return time }
        return nil
    }
}

extension VirtualClock {
    /// Runs `body` in virtual time (``VirtualClock/run(_:)``) and reports how and when it ended.
    ///
    /// Only `body` may sleep on the clock: `run` advances time when it judges every task asleep, and a second
    /// sleeper (such as a watchdog on the same clock) could be woken while `body` is between two sleeps. The guard
    /// against a hang is therefore in real time: after `guardSeconds` the call is cancelled and reported as
    /// ``VirtualOutcome/stillRunning(afterSeconds:)`` (it never decides a passing test; it only ends a stuck one).
    func outcome<Value: Sendable>(
        guardSeconds: Double = 30,
        _ body: @escaping @Sendable () async throws -> Value
    ) async throws -> VirtualOutcome<Value> {
        try await run { () async -> VirtualOutcome<Value> in
            await withTaskGroup(of: VirtualOutcome<Value>?.self) { group in
                group.addTask {
                    do {
                        let value = try await body()
                        return .finished(.success(value), at: self.now())
                    } catch {
                        return .finished(.failure(VideoGenError.expected(error)), at: self.now())
                    }
                }
                group.addTask {
                    do {
                        try await Task.sleep(for: .seconds(guardSeconds))
                        return .stillRunning(afterSeconds: guardSeconds)
                    } catch {
                        return nil
                    }
                }
                var first: VirtualOutcome<Value>?
                while let next = await group.next() {
                    if let next, first == nil {
                        first = next
                        group.cancelAll()
                    }
                }
                return first ?? .stillRunning(afterSeconds: guardSeconds)
            }
        }
    }
}

/// Small readers for the errors the tests expect.
extension VideoGenError {
    /// `error` as the client's error type; anything else is recorded as an issue (the client throws only these).
    static func expected(_ error: any Error) -> VideoGenError {
        if let error = error as? VideoGenError { return error }
        Issue.record("expected a VideoGenError, got \(type(of: error)): \(error)")
        return .configuration("not a VideoGenError: \(error)")
    }

    /// The report of a `.providerError`.
    var providerReport: ProviderErrorReport? {
        if case .providerError(let report, _) = self { return report }
        return nil
    }

    /// The Retry-After of a `.providerError` or `.rateLimited`.
    var retryAfter: Double? {
        switch self {
        case .providerError(_, let seconds), .rateLimited(_, let seconds): return seconds
        default: return nil
        }
    }

    /// Whether this is `.cancelled`.
    var isCancelledByCaller: Bool {
        if case .cancelled = self { return true }
        return false
    }
}

/// Parses hand-written JSON in a test (records an issue when it does not parse).
func expectedJSON(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue {
    do {
        return try JSONParser.parse(text)
    } catch {
        Issue.record("the expected JSON does not parse: \(error)", sourceLocation: sourceLocation)
        return .null
    }
}

/// A date as whole milliseconds since 1970 (what the payloads carry), for exact comparisons.
func milliseconds(_ date: Date?) -> Int64? {
    date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
}

/// Stepping a ``VirtualClock`` by hand, for tests where more than one task sleeps on it: `run`'s automatic
/// advance could move time while one of them is between two sleeps, so these tests advance explicitly once the
/// expected tasks are asleep.
enum ClockSteps {
    /// Waits until `condition` holds (polling every millisecond, in real time, for at most `limit` seconds; a
    /// synchronisation guard, never a timing assertion). Records an issue and returns `false` when it never holds.
    @discardableResult
    static func until(
        _ what: String, limit: Double = 20, sourceLocation: SourceLocation = #_sourceLocation, _ condition: () -> Bool
    ) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now + .seconds(limit)
        while !condition() {
            if clock.now > end {
                Issue.record("never reached: \(what)", sourceLocation: sourceLocation)
                return false
            }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return true
    }
}

/// A client call running in its own task, with the virtual time it ended at.
final class RunningCall<Value: Sendable>: Sendable {
    let task: Task<(Result<Value, VideoGenError>, Double), Never>

    init(on clock: VirtualClock, _ body: @escaping @Sendable () async throws -> Value) {
        task = Task {
            do {
                let value = try await body()
                return (.success(value), clock.now())
            } catch {
                return (.failure(VideoGenError.expected(error)), clock.now())
            }
        }
    }

    func cancel() { task.cancel() }

    /// The result and the virtual time it came at.
    var outcome: (result: Result<Value, VideoGenError>, endedAt: Double) {
        get async {
            let (result, time) = await task.value
            return (result, time)
        }
    }
}
