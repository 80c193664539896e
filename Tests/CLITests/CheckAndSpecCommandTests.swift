// `videogen check` (drift over captured payloads) and `videogen --spec FILE` (a provider loaded at run time).

import Foundation
import Testing
import VideoGen
import VideoGenGenerator

@testable import VideoGenCLI

@Suite("check and --spec")
struct CheckAndSpecCommandTests {
    /// The example consumer's spec, which this binary was never built with.
    static let acmeSpec: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<2 { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("Examples/CustomProvider/Sources/AcmeVideo/acme.json").path
    }()

    // `--spec` makes a provider known for the rest of the process, so these run the built binary in a process of
    // their own (the in-process CLI tests list the built-in providers).

    @Test func aSpecLoadedAtRunTimeWorksLikeABuiltInOne() throws {
        let run = try HostileStreamsTests.run(
            "--spec '\(Self.acmeSpec)' create --provider acme --prompt x --sandbox --wait --json --poll-interval 0.2",
            redirections: "", environment: ["VIDEOGEN_SANDBOX_DURATION": "1"])
        #expect(run.status == 0, "\(run)")
        let task = try JSONParser.parse(run.out)
        #expect(task["provider"] == "acme")
        #expect(task["state"] == "succeeded")
        #expect(task["videos"]?[0]?["contentType"] == "video/mp4")
        let providers = try HostileStreamsTests.run("--spec='\(Self.acmeSpec)' providers acme", redirections: "")
        #expect(providers.out.hasPrefix("acme — acme.example (https://api.acme.example)\n"), "\(providers)")
    }

    @Test func aBrokenSpecExitsTwoWithTheBuildsDiagnostics() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try String(contentsOfFile: Self.acmeSpec, encoding: .utf8)
            .replacingOccurrences(of: #""unit": "seconds""#, with: #""unit": "minutes""#)
            .replacingOccurrences(of: #""role": "taskId""#, with: #""role": "taskID""#)
        let path = try folder.file("acme.json", Data(text.utf8))
        let run = try HostileStreamsTests.run("--spec '\(path)' providers", redirections: "")
        #expect(run.status == 2)
        #expect(run.out == "")
        // The same lines the build prints for this file.
        let build = Generator(forConsumer: true).generate(specFiles: [path])
        let expected = build.diagnostics.map(\.description)
        #expect(expected.count >= 2)
        #expect(
            run.err
                == expected.joined(separator: "\n")
                + "\nvideogen: error: \(path) is not a usable spec (\(expected.count) errors)\n")
    }

    @Test func aSpecWhoseIdIsTakenIsRefused() throws {
        let run = try HostileStreamsTests.run("--spec Spec/apixo.json providers", redirections: "")
        #expect(run.status == 2)
        #expect(run.err.contains(#"a provider with the id "apixo" is already known"#))
    }

    // MARK: check

    static let apixoRunning =
        #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz789","state":"processing","createTime":1704067200000}}"#

    @Test func documentedPayloadsHaveNoDrift() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.file("running.json", Data(Self.apixoRunning.utf8))
        let run = await runCLI(["check", "--provider", "apixo", folder.url.path])
        #expect(run.status == .success, "\(run)")
        #expect(run.out == "\(folder.url.path)/running.json: no drift (read as status)\n")
        #expect(run.err == "1 payload checked against Spec/apixo.json: no drift\n")
    }

    /// Every answer and callback sample of the six specs, written as fixtures naming their operation (callbacks
    /// checked with `--kind callback`), shows no drift: the specs know everything their own samples say.
    @Test(arguments: NetworkCommandTests.providers)
    func everySampleOfEverySpecHasNoDrift(_ provider: String) async throws {
        let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
        let answers = try TemporaryFolder()
        let callbacks = try TemporaryFolder()
        defer {
            answers.remove()
            callbacks.remove()
        }
        var counts = (answers: 0, callbacks: 0)
        for sample in descriptor.samples {
            let body = try JSONParser.parse(sample.json)
            switch sample.part {
            case .request:
                continue
            case .response:
                let fixture: JSONValue = .object([
                    "videogenFixture": 1, "provider": .string(provider),
                    "operation": sample.operation.map(JSONValue.string) ?? .null, "request": .null,
                    "response": .object(["status": .integer(sample.httpStatus ?? 200), "body": body]),
                ])
                _ = try answers.file("\(sample.name).json", Data(fixture.serialized().utf8))
                counts.answers += 1
            case .callback where !sample.headers.isEmpty:
                // A signature test vector (a body made up to show the signing, e.g. Replicate's {"test": …}), not
                // a callback the provider sends.
                continue
            case .callback:
                _ = try callbacks.file("\(sample.name).json", Data(sample.json.utf8))
                counts.callbacks += 1
            }
        }
        #expect(counts.answers > 0)
        let run = await runCLI(["check", "--provider", provider, answers.url.path])
        #expect(run.status == .success, "\(run)")
        #expect(run.err == "\(counts.answers) payloads checked against Spec/\(provider).json: no drift\n", "\(run)")
        if counts.callbacks > 0 {
            let run = await runCLI(["check", "--provider", provider, "--kind", "callback", callbacks.url.path])
            #expect(run.status == .success, "\(run)")
        }
    }

    @Test func eachKindOfDriftIsReportedAndExitsOne() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let drifted = Self.apixoRunning
            .replacingOccurrences(of: #""processing""#, with: #""moderating""#)
            .replacingOccurrences(of: #""createTime":1704067200000"#, with: #""createTime":"soon","eta":30"#)
        let path = try folder.file("drifted.json", Data(drifted.utf8))
        let run = await runCLI(["check", "--provider", "apixo", "--kind", "status-response", "--json", path])
        #expect(run.status == .invalidInput, "\(run)")
        let report = try JSONParser.parse(run.out)
        #expect(report["drift"] == true)
        let kinds = report["payloads"]?[0]?["findings"]?.arrayValue?.compactMap { $0["kind"]?.stringValue } ?? []
        #expect(Set(kinds) == ["unknownState", "typeMismatch", "unknownField", "undecodable"], "\(run.out)")
        let notJSON = try folder.file("broken.json", Data("{nope".utf8))
        let broken = await runCLI(["check", "--provider", "apixo", notJSON])
        #expect(broken.status == .invalidInput)
        #expect(broken.out == "\(notJSON): payload: is not JSON\n")
    }

    @Test func aRecordedFixtureNamesItsOperation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fixture =
            #"{"videogenFixture":1,"provider":"toapis","operation":"create","request":null,"response":{"status":200,"body":{"id":"v1","object":"generation.task","model":"grok-video-3","status":"queued","progress":0,"created_at":1768380224,"metadata":{}}}}"#
        let path = try folder.file("toapis-create-1.json", Data(fixture.utf8))
        let run = await runCLI(["check", "--provider", "toapis", path])
        #expect(run.status == .success, "\(run)")
        #expect(run.out == "\(path): no drift (read as create)\n")
    }
}
