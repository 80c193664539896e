// A transport-neutral HTTP request and response.

import Foundation
@_spi(Generated) import VideoGenCore

/// An HTTP request as VideoGen sends it. Its descriptions and dumps never show credentials (see ``HTTPHeader``).
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// `GET` or `POST`.
    public var method: String
    /// The full URL.
    public var url: URL
    /// Header fields in the order they are sent.
    public var headers: [HTTPHeader]
    /// The body, if any.
    public var body: Data?
    /// How long the call may take before it counts as timed out.
    public var timeoutSeconds: Double
    /// The provider and the spec operation the request is for, when a client built it (never sent; a recording
    /// transport files the exchange under them).
    public var operation: (provider: String, name: String)? {
        get { operationTag.map { ($0.provider, $0.name) } }
        set { operationTag = newValue.map { OperationTag(provider: $0.provider, name: $0.name) } }
    }
    private var operationTag: OperationTag?

    private struct OperationTag: Sendable, Hashable {
        var provider: String
        var name: String
    }

    /// Creates a request.
    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data? = nil, timeoutSeconds: Double = 60) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }

    /// `POST https://… [Authorization: ***, Accept: application/json] (123 bytes)`.
    public var description: String {
        "\(method) \(url.absoluteString) [\(headers.map(\.description).joined(separator: ", "))]"
            + (body.map { " (\($0.count) bytes)" } ?? "")
    }

    /// A mirror whose headers are redacted.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "method": method, "url": url, "headers": headers, "body": body as Any, "timeoutSeconds": timeoutSeconds,
            ])
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// One header field. Fields that carry credentials (`Authorization`, anything with "key", "token", "secret",
/// "cookie" or "auth" in its name) show `***` instead of their value in every description and dump.
public struct HTTPHeader: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The field name.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Whether the field carries a credential.
    public var isSensitive: Bool {
        let lowered = name.lowercased()
        return ["auth", "key", "token", "secret", "cookie", "signature"].contains { lowered.contains($0) }
    }

    /// `Accept: application/json`, or `Authorization: ***` for a credential.
    public var description: String { "\(name): \(isSensitive ? "***" : value)" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror that never shows a credential's value.
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "value": isSensitive ? "***" : value])
    }
}

/// An HTTP response as a transport delivers it.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Header fields, names lowercased.
    public var headers: [String: String]
    /// The body (capped by the transport).
    public var body: Data

    /// Creates a response; header names are lowercased.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// How long the server asks the client to wait, from `Retry-After` (seconds or an HTTP date).
    public func retryAfterSeconds(now: Date = Date()) -> Double? {
        headers["retry-after"].flatMap { RetryAfter.seconds(from: $0, now: now) }
    }
}
