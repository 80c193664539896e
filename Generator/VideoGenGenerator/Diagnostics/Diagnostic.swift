// One problem found in a spec file, printed the way compilers print theirs.

@_spi(Generated) import VideoGenCore

/// A problem in a spec file, with the file, the JSON path and (when known) the line and column.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable {
        /// The spec cannot be used; nothing is written.
        case error
        /// Worth fixing; generation goes on.
        case warning
    }

    /// The spec file as it was named to the generator.
    public var file: String
    /// Where in the document.
    public var path: JSONPath
    /// The line and column of `path`, or of its nearest ancestor.
    public var location: JSONLocation?
    /// How serious it is.
    public var severity: Severity
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, path: JSONPath, location: JSONLocation?, severity: Severity, message: String) {
        self.file = file
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `Spec/acme.json:12:7: error: $.request.fields.duration.maximum: must be ≥ minimum (6)`.
    public var description: String {
        let position = location.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(file)\(position): \(severity.rawValue): \(path): \(message)"
    }
}

/// Collects the diagnostics of one generator run.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    /// Whether any error was recorded.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records a diagnostic once (the same message at the same place is not repeated).
    func record(_ diagnostic: Diagnostic) {
        guard seen.insert(diagnostic).inserted else { return }
        diagnostics.append(diagnostic)
    }
}
