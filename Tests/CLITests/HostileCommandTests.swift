// The `videogen` command against hostile servers, keys and arguments (issue 8): every outcome is bounded and
// documented, nothing billable is sent before every argument is checked, and provider text never drives the
// terminal. The servers are Tests/Support/provider_server.py in its --hostile modes; timing comes from its log.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("hostile servers and arguments", .serialized, .timeLimit(.minutes(1)))
    struct Hostile {
        static func server(_ mode: LocalProviderServer.Hostile, provider: String = "apixo") async throws
            -> LocalProviderServer
        {
            try await LocalProviderServer.start(provider: provider, key: NetworkCommandTests.secret, hostile: mode)
        }

        // MARK: Item 3: Retry-After 999999999

        @Test("status and create --wait --timeout 10 against Retry-After: 999999999 exit 3 at once, quoting it")
        func hugeRetryAfter() async throws {
            let server = try await Self.server(.retryAfter)
            defer { server.stop() }
            let base = ["--base-url", server.baseURL.absoluteString]
            let status = await runNetworkCommand(["status", "apixo:task_1"] + base, environment: Self.keyed)
            #expect(status.status == .providerError, "\(status)")
            #expect(status.err.contains("rate limited (HTTP 429); the provider asks to wait 999999999 s"), "\(status)")
            let create = await runNetworkCommand(
                ["create", "--provider", "apixo", "--prompt", "a kite", "--wait", "--timeout", "10"] + base,
                environment: Self.keyed)
            #expect(create.status == .providerError, "\(create)")
            #expect(try await server.log().map(\.method) == ["GET", "POST"], "one request each, never retried")
        }

        // MARK: Item 4: a total bound on one-shot commands

        @Test("status against a server trickling one byte a second ends at --timeout with exit 5")
        func tricklingServer() async throws {
            let server = try await Self.server(.slow)
            defer { server.stop() }
            let run = await runNetworkCommand(
                ["status", "apixo:task_1", "--timeout", "2", "--base-url", server.baseURL.absoluteString, "--json"],
                environment: Self.keyed)
            #expect(run.status == .timedOut, "\(run)")
            #expect(run.err.contains("the status call got no usable answer within "), "\(run)")
            #expect(run.jsonObject()?["error"]?["exitStatus"] == 5)
            #expect(try await server.log().count == 1)
        }

        // MARK: Item 5: bodies over the cap

        @Test(
            "a gzip bomb or an endless body: exit 3 naming the cap, fetched once",
            arguments: [LocalProviderServer.Hostile.gzipBomb, .huge])
        func cappedBodies(_ mode: LocalProviderServer.Hostile) async throws {
            let server = try await Self.server(mode)
            defer { server.stop() }
            let run = await runNetworkCommand(
                ["status", "apixo:task_1", "--base-url", server.baseURL.absoluteString], environment: Self.keyed)
            #expect(run.status == .providerError, "\(run)")
            #expect(run.err.contains("the response was larger than 10 MiB and was cut off"), "\(run)")
            var log: [LocalProviderServer.Entry] = []
            while log.isEmpty { log = try await server.log() }
            #expect(log.count == 1)
        }

        // MARK: Item 7: a completed task with an unusable URL

        @Test("wait on a completed task whose URL is file:///etc/passwd exits 3 at once, like status")
        func fileURL() async throws {
            let server = try await Self.server(.fileURL)
            defer { server.stop() }
            let base = ["--base-url", server.baseURL.absoluteString]
            let wait = await runNetworkCommand(
                ["wait", "apixo:task_local_1", "--poll-interval", "0.1", "--timeout", "30"] + base,
                environment: Self.keyed)
            #expect(wait.status == .providerError, "\(wait)")
            #expect(wait.err.contains("file:///etc/passwd"), "\(wait)")
            let status = await runNetworkCommand(["status", "apixo:task_local_1"] + base, environment: Self.keyed)
            #expect(status.status == .providerError, "\(status)")
            #expect(try await server.log().count == 2, "one poll for the wait, one status")
        }

        // MARK: Item 11: terminal injection

        @Test(
            "a task whose id and failure carry ESC, BEL, CR and an OSC 8 link prints them escaped",
            arguments: ["apixo", "toapis"])
        func terminalEscapes(_ provider: String) async throws {
            let server = try await Self.server(.terminal, provider: provider)
            defer { server.stop() }
            let handle = provider == "apixo" ? "apixo:task_1" : "toapis:video_1"
            let run = await runNetworkCommand(
                ["status", handle, "--base-url", server.baseURL.absoluteString], environment: Self.keyed)
            #expect(run.status == .success, "\(run)")
            let shown = run.out + run.err
            #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
            #expect(run.out.contains(#"failure: bad\r\nvideo: \u{1B}]8;;https://evil.example/\u{1B}\click"#), "\(run)")
            #expect(run.out.contains(#"[CODE\u{7}]"#), "\(run)")
            // The forged line stays inside the failure line: no line starts with "video:".
            #expect(!run.out.split(separator: "\n").contains { $0.hasPrefix("video:") }, "\(run)")
            #expect(run.out.contains(#"\u{1B}[2J1"#), "the task id: \(run)")
        }

        // MARK: Item 9: every argument is checked before anything is sent

        @Test(
            "a bad --timeout is a usage error before the create is sent",
            arguments: ["-5", "abc", "0", "nan", "inf", "1e19"])
        func badTimeoutSendsNothing(_ value: String) async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: NetworkCommandTests.secret)
            defer { server.stop() }
            let run = await runNetworkCommand(
                [
                    "create", "--provider", "apixo", "--prompt", "a kite", "--wait", "--timeout", value, "--json",
                    "--base-url", server.baseURL.absoluteString,
                ], environment: Self.keyed)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains("--timeout"), "\(run)")
            #expect(isJSONError(run.out, status: .usage), "\(run)")
            #expect(try await server.log().isEmpty, "nothing was sent")
        }

        @Test("--poll-interval without --wait is a usage error, and nothing is sent")
        func pollIntervalNeedsWait() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: NetworkCommandTests.secret)
            defer { server.stop() }
            let run = await runNetworkCommand(
                [
                    "create", "--provider", "apixo", "--prompt", "a kite", "--poll-interval", "2",
                    "--base-url", server.baseURL.absoluteString,
                ], environment: Self.keyed)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains("--poll-interval needs --wait"))
            #expect(try await server.log().isEmpty)
        }

        @Test("wait --timeout 1e19 is a usage error (exit 2), not a trap")
        func hugeTimeoutIsAUsageError() async {
            let run = await runNetworkCommand(
                ["wait", "apixo:task_1", "--sandbox", "--timeout", "1e19"], environment: Self.keyed)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains("--timeout takes at most 31536000 seconds (a year), got 1e19"), "\(run)")
        }

        // MARK: Item 10: keys

        @Test(
            "a key with CR, LF or NUL is refused with a clear error, also for a dry run",
            arguments: ["sk-abc\r\nX-Evil: 1", "sk-abc\ndef", "sk-abc\u{0}def"])
        func controlCharacterKeys(_ key: String) async {
            for extra in [[], ["--dry-run"]] {
                let run = await runNetworkCommand(
                    ["create", "--provider", "apixo", "--prompt", "a kite"] + extra,
                    environment: ["VIDEOGEN_API_KEY": key])
                #expect(run.status == .usage, "\(run)")
                #expect(run.err.contains("the API key contains a control character"), "\(run)")
                #expect(!run.out.contains("Bearer"))
            }
        }

        @Test("a key file others can read earns a warning, as ssh gives; an owner-only one does not")
        func sharedKeyFileWarns() async throws {
            for (permissions, warns) in [(0o644, true), (0o640, true), (0o600, false), (0o400, false)] {
                let file = try NetworkKeyFile(NetworkCommandTests.secret, permissions: permissions)
                defer { file.remove() }
                let run = await runNetworkCommand(
                    ["create", "--provider", "apixo", "--prompt", "a kite", "--dry-run", "--api-key-file", file.path])
                #expect(run.status == .success, "\(run)")
                let octal = String(permissions, radix: 8)
                #expect(
                    run.err.contains(
                        "videogen: warning: the API key file \(file.path) can be read by other users (mode \(octal)); run chmod 600 \(file.path)"
                    ) == warns, "\(octal): \(run)")
            }
        }

        // MARK: Item 13: base URLs

        @Test(
            "a base URL with credentials, a bad port, a query or a fragment is refused, never echoing a password",
            arguments: [
                "https://user:hunter2@api.apixo.ai", "https://api.apixo.ai:99999", "https://api.apixo.ai/?x=1",
                "https://api.apixo.ai/#frag",
            ])
        func badBaseURLs(_ url: String) async {
            let run = await runNetworkCommand(
                ["create", "--provider", "apixo", "--prompt", "a kite", "--dry-run", "--base-url", url],
                environment: Self.keyed)
            #expect(run.status == .usage, "\(run)")
            #expect(!run.out.contains("hunter2") && !run.err.contains("hunter2"), "\(run)")
            #expect(run.out.isEmpty)
        }

        // MARK: Item 6: duplicate keys

        @Test("validate reports a key given twice, naming the field (exit 1)")
        func duplicateKeys() async {
            let run = await runCLI(
                ["validate", "--provider", "apimart"],
                stdinText: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"x","duration":99999,"duration":6}"#)
            #expect(run.status == .invalidInput, "\(run)")
            #expect(
                run.out
                    == "duration: appears more than once in its object; send it once (providers differ on which value they keep)\n"
            )
        }

        static var keyed: [String: String] { NetworkCommandTests.keyed }
    }
}
