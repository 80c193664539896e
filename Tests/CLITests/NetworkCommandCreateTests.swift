// `videogen create`: against the sandbox (real time: sandbox tasks take 3–6 s), as a dry run printing the exact
// request per provider with the key as `Bearer ***`, and with --base-url limited to https or loopback http.

import Foundation
import Testing
import VideoGen

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("create")
    struct Create {
        /// The URL of each provider's documented success sample, which the sandbox answers with.
        static let documentedURL = [
            "apixo": "https://r2.apixo.ai/video.mp4",
            "toapis": "https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4",
            "apimart": "https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4",
            "apimodels": "https://cdn.example.com/video.mp4",
        ]

        static func promptArguments(_ provider: String, _ prompt: String) -> [String] {
            ["--provider", provider, "--prompt", prompt] + (provider == "apimodels" ? [] : ["--duration", "6"])
        }

        // MARK: Sandbox

        @Test(arguments: NetworkCommandTests.providers)
        func sandboxWaitJSONPrintsOneSucceededTask(_ provider: String) async throws {
            let run = await runNetworkCommand(
                ["create"] + Self.promptArguments(provider, "a red kite over the sea") + [
                    "--sandbox", "--wait", "--json", "--poll-interval", "0.2",
                ],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["provider"] == .string(provider))
            #expect(task["state"] == "succeeded")
            let id = try #require(task["taskId"]?.stringValue)
            #expect(id.hasPrefix("sbx_"))
            // The documented video URL, or — where the docs show no succeeded video (replicate, fal) — the sandbox's.
            let url = Self.documentedURL[provider] ?? "https://sandbox.videogen.example/videos/\(id).mp4"
            #expect(task["videoURLs"] == .array([.string(url)]))
            #expect(task["failure"] == .null)
        }

        /// `[fail]` in the prompt: the sandbox fails the task with the provider's failure; exit 4, the task still printed.
        @Test(arguments: [("apixo", "CONTENT_VIOLATION"), ("toapis", "generation_failed")])
        func sandboxFailureExitsFour(provider: String, code: String) async throws {
            let run = await runNetworkCommand(
                ["create"] + Self.promptArguments(provider, "a kite [fail]") + [
                    "--sandbox", "--wait", "--json", "--poll-interval", "0.2",
                ],
                environment: [:])
            #expect(run.status == .taskFailed, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["state"] == "failed")
            #expect(task["failure"]?["code"] == .string(code))
            #expect(run.err.contains("failed"))
        }

        /// Replicate reports the failure in the prediction; fal's status only says COMPLETED and the failure comes from
        /// the result call (a 422), as fal.md describes.
        @Test(arguments: [
            ("replicate", "failed", "The prediction encountered an error during processing."),
            ("fal", "COMPLETED", "Invalid status code: 422"),
        ])
        func sandboxFailureOfTheNewProviders(provider: String, word: String, message: String) async throws {
            let run = await runNetworkCommand(
                ["create"] + Self.promptArguments(provider, "a kite [fail]") + [
                    "--sandbox", "--wait", "--json", "--poll-interval", "0.2",
                ],
                environment: ["VIDEOGEN_SANDBOX_DURATION": "1"])
            #expect(run.status == .taskFailed, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["state"] == "failed")
            #expect(task["providerState"] == .string(word))
            #expect(task["failure"]?["message"] == .string(message))
        }

        /// Without --wait: the created task and its handle, and how to follow it.
        @Test func sandboxCreateWithoutWaitPrintsTheHandle() async throws {
            let run = await runNetworkCommand(["create"] + Self.promptArguments("apixo", "a kite") + ["--sandbox"])
            #expect(run.status == .success, "\(run)")
            #expect(run.out.contains("handle: apixo:sbx_"))
            #expect(run.out.contains("videogen wait apixo:sbx_"))
            #expect(run.out.contains("--sandbox"))
        }

        @Test func invalidUnifiedOptionsExitOneNamingWhatIsAccepted() async throws {
            let run = await runNetworkCommand([
                "create", "--provider", "toapis", "--prompt", "a dog", "--resolution", "720p", "--sandbox",
            ])
            #expect(run.status == .invalidInput, "\(run)")
            #expect(run.err.contains("resolution"))
            #expect(run.err.contains("aspect ratio"))
            #expect(run.out.isEmpty)
        }

        // MARK: Dry run

        struct DryRunCase: Sendable, CustomTestStringConvertible {
            var provider: String
            var url: String
            var body: String
            var testDescription: String { provider }
        }

        /// The same unified options, each provider's own request (bodies written from the docs).
        @Test(arguments: [
            DryRunCase(
                provider: "apixo", url: "https://api.apixo.ai/api/v1/generateTask/grok-video",
                body:
                    #"{"input":{"mode":"text-to-video","prompt":"a red kite over the sea","duration":10,"resolution":"720p","aspect_ratio":"16:9"}}"#
            ),
            DryRunCase(
                provider: "apimart", url: "https://api.apimart.ai/v1/videos/generations",
                body:
                    #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a red kite over the sea","size":"16:9","duration":10,"quality":"720p"}"#
            ),
            DryRunCase(
                provider: "apimodels", url: "https://apimodels.app/api/v1/video/generations",
                body:
                    #"{"model":"grok-video-3","prompt":"a red kite over the sea","aspect_ratio":"16:9","size":"720P","duration":10}"#
            ),
        ])
        func dryRunJSONShowsTheExactRequest(_ item: DryRunCase) async throws {
            let run = await runNetworkCommand(
                [
                    "create", "--provider", item.provider, "--prompt", "a red kite over the sea", "--duration", "10",
                    "--aspect-ratio", "16:9", "--resolution", "720p", "--dry-run", "--json",
                ],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let request = try #require(run.jsonObject())
            #expect(request.objectValue?.keys.sorted() == ["body", "headers", "method", "url"])
            #expect(request["method"] == "POST")
            #expect(request["url"] == .string(item.url))
            #expect(request["headers"]?["Authorization"] == "Bearer ***")
            #expect(request["headers"]?["Content-Type"] == "application/json")
            #expect(request["body"] == (try JSONParser.parse(item.body)))
        }

        @Test func toapisDryRunJSON() async throws {
            let run = await runNetworkCommand(
                [
                    "create", "--provider", "toapis", "--prompt",
                    "A golden retriever running on a green field in sunny weather", "--duration", "5",
                    "--aspect-ratio", "16:9", "--dry-run", "--json",
                ],
                environment: NetworkCommandTests.keyed)
            let request = try #require(run.jsonObject())
            #expect(request["url"] == "https://toapis.com/v1/videos/generations")
            #expect(
                request["body"]
                    == (try JSONParser.parse(
                        #"{"model":"grok-video-3","prompt":"A golden retriever running on a green field in sunny weather","duration":5,"aspect_ratio":"16:9"}"#
                    )))
        }

        @Test func dryRunTextShowsMethodURLHeadersAndBody() async throws {
            let run = await runNetworkCommand(
                ["create", "--provider", "apixo", "--prompt", "a kite", "--param", "style=spicy", "--dry-run"],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let lines = run.out.components(separatedBy: "\n")
            #expect(lines.first == "POST https://api.apixo.ai/api/v1/generateTask/grok-video")
            #expect(lines.contains("Authorization: Bearer ***"))
            #expect(run.out.contains(#""style": "spicy""#) || run.out.contains(#""style":"spicy""#))
        }

        /// A dry run needs no key; the header is still shown redacted.
        @Test func dryRunWithoutAKey() async throws {
            let run = await runNetworkCommand([
                "create", "--provider", "apixo", "--prompt", "a kite", "--dry-run", "--json",
            ])
            #expect(run.status == .success, "\(run)")
            #expect(run.jsonObject()?["headers"]?["Authorization"] == "Bearer ***")
        }

        // MARK: --base-url

        @Test(arguments: ["http://10.0.0.1", "http://api.apixo.ai", "ftp://127.0.0.1"])
        func plainHTTPOffThisMachineIsRefused(_ url: String) async {
            let run = await runNetworkCommand(
                ["create", "--provider", "apixo", "--prompt", "a kite", "--base-url", url, "--dry-run", "--json"],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains(url))
            #expect(run.err.contains("https"))
            #expect(isJSONError(run.out, status: .usage), "\(run)")
        }

        @Test func loopbackHTTPIsAccepted() async throws {
            let run = await runNetworkCommand(
                [
                    "create", "--provider", "apixo", "--prompt", "a kite", "--base-url", "http://127.0.0.1:8080",
                    "--dry-run", "--json",
                ],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            #expect(run.jsonObject()?["url"] == "http://127.0.0.1:8080/api/v1/generateTask/grok-video")
        }
    }
}
