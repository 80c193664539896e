// Time for the client, the limiter and the sandbox: the real clock, or a virtual one in tests and benchmarks.

import Foundation
@_spi(Generated) import VideoGenCore

/// A source of time that can also sleep. ``SystemClock`` is real time; ``VirtualClock`` runs in simulated time.
public protocol TaskClock: Sendable {
    /// Seconds since an arbitrary fixed origin; only differences matter.
    func now() -> Double
    /// The wall-clock date that corresponds to ``now()``.
    func date() -> Date
    /// Suspends for `seconds`; throws `CancellationError` when the task is cancelled meanwhile.
    func sleep(seconds: Double) async throws
}

/// Real time.
public struct SystemClock: TaskClock {
    private let origin = ContinuousClock.now

    /// Creates the real clock.
    public init() {}

    /// Seconds since the clock was created.
    public func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The current date.
    public func date() -> Date { Date() }

    /// Sleeps in real time.
    public func sleep(seconds: Double) async throws {
        guard seconds > 0, !seconds.isNaN else {
            // Still a suspension point, so a loop that sleeps zero seconds cannot starve others.
            await Task.yield()
            return try Task.checkCancellation()
        }
        // Clamped, so no duration (a timeout of 1e19 s) can trap converting to an integer.
        try await Task.sleep(for: .milliseconds(Int64((TimeBounds.clamp(seconds) * 1000).rounded(.up))))
    }
}
