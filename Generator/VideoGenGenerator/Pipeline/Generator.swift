// The pipeline: load → check → lower → emit → write, over every spec of one run.

import Foundation
@_spi(Generated) import VideoGenCore

/// Generates Swift bindings from spec files.
///
/// Every problem in every spec is reported (as ``Diagnostic``s naming the file and JSON path); when there is
/// any error, nothing is written. Output is deterministic, and a file is rewritten only when its text changed.
public struct Generator {
    /// What a run produced.
    public struct Result: Sendable {
        /// Every problem found, in file order.
        public var diagnostics: [Diagnostic]
        /// Output file name → Swift text (empty when there were errors).
        public var outputs: [String: String]

        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The import lines of generated files: the core for the package's own specs (compiled into the `VideoGen`
    /// module), and `VideoGen` as well for a consumer's. Generated code reaches the readers, writers and schemas
    /// users never call through the `Generated` SPI.
    public var runtimeImport: String

    /// Whether the files are for a consumer's module (importing `VideoGen`, listing their bindings in
    /// `GeneratedProviders`) rather than for the package's own `VideoGen` module.
    public var isForConsumer: Bool

    /// Creates a generator for the package's own specs, or (`forConsumer`) for a consumer's module.
    public init(forConsumer: Bool = false) {
        isForConsumer = forConsumer
        runtimeImport =
            forConsumer
            ? "@_spi(Generated) import VideoGen\n@_spi(Generated) import VideoGenCore"
            : "@_spi(Generated) import VideoGenCore"
    }

    /// The output file name for a spec file: `acme.json` → `acme.generated.swift`.
    public static func outputName(forSpec file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".generated.swift"
    }

    /// Loads, checks, lowers and emits every spec file; reads them from disk.
    public func generate(specFiles: [String]) -> Result {
        let log = DiagnosticLog()
        let sources = specFiles.map { SpecSource(file: $0, log: log) }
        return run(sources.map { ($0, $0.parse()) }, log: log)
    }

    /// The same, for spec texts already in memory (file name → contents); used by tests.
    public func generate(specTexts: [(file: String, text: String)]) -> Result {
        let log = DiagnosticLog()
        return run(
            specTexts.map { entry in
                let source = SpecSource(file: entry.file, log: log)
                return (source, source.parse(bytes: Data(entry.text.utf8)))
            }, log: log)
    }

    private func run(_ documents: [(SpecSource, JSONValue?)], log: DiagnosticLog) -> Result {
        var models: [SwiftProviderModel] = []
        for (source, document) in documents {
            guard let document, let model = Self.model(of: document, source: source) else { continue }
            models.append(model)
        }
        checkAcrossSpecs(models, documents.map(\.0))
        guard !log.hasErrors else { return Result(diagnostics: log.diagnostics, outputs: [:]) }
        var outputs: [String: String] = [:]
        for (model, source) in zip(models, documents.map(\.0)) {
            outputs[Self.outputName(forSpec: source.file)] = FileEmitter(model: model, runtimeImport: runtimeImport)
                .emit()
        }
        let catalog = zip(models, documents.map(\.0)).sorted { $0.1.baseName < $1.1.baseName }.map {
            ($0.0.namespace, $0.0.specFile)
        }
        outputs[CatalogEmitter.fileName] = CatalogEmitter.emit(catalog, forConsumer: isForConsumer)
        return Result(diagnostics: log.diagnostics, outputs: outputs)
    }

    /// Loads, checks and lowers one parsed spec into its Swift model (diagnostics go to the source's log).
    static func model(of document: JSONValue, source: SpecSource) -> SwiftProviderModel? {
        guard let spec = SpecLoader(source: source).load(document) else { return nil }
        let lowering = SchemaLowering(spec: spec)
        SpecChecker(spec: spec, lowering: lowering).run()
        let descriptor = DescriptorBuilder(spec: spec, lowering: lowering).build()
        SampleChecker(spec: spec, descriptor: descriptor).run()
        return SwiftModelBuilder(
            spec: spec, descriptor: descriptor, lowering: lowering, specText: document.serialized()
        ).build()
    }

    /// Two specs must not share an id, a Swift name or an output file.
    private func checkAcrossSpecs(_ models: [SwiftProviderModel], _ sources: [SpecSource]) {
        var ids: [String: String] = [:]
        var names: [String: String] = [:]
        var outputs: [String: String] = [:]
        for source in sources {
            let output = Self.outputName(forSpec: source.file)
            if let other = outputs[output] {
                source.error(at: .root, "\(other) and this file both generate \(output); spec file names must differ")
            }
            outputs[output] = source.file
        }
        for model in models {
            let source = sources.first { $0.displayName == model.specFile } ?? sources[0]
            if let other = ids[model.descriptor.id] {
                source.error(at: JSONPath.keys("id"), "the id \"\(model.descriptor.id)\" is already used by \(other)")
            }
            ids[model.descriptor.id] = model.specFile
            if let other = names[model.namespace] {
                source.error(
                    at: JSONPath.keys("swiftName"), "the Swift name `\(model.namespace)` is already used by \(other)")
            }
            names[model.namespace] = model.specFile
        }
    }
}
