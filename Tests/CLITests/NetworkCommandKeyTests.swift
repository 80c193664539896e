// Where the API key comes from: VIDEOGEN_API_KEY or --api-key-file, never an argument; without one (and without
// --sandbox) a usage error that says how to set it. And, across every network command, the key never shows.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("API key")
    struct Key {
        @Test(arguments: [
            ["create", "--provider", "apixo", "--prompt", "a kite"],
            ["create", "--provider", "toapis", "--prompt", "a dog", "--wait"],
            ["status", "apixo:task_12345678"],
            ["wait", "apixo:task_12345678"],
            ["status", "--provider", "toapis", "video_abc123def456"],
        ])
        func withoutAKeyOrSandboxExitsTwoSayingHowToSetIt(_ arguments: [String]) async {
            for environment in [[:], ["VIDEOGEN_API_KEY": ""], ["VIDEOGEN_API_KEY": "  \n"]] {
                let run = await runNetworkCommand(arguments, environment: environment)
                #expect(run.status == .usage, "\(run)")
                #expect(run.err.contains("VIDEOGEN_API_KEY"))
                #expect(run.err.contains("--sandbox"))
                #expect(run.err.contains("--api-key-file"))
                #expect(run.out.isEmpty)
            }
        }

        /// There is no option that takes the key itself (it would land in shell history and process lists).
        @Test(arguments: [
            ["--api-key", NetworkCommandTests.secret], ["--api-key=\(NetworkCommandTests.secret)"],
            ["--key", NetworkCommandTests.secret],
        ])
        func theKeyIsNeverAnArgument(_ option: [String]) async {
            let run = await runNetworkCommand(["create", "--provider", "apixo", "--prompt", "a kite"] + option)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains("unknown option"))
        }

        /// The key file's key reaches the server (which checks `Authorization: Bearer <key>`).
        @Test(.timeLimit(.minutes(1)))
        func apiKeyFileIsUsed() async throws {
            let server = try await LocalProviderServer.start(provider: "toapis", key: NetworkCommandTests.secret)
            defer { server.stop() }
            let file = try NetworkKeyFile(NetworkCommandTests.secret + "\n")
            defer { file.remove() }
            let run = await runNetworkCommand(
                [
                    "create", "--provider", "toapis", "--prompt", "a dog", "--duration", "5", "--base-url",
                    server.baseURL.absoluteString, "--api-key-file", file.path, "--json",
                ])
            #expect(run.status == .success, "\(run)")
            #expect(run.jsonObject()?["taskId"] == "video_local_1")
            let log = try await server.log()
            #expect(log.count == 1)
            #expect(log.first?.authOK == true)
        }

        /// A wrong key from the environment: the server's 401 becomes exit 3, with advice, without the key.
        @Test(.timeLimit(.minutes(1)))
        func aRejectedKeyExitsThree() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: "sk-the-server-expects-this")
            defer { server.stop() }
            let run = await runNetworkCommand(
                ["create", "--provider", "apixo", "--prompt", "a kite", "--base-url", server.baseURL.absoluteString],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .providerError, "\(run)")
            #expect(run.err.contains("401"))
            #expect(run.err.contains("VIDEOGEN_API_KEY"))
        }

        @Test func unreadableOrEmptyKeyFilesAreUsageErrors() async throws {
            let missing = "/nonexistent/videogen-key-\(UUID().uuidString)"
            let run = await runNetworkCommand(["status", "apixo:task_1", "--api-key-file", missing])
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains(missing))

            let empty = try NetworkKeyFile("\n")
            defer { empty.remove() }
            let second = await runNetworkCommand(["status", "apixo:task_1", "--api-key-file", empty.path])
            #expect(second.status == .usage, "\(second)")
            #expect(second.err.contains("empty"))
        }

        /// With VIDEOGEN_API_KEY set, nothing any network command prints contains the key (runNetworkCommand checks
        /// every run; this one covers the remaining forms, text and JSON, success and failure).
        @Test func noOutputOfAnyCommandShowsTheKey() async throws {
            let commands: [[String]] = [
                ["create", "--provider", "apixo", "--prompt", "a kite", "--dry-run"],
                ["create", "--provider", "apimodels", "--prompt", "a cat", "--dry-run", "--json"],
                ["create", "--provider", "apixo", "--prompt", "a kite", "--sandbox"],
                ["create", "--provider", "toapis", "--prompt", "a dog", "--sandbox", "--json"],
                ["create", "--provider", "apixo", "--prompt", "", "--sandbox"],
                ["create", "--provider", "apixo", "--prompt", "a kite", "--base-url", "http://10.0.0.1"],
                ["status", "apixo:task_12345678", "--sandbox"],
                ["status", "apixo:task_12345678", "--sandbox", "--json"],
                ["wait", "toapis:video_1", "--sandbox", "--json"],
                ["status", "not-a-handle"],
                ["providers"],
                ["providers", "--json"],
                ["create", "--help"],
                ["status", "--help"],
                ["wait", "--help"],
            ]
            for arguments in commands {
                let run = await runNetworkCommand(arguments, environment: NetworkCommandTests.keyed)
                #expect(!(run.out + run.err).isEmpty, "\(arguments) printed nothing")
            }
        }
    }
}
