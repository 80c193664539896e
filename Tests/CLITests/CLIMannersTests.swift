// What a user of any well-made command-line tool expects: `help COMMAND`, an option given twice refused, each
// command's help naming exactly its own options and its exit statuses.

import Foundation
import Testing

@testable import VideoGenCLI

@Suite("CLI manners")
struct CLIMannersTests {
    static let commands = [
        "create", "status", "wait", "cancel", "call", "providers", "validate", "decode", "check",
    ]

    @Test("videogen help COMMAND prints exactly what COMMAND --help prints", arguments: commands)
    func helpCommand(_ command: String) async {
        let viaHelp = await runCLI(["help", command])
        let viaFlag = await runCLI([command, "--help"])
        #expect(viaHelp.status == .success)
        #expect(viaHelp.err == "")
        #expect(viaHelp.out == viaFlag.out)
        #expect(viaHelp.out.hasPrefix("usage: videogen \(command) "))
    }

    @Test func helpWithAnUnknownCommandIsAUsageError() async {
        let run = await runCLI(["help", "frobnicate"])
        #expect(run.status == .usage)
        #expect(run.out == "")
        #expect(run.err.contains(#"unknown command "frobnicate""#))
        #expect(run.err.contains("create, status, wait, cancel, call, providers, validate, decode, check"))
        let alone = await runCLI(["help"])
        #expect(alone.status == .success)
        #expect(alone.out.hasPrefix("videogen — "))
    }

    /// The options each command's help names are exactly the ones it accepts: nothing listed that would be refused,
    /// nothing accepted that the help keeps quiet about. And each help ends with its exit statuses.
    @Test("each command's help names exactly the options it accepts, and its exit statuses", arguments: commands)
    func helpNamesExactlyItsOptions(_ command: String) throws {
        let entry = try #require(CommandLineTool.commands.first { $0.name == command })
        let text = entry.help()
        let pattern = try NSRegularExpression(pattern: "--[a-z][a-z-]*[a-z]")
        let named = Set(
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range, in: text).map { String(text[$0]) }
            })
        #expect(named == Set(entry.valuedOptions + entry.flagOptions), "\(command)")
        #expect(text.contains("Exit status: 0 "), "\(command)")
    }

    @Test("the hand-written option lists of status, wait and providers")
    func handWrittenOptionLists() throws {
        func options(_ name: String) throws -> [String] {
            let entry = try #require(CommandLineTool.commands.first { $0.name == name })
            return (entry.valuedOptions + entry.flagOptions).sorted()
        }
        #expect(
            try options("status") == ["--api-key-file", "--base-url", "--json", "--provider", "--sandbox", "--timeout"])
        #expect(
            try options("wait") == [
                "--api-key-file", "--base-url", "--json", "--poll-interval", "--provider", "--sandbox", "--timeout",
            ])
        #expect(try options("providers") == ["--json"])
    }

    @Test(
        "a single-value option given twice is a usage error naming it",
        arguments: [
            ["validate", "--provider", "apixo", "--provider", "toapis", "-"],
            ["decode", "--provider", "apixo", "--kind", "callback", "--kind=status-response", "-"],
            ["create", "--provider", "apixo", "--prompt", "a", "--prompt", "b", "--dry-run"],
            ["status", "apixo:task_1", "--timeout", "5", "--timeout", "10", "--sandbox"],
        ])
    func singleValueOptionTwice(_ arguments: [String]) async throws {
        let run = await runCLI(arguments)
        #expect(run.status == .usage, "\(run)")
        let option = try #require(
            arguments.enumerated().first { index, word in
                word.hasPrefix("--") && arguments[(index + 1)...].contains { $0.split(separator: "=")[0] == word }
            }?.element)
        #expect(run.err.contains("\(option) is given twice (it takes one value)"), "\(run)")
    }

    @Test("--image and --param may be repeated: each adds a value")
    func repeatableOptions() async throws {
        let run = await runCLI([
            "create", "--provider", "toapis", "--prompt", "a kite", "--image", "https://example.com/1.png",
            "--image", "https://example.com/2.png", "--param", "metadata.n=1", "--param", "metadata.m=2",
            "--dry-run",
        ])
        #expect(run.status == .success, "\(run)")
        #expect(run.out.contains("https://example.com/1.png"))
        #expect(run.out.contains("https://example.com/2.png"))
    }
}
