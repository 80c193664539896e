// Captured traffic as fixtures: each exchange written to a file, with every credential removed, for `videogen check`
// and for tests.

import Foundation
@_spi(Generated) import VideoGenCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transport that passes every request to another and writes each exchange to `directory` as a fixture
/// (`<provider>-<operation>-<n>.json`), which `videogen check` and ``Fixture`` read.
///
/// Nothing secret is written: the API keys given (anywhere in the exchange), the `Authorization` header and every
/// header whose name speaks of a key, token, secret, signature, cookie or session, and URL query values with such
/// names (a signed download URL's `signature`) are replaced by `***`.
public final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let inner: any HTTPTransport
    private let directory: URL
    private let secrets: [String]
    private let lock = NSLock()
    private var count = 0

    /// Records what `inner` sends and receives into `directory` (created if missing), never writing `keys`.
    public init(wrapping inner: any HTTPTransport, into directory: URL, redacting keys: [APIKey] = []) {
        self.inner = inner
        self.directory = directory
        secrets = keys.map(\.secret).filter { !$0.isEmpty }
    }

    /// Sends `request` through the wrapped transport and records the exchange (a failure to write never fails the call).
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await inner.send(request)
        let number = lock.withLock {
            count += 1
            return count
        }
        let fixture = Fixture(request: request, response: response, redacting: secrets)
        let name = [request.operation?.provider, request.operation?.name].compactMap { $0 }.joined(separator: "-")
        let file = directory.appendingPathComponent("\(name.isEmpty ? "exchange" : name)-\(number).json")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data((fixture.jsonValue.serialized(pretty: true) + "\n").utf8).write(to: file, options: .atomic)
        return response
    }
}

/// One recorded exchange: which provider and operation, the request and the answer, credentials removed.
public struct Fixture: Sendable, Hashable {
    /// The provider, when the request came from a client.
    public var provider: String?
    /// The spec operation, when the request came from a client.
    public var operation: String?
    /// The HTTP status of the answer.
    public var status: Int
    /// The answer's body: JSON, or text when it is not JSON.
    public var body: JSONValue
    /// The request, as `{"method", "url", "headers", "body"}`.
    public var request: JSONValue

    /// The fixture of an exchange, with `secrets` and credential-like headers and query values redacted.
    public init(request: HTTPRequest, response: HTTPResponse, redacting secrets: [String]) {
        func scrub(_ text: String) -> String {
            secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
        }
        func scrubJSON(_ data: Data?) -> JSONValue {
            guard let data, !data.isEmpty else { return .null }
            let text = scrub(String(decoding: data, as: UTF8.self))
            return (try? JSONParser.parse(text)) ?? .string(text)
        }
        provider = request.operation?.provider
        operation = request.operation?.name
        status = response.status
        body = scrubJSON(response.body)
        var headers = JSONObject()
        for header in request.headers {
            headers[header.name] = .string(Self.isCredential(header.name) ? "***" : scrub(header.value))
        }
        var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        let items = components?.queryItems?.map {
            URLQueryItem(name: $0.name, value: Self.isCredential($0.name) ? "***" : $0.value.map(scrub))
        }
        components?.queryItems = items
        components?.user = nil
        components?.password = nil
        self.request = .object([
            "method": .string(request.method), "url": .string(scrub(components?.string ?? "")),
            "headers": .object(headers), "body": scrubJSON(request.body),
        ])
    }

    /// Reads a fixture file's JSON; `nil` when it is not a fixture (a plain payload).
    public init?(json: JSONValue) {
        guard json["videogenFixture"] == 1, let status = json["response"]?["status"]?.intValue else { return nil }
        provider = json["provider"]?.stringValue
        operation = json["operation"]?.stringValue
        self.status = status
        body = json["response"]?["body"] ?? .null
        request = json["request"] ?? .null
    }

    /// `{"videogenFixture": 1, "provider", "operation", "request", "response": {"status", "body"}}`.
    public var jsonValue: JSONValue {
        .object([
            "videogenFixture": 1, "provider": provider.map(JSONValue.string) ?? .null,
            "operation": operation.map(JSONValue.string) ?? .null, "request": request,
            "response": .object(["status": .integer(status), "body": body]),
        ])
    }

    /// Whether a header or query name carries a credential.
    static func isCredential(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["authorization", "key", "token", "secret", "signature", "cookie", "session", "password"].contains {
            lower.contains($0)
        }
    }
}
