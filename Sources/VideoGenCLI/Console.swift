// Where the command reads and writes: the real terminal, or buffers in tests.

import Foundation

/// The command's standard input, output and error, and its environment.
struct Console: Sendable {
    /// Writes to standard output.
    var out: @Sendable (String) -> Void
    /// Writes to standard error.
    var err: @Sendable (String) -> Void
    /// Reads standard input, up to `limit` bytes (returns `limit + 1` bytes when there is more).
    var readInput: @Sendable (_ limit: Int) -> Data
    /// Environment variables.
    var environment: [String: String]
    /// Whether standard error is a terminal (live progress lines).
    var errIsTerminal: Bool

    /// The process's own streams and environment.
    static var standard: Console {
        Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            readInput: { limit in FileHandle.standardInput.readBounded(limit: limit) },
            environment: ProcessInfo.processInfo.environment,
            errIsTerminal: isatty(2) == 1)
    }
}

extension FileHandle {
    /// Reads until end of file or until more than `limit` bytes were read.
    func readBounded(limit: Int) -> Data {
        var data = Data()
        while data.count <= limit {
            let chunk = availableData
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        return data
    }
}
