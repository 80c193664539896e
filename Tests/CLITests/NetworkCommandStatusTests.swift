// `videogen status` and `videogen wait`: a task named by its handle (provider:taskId) or by --provider P ID, in the
// sandbox (whose task ids carry the task, so a later run can answer for it); malformed handles are usage errors.

import Foundation
import Testing
import VideoGen

@testable import VideoGenCLI

extension NetworkCommandTests {
    @Suite("status and wait")
    struct StatusAndWait {
        /// Creates a sandbox task in one run and returns its id.
        static func sandboxTask(
            _ provider: String, prompt: String = "a red kite over the sea", environment: [String: String] = [:]
        ) async throws -> String {
            let run = await runNetworkCommand(
                ["create"] + Create.promptArguments(provider, prompt) + ["--sandbox", "--json"],
                environment: environment)
            #expect(run.status == .success, "\(run)")
            return try #require(run.jsonObject()?["taskId"]?.stringValue)
        }

        @Test func statusByHandleAndByProviderOption() async throws {
            let id = try await Self.sandboxTask("apixo")
            for arguments in [["status", "apixo:\(id)"], ["status", "--provider", "apixo", id]] {
                let run = await runNetworkCommand(
                    arguments + ["--sandbox", "--json"], environment: NetworkCommandTests.keyed)
                #expect(run.status == .success, "\(run)")
                let task = try #require(run.jsonObject())
                #expect(task["taskId"] == .string(id))
                #expect(task["provider"] == "apixo")
                // Seconds after creation, the sandbox task (3–6 s long) has not finished.
                #expect(task["state"] == "queued" || task["state"] == "running")
                #expect(["pending", "processing"].contains(task["providerState"]?.stringValue ?? ""))
            }
        }

        /// fal's status URL carries the model (fal-ai/veo3/fast/requests/{id}/status), so the handle a create prints
        /// names a model that is not the default, and `status` with that handle asks the right URL.
        @Test func theJSONHandleNamesTheModelWhenStatusNeedsIt() async throws {
            let created = await runNetworkCommand(
                [
                    "create", "--provider", "fal", "--model", "fal-ai/veo3/fast", "--prompt", "a kite", "--sandbox",
                    "--json",
                ]
            )
            #expect(created.status == .success, "\(created)")
            let id = try #require(created.jsonObject()?["taskId"]?.stringValue)
            #expect(created.jsonObject()?["handle"] == .string("fal/fal-ai/veo3/fast:\(id)"))
            let status = await runNetworkCommand(["status", "fal/fal-ai/veo3/fast:\(id)", "--sandbox", "--json"])
            #expect(status.status == .success, "\(status)")
            #expect(status.jsonObject()?["handle"] == .string("fal/fal-ai/veo3/fast:\(id)"))
            let byDefault = await runNetworkCommand(
                ["create", "--provider", "fal", "--prompt", "a kite", "--sandbox", "--json"])
            let other = try #require(byDefault.jsonObject()?["taskId"]?.stringValue)
            #expect(byDefault.jsonObject()?["handle"] == .string("fal:\(other)"))
        }

        @Test func statusTextNamesTheProvidersState() async throws {
            let id = try await Self.sandboxTask("toapis")
            let run = await runNetworkCommand(["status", "toapis:\(id)", "--sandbox"])
            #expect(run.status == .success, "\(run)")
            #expect(run.out.hasPrefix("toapis task \(id): "))
            #expect(run.out.contains(#"(toapis says "queued")"#) || run.out.contains(#"(toapis says "in_progress")"#))
            #expect(run.out.contains("handle: toapis:\(id)"))
        }

        /// Progress redraws one line (carriage return, erase line) only on a terminal whose TERM is not "dumb";
        /// a dumb terminal and a pipe get one plain line per change.
        @Test(arguments: [(true, "xterm-256color", true), (true, "dumb", false), (false, "xterm-256color", false)])
        func progressRedrawsOnlyOnACapableTerminal(terminal: Bool, term: String, redraws: Bool) async throws {
            let environment = ["TERM": term, "VIDEOGEN_SANDBOX_DURATION": "1"]
            let id = try await Self.sandboxTask("apixo", environment: environment)
            let run = await runNetworkCommand(
                ["wait", "apixo:\(id)", "--sandbox", "--poll-interval", "0.2"], environment: environment,
                errIsTerminal: terminal)
            #expect(run.status == .success, "\(run)")
            #expect(run.err.contains("\r\u{1B}[2K") == redraws, "\(run)")
            #expect(run.err.contains("\u{1B}") == redraws, "\(run)")
            if !redraws {
                // Every progress line is whole: it ends with a line feed and starts with the provider.
                let lines = run.err.split(separator: "\n")
                #expect(!lines.isEmpty)
                #expect(lines.allSatisfy { $0.hasPrefix("apixo \(id): ") }, "\(run)")
            }
        }

        @Test(arguments: [("apixo", true), ("toapis", false)])
        func waitByHandleOrProviderOptionEndsWithTheVideo(provider: String, byHandle: Bool) async throws {
            let id = try await Self.sandboxTask(provider)
            let target = byHandle ? ["\(provider):\(id)"] : ["--provider", provider, id]
            let run = await runNetworkCommand(
                ["wait"] + target + ["--sandbox", "--json", "--poll-interval", "0.2"],
                environment: NetworkCommandTests.keyed)
            #expect(run.status == .success, "\(run)")
            let task = try #require(run.jsonObject())
            #expect(task["taskId"] == .string(id))
            #expect(task["state"] == "succeeded")
            #expect(task["videoURLs"] == .array([.string(try #require(Create.documentedURL[provider]))]))
            // Progress goes to stderr, one line per change, never to stdout.
            #expect(run.err.contains("\(provider) \(id): "))
        }

        @Test func waitOnAFailingTaskExitsFour() async throws {
            let id = try await Self.sandboxTask("apimart", prompt: "a dog [fail]")
            let run = await runNetworkCommand(["wait", "apimart:\(id)", "--sandbox", "--poll-interval", "0.2"])
            #expect(run.status == .taskFailed, "\(run)")
            #expect(run.out.contains("failure: Content violates the content policy [content_policy_violation]"))
        }

        /// A deadline shorter than the task (sandbox tasks take at least 3 s): exit 5, and with --json the last
        /// known task is still printed. 1.5 s leaves room for several 0.2 s polls even on a loaded machine.
        @Test func waitTimeoutExitsFive() async throws {
            // A 10-minute sandbox task and a 4 s timeout: the wait sees the task running, then gives up — with room to
            // spare on a loaded machine (this runs in real time beside the rest of the suite).
            let long = ["VIDEOGEN_SANDBOX_DURATION": "600"]
            let id = try await Self.sandboxTask("toapis", environment: long)
            let run = await runNetworkCommand(
                ["wait", "toapis:\(id)", "--sandbox", "--json", "--poll-interval", "0.2", "--timeout", "4"],
                environment: long)
            #expect(run.status == .timedOut, "\(run)")
            let object = try #require(run.jsonObject())
            #expect(object["error"]?["exitStatus"] == 5)
            // The last known task comes with the error (on a loaded machine the first answer may not have come).
            if let task = object["task"], task != .null {
                #expect(task["taskId"] == .string(id))
                #expect(task["state"] == "queued" || task["state"] == "running")
                #expect(run.err.contains("last seen"))
            }
            #expect(run.err.contains("gave up waiting"))
        }

        @Test("a --json wait that times out before any answer still prints one JSON object, with the real elapsed time")
        func waitTimeoutBeforeTheFirstAnswer() async throws {
            let long = ["VIDEOGEN_SANDBOX_DURATION": "600"]
            let id = try await Self.sandboxTask("toapis", environment: long)
            // The sandbox's first poll comes after 1 s: a 0.5 s wait ends before any answer.
            let run = await runNetworkCommand(
                ["wait", "toapis:\(id)", "--sandbox", "--json", "--timeout", "0.5"], environment: long)
            #expect(run.status == .timedOut, "\(run)")
            let object = try #require(run.jsonObject())
            #expect(object["task"] == .null)
            #expect(object["error"]?["exitStatus"] == 5)
            #expect(run.err.contains("gave up waiting after 0."), "not rounded up to a whole second: \(run)")
        }

        @Test(arguments: [
            ["status", "task_12345678"], ["wait", "task_12345678"], ["status", ":task_1"], ["wait", "apixo:"],
            ["status"], ["status", "apixo:a", "apixo:b"],
        ])
        func malformedHandlesExitTwo(_ arguments: [String]) async {
            let run = await runNetworkCommand(arguments + ["--sandbox"])
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains("provider:taskId"))
            #expect(run.out.isEmpty)
        }

        @Test(arguments: [["status", "nope:task_1"], ["wait", "--provider", "nope", "task_1"]])
        func unknownProvidersExitTwoListingTheKnownOnes(_ arguments: [String]) async {
            let run = await runNetworkCommand(arguments + ["--sandbox"])
            #expect(run.status == .usage, "\(run)")
            #expect(NetworkCommandTests.providers.allSatisfy(run.err.contains))
        }

        /// An id the sandbox never made: the provider's 404, exit 3.
        @Test func unknownTaskExitsThree() async {
            let run = await runNetworkCommand(["status", "apixo:task_12345678", "--sandbox"])
            #expect(run.status == .providerError, "\(run)")
            #expect(run.err.contains("404"))
        }

        @Test(arguments: [
            ["--timeout", "0"], ["--timeout", "soon"], ["--poll-interval", "0.01"], ["--poll-interval", "-1"],
        ])
        func badWaitOptionsExitTwo(_ options: [String]) async {
            let run = await runNetworkCommand(["wait", "apixo:task_12345678", "--sandbox"] + options)
            #expect(run.status == .usage, "\(run)")
            #expect(run.err.contains(options[0]))
        }
    }
}
