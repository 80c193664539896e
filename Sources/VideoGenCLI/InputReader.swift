// Reads a command's input file (or standard input for "-"), with a size cap.

import Foundation

/// Reads payload and body files for commands.
enum InputReader {
    /// The largest input accepted: provider payloads and request bodies are a few kilobytes.
    static let maximumBytes = 10 * 1024 * 1024

    /// The bytes of `path`, or of standard input when it is `-`.
    static func read(_ path: String, console: Console) throws(CommandFailure) -> Data {
        let data: Data
        if path == "-" {
            data = console.readInput(maximumBytes)
        } else {
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .usage("cannot read \(path): no such file")
            }
            if isDirectory.boolValue { throw .usage("cannot read \(path): it is a folder") }
            guard let handle = try? FileHandle(forReadingFrom: url) else {
                throw .usage("cannot read \(path): permission denied")
            }
            defer { try? handle.close() }
            data = handle.readBounded(limit: maximumBytes)
        }
        if data.count > maximumBytes {
            throw .invalid(
                "\(path == "-" ? "standard input" : path) is larger than \(maximumBytes / 1024 / 1024) MiB; provider payloads are a few kilobytes"
            )
        }
        return data
    }
}
