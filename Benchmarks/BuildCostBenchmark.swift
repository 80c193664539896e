// Build cost as whole commands: a clean `swift build` of the package into a fresh scratch folder, then no-op rebuilds.

import Foundation

/// Times `swift build` of the package itself.
enum BuildCostBenchmark {
    static func run(packageRoot: URL, report: Report) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "videogen-build-cost-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arguments = ["build", "--package-path", packageRoot.path, "--scratch-path", scratch.path]
        var clean = 0.0
        var cleanStatus: Int32 = 0
        clean = Stopwatch.seconds { cleanStatus = swift(arguments) }
        var noOp: [Double] = []
        for _ in 0..<3 { noOp.append(Stopwatch.seconds { _ = swift(arguments) }) }
        report.add(
            "Build cost (debug, whole commands)",
            note:
                "`swift build` into a fresh scratch folder: every target, the generator, the plugin and the generated bindings; "
                + "then the same command again with nothing changed (median of 3).",
            header: ["command", "time"],
            rows: [
                ["clean `swift build`" + (cleanStatus == 0 ? "" : " (failed: exit \(cleanStatus))"), Figure.s(clean)],
                ["no-op `swift build`", Figure.s(Stopwatch.median(noOp))],
            ])
    }

    private static func swift(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}
