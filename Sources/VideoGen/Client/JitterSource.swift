// Random numbers for jitter: seedable, so runs in virtual time are reproducible.

import Foundation

/// A thread-safe SplitMix64 generator of numbers in 0..<1.
final class JitterSource: @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64

    init(seed: UInt64?) {
        state = seed ?? UInt64.random(in: 0...UInt64.max)
    }

    /// The next number in 0..<1.
    func next() -> Double {
        lock.lock()
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        lock.unlock()
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Double(value >> 11) / Double(1 << 53)
    }
}
