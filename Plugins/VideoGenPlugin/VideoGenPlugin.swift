// The build-tool plugin: lists the spec files, declares one output per spec (named from the file name) and
// runs the generator on them. It holds no provider knowledge and no generation logic.

import Foundation
import PackagePlugin

@main
struct VideoGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        // `Sources/VideoGen/Spec` links to the top-level `Spec/`, so the spec files belong to the target: SwiftPM
        // then notices an added or removed spec and plans the build again. Paths are resolved to `Spec/…` so
        // diagnostics name the file a maintainer edits.
        let specs = target.sourceFiles
            .map(\.url)
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        // Inputs stay the target's own paths (so SwiftPM counts the files as handled); the generator gets the
        // resolved ones.
        let resolved = specs.map { $0.resolvingSymlinksInPath() }
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let outputs =
            specs.map {
                outputDirectory.appending(path: $0.deletingPathExtension().lastPathComponent + ".generated.swift")
            }
            + [outputDirectory.appending(path: "ProviderCatalog.generated.swift")]
        // The package's own `VideoGen` module extends `ProviderCatalog`; any other module (a consumer's, with specs of
        // its own) gets files that import `VideoGen` and a `GeneratedProviders` list to register.
        let consumer = target.name != "VideoGen" ? ["--consumer"] : []
        return [
            .buildCommand(
                displayName: "Generating provider bindings from \(specs.count) spec files",
                executable: try context.tool(named: "videogen-generator").url,
                arguments: ["--output", outputDirectory.path] + consumer + resolved.map(\.path),
                inputFiles: specs,
                outputFiles: outputs)
        ]
    }
}
