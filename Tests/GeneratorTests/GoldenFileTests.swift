// Golden files: the Swift generated from Fixtures/mini.json must match Fixtures/Golden/*.golden byte for byte.
// Re-record with VIDEOGEN_RECORD_GOLDEN=1 swift test --filter GoldenFileTests (the recording run fails on purpose).

import Foundation
import Testing
import VideoGenGenerator

@Suite("Golden files")
struct GoldenFileTests {
    /// Whether this run re-records the golden files instead of comparing with them.
    static let isRecording = ProcessInfo.processInfo.environment["VIDEOGEN_RECORD_GOLDEN"] == "1"

    @Test("the mini spec generates exactly the recorded files, and nothing else")
    func miniSpecMatchesGoldenFiles() throws {
        let result = try Fixtures.mini().generate()
        #expect(result.diagnostics.isEmpty, "the mini spec must be clean:\n\(result.report)")
        try #require(!result.hasErrors)
        #expect(result.outputs.keys.sorted() == ["ProviderCatalog.generated.swift", "mini.generated.swift"])

        if Self.isRecording {
            try record(result.outputs)
            Issue.record(
                "re-recorded \(result.outputs.count) golden files in \(Fixtures.goldenDirectory.path); unset VIDEOGEN_RECORD_GOLDEN and run again"
            )
            return
        }
        let recorded = try goldenNames()
        #expect(
            recorded == result.outputs.keys.map { $0 + ".golden" }.sorted(),
            "the golden folder must hold one file per output; re-record with VIDEOGEN_RECORD_GOLDEN=1")
        for (name, generated) in result.outputs.sorted(by: { $0.key < $1.key }) {
            let url = Fixtures.goldenDirectory.appendingPathComponent(name + ".golden")
            guard let golden = try? Data(contentsOf: url) else {
                Issue.record("no golden file \(url.lastPathComponent); record it with VIDEOGEN_RECORD_GOLDEN=1")
                continue
            }
            if golden != Data(generated.utf8) {
                let diff = LineDiff.render(old: String(decoding: golden, as: UTF8.self), new: generated)
                Issue.record(
                    "\(name) differs from \(url.lastPathComponent) (- golden, + generated):\n\(diff)\nIf the change is intended, re-record with VIDEOGEN_RECORD_GOLDEN=1."
                )
            }
        }
    }

    @Test("generating the same specs twice gives the same text and diagnostics")
    func generationIsRepeatable() throws {
        let specs = try [Fixtures.mini()] + Fixtures.realSpecIDs().map(Fixtures.real)
        let input = specs.map { (file: $0.file, text: $0.text) }
        let first = Generator().generate(specTexts: input)
        let second = Generator().generate(specTexts: input)
        try #require(!first.hasErrors, "\(first.report)")
        #expect(first.outputs.count == specs.count + 1)
        #expect(first.outputs == second.outputs)
        #expect(first.diagnostics == second.diagnostics)
    }

    @Test("each spec's file does not depend on which other specs run with it, nor on their order")
    func providerFilesIgnoreInputOrder() throws {
        let specs = try [Fixtures.mini()] + Fixtures.realSpecIDs().map(Fixtures.real)
        let forward = Generator().generate(specTexts: specs.map { (file: $0.file, text: $0.text) })
        let backward = Generator().generate(specTexts: specs.reversed().map { (file: $0.file, text: $0.text) })
        let rotated = Generator().generate(
            specTexts: (specs.dropFirst(2) + specs.prefix(2)).map { (file: $0.file, text: $0.text) })
        let alone = try Fixtures.mini().generate()
        try #require(!forward.hasErrors && !backward.hasErrors && !rotated.hasErrors, "\(forward.report)")
        #expect(Set(forward.outputs.keys) == Set(backward.outputs.keys))
        for spec in specs {
            let name = Generator.outputName(forSpec: spec.file)
            let text = try #require(forward.outputs[name], "no output \(name)")
            #expect(backward.outputs[name] == text, "\(name) changed when the specs came in reverse order")
            #expect(rotated.outputs[name] == text, "\(name) changed when the specs came in another order")
        }
        #expect(alone.outputs["mini.generated.swift"] == forward.outputs["mini.generated.swift"])
    }

    @Test("the provider catalog lists the bindings in file-name order whatever the input order")
    func catalogIgnoresInputOrder() throws {
        let specs = try Fixtures.realSpecIDs().map(Fixtures.real)
        let forward = Generator().generate(specTexts: specs.map { (file: $0.file, text: $0.text) })
        let backward = Generator().generate(specTexts: specs.reversed().map { (file: $0.file, text: $0.text) })
        let expectedList = """
            public static let generatedBindings: [any ProviderBinding.Type] = [
                    Apimart.self,
                    Apimodels.self,
                    Apixo.self,
                    Fal.self,
                    Replicate.self,
                    Toapis.self,
                ]
            """
        let catalogName = "ProviderCatalog.generated.swift"
        #expect(forward.outputs[catalogName]?.contains(expectedList) == true)
        #expect(backward.outputs[catalogName]?.contains(expectedList) == true)
        #expect(backward.outputs[catalogName] == forward.outputs[catalogName])
    }

    @Test("a spec text named without a folder is named alone in the generated code, whatever the current directory")
    func bareFileNameDoesNotDependOnCurrentDirectory() throws {
        let result = try Fixtures.mini().named("mini.json").generate()
        let text = try #require(result.outputs["mini.generated.swift"], "\(result.report)")
        #expect(text.hasPrefix("// DO NOT EDIT: generated by videogen-generator from "))
        #expect(
            text.hasPrefix("// DO NOT EDIT: generated by videogen-generator from mini.json.\n"), "\(text.prefix(120))")
        #expect(text.contains(#"ProviderDescriptor.compiled(from: specText, file: "mini.json")"#))
    }

    private func goldenNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Fixtures.goldenDirectory.path).filter {
            $0.hasSuffix(".golden")
        }.sorted()
    }

    private func record(_ outputs: [String: String]) throws {
        try FileManager.default.createDirectory(at: Fixtures.goldenDirectory, withIntermediateDirectories: true)
        for stale in try goldenNames() where outputs[String(stale.dropLast(".golden".count))] == nil {
            try FileManager.default.removeItem(at: Fixtures.goldenDirectory.appendingPathComponent(stale))
        }
        for (name, text) in outputs {
            try Data(text.utf8).write(to: Fixtures.goldenDirectory.appendingPathComponent(name + ".golden"))
        }
    }
}

/// A readable line diff (longest common subsequence), showing changed lines with two lines of context.
enum LineDiff {
    static func render(old: String, new: String, context: Int = 2, maximumLines: Int = 80) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        enum Step {
            case same(Int, Int)
            case removed(Int)
            case added(Int)
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                steps.append(.same(i, j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                steps.append(.removed(i))
                i += 1
            } else {
                steps.append(.added(j))
                j += 1
            }
        }
        let changed = steps.indices.filter { if case .same = steps[$0] { return false } else { return true } }
        var shown = Set<Int>()
        for index in changed {
            for near in max(0, index - context)...min(steps.count - 1, index + context) { shown.insert(near) }
        }
        var lines: [String] = []
        var previous = -1
        for index in shown.sorted() {
            if index != previous + 1 { lines.append("@@") }
            previous = index
            switch steps[index] {
            case .same(let line, _): lines.append("  \(line + 1)  \(a[line])")
            case .removed(let line): lines.append("- \(line + 1)  \(a[line])")
            case .added(let line): lines.append("+ \(line + 1)  \(b[line])")
            }
        }
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines)) + ["… \(lines.count - maximumLines) more lines"]
        }
        return lines.joined(separator: "\n")
    }
}

@Suite("Golden-file diff")
struct LineDiffTests {
    @Test("a mismatch is shown as removed and added lines with their line numbers and two lines of context")
    func readableDiff() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n"
        #expect(
            LineDiff.render(old: old, new: new) == """
                @@
                  2  b
                  3  c
                - 4  d
                + 4  D
                  5  e
                  6  f
                @@
                  9  i
                  10  j
                + 11  k
                  11  
                """)
    }

    @Test("identical texts give an empty diff")
    func noDifference() {
        #expect(LineDiff.render(old: "x\ny\n", new: "x\ny\n") == "")
    }
}
