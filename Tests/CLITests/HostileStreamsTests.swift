// The built `videogen` binary with broken standard streams: a closed or unreadable standard input, an input file
// that cannot be read, standard output on a full disk or closed, standard error closed. It must end with its
// documented status and a one-line message where stderr still works — never a trap (SIGILL, exit 132).

import Foundation
import Testing

@Suite("videogen with broken standard streams")
struct HostileStreamsTests {
    /// The `videogen` executable `swift build` made, next to the test bundle.
    static func binary() throws -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("videogen").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw BinaryMissing(description: "the videogen executable was not found near \(CommandLine.arguments[0])")
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String
    }

    /// What one shell run of `videogen` did.
    struct ShellRun: CustomStringConvertible {
        var status: Int32
        var signalled: Bool
        var out: String
        var err: String
        var description: String {
            "exit \(status)\(signalled ? " (signal)" : "")\n--- stdout\n\(out)--- stderr\n\(err)"
        }
    }

    /// Runs `videogen ARGUMENTS REDIRECTIONS` through /bin/sh, so the shell can close or redirect streams.
    static func run(_ arguments: String, redirections: String, environment: [String: String] = [:]) throws -> ShellRun {
        let binary = try binary()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-streams-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outFile = folder.appendingPathComponent("out").path
        let errFile = folder.appendingPathComponent("err").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The redirections come last, so they override the capture files where they name the same stream.
        process.arguments = ["-c", "exec '\(binary)' \(arguments) >'\(outFile)' 2>'\(errFile)' \(redirections)"]
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { own, _ in own }
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? ""
        return ShellRun(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, out: out,
            err: err)
    }

    static let decode = "decode --provider apixo --kind status-response"

    @Test("a closed standard input: exit 1, saying it cannot be read")
    func closedStandardInput() throws {
        let run = try Self.run(Self.decode + " -", redirections: "<&-")
        #expect(!run.signalled && run.status == 1, "\(run)")
        #expect(run.err == "videogen decode: error: cannot read standard input: Bad file descriptor\n", "\(run)")
    }

    @Test("standard input that is a folder: exit 1, saying it cannot be read")
    func folderAsStandardInput() throws {
        let run = try Self.run(Self.decode + " -", redirections: "</")
        #expect(!run.signalled && run.status == 1, "\(run)")
        #expect(run.err == "videogen decode: error: cannot read standard input: Is a directory\n", "\(run)")
    }

    @Test("an input file whose read fails (/proc/self/mem): exit 1, naming it")
    func unreadableInputFile() throws {
        let run = try Self.run(Self.decode + " /proc/self/mem", redirections: "")
        #expect(!run.signalled && run.status == 1, "\(run)")
        #expect(run.err.hasPrefix("videogen decode: error: cannot read /proc/self/mem: "), "\(run)")
        #expect(run.err.filter { $0 == "\n" }.count == 1, "one line: \(run)")
    }

    @Test("standard output on a full disk (/dev/full): exit 1, and stderr says the output was lost")
    func fullDisk() throws {
        let run = try Self.run("--version", redirections: ">/dev/full")
        #expect(!run.signalled && run.status == 1, "\(run)")
        #expect(run.err == "videogen: error: cannot write to standard output: No space left on device\n", "\(run)")
    }

    @Test("a closed standard output: exit 1, and stderr says so")
    func closedStandardOutput() throws {
        let run = try Self.run("providers", redirections: ">&-")
        #expect(!run.signalled && run.status == 1, "\(run)")
        #expect(run.err == "videogen: error: cannot write to standard output: Bad file descriptor\n", "\(run)")
    }

    @Test("a closed standard error: the documented status, no trap")
    func closedStandardError() throws {
        // A usage error (exit 2) whose message has nowhere to go.
        let usage = try Self.run("create --provider nope --prompt x", redirections: "2>&-")
        #expect(!usage.signalled && usage.status == 2, "\(usage)")
        // A success that writes only to stdout is unaffected.
        let version = try Self.run("--version", redirections: "2>&-")
        #expect(!version.signalled && version.status == 0 && version.out == "0.2.0\n", "\(version)")
    }

    @Test("stderr on a full disk as well: still exit 1, never a trap")
    func bothStreamsFull() throws {
        let run = try Self.run("--version", redirections: ">/dev/full 2>/dev/full")
        #expect(!run.signalled && run.status == 1, "\(run)")
    }
}
