// Small documented facts: models, limits, polling advice, callbacks, sandbox settings.

/// A model of the provider's catalogue.
public struct ModelInfo: Sendable, Hashable {
    /// The name sent to the API.
    public var id: String
    /// The display name.
    public var name: String
    /// What it does.
    public var summary: String
    /// Feature words from the docs.
    public var features: [String]
    /// The price, when documented.
    public var price: Price?
    /// The allowed durations in seconds, when documented as a list.
    public var durations: [Int]
    /// The allowed duration range in seconds, when documented as a range.
    public var durationRange: ClosedRange<Int>?
    /// The documented resolutions.
    public var resolutions: [String]
    /// Anything else the docs say.
    public var note: String?

    /// Creates a model entry.
    public init(
        id: String, name: String, summary: String, features: [String], price: Price?, durations: [Int],
        durationRange: ClosedRange<Int>?, resolutions: [String], note: String?
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.features = features
        self.price = price
        self.durations = durations
        self.durationRange = durationRange
        self.resolutions = resolutions
        self.note = note
    }
}

/// A documented price.
public struct Price: Sendable, Hashable {
    /// What the price is for.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// One generated video.
        case video
        /// One second of video.
        case second
    }

    /// The amount.
    public var amount: Double
    /// The ISO currency code (`USD`).
    public var currency: String
    /// What it is charged per.
    public var per: Unit

    /// Creates a price.
    public init(amount: Double, currency: String, per: Unit) {
        self.amount = amount
        self.currency = currency
        self.per = per
    }
}

/// Documented rate limits; `nil` where the provider says nothing.
public struct RateLimits: Sendable, Hashable {
    /// Requests allowed per minute.
    public var requestsPerMinute: Int?
    /// Tasks allowed to run at once.
    public var concurrentTasks: Int?

    /// Creates rate limits.
    public init(requestsPerMinute: Int?, concurrentTasks: Int?) {
        self.requestsPerMinute = requestsPerMinute
        self.concurrentTasks = concurrentTasks
    }
}

/// The provider's polling advice; `nil` where it gives none.
public struct PollingHints: Sendable, Hashable {
    /// How long to wait before the first status query.
    public var firstWaitSeconds: Double?
    /// How long to wait between status queries.
    public var intervalSeconds: Double?
    /// When to give up.
    public var timeoutSeconds: Double?

    /// Creates polling hints.
    public init(firstWaitSeconds: Double?, intervalSeconds: Double?, timeoutSeconds: Double?) {
        self.firstWaitSeconds = firstWaitSeconds
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
    }
}

/// How the provider delivers callbacks.
public struct CallbackInfo: Sendable, Hashable {
    /// Whether callbacks carry a signature (none of the documented providers sign them).
    public var isSigned: Bool
    /// How soon the receiving endpoint must answer 2xx, if documented.
    public var answerWithinSeconds: Double?
    /// The documented retry behaviour.
    public var retries: String?

    /// Creates callback facts.
    public init(isSigned: Bool, answerWithinSeconds: Double?, retries: String?) {
        self.isSigned = isSigned
        self.answerWithinSeconds = answerWithinSeconds
        self.retries = retries
    }
}

/// What the sandbox reports when a prompt asks it to fail.
public struct SandboxSettings: Sendable, Hashable {
    /// The failure code, in the provider's own words (if it has codes).
    public var failureCode: String?
    /// The failure message.
    public var failureMessage: String
    /// The provider states a sandbox task walks through, ending with a succeeded state; empty means the first
    /// queued, the first running and the first succeeded state of the spec.
    public var walk: [String]

    /// Creates sandbox settings.
    public init(failureCode: String?, failureMessage: String, walk: [String] = []) {
        self.failureCode = failureCode
        self.failureMessage = failureMessage
        self.walk = walk
    }
}
