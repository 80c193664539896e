// The generator as a command (what the build plugin runs): exit statuses, diagnostics on stderr, and files written
// only when every spec is valid, and only when their text changed.

import Foundation
import Testing
import VideoGenGenerator

@Suite("videogen-generator command")
struct GeneratorCommandTests {
    /// A fresh folder holding `Spec/mini.json` (as given, or edited) and an output folder path that does not exist yet.
    struct Workspace {
        let root: URL
        let spec: URL
        let output: URL

        init(spec text: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent(
                "videogen-generator-tests-\(UUID().uuidString)")
            spec = root.appendingPathComponent("Spec/mini.json")
            output = root.appendingPathComponent("Generated")
            try FileManager.default.createDirectory(
                at: spec.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: spec)
        }

        /// Runs the command; returns the exit status and everything written to standard error.
        func run(_ arguments: [String]) -> (status: Int32, stderr: String) {
            var stderr = ""
            let status = GeneratorCommand.run(arguments) { stderr += $0 }
            return (status, stderr)
        }

        func outputFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        }

        func modificationDate(_ name: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[
                .modificationDate] as? Date
        }

        func setModificationDate(_ date: Date, of name: String) throws {
            try FileManager.default.setAttributes(
                [.modificationDate: date], ofItemAtPath: output.appendingPathComponent(name).path)
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    /// A date long past, so "unchanged" never depends on the clock or the file system's timestamp resolution.
    static let longAgo = Date(timeIntervalSince1970: 1_000_000_000)

    @Test("a broken spec: exit 1, FILE:LINE:COL diagnostics on stderr, and no file written")
    func brokenSpec() throws {
        let workspace = try Workspace(spec: Fixtures.mini().replacing(#""id": "mini","#, with: #""id": "mimi","#).text)
        defer { workspace.remove() }
        let (status, stderr) = workspace.run(["--output", workspace.output.path, workspace.spec.path])
        #expect(status == 1)
        #expect(
            stderr == """
                \(workspace.spec.path):4:9: error: $.id: the id "mimi" must equal the file name "mini" (users type it; the plugin names the output after the file)
                videogen-generator: 1 error in the spec files; nothing was written

                """)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path), "no output folder may be created")
    }

    @Test("a broken spec among good ones: nothing is written for the good ones either")
    func brokenSpecAmongGoodOnes() throws {
        let workspace = try Workspace(spec: "{\"id\": ")
        defer { workspace.remove() }
        let apixo = Fixtures.specDirectory.appendingPathComponent("apixo.json").path
        let (status, stderr) = workspace.run(["--output", workspace.output.path, apixo, workspace.spec.path])
        #expect(status == 1)
        #expect(
            stderr == """
                \(workspace.spec.path):1:8: error: $.id: not valid JSON: unexpected end of input
                videogen-generator: 1 error in the spec files; nothing was written

                """)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("a good spec: exit 0, silent, and exactly the golden files written")
    func goodSpec() throws {
        let workspace = try Workspace(spec: Fixtures.mini().text)
        defer { workspace.remove() }
        let (status, stderr) = workspace.run(["--output", workspace.output.path, workspace.spec.path])
        #expect(status == 0)
        #expect(stderr == "")
        #expect(try workspace.outputFiles() == ["ProviderCatalog.generated.swift", "mini.generated.swift"])
        for name in try workspace.outputFiles() {
            let written = try Data(contentsOf: workspace.output.appendingPathComponent(name))
            let golden = try Data(contentsOf: Fixtures.goldenDirectory.appendingPathComponent(name + ".golden"))
            #expect(written == golden, "\(name) written by the command differs from its golden file")
        }
    }

    @Test("a second run with the same spec rewrites nothing; a changed spec rewrites only the files whose text changed")
    func writesOnlyWhatChanged() throws {
        let workspace = try Workspace(spec: Fixtures.mini().text)
        defer { workspace.remove() }
        let arguments = ["--output", workspace.output.path, workspace.spec.path]
        #expect(workspace.run(arguments).status == 0)
        for name in try workspace.outputFiles() { try workspace.setModificationDate(Self.longAgo, of: name) }

        #expect(workspace.run(arguments) == (0, ""))
        #expect(try workspace.modificationDate("mini.generated.swift") == Self.longAgo)
        #expect(try workspace.modificationDate("ProviderCatalog.generated.swift") == Self.longAgo)

        let edited = try Fixtures.mini().replacing(
            #""description": "Waiting.""#, with: #""description": "Waiting in line.""#)
        try Data(edited.text.utf8).write(to: workspace.spec)
        #expect(workspace.run(arguments) == (0, ""))
        #expect(
            try workspace.modificationDate("mini.generated.swift") != Self.longAgo, "the changed file must be rewritten"
        )
        #expect(
            try workspace.modificationDate("ProviderCatalog.generated.swift") == Self.longAgo,
            "the unchanged catalog must be left alone")
        let text = try String(
            contentsOf: workspace.output.appendingPathComponent("mini.generated.swift"), encoding: .utf8)
        #expect(text.contains("/// Waiting in line. Unified: `queued`."))
    }

    @Test("OutputWriter reports what it wrote: everything at first, nothing when the text is the same")
    func outputWriterReportsWrites() throws {
        let workspace = try Workspace(spec: "{}")
        defer { workspace.remove() }
        let writer = OutputWriter(directory: workspace.output)
        #expect(try writer.write(["b.swift": "let b = 2\n", "a.swift": "let a = 1\n"]) == ["a.swift", "b.swift"])
        #expect(try writer.write(["b.swift": "let b = 2\n", "a.swift": "let a = 1\n"]) == [])
        #expect(try writer.write(["b.swift": "let b = 3\n", "a.swift": "let a = 1\n"]) == ["b.swift"])
        #expect(
            try String(contentsOf: workspace.output.appendingPathComponent("b.swift"), encoding: .utf8) == "let b = 3\n"
        )
    }

    @Test("--check: exit 0 for a good spec and writes nothing; exit 1 for a broken one")
    func checkOnly() throws {
        let workspace = try Workspace(spec: Fixtures.mini().text)
        defer { workspace.remove() }
        #expect(workspace.run(["--check", workspace.spec.path]) == (0, ""))
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        try Data(Fixtures.mini().replacing(#""format": 2,"#, with: #""format": 3,"#).text.utf8).write(
            to: workspace.spec)
        let (status, stderr) = workspace.run(["--check", workspace.spec.path])
        #expect(status == 1)
        #expect(
            stderr.hasPrefix(
                "\(workspace.spec.path):3:13: error: $.format: unsupported format 3; this generator reads format 2\n"))
    }

    @Test("a spec file that does not exist: exit 1, naming the file")
    func missingSpecFile() throws {
        let workspace = try Workspace(spec: "{}")
        defer { workspace.remove() }
        let missing = workspace.root.appendingPathComponent("Spec/missing.json").path
        let (status, stderr) = workspace.run(["--output", workspace.output.path, missing])
        #expect(status == 1)
        #expect(stderr.hasPrefix("\(missing): error: $: cannot read the file ("), "\(stderr)")
        #expect(stderr.hasSuffix("videogen-generator: 1 error in the spec files; nothing was written\n"))
    }

    @Test("usage errors exit 2 and print the usage; --help exits 0")
    func usage() throws {
        let workspace = try Workspace(spec: "{}")
        defer { workspace.remove() }
        #expect(workspace.run([]) == (2, GeneratorCommand.usage + "\n"))
        #expect(
            workspace.run([workspace.spec.path]) == (2, GeneratorCommand.usage + "\n"), "neither --output nor --check")
        #expect(
            workspace.run(["--output", workspace.output.path]) == (2, GeneratorCommand.usage + "\n"), "no spec file")
        #expect(
            workspace.run(["--output"]) == (
                2, "videogen-generator: error: --output needs a folder\n\(GeneratorCommand.usage)\n"
            ))
        #expect(
            workspace.run(["--frobnicate", workspace.spec.path]) == (
                2, "videogen-generator: error: unknown option --frobnicate\n\(GeneratorCommand.usage)\n"
            ))
        #expect(workspace.run(["--help"]) == (0, GeneratorCommand.usage + "\n"))
        #expect(GeneratorCommand.usage.hasPrefix("usage: videogen-generator --output DIR [--consumer] SPEC.json..."))
    }
}
