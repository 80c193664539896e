// Timing: medians of repeated batches on the monotonic clock, so one noisy moment does not decide a figure.

import Foundation

/// Measures how long things take.
enum Stopwatch {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The median, over `batches` batches, of the nanoseconds one call of `body` takes; each batch runs long
    /// enough (≥ ~20 ms) to make the clock's resolution irrelevant. One warm-up batch is discarded.
    static func nanosecondsPerCall(batches: Int = 15, _ body: () -> Void) -> Double {
        var perBatch = 1
        while seconds({ for _ in 0..<perBatch { body() } }) < 0.02, perBatch < 1 << 24 { perBatch *= 2 }
        var samples: [Double] = []
        for _ in 0..<batches {
            let elapsed = seconds { for _ in 0..<perBatch { body() } }
            samples.append(elapsed / Double(perBatch) * 1e9)
        }
        return median(samples)
    }

    /// The median of `values`.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Keeps results alive so the optimiser cannot drop the work that made them.
final class Sink: @unchecked Sendable {
    static let shared = Sink()
    private var count = 0
    func consume<T>(_ value: T) {
        withUnsafeBytes(of: value) { count &+= $0.count }
    }
}
