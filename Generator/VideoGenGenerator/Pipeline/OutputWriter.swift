// Write: put generated files in place, touching only those whose text changed.

import Foundation

/// Writes generated files into a folder, leaving unchanged ones untouched (so the build does not recompile them).
public struct OutputWriter {
    /// The folder written into.
    public let directory: URL

    /// Creates a writer for `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// Writes each output whose content differs from what is on disk; returns the names written.
    @discardableResult
    public func write(_ outputs: [String: String]) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for name in outputs.keys.sorted() {
            guard let text = outputs[name] else { continue }
            let url = directory.appendingPathComponent(name)
            let data = Data(text.utf8)
            if let existing = try? Data(contentsOf: url), existing == data { continue }
            try data.write(to: url, options: .atomic)
            written.append(name)
        }
        return written
    }
}
