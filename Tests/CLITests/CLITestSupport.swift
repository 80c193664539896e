// Runs the `videogen` command in process with captured streams, fake standard input and temporary files.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

/// What one run of `videogen` did.
struct CLIRun: Sendable, CustomStringConvertible {
    var status: VideoGenCLI.ExitStatus
    var out: String
    var err: String

    var description: String { "exit \(status.rawValue)\n--- stdout\n\(out)--- stderr\n\(err)" }
}

/// Collects what the command writes, from whatever thread it writes on.
final class StreamCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    func appendOut(_ text: String) { lock.withLock { outText += text } }
    func appendErr(_ text: String) { lock.withLock { errText += text } }
    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
}

/// Runs `videogen ARGUMENTS` with `stdin` as standard input.
func runCLI(_ arguments: [String], stdin: Data = Data()) async -> CLIRun {
    let capture = StreamCapture()
    let console = Console(
        out: { capture.appendOut($0) },
        err: { capture.appendErr($0) },
        readInput: { limit in stdin.count > limit ? stdin.prefix(limit + 1) : stdin },
        environment: [:],
        errIsTerminal: false)
    let status = await CommandLineTool.run(arguments, console: console)
    return CLIRun(status: status, out: capture.out, err: capture.err)
}

/// Whether `out` is exactly one line holding the `--json` error object for `status`:
/// `{"error": {"exitStatus": N, "message": "…"}, "task": …}`.
func isJSONError(_ out: String, status: VideoGenCLI.ExitStatus) -> Bool {
    guard out.hasSuffix("\n"), out.filter({ $0 == "\n" }).count == 1,
        let object = try? JSONParser.parse(out).objectValue, object.keys == ["error", "task"],
        let error = object["error"]?.objectValue, error.keys == ["exitStatus", "message"],
        error["exitStatus"] == .integer(Int(status.rawValue)), error["message"]?.stringValue?.isEmpty == false
    else { return false }
    return true
}

/// Runs `videogen ARGUMENTS -` with `text` on standard input.
func runCLI(_ arguments: [String], stdinText text: String) async -> CLIRun {
    await runCLI(arguments + ["-"], stdin: Data(text.utf8))
}

/// A temporary folder for input files, removed by `remove()`.
struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-cli-tests-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `data` to `name` inside the folder and returns its path.
    func file(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The seeded generator property tests replay with (SplitMix64, shared by the test targets).
typealias SeededGenerator = FuzzRandom
