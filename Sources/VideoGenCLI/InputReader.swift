// Reads a command's input file (or standard input for "-"), with a size cap; read errors are messages, not traps.

import Foundation

/// Reads payload and body files for commands.
enum InputReader {
    /// The largest input accepted: provider payloads and request bodies are a few kilobytes.
    static let maximumBytes = 10 * 1024 * 1024

    /// The bytes of `path`, or of standard input when it is `-`.
    static func read(_ path: String, console: Console) throws(CommandFailure) -> Data {
        let data: Data
        do {
            data =
                path == "-" ? try console.readInput(maximumBytes) : try RawStream.read(path: path, limit: maximumBytes)
        } catch let failure as RawStream.Failure where failure.couldNotOpen {
            throw .usage(failure.description)
        } catch {
            throw .invalid(String(describing: error))
        }
        if data.count > maximumBytes {
            throw .invalid(
                "\(path == "-" ? "standard input" : path) is larger than \(maximumBytes / 1024 / 1024) MiB; provider payloads are a few kilobytes"
            )
        }
        return data
    }
}
