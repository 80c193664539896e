// The usage side of the `videogen` contract: help, usage errors (exit 2), standard input, and the input size cap.

import Foundation
import Testing

@testable import VideoGenCLI

@Suite("videogen usage")
struct CLIUsageTests {
    static let providers = "apimart, apimodels, apixo, fal, replicate, toapis"
    static let statusPayload =
        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965652317}}"#
    static let statusLine =
        #"{"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"succeeded","providerState":"success","progress":null,"queuePosition":null,"videoURLs":["https://r2.apixo.ai/video.mp4"],"videos":[{"url":"https://r2.apixo.ai/video.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2026-01-09T13:33:30.929Z","completedAt":"2026-01-09T13:34:12.317Z"}"#
        + "\n"

    /// A usage failure of `command`: exit 2, the error and the pointer to --help on stderr, nothing on stdout.
    func expectUsage(
        _ run: CLIRun, _ command: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.status == .usage, "\(run)", sourceLocation: sourceLocation)
        #expect(run.out == "", sourceLocation: sourceLocation)
        #expect(
            run.err == "videogen \(command): error: \(message)\nRun `videogen \(command) --help` for usage.\n",
            sourceLocation: sourceLocation)
    }

    // MARK: Help

    @Test("--help, -h and help print the command list on stdout and exit 0", arguments: ["--help", "-h", "help"])
    func toolHelp(_ word: String) async {
        let run = await runCLI([word])
        #expect(run.status == .success)
        #expect(run.err == "")
        #expect(
            run.out.hasPrefix(
                "videogen — create AI videos on any provider VideoGen has a spec for, and check their payloads.\n"))
        #expect(run.out.contains("\nusage: videogen [--spec FILE]... COMMAND [OPTIONS]\n"))
        #expect(
            run.out.contains(
                """

                commands:
                  create     create a video from unified options (add --wait to follow it, --dry-run to see the request)
                  status     show a task's current state, from its handle
                  wait       wait for a task to finish, showing progress, and print its video URL
                  cancel     cancel a task, from its handle (where the provider documents cancelling)
                  call       run any operation the provider documents (status, upload, credits…), by name
                  providers  list the providers, their models and prices, limits and polling advice (from the specs)
                  validate   check a provider-native create-request body against the provider's spec
                  decode     decode a provider payload (create/status answer, callback) into the unified task
                  check      report what captured payloads say that the provider's spec does not know (drift)

                """))
        #expect(run.out.contains("\nproviders: \(Self.providers)\n"))
        #expect(
            run.out.contains(
                "\nExit statuses: 0 success, 1 invalid input, 2 usage, 3 provider or HTTP error, 4 task failed or cancelled, 5 timed out.\n"
            ))
    }

    @Test("--version prints the release, 0.2.0, on stdout and exits 0")
    func version() async {
        let run = await runCLI(["--version"])
        #expect(run.status == .success)
        #expect(run.out == "0.2.0\n")
        #expect(run.err == "")
    }

    @Test("each command's --help (or -h) prints its usage on stdout and exits 0, whatever else is on the line")
    func commandHelp() async {
        for arguments in [["validate", "--help"], ["validate", "-h"], ["validate", "--provider", "nope", "--help"]] {
            let run = await runCLI(arguments)
            #expect(run.status == .success, "\(arguments)")
            #expect(run.err == "")
            #expect(
                run.out.hasPrefix(
                    "usage: videogen validate --provider PROVIDER [--model M] [--strict-models] [--json] FILE|-\n"))
            #expect(run.out.contains("--provider P       one of: \(Self.providers)\n"))
            #expect(run.out.contains("Exit status: 0 valid, 1 invalid (or not JSON), 2 usage."))
        }
        for arguments in [["decode", "--help"], ["decode", "-h"], ["decode", "--kind", "nope", "-h"]] {
            let run = await runCLI(arguments)
            #expect(run.status == .success, "\(arguments)")
            #expect(run.err == "")
            #expect(run.out.hasPrefix("usage: videogen decode --provider PROVIDER --kind KIND [--json] FILE|-\n"))
            #expect(
                run.out.contains(
                    """
                      --kind KIND    what the payload is (as the provider documents it): create-response, status-response,
                                     result-response, cancel-response,
                                     callback, sync-response
                    """))
        }
    }

    @Test("each command's help ends with a newline, like every other line the tool prints")
    func commandHelpEndsWithNewline() async {
        for command in ["create", "status", "wait", "providers", "validate", "decode"] {
            let run = await runCLI([command, "--help"])
            #expect(run.status == .success, "\(run)")
            #expect(
                run.out.hasSuffix("\n"), "videogen \(command) --help ends with \(run.out.suffix(20).debugDescription)")
            #expect(
                !run.out.hasSuffix("\n\n"),
                "videogen \(command) --help ends with \(run.out.suffix(20).debugDescription)")
        }
    }

    @Test("no arguments: the help on stderr, exit 2")
    func noArguments() async {
        let run = await runCLI([])
        #expect(run.status == .usage)
        #expect(run.out == "")
        #expect(run.err.contains("usage: videogen [--spec FILE]... COMMAND [OPTIONS]"))
    }

    // MARK: Usage errors

    @Test("an unknown command")
    func unknownCommand() async {
        let run = await runCLI(["frobnicate"])
        #expect(run.status == .usage)
        #expect(run.out == "")
        #expect(
            run.err
                == "videogen: error: unknown command \"frobnicate\" (commands: create, status, wait, cancel, call, providers, validate, decode, check)\n"
        )
    }

    @Test("an unknown provider", arguments: ["validate", "decode"])
    func unknownProvider(_ command: String) async {
        let kind = command == "decode" ? ["--kind", "status-response"] : []
        let run = await runCLI([command, "--provider", "nope"] + kind, stdinText: "{}")
        expectUsage(run, command, "unknown provider \"nope\" (providers: \(Self.providers))")
    }

    @Test("no provider", arguments: ["validate", "decode"])
    func missingProvider(_ command: String) async {
        let run = await runCLI([command], stdinText: "{}")
        expectUsage(run, command, "--provider is required (providers: \(Self.providers))")
    }

    @Test("the provider is matched whatever its case, and --option=value works")
    func providerSpelling() async {
        let upper = await runCLI(
            ["decode", "--provider", "APIXO", "--kind", "status-response", "--json"], stdinText: Self.statusPayload)
        #expect(upper.status == .success, "\(upper)")
        #expect(upper.out == Self.statusLine)
        let inline = await runCLI(
            ["decode", "--provider=apixo", "--kind=status-response", "--json"], stdinText: Self.statusPayload)
        #expect(inline.status == .success, "\(inline)")
        #expect(inline.out == Self.statusLine)
    }

    @Test("an unknown kind")
    func unknownKind() async {
        let run = await runCLI(["decode", "--provider", "apixo", "--kind", "status"], stdinText: "{}")
        expectUsage(
            run, "decode",
            "unknown kind \"status\" (kinds: create-response, status-response, result-response, cancel-response, callback, sync-response)"
        )
    }

    @Test("no kind")
    func missingKind() async {
        let run = await runCLI(["decode", "--provider", "apixo"], stdinText: "{}")
        expectUsage(
            run, "decode",
            "--kind is required (create-response, status-response, result-response, cancel-response, callback, sync-response)"
        )
    }

    @Test("a kind the provider does not document (toapis and apimart document no callback, apixo no sync endpoint)")
    func undocumentedKind() async {
        let toapis = await runCLI(["decode", "--provider", "toapis", "--kind", "callback"], stdinText: "{}")
        expectUsage(
            toapis, "decode", "toapis documents no callback payload (it documents: create-response, status-response)")
        let apimart = await runCLI(["decode", "--provider", "apimart", "--kind", "callback"], stdinText: "{}")
        expectUsage(
            apimart, "decode", "apimart documents no callback payload (it documents: create-response, status-response)")
        let apixo = await runCLI(["decode", "--provider", "apixo", "--kind", "sync-response"], stdinText: "{}")
        expectUsage(
            apixo, "decode",
            "apixo documents no sync-response payload (it documents: create-response, status-response, callback)")
    }

    @Test("a missing file, and a folder instead of a file")
    func missingFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("missing.json").path
        let decode = await runCLI(["decode", "--provider", "apixo", "--kind", "status-response", missing])
        expectUsage(decode, "decode", "cannot read \(missing): no such file")
        let validate = await runCLI(["validate", "--provider", "apixo", missing])
        expectUsage(validate, "validate", "cannot read \(missing): no such file")
        let directory = await runCLI(["validate", "--provider", "apixo", folder.url.path])
        expectUsage(directory, "validate", "cannot read \(folder.url.path): it is a folder")
    }

    @Test("unknown options, and options used wrongly")
    func unknownOptions() async {
        expectUsage(
            await runCLI(["decode", "--provider", "apixo", "--kind", "callback", "--verbose", "-"]), "decode",
            "unknown option --verbose (options: --json, --kind, --provider)")
        expectUsage(
            await runCLI(["validate", "--provider", "apixo", "--kind", "callback", "-"]), "validate",
            "unknown option --kind (options: --json, --model, --provider, --strict-models)")
        expectUsage(
            await runCLI(["validate", "-x", "--provider", "apixo", "-"]), "validate",
            "unknown option -x (options: --json, --model, --provider, --strict-models)")
        expectUsage(await runCLI(["decode", "--provider", "apixo", "--kind"]), "decode", "--kind needs a value")
        expectUsage(
            await runCLI(["validate", "--provider", "apixo", "--json=yes", "-"]), "validate", "--json takes no value")
    }

    @Test("no FILE, or more than one")
    func fileCount() async {
        expectUsage(
            await runCLI(["validate", "--provider", "apixo"]), "validate", "give a FILE, or - for standard input")
        expectUsage(
            await runCLI(["decode", "--provider", "apixo", "--kind", "callback", "a.json", "b.json"]), "decode",
            "give one FILE, got 2 arguments")
    }

    // MARK: Input

    @Test("a payload file is read like standard input")
    func payloadFromFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.file("status.json", Data(Self.statusPayload.utf8))
        let run = await runCLI(["decode", "--provider", "apixo", "--kind", "status-response", "--json", path])
        #expect(run.status == .success, "\(run)")
        #expect(run.out == Self.statusLine)
    }

    @Test("empty standard input is not JSON: exit 1")
    func emptyStandardInput() async {
        let run = await runCLI(["decode", "--provider", "apixo", "--kind", "status-response"], stdinText: "")
        #expect(run.status == .invalidInput)
        #expect(
            run.err
                == "videogen decode: error: malformed apixo status-response: not JSON: line 1, column 1 (at $): the input is empty\n"
        )
    }

    @Test("more than 10 MiB on standard input or in a file is refused with exit 1; exactly 10 MiB is read")
    func sizeLimit() async throws {
        let limit = 10 * 1024 * 1024
        var exact = Data(Self.statusPayload.utf8)
        exact.append(Data(repeating: UInt8(ascii: " "), count: limit - exact.count))
        #expect(exact.count == limit)
        let accepted = await runCLI(
            ["decode", "--provider", "apixo", "--kind", "status-response", "--json", "-"], stdin: exact)
        #expect(accepted.status == .success, "\(accepted.err)")
        #expect(accepted.out == Self.statusLine)

        var tooBig = exact
        tooBig.append(UInt8(ascii: " "))
        let refused = await runCLI(
            ["decode", "--provider", "apixo", "--kind", "status-response", "--json", "-"], stdin: tooBig)
        #expect(refused.status == .invalidInput)
        #expect(isJSONError(refused.out, status: .invalidInput))
        #expect(
            refused.err
                == "videogen decode: error: standard input is larger than 10 MiB; provider payloads are a few kilobytes\n"
        )

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.file("big.json", tooBig)
        let fromFile = await runCLI(["validate", "--provider", "apixo", path])
        #expect(fromFile.status == .invalidInput)
        #expect(
            fromFile.err
                == "videogen validate: error: \(path) is larger than 10 MiB; provider payloads are a few kilobytes\n")
    }

    @Test("deeply nested input is refused, not recursed into")
    func deepNesting() async {
        let deep = String(repeating: "[", count: 100_000)
        let run = await runCLI(["decode", "--provider", "toapis", "--kind", "status-response"], stdinText: deep)
        #expect(run.status == .invalidInput)
        #expect(
            run.err.hasPrefix("videogen decode: error: malformed toapis status-response: not JSON: line 1, column 65 "),
            "\(run.err)")
        #expect(run.err.hasSuffix("arrays and objects nested more than 64 levels deep\n"))
    }
}
