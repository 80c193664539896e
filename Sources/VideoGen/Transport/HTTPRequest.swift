// A transport-neutral HTTP request and response.

import Foundation

/// An HTTP request as VideoGen sends it.
public struct HTTPRequest: Sendable, Hashable {
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

    /// Creates a request.
    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data? = nil, timeoutSeconds: Double = 60) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// One header field.
public struct HTTPHeader: Sendable, Hashable {
    /// The field name.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
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
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// How long the server asks the client to wait, from `Retry-After` (seconds or an HTTP date).
    public func retryAfterSeconds(now: Date = Date()) -> Double? {
        headers["retry-after"].flatMap { RetryAfter.seconds(from: $0, now: now) }
    }
}
