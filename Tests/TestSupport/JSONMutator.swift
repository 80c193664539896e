// Mutations of documented payloads: structural (fields dropped, types changed, deep nesting, huge numbers) and
// textual (truncation, random bytes, wrong encodings).

import Foundation
@_spi(Generated) import VideoGenCore

/// Produces damaged variants of a JSON document.
package enum JSONMutator {
    /// A structurally mutated copy of `value`.
    package static func mutate(_ value: JSONValue, _ random: inout FuzzRandom, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var object) where !object.isEmpty && random.chance(70):
            let keys = object.keys
            guard let key = random.pick(keys) else { return value }
            switch random.below(4) {
            case 0: object[key] = nil
            case 1: object[key] = replacement(for: object[key] ?? .null, &random)
            default: object[key] = mutate(object[key] ?? .null, &random, depth: depth + 1)
            }
            return .object(object)
        case .array(var items) where !items.isEmpty && random.chance(70):
            let index = random.below(items.count)
            if random.chance(30) {
                items.remove(at: index)
            } else {
                items[index] = mutate(items[index], &random, depth: depth + 1)
            }
            return .array(items)
        default:
            return replacement(for: value, &random)
        }
    }

    /// A value of another shape: a wrong type, a huge number, deep nesting, a JSON-looking string.
    package static func replacement(for value: JSONValue, _ random: inout FuzzRandom) -> JSONValue {
        switch random.below(14) {
        case 0: return .null
        case 1: return .bool(random.chance(50))
        case 2: return .integer(Int.max)
        case 3: return .integer(Int.min)
        case 4: return .number(1.7976931348623157e308)
        case 5: return .number(-Double.leastNonzeroMagnitude)
        case 6: return .string("")
        case 7: return .string(String(repeating: "é🎬", count: 300))
        case 8: return .string("{\"resultUrls\": [1, {\"x\": [[[")
        case 9: return .array([value, value])
        case 10: return .object(["nested": value])
        case 11:
            var deep = value
            for _ in 0..<(40 + random.below(200)) { deep = .array([deep]) }
            return deep
        case 12: return .string("1e309")
        default: return .integer(random.chance(50) ? -1 : 99_999_999_999_999)
        }
    }

    /// A textually damaged copy of `text`'s bytes.
    package static func damage(_ text: String, _ random: inout FuzzRandom) -> [UInt8] {
        var bytes = Array(text.utf8)
        switch random.below(7) {
        case 0:
            bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
        case 1:
            for _ in 0..<(1 + random.below(8)) where !bytes.isEmpty {
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
        case 2:
            bytes.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE], at: random.below(bytes.count + 1))
        case 3:
            bytes = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case 4:
            bytes = [0xEF, 0xBB, 0xBF] + bytes + Array(" \n\t".utf8)
        case 5:
            bytes = Array(String(repeating: "[", count: 10_000 + random.below(100_000)).utf8)
        default:
            bytes = (0..<random.below(512)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        }
        return bytes
    }
}
