// Generator speed: all specs in process, and the whole generator process as the build plugin runs it.

import Foundation
import VideoGenGenerator

/// Times the generator.
enum GeneratorBenchmark {
    static func run(specs: [String], generatorBinary: URL?, runs: Int, report: Report) {
        var inProcess: [Double] = []
        for _ in 0..<runs {
            inProcess.append(Stopwatch.seconds { Sink.shared.consume(Generator().generate(specFiles: specs).outputs.count) })
        }
        var rows = [["in process (load, check, lower, emit; no write)", Figure.ms(Stopwatch.median(inProcess)), "\(runs)", "—"]]
        if let binary = generatorBinary {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-bench-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? FileManager.default.removeItem(at: output) }
            var wholeProcess: [Double] = []
            for _ in 0..<runs {
                try? FileManager.default.removeItem(at: output)
                wholeProcess.append(Stopwatch.seconds { runProcess(binary, ["--output", output.path] + specs) })
            }
            let median = Stopwatch.median(wholeProcess)
            rows.append(["whole process, writing 5 files (as the plugin runs it)", Figure.ms(median), "\(runs)", median <= 0.05 ? "met (≤ 50 ms)" : "missed (target 50 ms)"])
        } else {
            rows.append(["whole process", "not measured: build videogen-generator in release first", "—", "—"])
        }
        report.add("Generator: all \(specs.count) specs", header: ["what", "median", "runs", "target"], rows: rows)
    }

    static func runProcess(_ binary: URL, _ arguments: [String]) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("could not run \(binary.path): \(error)")
        }
    }
}
