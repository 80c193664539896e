// What a client can be told besides its provider and key: where, through what, on which clock, how patiently.

import Foundation

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
    /// How long one HTTP call may take (the sync endpoint uses its spec's own timeout when longer).
    public var requestTimeoutSeconds: Double
    /// Whether the client enforces the provider's documented requests-per-minute and concurrent-task limits.
    public var enforcesProviderLimits: Bool
    /// Seeds the jitter of backoff and polling (for reproducible runs); `nil` seeds from the system.
    public var randomSeed: UInt64?

    /// Creates a configuration.
    public init(
        baseURL: URL? = nil, transport: any HTTPTransport = URLSessionTransport(), clock: any TaskClock = SystemClock(),
        polling: PollingPolicy = PollingPolicy(), retry: RetryPolicy = RetryPolicy(),
        requestTimeoutSeconds: Double = 60,
        enforcesProviderLimits: Bool = true, randomSeed: UInt64? = nil
    ) {
        self.baseURL = baseURL
        self.transport = transport
        self.clock = clock
        self.polling = polling
        self.retry = retry
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.enforcesProviderLimits = enforcesProviderLimits
        self.randomSeed = randomSeed
    }
}

/// Checks base URLs: https anywhere, http only on this machine (the key must not cross a network in clear text).
public enum BaseURLPolicy {
    /// The URL, or a configuration error saying why it is refused.
    public static func check(_ url: URL) throws(VideoGenError) -> URL {
        guard let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(), !host.isEmpty else {
            throw .configuration("the base URL \(url.absoluteString) is not an absolute http(s) URL")
        }
        switch scheme {
        case "https":
            return url
        case "http":
            guard isLoopback(host) else {
                throw .configuration(
                    "the base URL \(url.absoluteString) uses plain http on a host other than this machine; the API key would travel unencrypted. Use https (http is accepted for localhost, 127.0.0.1 and ::1 only)"
                )
            }
            return url
        default:
            throw .configuration("the base URL \(url.absoluteString) must use https (or http on localhost)")
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
