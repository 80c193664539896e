// Starts Tests/Support/provider_server.py (a stdlib-only local server speaking one provider's protocol, with a
// scripted 429 then 500, or answering every documented operation at once) for the real-HTTP tests, and reads its
// request log. python3 is required: CI installs it, so a missing interpreter is a failure with a clear message,
// never a skip.

import Foundation
import VideoGen

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A running `Tests/Support/provider_server.py`: start it, point a client at ``baseURL``, read its ``log()``, ``stop()``
/// it (in a `defer`).
package final class LocalProviderServer: @unchecked Sendable {
    /// Why the server could not be started or read.
    package struct StartFailure: Error, CustomStringConvertible {
        /// What went wrong.
        package var description: String
    }

    /// One request as the server logged it.
    package struct Entry: Sendable {
        /// As logged.
        package var method: String
        /// As logged.
        package var path: String
        /// As logged.
        package var time: Double
        /// As logged.
        package var status: Int
        /// As logged.
        package var authOK: Bool
        /// The Host header the request came with.
        package var host: String = ""
        /// Whether any Authorization header came at all.
        package var authPresent: Bool = false
        /// For hostile answers streamed by the server: how many body bytes it wrote before the client hung up.
        package var sent: Int?
        /// The Content-Type header the request came with.
        package var contentType: String = ""
        /// The JSON body, when it came as `application/json`.
        package var json: JSONValue?
        /// The parts of a `multipart/form-data` body.
        package var parts: [Part] = []
    }

    /// One part of a multipart body, as the server read it.
    package struct Part: Sendable, Hashable {
        /// The form field's name.
        package var name: String
        /// The file name, for a file part.
        package var fileName: String?
        /// The part's content type, when it gave one.
        package var contentType: String?
        /// The part's size in bytes.
        package var size: Int
        /// The text of a part that is not a file.
        package var value: String?

        /// A part as the tests expect it.
        package init(name: String, fileName: String? = nil, contentType: String? = nil, size: Int, value: String? = nil)
        {
            self.name = name
            self.fileName = fileName
            self.contentType = contentType
            self.size = size
            self.value = value
        }
    }

    /// How the server answers status queries.
    package enum Script: String, Sendable {
        /// A 429, then a 500, then running, then done (the default).
        case flaky
        /// Done at once; every documented operation answers.
        case direct
    }

    let process: Process
    /// The port it listens on, on 127.0.0.1.
    package let port: Int
    /// `http://127.0.0.1:PORT`.
    package var baseURL: URL { URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/") }

    private init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    /// The script, found from this file's location.
    static func scriptURL(from file: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Support/provider_server.py")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw StartFailure(description: "Tests/Support/provider_server.py not found above \(file)")
    }

    /// `python3` on the PATH.
    static func python() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw StartFailure(
            description:
                "python3 is required for the real-HTTP tests (CI installs it) but is not on the PATH (\(path)); install Python 3 to run Tests/Support/provider_server.py"
        )
    }

    /// The hostile answers the server can give to every status query (and, for `retryAfter`, every create).
    package enum Hostile: String, Sendable {
        /// A gzip body of about 1 KB per MB that inflates to `bytes` of JSON.
        case gzipBomb = "gzip-bomb"
        /// A plain body of `bytes` bytes, streamed without a length.
        case huge
        /// A valid answer trickled one byte per second.
        case slow
        /// 429 with `Retry-After: 999999999`.
        case retryAfter = "retry-after"
        /// A completed task whose video URL is `file:///etc/passwd`.
        case fileURL = "file-url"
        /// A task whose id, failure message and code carry terminal escape sequences.
        case terminal
    }

    /// Starts the server speaking `provider`'s protocol, expecting `key`, answering 429s with `retryAfter` (or
    /// with a `hostile` answer, streaming `bytes` where that applies), and waits for its `PORT n` line.
    package static func start(
        provider: String, key: String, retryAfter: Int = 1, script: Script = .flaky, hostile: Hostile? = nil,
        bytes: Int = 1 << 30
    ) async throws -> LocalProviderServer {
        let process = Process()
        process.executableURL = try python()
        process.arguments =
            [
                try scriptURL().path, "--provider", provider, "--key", key, "--retry-after", String(retryAfter),
                "--script", script.rawValue,
            ]
            + (hostile.map { ["--hostile", $0.rawValue, "--bytes", String(bytes)] } ?? [])
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw StartFailure(description: "could not start python3 provider_server.py: \(error)")
        }
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
            kill(process)
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw StartFailure(
                description: "provider_server.py did not print PORT n (got \"\(line)\"); stderr: \(stderr)")
        }
        return LocalProviderServer(process: process, port: port)
    }

    /// Stops the server and waits for it to exit. SIGKILL, not `terminate()`: the child inherits the test
    /// process's blocked-signal mask (libdispatch blocks SIGTERM in its threads), so SIGTERM would never arrive.
    package func stop() {
        Self.kill(process)
    }

    private static func kill(_ process: Process) {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Every request the server received, in order (`GET /__log`).
    package func log() async throws -> [Entry] {
        let response = try await URLSessionTransport().send(
            HTTPRequest(method: "GET", url: baseURL.appendingPathComponent("__log"), timeoutSeconds: 10))
        guard response.status == 200, case .array(let items) = try JSONParser.parse(response.body) else {
            throw StartFailure(description: "GET /__log answered \(response.status)")
        }
        return items.compactMap { item in
            guard let method = item["method"]?.stringValue, let path = item["path"]?.stringValue,
                let time = item["time"]?.doubleValue, let status = item["status"]?.intValue,
                let auth = item["authOK"]?.boolValue
            else { return nil }
            return Entry(
                method: method, path: path, time: time, status: status, authOK: auth,
                host: item["host"]?.stringValue ?? "", authPresent: item["authPresent"]?.boolValue ?? false,
                sent: item["sent"]?.intValue, contentType: item["contentType"]?.stringValue ?? "",
                json: item["json"].flatMap { $0.isNull ? nil : $0 },
                parts: (item["parts"]?.arrayValue ?? []).compactMap { part in
                    guard let name = part["name"]?.stringValue, let size = part["size"]?.intValue else { return nil }
                    return Part(
                        name: name, fileName: part["filename"]?.stringValue,
                        contentType: part["contentType"]?.stringValue, size: size, value: part["value"]?.stringValue)
                })
        }
    }
}
