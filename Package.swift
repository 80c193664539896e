// swift-tools-version:6.0
// VideoGen: provider specs (Spec/*.json) → generated Swift bindings → one unified client and the `videogen` command.
// Zero package dependencies by design.
import PackageDescription

let package = Package(
    name: "VideoGen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    // Only what a consumer uses: the library, the command, and the plugin for specs of one's own. The generator and
    // the benchmarks are executable targets, not products:
    // `swift run videogen-generator` and `swift run videogen-benchmarks` run them from a checkout.
    products: [
        .library(name: "VideoGen", targets: ["VideoGen"]),
        .executable(name: "videogen", targets: ["VideoGenCLI"]),
        // Apply it to a target of your own that holds spec files: they become bindings in your module.
        .plugin(name: "VideoGenPlugin", targets: ["VideoGenPlugin"]),
    ],
    targets: [
        // JSON, schemas, the validation engine and the payload reader: shared by the generator and the runtime.
        .target(name: "VideoGenCore", path: "Sources/VideoGenCore"),

        // The generator: load → check → lower → emit → write. Its logic is a library tests call in process;
        // the executable is the thin front the plugin runs (and maintainers can run by hand).
        .target(name: "VideoGenGenerator", dependencies: ["VideoGenCore"], path: "Generator/VideoGenGenerator"),
        .executableTarget(
            name: "videogen-generator", dependencies: ["VideoGenGenerator"], path: "Generator/videogen-generator"),
        .plugin(
            name: "VideoGenPlugin", capability: .buildTool(), dependencies: ["videogen-generator"],
            path: "Plugins/VideoGenPlugin"),

        // The runtime. `Spec` inside it links to the top-level Spec/ so that SwiftPM sees spec files come and go;
        // the plugin turns each into Swift compiled into this module.
        .target(
            name: "VideoGen",
            dependencies: ["VideoGenCore", "VideoGenGenerator"],
            exclude: ["Spec/README.md", "Spec/videogen-spec.schema.json"],
            plugins: ["VideoGenPlugin"]),

        // The `videogen` command (its target name must not differ from `VideoGen` by case only).
        .executableTarget(name: "VideoGenCLI", dependencies: ["VideoGen"], path: "Sources/VideoGenCLI"),

        // Benchmarks (run in release): generator, decode, validate, scheduling, build cost; figures go to BENCHMARKS.md.
        // Measurement tooling like the tests, it may name providers (its plain Codable baselines are per provider).
        // Not a product: `swift run -c release videogen-benchmarks` runs it from a checkout.
        .executableTarget(
            name: "videogen-benchmarks", dependencies: ["VideoGen", "VideoGenGenerator"], path: "Benchmarks"),

        // Shared by the test targets: seeded random numbers, JSON mutations, the local provider server.
        .target(name: "VideoGenTestSupport", dependencies: ["VideoGen"], path: "Tests/TestSupport"),

        .testTarget(
            name: "VideoGenCoreTests", dependencies: ["VideoGenCore", "VideoGenTestSupport"],
            path: "Tests/VideoGenCoreTests"),
        // Fixtures/ holds the golden-file spec and expected output, read through #filePath (not resources).
        .testTarget(
            name: "GeneratorTests", dependencies: ["VideoGenGenerator", "VideoGenTestSupport"],
            path: "Tests/GeneratorTests", exclude: ["Fixtures"]),
        .testTarget(
            name: "VideoGenTests", dependencies: ["VideoGen", "VideoGenTestSupport"], path: "Tests/VideoGenTests"),
        .testTarget(
            name: "CLITests", dependencies: ["VideoGenCLI", "VideoGen", "VideoGenGenerator", "VideoGenTestSupport"],
            path: "Tests/CLITests"),
    ]
)
