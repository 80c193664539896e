// The one seam between VideoGen and the network: real (URLSession), scripted (tests) or the sandbox.

@_spi(Generated) import VideoGenCore

/// Sends HTTP requests. The default is ``URLSessionTransport``; tests and the sandbox provide their own.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response, or throws a ``TransportError``.
    /// Implementations must honour task cancellation and `request.timeoutSeconds`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// Why a request got no HTTP response.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connection could not be made: nothing was sent, so retrying cannot duplicate anything.
    case notConnected(String)
    /// The connection broke or the server went silent after (part of) the request may have been sent.
    case connectionLost(String)
    /// No response within the request's timeout (the request may have been received).
    case timedOut(seconds: Double)
    /// The response body exceeded the cap.
    case responseTooLarge(limit: Int)
    /// A redirect tried to take the request (and its API key) to another host.
    case redirectRefused(to: String)
    /// The request was cancelled by the caller.
    case cancelled

    /// Whether the request certainly did not reach the server.
    public var certainlyNotSent: Bool {
        if case .notConnected = self { return true }
        return false
    }

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .notConnected(let reason): return "could not connect (\(reason)); check the network and the base URL"
        case .connectionLost(let reason): return "the connection was lost (\(reason))"
        case .timedOut(let seconds): return "no response within \(TimeBounds.text(seconds))"
        case .responseTooLarge(let limit):
            return "the response was larger than \(limit / 1024 / 1024) MiB and was cut off"
        case .redirectRefused(let host):
            return "the server redirected to another host (\(host)); VideoGen does not send the API key there"
        case .cancelled: return "cancelled"
        }
    }
}
