// Generator speed: all specs in process, and the whole generator process as the build plugin runs it.

import Foundation
import VideoGenGenerator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Times the generator.
enum GeneratorBenchmark {
    static func run(specs: [String], generatorBinary: URL?, runs: Int, report: Report) {
        var inProcess: [Double] = []
        for _ in 0..<runs {
            inProcess.append(
                Stopwatch.seconds { Sink.shared.consume(Generator().generate(specFiles: specs).outputs.count) })
        }
        var rows = [
            ["in process (load, check, lower, emit; no write)", Figure.ms(Stopwatch.median(inProcess)), "\(runs)", "—"]
        ]
        if let binary = generatorBinary {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent(
                "videogen-bench-\(ProcessInfo.processInfo.processIdentifier)")
            defer { try? FileManager.default.removeItem(at: output) }
            var wholeProcess: [Double] = []
            for _ in 0..<runs {
                try? FileManager.default.removeItem(at: output)
                wholeProcess.append(Stopwatch.seconds { runProcess(binary, ["--output", output.path] + specs) })
            }
            let median = Stopwatch.median(wholeProcess)
            rows.append([
                "whole process, writing 5 files (as the plugin runs it)", Figure.ms(median), "\(runs)",
                median <= 0.05 ? "met (≤ 50 ms)" : "missed (target 50 ms)",
            ])
        } else {
            rows.append(["whole process", "not measured: build videogen-generator in release first", "—", "—"])
        }
        report.add("Generator: all \(specs.count) specs", header: ["what", "median", "runs", "target"], rows: rows)
    }

    /// Runs the binary and waits for it with `posix_spawn` and `waitpid` (Foundation's `Process` adds its own
    /// waiting latency on Linux, which is not the generator's cost).
    static func runProcess(_ binary: URL, _ arguments: [String]) {
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else {
            print("could not run \(binary.path)")
            return
        }
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
    }
}
