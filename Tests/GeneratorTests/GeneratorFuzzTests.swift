// Fuzzing the generator: every real spec, broken in every way the mutator knows — a diagnostic naming the file
// and a JSON path, a non-zero exit and no file written; never a crash.

import Foundation
import Testing
@_spi(Generated) import VideoGenCore
import VideoGenGenerator
import VideoGenTestSupport

@Suite("Generator fuzzing")
struct GeneratorFuzzTests {
    static let specFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Spec")

    static func realSpecs() throws -> [(name: String, text: String)] {
        try ["apimart", "apimodels", "apixo", "toapis"].map { name in
            (name + ".json", try String(contentsOf: specFolder.appendingPathComponent(name + ".json"), encoding: .utf8))
        }
    }

    /// Checks one generator run's contract; returns whether it found errors.
    static func check(_ result: Generator.Result, file: String) -> Bool {
        guard result.hasErrors else {
            #expect(result.outputs.count == 2, "a clean run writes the spec's file and the catalog")
            return false
        }
        #expect(result.outputs.isEmpty, "with an error, nothing is generated")
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            #expect(diagnostic.file == file)
            #expect(diagnostic.description.hasPrefix(file + ":"), "\(diagnostic)")
            #expect(diagnostic.description.contains(": error: $"), "\(diagnostic)")
        }
        return true
    }

    @Test("structurally broken specs: every error names the file and a JSON path; nothing is generated")
    func structuralBreaks() throws {
        var random = FuzzRandom(seed: 0x5BEC)
        var broken = 0
        var harmless = 0
        for spec in try Self.realSpecs() {
            let original = try JSONParser.parse(spec.text)
            for _ in 0..<FuzzBudget.iterations(30) {
                var mutated = original
                for _ in 0..<(1 + random.below(3)) { mutated = JSONMutator.mutate(mutated, &random) }
                let result = Generator().generate(specTexts: [(file: spec.name, text: mutated.serialized(pretty: true))]
                )
                if Self.check(result, file: spec.name) { broken += 1 } else { harmless += 1 }
            }
        }
        #expect(broken > harmless, "most mutations of a spec must break it")
        print(
            "generator fuzzing (structural): \(broken + harmless) mutated specs, \(broken) reported with errors, \(harmless) still valid"
        )
    }

    @Test("textually damaged specs (truncated, random bytes, wrong encodings) are reported, never crash")
    func textualDamage() throws {
        var random = FuzzRandom(seed: 0xDA3A6E)
        var runs = 0
        for spec in try Self.realSpecs() {
            for _ in 0..<FuzzBudget.iterations(20) {
                let bytes = JSONMutator.damage(spec.text, &random)
                let text = String(decoding: bytes, as: UTF8.self)
                _ = Self.check(Generator().generate(specTexts: [(file: spec.name, text: text)]), file: spec.name)
                runs += 1
            }
        }
        print("generator fuzzing (text): \(runs) damaged specs")
        #expect(runs == 4 * FuzzBudget.iterations(20))
    }

    @Test("the generator command exits non-zero and writes no file for broken specs on disk")
    func commandWritesNothing() throws {
        var random = FuzzRandom(seed: 0xC0DE)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var checked = 0
        for spec in try Self.realSpecs() {
            let original = try JSONParser.parse(spec.text)
            var attempts = 0
            var brokenForThisSpec = 0
            while attempts < 40, brokenForThisSpec < 5 {
                attempts += 1
                let mutated = JSONMutator.mutate(original, &random).serialized(pretty: true)
                let file = folder.appendingPathComponent(spec.name)
                try mutated.write(to: file, atomically: true, encoding: .utf8)
                let output = folder.appendingPathComponent("out-\(spec.name)-\(attempts)")
                var errors = ""
                let status = GeneratorCommand.run(["--output", output.path, file.path]) { errors += $0 }
                guard status != 0 else { continue }
                #expect(status == 1)
                #expect(errors.contains(file.path + ":"), "\(errors)")
                #expect(
                    !FileManager.default.fileExists(atPath: output.path),
                    "a failed run must not create its output folder: \(errors)")
                checked += 1
                brokenForThisSpec += 1
            }
        }
        #expect(checked == 20)
    }
}
