// swift-tools-version:6.0
// A consumer of VideoGen with a provider of its own: Sources/AcmeVideo/acme.json becomes Swift at build time through
// the VideoGen plugin, and the app registers it so that `VideoClient(provider: "acme")` and handles work.
import PackageDescription

// SwiftPM names a path dependency after its folder; this example lives two folders below the repository's root,
// whatever that folder is called (a clone, a CI checkout).
let videoGen = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "videogen"

let package = Package(
    name: "CustomProvider",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [.library(name: "AcmeVideo", targets: ["AcmeVideo"])],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(
            name: "AcmeVideo",
            dependencies: [.product(name: "VideoGen", package: videoGen)],
            plugins: [.plugin(name: "VideoGenPlugin", package: videoGen)]),
        .testTarget(name: "AcmeVideoTests", dependencies: ["AcmeVideo"]),
    ]
)
