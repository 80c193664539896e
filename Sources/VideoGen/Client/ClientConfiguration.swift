// What a client can be told besides its provider and key: where, through what, on which clock, how patiently.

import Foundation
@_spi(Generated) import VideoGenCore

/// A client's settings. The defaults talk to the provider's documented base URL over URLSession in real time.
public struct ClientConfiguration: Sendable {
    /// Another server for the provider (a proxy, a mock); plain `http` is accepted only for loopback hosts.
    public var baseURL: URL?
    /// How requests travel.
    public var transport: any HTTPTransport
    /// The clock for waits, backoff and limits.
    public var clock: any TaskClock
    /// How `wait` polls.
    public var polling: PollingPolicy
    /// How failed calls are retried.
    public var retry: RetryPolicy
    /// How long one HTTP exchange may take (the sync endpoint uses its spec's own timeout when longer).
    public var requestTimeoutSeconds: Double
    /// How long one call — a create, a status query, an upload — may take in all, retries and waits for the rate
    /// budget included (a wait has its own timeout). A slow or failing server ends it with
    /// ``VideoGenError/callTimedOut(provider:call:afterSeconds:)`` instead of holding it for every retry.
    public var callTimeoutSeconds: Double
    /// Whether the client enforces the provider's documented requests-per-minute and concurrent-task limits.
    public var enforcesProviderLimits: Bool
    /// Seeds the jitter of backoff and polling (for reproducible runs); `nil` seeds from the system.
    public var randomSeed: UInt64?
    /// Whether a model the spec does not list is refused (by default it is sent, checked against what the listed
    /// models accept, with a `request.warning` event).
    public var refusesUnknownModels: Bool
    /// Receives the client's events (warnings about requests, and more); `nil` ignores them.
    public var observer: VideoGenObserver?

    /// Creates a configuration.
    public init(
        baseURL: URL? = nil, transport: any HTTPTransport = URLSessionTransport(), clock: any TaskClock = SystemClock(),
        polling: PollingPolicy = PollingPolicy(), retry: RetryPolicy = RetryPolicy(),
        requestTimeoutSeconds: Double = 60, callTimeoutSeconds: Double = 120, enforcesProviderLimits: Bool = true,
        randomSeed: UInt64? = nil, refusesUnknownModels: Bool = false, observer: VideoGenObserver? = nil
    ) {
        self.baseURL = baseURL
        self.transport = transport
        self.clock = clock
        self.polling = polling
        self.retry = retry
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.callTimeoutSeconds = callTimeoutSeconds
        self.enforcesProviderLimits = enforcesProviderLimits
        self.randomSeed = randomSeed
        self.refusesUnknownModels = refusesUnknownModels
        self.observer = observer
    }
}

/// Checks base URLs: https anywhere, http only on this machine (the key must not cross a network in clear text);
/// never with credentials, a port out of range, a query or a fragment.
public enum BaseURLPolicy {
    /// The URL, or a configuration error naming the part that is refused.
    public static func check(_ url: URL) throws(VideoGenError) -> URL {
        let text = url.absoluteString.escapingControlCharacters
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(), let host = components.host?.lowercased(), !host.isEmpty
        else {
            throw .configuration("the base URL \(text) is not an absolute http(s) URL")
        }
        if components.user != nil || components.password != nil {
            throw .configuration(
                "the base URL must not carry a user name or password (the part before @); the API key is sent in its own header"
            )
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw .configuration("the base URL's port \(port) is out of range (1-65535)")
        }
        if components.percentEncodedQuery != nil {
            throw .configuration("the base URL \(text) must not have a query (the part after ?)")
        }
        if components.percentEncodedFragment != nil {
            throw .configuration("the base URL \(text) must not have a fragment (the part after #)")
        }
        switch scheme {
        case "https":
            return url
        case "http":
            guard isLoopback(host) else {
                throw .configuration(
                    "the base URL \(text) uses plain http on a host other than this machine; the API key would travel unencrypted. Use https (http is accepted for localhost, 127.0.0.1 and ::1 only)"
                )
            }
            return url
        default:
            throw .configuration("the base URL \(text) must use https (or http on localhost)")
        }
    }

    /// Whether `host` is this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare.hasSuffix(".localhost") { return true }
        let parts = bare.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
