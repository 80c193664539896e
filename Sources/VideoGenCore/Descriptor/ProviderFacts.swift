// Small documented facts: models, limits, polling advice, callbacks, sandbox settings.

/// A model of the provider's catalogue.
public struct ModelInfo: Sendable, Hashable {
    /// The name sent to the API.
    public package(set) var id: String
    /// The display name.
    public package(set) var name: String
    /// What it does.
    public package(set) var summary: String
    /// Feature words from the docs.
    public package(set) var features: [String]
    /// The price, when documented.
    public package(set) var price: Price?
    /// The allowed durations in seconds, when documented as a list.
    public package(set) var durations: [Int]
    /// The allowed duration range in seconds, when documented as a range.
    public package(set) var durationRange: ClosedRange<Int>?
    /// The documented resolutions.
    public package(set) var resolutions: [String]
    /// Anything else the docs say.
    public package(set) var note: String?
    /// Unified options the model fixes (`duration` → 8): asking for that value is accepted and nothing is sent;
    /// asking for another is an error naming the model.
    package var fixed: [UnifiedMapping.Field: JSONValue]
    /// The model's own destinations of unified fields, used instead of the spec's for the fields they name (a
    /// duration the model spells "8s" where others spell "8").
    package var unified: [UnifiedMapping.Entry]

    /// Creates a model entry.
    package init(
        id: String, name: String, summary: String, features: [String], price: Price?, durations: [Int],
        durationRange: ClosedRange<Int>?, resolutions: [String], note: String?,
        fixed: [UnifiedMapping.Field: JSONValue] = [:], unified: [UnifiedMapping.Entry] = []
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
        self.fixed = fixed
        self.unified = unified
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
    public package(set) var amount: Double
    /// The ISO currency code (`USD`).
    public package(set) var currency: String
    /// What it is charged per.
    public package(set) var per: Unit

    /// Creates a price.
    package init(amount: Double, currency: String, per: Unit) {
        self.amount = amount
        self.currency = currency
        self.per = per
    }
}

/// Documented rate limits: every request limit the provider states, and its concurrent-task cap.
public struct RateLimits: Sendable, Hashable {
    /// The request limits; each applies to every call, or to the operations it names.
    public package(set) var requests: [RequestLimit]
    /// Tasks allowed to run at once; `nil` where the provider says nothing.
    public package(set) var concurrentTasks: Int?

    /// Creates rate limits.
    package init(requests: [RequestLimit] = [], concurrentTasks: Int?) {
        self.requests = requests
        self.concurrentTasks = concurrentTasks
    }

    /// Creates rate limits from one requests-per-minute figure that applies to every call.
    package init(requestsPerMinute: Int?, concurrentTasks: Int?) {
        self.init(
            requests: requestsPerMinute.map { [RequestLimit(count: $0, perSeconds: 60)] } ?? [],
            concurrentTasks: concurrentTasks)
    }

    /// The requests per minute of the limit that covers every call, when there is one (for summaries).
    public var requestsPerMinute: Int? {
        requests.first { $0.operations == nil && $0.exceptOperations.isEmpty && $0.perSeconds == 60 }?.count
    }

    /// The limits that apply to a call of `operation`.
    public func limits(for operation: String) -> [RequestLimit] {
        requests.filter { $0.applies(to: operation) }
    }
}

/// One documented request limit: `count` requests per `perSeconds`, for every operation or some.
public struct RequestLimit: Sendable, Hashable {
    /// Requests allowed per window.
    public package(set) var count: Int
    /// The window, in seconds.
    public package(set) var perSeconds: Double
    /// The operations it applies to; `nil` means every operation not in ``exceptOperations``.
    public package(set) var operations: [String]?
    /// Operations it does not apply to.
    public package(set) var exceptOperations: [String]
    /// The spec's description (the docs' own words).
    public package(set) var summary: String

    /// Creates a request limit.
    package init(
        count: Int, perSeconds: Double, operations: [String]? = nil, exceptOperations: [String] = [],
        summary: String = ""
    ) {
        self.count = count
        self.perSeconds = perSeconds
        self.operations = operations
        self.exceptOperations = exceptOperations
        self.summary = summary
    }

    /// Whether the limit counts calls of `operation`.
    public func applies(to operation: String) -> Bool {
        if exceptOperations.contains(operation) { return false }
        return operations.map { $0.contains(operation) } ?? true
    }

    /// `600 per 60 s (create)`.
    public var description: String {
        let window = perSeconds == 60 ? "minute" : perSeconds == 1 ? "second" : "\(ValueSchema.number(perSeconds)) s"
        var text = "\(count) per \(window)"
        if let operations { text += " (\(operations.joined(separator: ", ")))" }
        if !exceptOperations.isEmpty { text += " (except \(exceptOperations.joined(separator: ", ")))" }
        return text
    }
}

/// The provider's polling advice; `nil` where it gives none.
public struct PollingHints: Sendable, Hashable {
    /// How long to wait before the first status query.
    public package(set) var firstWaitSeconds: Double?
    /// How long to wait between status queries.
    public package(set) var intervalSeconds: Double?
    /// When to give up.
    public package(set) var timeoutSeconds: Double?

    /// Creates polling hints.
    package init(firstWaitSeconds: Double?, intervalSeconds: Double?, timeoutSeconds: Double?) {
        self.firstWaitSeconds = firstWaitSeconds
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
    }
}

/// How the provider delivers callbacks.
public struct CallbackInfo: Sendable, Hashable {
    /// The named response that reads a callback body.
    package var response: String
    /// How callbacks are signed; `nil` when they are not.
    package var signature: CallbackSignature?
    /// How soon the receiving endpoint must answer 2xx, if documented.
    public package(set) var answerWithinSeconds: Double?
    /// The documented retry behaviour.
    public package(set) var retries: String?
    /// The documented callback bodies.
    package var samples: [Sample]

    /// Creates callback facts.
    package init(
        response: String, signature: CallbackSignature? = nil, answerWithinSeconds: Double?, retries: String?,
        samples: [Sample] = []
    ) {
        self.response = response
        self.signature = signature
        self.answerWithinSeconds = answerWithinSeconds
        self.retries = retries
        self.samples = samples
    }

    /// Whether callbacks carry a signature.
    public var isSigned: Bool { signature != nil }
}

/// What the sandbox reports when a prompt asks it to fail.
package struct SandboxSettings: Sendable, Hashable {
    /// The failure code, in the provider's own words (if it has codes).
    package var failureCode: String?
    /// The failure message.
    package var failureMessage: String
    /// The provider states a sandbox task walks through, ending with a succeeded state; empty means the first
    /// queued, the first running and the first succeeded state of the spec.
    package var walk: [String]

    /// Creates sandbox settings.
    package init(failureCode: String?, failureMessage: String, walk: [String] = []) {
        self.failureCode = failureCode
        self.failureMessage = failureMessage
        self.walk = walk
    }
}
