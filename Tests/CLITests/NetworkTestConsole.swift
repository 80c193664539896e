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
    static let providers = ["apixo", "toapis", "apimart", "apimodels"]
}

/// Captures a run's standard output and error, from whatever thread the command writes on.
final class NetworkTestConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    let environment: [String: String]

    init(environment: [String: String]) {
        self.environment = environment
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    /// The console the command writes to (standard input is empty; standard error is not a terminal).
    var console: Console {
        Console(
            out: { [self] text in lock.withLock { outText += text } },
            err: { [self] text in lock.withLock { errText += text } },
            readInput: { _ in Data() },
            environment: environment,
            errIsTerminal: false)
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
    _ arguments: [String], environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
) async -> NetworkRun {
    let capture = NetworkTestConsole(environment: environment)
    let status = await CommandLineTool.run(arguments, console: capture.console)
    let run = NetworkRun(status: status, out: capture.out, err: capture.err)
    #expect(!run.out.contains(NetworkCommandTests.secret), "stdout shows the API key:\n\(run)", sourceLocation: sourceLocation)
    #expect(!run.err.contains(NetworkCommandTests.secret), "stderr shows the API key:\n\(run)", sourceLocation: sourceLocation)
    return run
}

/// A file holding `text`, removed by `remove()`.
struct NetworkKeyFile {
    let path: String

    init(_ text: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("videogen-key-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A running Tests/Support/provider_server.py (apixo's or toapis's protocol, a scripted 429 then 500 on the
/// first two status polls). python3 is required — CI installs it — so its absence fails the test.
final class NetworkTestServer: @unchecked Sendable {
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    let process: Process
    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    static func start(provider: String, key: String = NetworkCommandTests.secret, file: String = #filePath) async throws -> NetworkTestServer {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var script: URL?
        for _ in 0..<4 where script == nil {
            let candidate = folder.appendingPathComponent("Support/provider_server.py")
            if FileManager.default.fileExists(atPath: candidate.path) { script = candidate }
            folder = folder.deletingLastPathComponent()
        }
        guard let script else { throw StartFailure(description: "Tests/Support/provider_server.py not found above \(file)") }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let python = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("python3") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else {
            throw StartFailure(description: "python3 is required for the local-server CLI tests (CI installs it) but is not on the PATH (\(path))")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, "--provider", provider, "--key", key]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        let line = await withCheckedContinuation { (continuation: CheckedContinuation<String, Never>) in
            DispatchQueue.global().async {
                var buffer = Data()
                while !buffer.contains(UInt8(ascii: "\n")) {
                    let chunk = reader.availableData
                    if chunk.isEmpty { break }
                    buffer.append(chunk)
                }
                continuation.resume(returning: String(decoding: buffer, as: UTF8.self))
            }
        }
        let words = line.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, words[0] == "PORT", let port = Int(words[1]) else {
            Self.kill(process)
            throw StartFailure(description: "provider_server.py did not print PORT n (got \"\(line)\")")
        }
        return NetworkTestServer(process: process, port: port)
    }

    /// SIGKILL: the child inherits the test process's blocked SIGTERM, so `terminate()` would not stop it.
    func stop() {
        Self.kill(process)
    }

    private static func kill(_ process: Process) {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The server's log: (method, path, status, authOK) per request.
    func log() async throws -> [(method: String, path: String, status: Int, authOK: Bool)] {
        let url = try #require(URL(string: baseURL + "/__log"))
        let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url, timeoutSeconds: 10))
        guard case .array(let items) = try JSONParser.parse(response.body) else { return [] }
        return items.compactMap { item in
            guard let method = item["method"]?.stringValue, let path = item["path"]?.stringValue,
                  let status = item["status"]?.intValue, let auth = item["authOK"]?.boolValue else { return nil }
            return (method, path, status, auth)
        }
    }
}
