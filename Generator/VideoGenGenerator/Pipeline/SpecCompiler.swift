// The generator's front half as a library call: a spec's text → its descriptor, with the build's own checks and
// diagnostics. The runtime uses it for the specs compiled into bindings and for specs loaded while it runs.

import Foundation
@_spi(Generated) import VideoGenCore

/// Turns spec text into a ``ProviderDescriptor``.
public enum SpecCompiler {
    /// What compiling one spec produced: the descriptor (when there were no errors) and every diagnostic.
    public struct Outcome: Sendable {
        /// The provider, or `nil` when the spec has errors.
        public var descriptor: ProviderDescriptor?
        /// Every problem found, as the build reports them (`file:line:col: error: $.path: message`).
        public var diagnostics: [Diagnostic]
    }

    /// Loads `bytes` (a spec file named `file`), runs every check the build runs, and lowers it.
    public static func compile(_ bytes: Data, file: String) -> Outcome {
        let log = DiagnosticLog()
        let source = SpecSource(file: file, log: log)
        guard let document = source.parse(bytes: bytes), let model = Generator.model(of: document, source: source)
        else {
            return Outcome(descriptor: nil, diagnostics: log.diagnostics)
        }
        return Outcome(descriptor: log.hasErrors ? nil : model.descriptor, diagnostics: log.diagnostics)
    }

    /// Lowers the text of a spec the build already checked (a generated binding's), without checking it again.
    /// `nil` only if the text is not a spec at all, which generated code never holds.
    public static func lowerChecked(_ text: String, file: String) -> ProviderDescriptor? {
        let log = DiagnosticLog()
        let source = SpecSource(file: file, log: log)
        guard let document = source.parse(bytes: Data(text.utf8)),
            let spec = SpecLoader(source: source).load(document)
        else { return nil }
        let lowering = SchemaLowering(spec: spec)
        return DescriptorBuilder(spec: spec, lowering: lowering).build()
    }
}
