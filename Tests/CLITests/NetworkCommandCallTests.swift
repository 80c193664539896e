// `videogen call` and `videogen cancel` on the sandbox: every documented operation by name, checked before anything is
// sent; cancelling where no spec documents it is refused without a request.

import Foundation
import Testing
import VideoGen

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("call and cancel")
    struct CallAndCancel {
        /// Every operation of the four providers, as their docs (and REAL-TRAFFIC) list them.
        static let operations: [(provider: String, operations: [String])] = [
            ("apixo", ["create", "status"]), ("toapis", ["create", "status", "remix", "upload"]),
            ("apimart", ["create", "status", "upload"]),
            (
                "apimodels",
                [
                    "create", "status", "sync", "upload", "createAssetGroup", "createAsset", "getRecord", "createImage",
                    "createImageSync", "createAudio", "streamSpeech", "listModels",
                ]
            ),
        ]

        @Test func everyDocumentedOperationIsListedByName() {
            for (provider, names) in Self.operations {
                #expect(ProviderCatalog.descriptor(for: provider)?.operations.map(\.name) == names, "\(provider)")
            }
        }

        @Test func statusOfASandboxTaskByName() async throws {
            let id = try await StatusAndWait.sandboxTask("apimart")
            let run = await runNetworkCommand(
                [
                    "call", "--provider", "apimart", "status", "--task", id, "--param", "language=ko", "--sandbox",
                    "--json",
                ],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let object = try #require(run.jsonObject())
            #expect(object["provider"] == "apimart")
            #expect(object["operation"] == "status")
            #expect(object["httpStatus"] == 200)
            // The typed answer: apimart's envelope with the task under data (STATUS-ENDPOINTS).
            #expect(object["answer"]?["code"] == 200)
            #expect(object["answer"]?["data"]?["id"] == .string(id))
            #expect(object["task"]?["taskId"] == .string(id))
            #expect(object["task"]?["state"] == "queued" || object["task"]?["state"] == "running")
        }

        @Test func aHandleWorksForTheTask() async throws {
            let id = try await StatusAndWait.sandboxTask("apixo")
            let run = await runNetworkCommand(
                ["call", "--provider", "apixo", "status", "--task", "apixo:\(id)", "--sandbox"], environment: [:])
            #expect(run.status == .success, "\(run)")
            #expect(run.out.hasPrefix("HTTP 200\n{\n"))
            #expect(run.out.contains("\"taskId\": \"\(id)\""))
            #expect(run.out.contains("handle: apixo:\(id)\n"))
        }

        @Test func createAndSyncFromABodyOnStandardInput() async throws {
            let body = #"{"model": "grok-video-3", "prompt": "A cat playing piano in a jazz club"}"#
            for operation in ["create", "sync"] {
                let run = await runCLI(
                    ["call", "--provider", "apimodels", operation, "--sandbox", "--json"], stdinText: body)
                #expect(run.status == .success, "\(run)")
                let object = try #require(try? JSONParser.parse(run.out))
                #expect(object["answer"]?["msg"] == "success")
                #expect(object["task"]?["state"] == (operation == "sync" ? "succeeded" : "queued"))
            }
        }

        @Test(arguments: ["toapis", "apimart", "apimodels"])
        func uploadAFile(_ provider: String) async throws {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let path = try folder.file("reference.png", Data([0x89, 0x50, 0x4E, 0x47]))
            let run = await runNetworkCommand(
                ["call", "--provider", provider, "upload", path, "--sandbox", "--json"], environment: [:])
            #expect(run.status == .success, "\(run)")
            let object = try #require(run.jsonObject())
            let answer = try #require(object["answer"])
            let url = answer["url"] ?? answer["data"]?["url"] ?? answer["data"]?["publicUrl"]
            #expect(url?.stringValue?.hasPrefix("https://") == true, "\(answer)")
            #expect(object["task"] == .null)
        }

        @Test func dryRunShowsTheRequestWithoutAKey() async throws {
            let run = await runCLI(
                ["call", "--provider", "apimart", "status", "--task", "task_1", "--param", "language=ja", "--dry-run"])
            #expect(run.status == .success, "\(run)")
            #expect(
                run.out.hasPrefix("GET https://api.apimart.ai/v1/tasks/task_1?language=ja\nAuthorization: Bearer ***\n")
            )
        }

        @Test func aParameterValueTheSpecRefusesSendsNothing() async {
            let run = await runCLI(
                ["call", "--provider", "apimart", "status", "--task", "task_1", "--param", "language=fr", "--sandbox"])
            #expect(run.status == .invalidInput, "\(run)")
            #expect(run.err.contains(#"language must be one of "en", "zh", "ko", "ja", got "fr""#))
            #expect(run.out == "")
        }

        @Test func usageErrorsNameWhatExists() async {
            let unknown = await runCLI(["call", "--provider", "apixo", "credits", "--sandbox"])
            #expect(unknown.status == .usage)
            #expect(unknown.err.contains(#"apixo has no operation "credits" (operations: create, status)"#))

            let parameter = await runCLI(
                ["call", "--provider", "apixo", "status", "--task", "t", "--param", "lang=en", "--sandbox"])
            #expect(parameter.status == .usage)
            #expect(parameter.err.contains(#"status has no parameter "lang" (parameters: model, taskId)"#))

            let noBody = await runCLI(["call", "--provider", "toapis", "create", "--sandbox"])
            #expect(noBody.status == .usage)
            #expect(noBody.err.contains("create sends a JSON body: give FILE, or - for standard input"))

            let notJSON = await runCLI(["call", "--provider", "toapis", "create", "--sandbox"], stdinText: "{nope")
            #expect(notJSON.status == .invalidInput)
            #expect(notJSON.err.contains("standard input is not JSON"))
        }

        @Test func aBodyBreakingTheSpecIsRefusedBeforeSending() async {
            let run = await runCLI(
                ["call", "--provider", "toapis", "create", "--sandbox"], stdinText: #"{"model": "grok-video-3"}"#)
            #expect(run.status == .invalidInput, "\(run)")
            #expect(run.err.contains("nothing was sent"))
            #expect(run.err.contains("prompt"))
        }

        @Test(arguments: ["apixo", "toapis", "apimart", "apimodels"])
        func cancelIsRefusedWhereNoSpecDocumentsIt(_ provider: String) async {
            let run = await runNetworkCommand(
                ["cancel", "\(provider):task_1", "--sandbox", "--json"], environment: NetworkCommandTests.keyed)
            #expect(run.status == .invalidInput, "\(run)")
            #expect(run.err.contains("does not document cancelling a task, so nothing was sent"))
            #expect(isJSONError(run.out, status: .invalidInput))
        }

        /// Replicate and fal document cancelling: on the sandbox the task reports the provider's own cancelled state
        /// (replicate "canceled"; fal's cancel answer "CANCELLATION_REQUESTED", read through its own states).
        @Test(arguments: [("replicate", "canceled"), ("fal", "CANCELLATION_REQUESTED")])
        func cancelOnTheSandbox(provider: String, word: String) async throws {
            let id = try await StatusAndWait.sandboxTask(provider, environment: ["VIDEOGEN_SANDBOX_DURATION": "60"])
            let run = await runNetworkCommand(
                ["cancel", "\(provider):\(id)", "--sandbox", "--json"], environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["taskId"] == .string(id))
            #expect(task["state"] == "cancelled")
            #expect(task["providerState"] == .string(word))
        }
    }
}
