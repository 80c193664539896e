// Seeded random inputs through `videogen decode`: garbage never crashes it, and whatever it accepts it prints in the
// documented shape. Each test uses a fixed seed per provider, so a failure replays exactly.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

@Suite("videogen decode on random input")
struct DecodeRobustnessTests {
    static let providers = ["apimart", "apimodels", "apixo", "toapis"]

    /// The kinds each provider documents, written by hand from the specs' responses.
    static let kinds: [String: [String]] = [
        "apimart": ["create-response", "status-response"],
        "apimodels": ["create-response", "status-response", "callback", "sync-response"],
        "apixo": ["create-response", "status-response", "callback"],
        "toapis": ["create-response", "status-response"],
    ]

    @Test(
        "a few hundred random byte strings per provider: always exit 1 (malformed) or 3 (provider error)",
        arguments: providers)
    func randomBytes(_ provider: String) async throws {
        var random = SeededGenerator(
            seed: 0x5EED_0000 + UInt64(provider.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF))
        let kinds = try #require(Self.kinds[provider])
        // Bytes that steer the parser into JSON-looking territory, mixed with arbitrary ones.
        let jsonish = Array(#"{}[]":,0123456789.-eE truefalsnul\"#.utf8)
        for round in 0..<300 {
            let length = Int.random(in: 0...120, using: &random)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &random)
                    ? jsonish.randomElement(using: &random) ?? 0 : UInt8.random(in: 0...255, using: &random)
            }
            let kind = kinds[round % kinds.count]
            let run = await runCLI(
                ["decode", "--provider", provider, "--kind", kind, "--json", "-"], stdin: Data(bytes))
            #expect(
                run.status == .invalidInput || run.status == .providerError,
                "round \(round), \(kind), input \(bytes): \(run)")
            #expect(
                isJSONError(run.out, status: run.status), "round \(round): with --json, an error is one JSON object")
            #expect(!run.err.isEmpty, "round \(round): a refusal always says why")
        }
    }

    @Test(
        "documented samples with random bytes changed: exit 0, 1 or 3, and a decoded task always has the twelve keys",
        arguments: providers)
    func mutatedSamples(_ provider: String) async throws {
        var random = SeededGenerator(seed: 0xB17F_11B5 ^ UInt64(provider.count))
        let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
        let words: [SampleKind: String] = [
            .createResponse: "create-response", .statusResponse: "status-response", .callback: "callback",
        ]
        let samples = descriptor.samples.compactMap { sample in
            words[descriptor.kind(of: sample)].map { (kind: $0, bytes: Array(sample.json.utf8)) }
        }
        try #require(!samples.isEmpty)
        var decoded = 0
        for round in 0..<240 {
            let sample = samples[round % samples.count]
            var bytes = sample.bytes
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                guard !bytes.isEmpty else { break }
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: position)
                default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
                }
            }
            let run = await runCLI(
                ["decode", "--provider", provider, "--kind", sample.kind, "--json", "-"], stdin: Data(bytes))
            switch run.status {
            case .success:
                decoded += 1
                let object = try #require(
                    try? JSONParser.parse(run.out).objectValue, "round \(round): not one JSON object: \(run.out)")
                #expect(object.keys == DecodeCommandTests.taskKeys, "round \(round)")
                #expect(object["provider"] == .string(provider))
            case .invalidInput, .providerError:
                #expect(isJSONError(run.out, status: run.status) && !run.err.isEmpty, "round \(round): \(run)")
            default:
                Issue.record(
                    "round \(round): unexpected exit \(run.status.rawValue) for \(String(decoding: bytes, as: UTF8.self)): \(run)"
                )
            }
        }
        #expect(decoded > 0, "some mutations (inside strings) keep a payload decodable")
    }

    @Test(
        "documented samples with random values swapped in (same field names, wrong types, odd values): exit 0, 1 or 3",
        arguments: providers)
    func randomJSON(_ provider: String) async throws {
        var random = SeededGenerator(seed: 0x0015_0A11 &+ UInt64(provider.count) &* 7919)
        let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
        let words: [SampleKind: String] = [
            .createResponse: "create-response", .statusResponse: "status-response", .callback: "callback",
        ]
        var names: Set<String> = []
        var samples: [(kind: String, body: JSONValue)] = []
        for sample in descriptor.samples {
            guard let body = try? JSONParser.parse(sample.json) else { continue }
            Self.collectKeys(body, into: &names)
            if let kind = words[descriptor.kind(of: sample)] { samples.append((kind, body)) }
        }
        try #require(!samples.isEmpty)
        let vocabulary = names.sorted()
        var outcomes: [Int32: Int] = [:]
        for round in 0..<200 {
            let sample = samples[round % samples.count]
            let value = Self.mutate(sample.body, depth: 0, vocabulary: vocabulary, using: &random)
            let text = value.serialized()
            let run = await runCLI(
                ["decode", "--provider", provider, "--kind", sample.kind, "--json", "-"], stdin: Data(text.utf8))
            outcomes[run.status.rawValue, default: 0] += 1
            #expect(
                [.success, .invalidInput, .providerError].contains(run.status),
                "round \(round), \(sample.kind): \(text)\n\(run)")
            if run.status == .success {
                let object = try? JSONParser.parse(run.out).objectValue
                #expect(object?.keys == DecodeCommandTests.taskKeys, "round \(round): \(run.out)")
            } else {
                #expect(isJSONError(run.out, status: run.status) && !run.err.isEmpty, "round \(round): \(run)")
            }
        }
        // The mutations must exercise both sides: payloads still decoded, and payloads refused.
        #expect(outcomes[0, default: 0] > 0 && outcomes[1, default: 0] > 0, "outcomes by exit status: \(outcomes)")
    }

    /// `value` with some members replaced by random values, removed, or added under the provider's own field names.
    static func mutate(_ value: JSONValue, depth: Int, vocabulary: [String], using random: inout SeededGenerator)
        -> JSONValue
    {
        if depth > 0, Int.random(in: 0..<6, using: &random) == 0 {
            return randomValue(depth: depth, vocabulary: vocabulary, using: &random)
        }
        switch value {
        case .object(let object):
            var copy = JSONObject()
            for member in object where Int.random(in: 0..<8, using: &random) != 0 {
                copy[member.key] = mutate(member.value, depth: depth + 1, vocabulary: vocabulary, using: &random)
            }
            if Int.random(in: 0..<4, using: &random) == 0, let name = vocabulary.randomElement(using: &random) {
                copy[name] = randomValue(depth: depth + 1, vocabulary: vocabulary, using: &random)
            }
            return .object(copy)
        case .array(let items):
            return .array(items.map { mutate($0, depth: depth + 1, vocabulary: vocabulary, using: &random) })
        default:
            return value
        }
    }

    static func collectKeys(_ value: JSONValue, into names: inout Set<String>) {
        switch value {
        case .object(let object):
            for member in object {
                names.insert(member.key)
                collectKeys(member.value, into: &names)
            }
        case .array(let items):
            for item in items { collectKeys(item, into: &names) }
        default:
            break
        }
    }

    static func randomValue(depth: Int, vocabulary: [String], using random: inout SeededGenerator) -> JSONValue {
        let choice = Int.random(in: 0..<(depth < 4 ? 11 : 8), using: &random)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2:
            return .integer(
                [0, 1, 100, 200, 400, -1, Int.max, Int.min, 1_767_965_610_929].randomElement(using: &random) ?? 0)
        case 3: return .number([0.5, -1e300, 1e300, 65.4, 1.7e12].randomElement(using: &random) ?? 0)
        case 4, 5:
            let texts = [
                "", "success", "completed", "failed", "https://x.example/v.mp4", "data:,x", "{",
                "{\"resultUrls\":[\"https://a\"]}", "null", "200", "é\u{0}",
            ]
            return .string(texts.randomElement(using: &random) ?? "")
        case 6, 7: return .string(vocabulary.randomElement(using: &random) ?? "")
        case 8:
            return .array(
                (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    randomValue(depth: depth + 1, vocabulary: vocabulary, using: &random)
                })
        default:
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                object[vocabulary.randomElement(using: &random) ?? "x"] = randomValue(
                    depth: depth + 1, vocabulary: vocabulary, using: &random)
            }
            return .object(object)
        }
    }
}
