// A spec file being read: its name, its parsed JSON, where each value sits, and the diagnostics so far.

import Foundation
@_spi(Generated) import VideoGenCore

/// A spec file being processed, and the place its diagnostics go.
final class SpecSource {
    /// The file as named to the generator (used in diagnostics).
    let file: String
    /// The file name without `.json`: the provider id it must declare.
    let baseName: String
    /// `Spec/acme.json`: the parent folder and file name, used in generated code (never an absolute path).
    let displayName: String
    /// Where every value starts.
    private(set) var locations: JSONLocations?
    /// Where problems go.
    let log: DiagnosticLog

    /// Prepares to read `file`.
    init(file: String, log: DiagnosticLog) {
        self.file = file
        self.log = log
        let parts = file.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let name = parts.last ?? file
        baseName = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        // The parent folder and the file name, from the path as given: never the current directory, never absolute.
        let folder = parts.count >= 2 ? parts[parts.count - 2] : ""
        displayName = folder.isEmpty || folder == "." || folder == ".." ? name : "\(folder)/\(name)"
    }

    /// Reads and parses the file; records a diagnostic and returns `nil` when it cannot.
    func parse() -> JSONValue? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            self.error(at: .root, "cannot read the file (\(error.localizedDescription))")
            return nil
        }
        return parse(bytes: data)
    }

    /// Parses spec text already in memory.
    func parse(bytes: Data) -> JSONValue? {
        do {
            let result = try JSONParser.parseWithLocations(bytes, options: .init(duplicateKeys: .keepFirst))
            locations = result.locations
            for (index, duplicate) in result.locations.duplicateKeys.enumerated() {
                let key: String
                if case .key(let name)? = duplicate.components.last { key = name } else { key = "?" }
                log.record(
                    Diagnostic(
                        file: file, path: duplicate, location: result.locations.duplicateKeyLocation(at: index),
                        severity: .error,
                        message:
                            "the key \"\(key)\" appears twice in the same object; JSON readers disagree on which one counts, so each key must appear once"
                    ))
            }
            return result.value
        } catch {
            log.record(
                Diagnostic(
                    file: file, path: error.path, location: error.location, severity: .error,
                    message: "not valid JSON: \(error.reasonDescription)"))
            return nil
        }
    }

    /// Records an error at `path`.
    func error(at path: JSONPath, _ message: String) {
        log.record(
            Diagnostic(
                file: file, path: path, location: locations?.nearest(to: path), severity: .error, message: message))
    }

    /// Records a warning at `path`.
    func warning(at path: JSONPath, _ message: String) {
        log.record(
            Diagnostic(
                file: file, path: path, location: locations?.nearest(to: path), severity: .warning, message: message))
    }
}
