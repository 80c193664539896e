// Support for the network-command tests (create, status, wait, providers): a console that captures what a run
// writes, a runner that always checks the API key never shows, JSON helpers, and the local python provider server.

import Foundation
import Testing
import VideoGen

@testable import VideoGenCLI

/// Every test of the network commands (`swift test --filter NetworkCommandTests`); subjects are nested suites.
enum NetworkCommandTests {
    /// The key the tests put into VIDEOGEN_API_KEY (and key files); no output may ever contain it.
    static let secret = "sk-SECRET-123456"
    /// The environment with the key set.
    static let keyed = ["VIDEOGEN_API_KEY": secret]
    static let providers = ["apixo", "toapis", "apimart", "apimodels", "replicate", "fal"]
}

/// Captures a run's standard output and error, from whatever thread the command writes on.
final class NetworkTestConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    let environment: [String: String]
    let errIsTerminal: Bool

    init(environment: [String: String], errIsTerminal: Bool = false) {
        self.environment = environment
        self.errIsTerminal = errIsTerminal
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    /// The console the command writes to (standard input is empty; standard error a terminal only when asked).
    var console: Console {
        Console(
            out: { [self] text in lock.withLock { outText += text } },
            err: { [self] text in lock.withLock { errText += text } },
            readInput: { _ in Data() },
            environment: environment,
            errIsTerminal: errIsTerminal)
    }
}

/// What one run of a network command did.
struct NetworkRun: Sendable, CustomStringConvertible {
    var status: VideoGenCLI.ExitStatus
    var out: String
    var err: String

    var description: String { "exit \(status.rawValue)\n--- stdout\n\(out)--- stderr\n\(err)" }

    /// Standard output as exactly one JSON object (and nothing else but the final newline), or `nil` after
    /// recording why not.
    func jsonObject(sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
        guard out.hasSuffix("\n"), out.filter({ $0 == "\n" }).count == 1 else {
            Issue.record("stdout is not one line ending in a newline:\n\(self)", sourceLocation: sourceLocation)
            return nil
        }
        guard let value = try? JSONParser.parse(out), case .object = value else {
            Issue.record("stdout is not one JSON object:\n\(self)", sourceLocation: sourceLocation)
            return nil
        }
        return value
    }
}

/// Runs `videogen ARGUMENTS` in process with `environment`, and checks that no output contains the key.
func runNetworkCommand(
    _ arguments: [String], environment: [String: String] = [:], errIsTerminal: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) async -> NetworkRun {
    let capture = NetworkTestConsole(environment: environment, errIsTerminal: errIsTerminal)
    let status = await CommandLineTool.run(arguments, console: capture.console)
    let run = NetworkRun(status: status, out: capture.out, err: capture.err)
    #expect(
        !run.out.contains(NetworkCommandTests.secret), "stdout shows the API key:\n\(run)",
        sourceLocation: sourceLocation)
    #expect(
        !run.err.contains(NetworkCommandTests.secret), "stderr shows the API key:\n\(run)",
        sourceLocation: sourceLocation)
    return run
}

/// A file holding `text`, removed by `remove()`.
struct NetworkKeyFile {
    let path: String

    /// A key file readable by its owner only (`permissions`, 0o600 by default), as key files should be.
    init(_ text: String, permissions: Int = 0o600) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-key-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
