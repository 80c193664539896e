// `videogen-benchmarks`: measures the generator, decoding, validation and scheduling, and prints Markdown tables.
// Run in release: `swift run -c release videogen-benchmarks` (`--quick` for fewer repetitions and no build timing;
// `--only SECTION` for one section).

import Foundation
import VideoGen

let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let specFolder = packageRoot.appendingPathComponent("Spec")
let specs = ((try? FileManager.default.contentsOfDirectory(atPath: specFolder.path)) ?? [])
    .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }
    .sorted()
    .map { specFolder.appendingPathComponent($0).path }
let generator = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "videogen-generator")

#if DEBUG
    print("warning: this is a debug build; run `swift run -c release videogen-benchmarks` for meaningful figures\n")
#endif

// `--only NAME` (generator, decode, validate, scheduling, build) runs one section.
let only = arguments.firstIndex(of: "--only").flatMap { index in
    arguments.index(after: index) < arguments.endIndex ? arguments[arguments.index(after: index)] : nil
}
func wanted(_ section: String) -> Bool { only == nil || only == section }

let report = Report()
if wanted("generator") {
    GeneratorBenchmark.run(
        specs: specs, generatorBinary: FileManager.default.isExecutableFile(atPath: generator.path) ? generator : nil,
        runs: quick ? 5 : 21, report: report)
}
if wanted("decode") { _ = DecodeBenchmark.run(report: report) }
if wanted("validate") { ValidateBenchmark.run(report: report) }
if wanted("scheduling") {
    for seed: UInt64 in quick ? [42] : [42, 7, 2026] {
        await SchedulingBenchmark.run(tasks: 100, seed: seed, report: report)
    }
}
if wanted("build") && !quick { BuildCostBenchmark.run(packageRoot: packageRoot, report: report) }
