// Test support: a small seeded PRNG (SplitMix64) and random JSON values, so property and
// fuzz tests are repeatable.

import VideoGenTestSupport

@testable import VideoGenCore

/// The seeded generator of the property tests (SplitMix64, shared by the test targets).
typealias SplitMix64 = FuzzRandom

/// Builds random JSON values that exercise escaping, Unicode, number edge cases and nesting.
struct RandomJSON {
    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    private static let characters: [Character] = [
        "a", "b", "z", "A", "0", "9", " ", "_", "-", "$", ".", "/", "\"", "\\", "\n", "\r", "\t",
        "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "é", "ß", "中", "€", "😀", "🇫🇷",
        "\u{FEFF}", "\u{2028}", "\u{FFFD}", "e\u{301}",
    ]

    mutating func string(maxLength: Int = 12) -> String {
        let length = Int.random(in: 0...maxLength, using: &generator)
        var text = ""
        for _ in 0..<length {
            text.append(RandomJSON.characters.randomElement(using: &generator) ?? "a")
        }
        return text
    }

    mutating func double() -> Double {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0:
            return [0.1, 0.5, -0.0, 1e30, -2.5e-8, .leastNonzeroMagnitude, 1.7976931348623157e308, 6.0, 1e22, 1e23]
                .randomElement(using: &generator) ?? 0.1
        case 1:
            return Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 1000
        case 2:
            return Double.random(in: -1e6...1e6, using: &generator)
        default:
            // Any finite bit pattern.
            while true {
                let value = Double(bitPattern: generator.next())
                if value.isFinite { return value }
            }
        }
    }

    mutating func integer() -> Int {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: return [0, 1, -1, Int.max, Int.min, 9_007_199_254_740_993].randomElement(using: &generator) ?? 0
        case 1: return Int.random(in: -100...100, using: &generator)
        default: return Int(truncatingIfNeeded: generator.next())
        }
    }

    mutating func value(depth: Int = 0) -> JSONValue {
        let scalarOnly = depth >= 4
        switch Int.random(in: 0..<(scalarOnly ? 6 : 9), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(integer())
        case 3: return .number(double())
        case 4, 5: return .string(string())
        case 6:
            let count = Int.random(in: 0...5, using: &generator)
            return .array((0..<count).map { _ in value(depth: depth + 1) })
        default:
            let count = Int.random(in: 0...(depth == 0 ? 20 : 5), using: &generator)
            var object = JSONObject()
            for _ in 0..<count {
                object[string(maxLength: 6)] = value(depth: depth + 1)
            }
            return .object(object)
        }
    }
}
