// What a client tells the app it runs in: structured events with stable names, levels and metadata, in the habits of
// swift-log and swift-metrics but without depending on them.

@_spi(Generated) import VideoGenCore

/// Something a client did or noticed. Events never carry the API key or a request body.
public struct VideoGenEvent: Sendable, Hashable, CustomStringConvertible {
    /// How much an event matters, in swift-log's order.
    public enum Level: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// Every detail.
        case trace
        /// Details useful when debugging.
        case debug
        /// The normal course of things.
        case info
        /// Worth noticing.
        case notice
        /// Something looks wrong but the work goes on.
        case warning
        /// Something failed.
        case error

        /// Orders levels from trace to error.
        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A stable name, dot-separated (`request.warning`), to filter and count on.
    public var name: String
    /// How much it matters.
    public var level: Level
    /// The provider concerned.
    public var provider: String
    /// One line for people.
    public var message: String
    /// Values for machines (the operation, a field path, a status, a delay in seconds…), as text.
    public var metadata: [String: String]

    /// Creates an event.
    public init(name: String, level: Level, provider: String, message: String, metadata: [String: String] = [:]) {
        self.name = name
        self.level = level
        self.provider = provider
        self.message = message
        self.metadata = metadata
    }

    /// `warning request.warning [acme] message key=value …`.
    public var description: String {
        let pairs = metadata.keys.sorted().map { "\($0)=\(metadata[$0] ?? "")" }
        return ([String(describing: level), name, "[\(provider)]", message] + pairs).joined(separator: " ")
    }
}

/// Receives a client's events; called on the client's own tasks, so it must be quick and thread-safe.
public typealias VideoGenObserver = @Sendable (VideoGenEvent) -> Void

/// Stable event names.
extension VideoGenEvent {
    /// A request was accepted with a warning: a model the spec does not list, a deprecated or renamed field.
    public static let requestWarning = "request.warning"
    /// An answer says something the spec does not know (a field, a state, a code, a type): the provider may have
    /// changed. Each difference is reported once per client.
    public static let drift = "response.drift"
}
