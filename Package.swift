// swift-tools-version:6.0
// VideoGen: provider specs (Spec/*.json) → generated Swift bindings → one unified client and a CLI.
// Zero package dependencies by design.
import PackageDescription

let package = Package(
    name: "VideoGen",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "VideoGen", targets: ["VideoGen"]),
    ],
    targets: [
        // JSON, schemas and the validation engine: shared by the generator and the runtime.
        .target(name: "VideoGenCore", path: "Sources/VideoGenCore"),
        .testTarget(name: "VideoGenCoreTests", dependencies: ["VideoGenCore"], path: "Tests/VideoGenCoreTests"),
    ]
)
