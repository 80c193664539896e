// Shared helpers of the generator tests: where the fixtures and real specs are, one-edit spec variants,
// and assertions on diagnostics that print every diagnostic when the expected one is missing.

import Foundation
import Testing
import VideoGenGenerator

/// Files the generator tests read: the mini fixture spec and the package's real specs.
enum Fixtures {
    /// `Tests/GeneratorTests/Fixtures`.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")
    /// `Tests/GeneratorTests/Fixtures/Golden`.
    static let goldenDirectory = directory.appendingPathComponent("Golden")
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Spec/`.
    static let specDirectory = packageRoot.appendingPathComponent("Spec")

    /// The mini spec, as the generator sees it when the plugin passes `Spec/mini.json`.
    static func mini() throws -> SpecText {
        SpecText(
            file: "Spec/mini.json",
            text: try String(contentsOf: directory.appendingPathComponent("mini.json"), encoding: .utf8))
    }

    /// The real spec `Spec/<id>.json`.
    static func real(_ id: String) throws -> SpecText {
        SpecText(
            file: "Spec/\(id).json",
            text: try String(contentsOf: specDirectory.appendingPathComponent("\(id).json"), encoding: .utf8))
    }

    /// The ids of every real spec in `Spec/` (file names without `.json`, the schema excluded), sorted.
    static func realSpecIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: specDirectory.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }
            .map { String($0.dropLast(".json".count)) }
            .sorted()
    }
}

/// A spec file's name and text, with helpers to make one-edit variants.
struct SpecText {
    var file: String
    var text: String

    /// The same spec with `old`, which must occur exactly once, replaced by `new`.
    func replacing(_ old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> SpecText
    {
        let count = text.components(separatedBy: old).count - 1
        try #require(
            count == 1, "the edit must match exactly once, but \(old.debugDescription) occurs \(count) times",
            sourceLocation: sourceLocation)
        return SpecText(file: file, text: text.replacingOccurrences(of: old, with: new))
    }

    /// The same text under another file name.
    func named(_ file: String) -> SpecText {
        SpecText(file: file, text: text)
    }

    /// Runs the generator on this spec alone.
    func generate() -> Generator.Result {
        Generator().generate(specTexts: [(file: file, text: text)])
    }
}

extension Generator.Result {
    /// Every diagnostic, one per line, for failure messages.
    var report: String {
        diagnostics.isEmpty ? "(no diagnostics)" : diagnostics.map(\.description).joined(separator: "\n")
    }

    /// The error diagnostics.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// What a diagnostic must say, written by hand.
struct ExpectedDiagnostic: CustomStringConvertible {
    var path: String
    var message: String
    var line: Int?
    var column: Int?

    init(_ path: String, _ message: String, at line: Int? = nil, _ column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    func matches(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.severity == .error, diagnostic.path.description == path, diagnostic.message == message else {
            return false
        }
        if let line, diagnostic.location?.line != line { return false }
        if let column, diagnostic.location?.column != column { return false }
        return true
    }

    var description: String {
        let position = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
        return "\(position) error: \(path): \(message)"
    }
}

/// Expects a failed run: errors, no outputs, and among the errors every one of `expected`.
func expectRejected(
    _ result: Generator.Result, _ expected: ExpectedDiagnostic..., sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.hasErrors, "the spec was accepted:\n\(result.report)", sourceLocation: sourceLocation)
    #expect(
        result.outputs.isEmpty, "a rejected spec must generate nothing, got \(result.outputs.keys.sorted())",
        sourceLocation: sourceLocation)
    for diagnostic in expected where !result.diagnostics.contains(where: diagnostic.matches) {
        Issue.record("missing diagnostic\n  \(diagnostic)\ngot:\n\(result.report)", sourceLocation: sourceLocation)
    }
}

/// Expects a failed run whose errors are exactly `expected` (in any order), nothing more.
func expectRejectedWithExactly(
    _ result: Generator.Result, _ expected: ExpectedDiagnostic..., sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.hasErrors, "the spec was accepted:\n\(result.report)", sourceLocation: sourceLocation)
    #expect(
        result.outputs.isEmpty, "a rejected spec must generate nothing, got \(result.outputs.keys.sorted())",
        sourceLocation: sourceLocation)
    for diagnostic in expected where !result.diagnostics.contains(where: diagnostic.matches) {
        Issue.record("missing diagnostic\n  \(diagnostic)\ngot:\n\(result.report)", sourceLocation: sourceLocation)
    }
    for diagnostic in result.errors where !expected.contains(where: { $0.matches(diagnostic) }) {
        Issue.record(
            "unexpected diagnostic\n  \(diagnostic)\nexpected only:\n\(expected.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }
}
