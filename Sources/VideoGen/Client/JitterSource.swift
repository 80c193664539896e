// Random numbers for jitter: seedable, so runs in virtual time are reproducible.

import Foundation
@_spi(Generated) import VideoGenCore

/// A thread-safe source of numbers in 0..<1 for jitter.
final class JitterSource: @unchecked Sendable {
    private let lock = NSLock()
    private var generator: SplitMix64

    init(seed: UInt64?) {
        generator = SplitMix64(seed: seed ?? UInt64.random(in: 0...UInt64.max))
    }

    /// The next number in 0..<1.
    func next() -> Double {
        lock.lock()
        defer { lock.unlock() }
        return generator.nextUnit()
    }
}
