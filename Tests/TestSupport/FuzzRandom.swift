// (Shared by the test targets.) A seeded generator and the run length of the fuzzers (VIDEOGEN_FUZZ_SCALE multiplies it).

import Foundation

/// SplitMix64: small, fast, reproducible; the one seeded generator of the tests.
package struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in 0..<bound (0 when bound ≤ 1).
    package mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    /// True with probability `percent` in 100.
    package mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    /// One of `items`, or `nil` when there are none.
    package mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }
}

/// How long the fuzzers run: the default keeps `swift test` fast; `VIDEOGEN_FUZZ_SCALE=100` runs 100 times more.
package enum FuzzBudget {
    /// The multiplier from `VIDEOGEN_FUZZ_SCALE` (1 when unset).
    package static var scale: Int {
        ProcessInfo.processInfo.environment["VIDEOGEN_FUZZ_SCALE"].flatMap(Int.init).map { max(1, $0) } ?? 1
    }

    /// `base` iterations, scaled.
    package static func iterations(_ base: Int) -> Int { base * scale }
}
