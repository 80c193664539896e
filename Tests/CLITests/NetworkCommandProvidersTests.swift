// `videogen providers` (from the specs: apixo 003 documents 60 requests/min and 10 concurrent tasks) and
// `videogen create` against the local python server over real HTTP.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("providers")
    struct Providers {
        @Test func textListsTheFourProvidersWithApixosLimits() async {
            let run = await runNetworkCommand(["providers"])
            #expect(run.status == .success, "\(run)")
            for (id, host) in [
                ("apixo", "https://api.apixo.ai"), ("toapis", "https://toapis.com"),
                ("apimart", "https://api.apimart.ai"), ("apimodels", "https://apimodels.app"),
            ] {
                #expect(run.out.contains("\(id) — "), "missing \(id)")
                #expect(run.out.contains("(\(host))"), "missing \(host)")
            }
            #expect(run.out.contains("limits: 60 requests/min, 10 concurrent tasks"))
            // apixo 003: "wait about 30 seconds, then poll every 5 seconds".
            #expect(run.out.contains("polling: first check after 30 s, every 5 s"))
            #expect(run.err.isEmpty)
        }

        @Test func jsonListsTheSixProvidersWithApixosLimits() async throws {
            let run = await runNetworkCommand(["providers", "--json"])
            #expect(run.status == .success, "\(run)")
            #expect(run.out.hasSuffix("\n") && run.out.filter { $0 == "\n" }.count == 1)
            // Like every --json output: exactly one JSON object.
            guard case .array(let entries)? = try JSONParser.parse(run.out)["providers"] else {
                Issue.record("providers --json is not {\"providers\": [...]}:\n\(run)")
                return
            }
            #expect(Set(entries.compactMap { $0["id"]?.stringValue }) == Set(NetworkCommandTests.providers))
            let apixo = try #require(entries.first { $0["id"] == "apixo" })
            #expect(
                apixo["limits"]
                    == (try JSONParser.parse(
                        #"{"requestsPerMinute":60,"concurrentTasks":10,"requests":[{"count":60,"perSeconds":60,"operations":null,"exceptOperations":[]}]}"#
                    )))
            // replicate.md: 600 creates a minute, 3000 a minute for everything else.
            let replicate = try #require(entries.first { $0["id"] == "replicate" })
            #expect(replicate["limits"]?["requests"]?[0]?["count"] == 600)
            #expect(replicate["limits"]?["requests"]?[1]?["count"] == 3000)
            #expect(replicate["limits"]?["requests"]?[1]?["exceptOperations"]?[1] == "createModelPrediction")
            #expect(apixo["defaultModel"] == "grok-video")
            #expect(apixo["baseURL"] == "https://api.apixo.ai")
            let toapis = try #require(entries.first { $0["id"] == "toapis" })
            #expect(toapis["limits"]?["requestsPerMinute"] == .null)
            // Replicate and fal run any model by id; the four aggregators list every model they sell.
            for entry in entries {
                let open = ["replicate", "fal"].contains(entry["id"]?.stringValue ?? "")
                #expect(entry["modelCatalog"] == (open ? "open" : "closed"), "\(entry["id"] ?? .null)")
            }
        }

        @Test func oneProviderByName() async throws {
            let run = await runNetworkCommand(["providers", "apixo", "--json"])
            #expect(run.status == .success, "\(run)")
            guard case .array(let entries)? = try JSONParser.parse(run.out)["providers"] else {
                Issue.record("not {\"providers\": [...]}:\n\(run)")
                return
            }
            #expect(entries.map { $0["id"] } == ["apixo"])
            let unknown = await runNetworkCommand(["providers", "nope"])
            #expect(unknown.status == .usage)
        }
    }

    @Suite("create against the local provider server", .timeLimit(.minutes(1)))
    struct LocalServer {
        /// provider_server.py answers the first poll 429 (Retry-After: 1), the second 500, then running, then done.
        @Test(arguments: [
            ("apixo", "https://r2.apixo.ai/local-video.mp4"), ("toapis", "https://files.example/local-video.mp4"),
        ])
        func createWaitCompletesWithTheServersVideo(provider: String, url: String) async throws {
            let server = try await LocalProviderServer.start(provider: provider, key: NetworkCommandTests.secret)
            defer { server.stop() }
            let run = await runNetworkCommand(
                [
                    "create", "--provider", provider, "--prompt", "a red kite over the sea", "--duration", "6",
                    "--base-url", server.baseURL.absoluteString, "--poll-interval", "0.2", "--wait", "--json",
                ],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["state"] == "succeeded")
            #expect(task["videoURLs"] == .array([.string(url)]))
            let log = try await server.log()
            #expect(log.filter { $0.method == "POST" }.count == 1)
            #expect(log.filter { $0.method == "GET" }.map(\.status) == [429, 500, 200, 200])
            #expect(log.allSatisfy { $0.authOK })
        }

        @Test func statusAgainstTheServerByHandle() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: NetworkCommandTests.secret)
            defer { server.stop() }
            // The first status poll is the scripted 429 (Retry-After: 1): `status` retries it, then the 500, and
            // returns the running task on the third try.
            let run = await runNetworkCommand(
                ["status", "apixo:task_local_1", "--base-url", server.baseURL.absoluteString, "--json"],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["taskId"] == "task_local_1")
            #expect(task["providerState"] == "processing")
        }
    }
}
