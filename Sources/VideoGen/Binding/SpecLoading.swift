// Specs loaded while the program runs: checked by the build's own checks, with its diagnostics, and then usable by the
// unified client, the sandbox and the `videogen` commands like any built-in provider (typed models need the build).

import Foundation
@_spi(Generated) import VideoGenCore
import VideoGenGenerator

/// Why a spec could not be loaded: every problem found, as the build reports them.
public struct SpecLoadError: Error, Sendable, CustomStringConvertible {
    /// The spec file, as named when it was loaded.
    public var file: String
    /// Each problem, `file:line:col: error: $.path: message` (warnings included).
    public var diagnostics: [String]

    /// The diagnostics, one per line.
    public var description: String {
        diagnostics.isEmpty ? "\(file): not a spec" : diagnostics.joined(separator: "\n")
    }
}

extension ProviderDescriptor {
    /// The provider a spec file describes, checked exactly as `swift build` checks the package's own specs.
    public static func load(contentsOf url: URL) throws(SpecLoadError) -> ProviderDescriptor {
        // Specs are tens of kilobytes; a file far larger is not one (and is not read into memory).
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumSpecBytes else {
            throw SpecLoadError(
                file: url.path,
                diagnostics: [
                    "\(url.path): error: \(size) bytes is not a spec (specs are at most \(maximumSpecBytes / 1_048_576) MiB)"
                ])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SpecLoadError(
                file: url.path,
                diagnostics: ["\(url.path): error: cannot read the file (\(error.localizedDescription))"])
        }
        return try load(specText: data, file: url.path)
    }

    /// The largest spec file read.
    public static let maximumSpecBytes = 16 * 1_048_576

    /// The provider the spec text `data` (named `file` in diagnostics) describes, checked as the build checks.
    public static func load(specText data: Data, file: String) throws(SpecLoadError) -> ProviderDescriptor {
        let outcome = SpecCompiler.compile(data, file: file)
        guard let descriptor = outcome.descriptor else {
            throw SpecLoadError(file: file, diagnostics: outcome.diagnostics.map(\.description))
        }
        return descriptor
    }
}
