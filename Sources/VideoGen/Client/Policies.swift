// How the client waits and retries: values the caller can replace.

@_spi(Generated) import VideoGenCore

/// How `wait` polls: the first wait, the interval and how it grows, jitter, and the overall deadline.
/// `nil` fields fall back to the provider's documented advice (its spec's `polling`), then to defaults.
///
/// After the first wait, a status query follows every `interval` — or, once the task has run long, every
/// `elapsedFraction` of the time waited so far (10 %: a task still running after 5 minutes is checked every
/// 30 s), up to `maximumInterval`. When the provider reports progress, the next query aims at the estimated
/// completion instead, if that is sooner. Each delay is spread by ±`jitter`; failed queries back off.
public struct PollingPolicy: Sendable, Hashable {
    /// The wait before the first status query.
    public var firstWaitSeconds: Double?
    /// The shortest interval between status queries.
    public var intervalSeconds: Double?
    /// The longest interval between status queries.
    public var maximumIntervalSeconds: Double
    /// The interval grows to this fraction of the time waited so far (0 keeps it constant).
    public var elapsedFraction: Double
    /// How much the interval grows after each failed query (429, 5xx, network).
    public var backoffMultiplier: Double
    /// The random spread around each delay, as a fraction (0.2 = ±20 %).
    public var jitter: Double
    /// When to give up waiting.
    public var timeoutSeconds: Double?

    /// Creates a polling policy.
    public init(
        firstWaitSeconds: Double? = nil, intervalSeconds: Double? = nil, maximumIntervalSeconds: Double = 30,
        elapsedFraction: Double = 0.1, backoffMultiplier: Double = 1.5, jitter: Double = 0.2,
        timeoutSeconds: Double? = nil
    ) {
        self.firstWaitSeconds = firstWaitSeconds
        self.intervalSeconds = intervalSeconds
        self.maximumIntervalSeconds = maximumIntervalSeconds
        self.elapsedFraction = elapsedFraction
        self.backoffMultiplier = backoffMultiplier
        self.jitter = jitter
        self.timeoutSeconds = timeoutSeconds
    }

    /// The delay before the next status query, `elapsed` seconds into the wait, given the last progress reported.
    public func nextDelay(interval: Double, elapsed: Double, progress: Int?) -> Double {
        let maximum = max(interval, maximumIntervalSeconds)
        var delay = min(maximum, max(interval, elapsed * elapsedFraction))
        if let progress, progress > 0, progress < 100, elapsed > 0 {
            let remaining = elapsed * Double(100 - progress) / Double(progress)
            delay = min(delay, max(interval, remaining))
        }
        return delay
    }

    /// Used when neither the caller nor the spec says: a first look after 5 s, then every 5 s growing to 30 s,
    /// giving up after 15 minutes.
    public static let fallbackFirstWait = 5.0
    /// See ``fallbackFirstWait``.
    public static let fallbackInterval = 5.0
    /// See ``fallbackFirstWait``.
    public static let fallbackTimeout = 900.0
}

/// Which failed calls are retried, how often and how far apart.
///
/// Status queries are retried on 408, 429, 5xx and network errors; creates (which cost money) only when the
/// provider certainly did not accept them: a 429, or a connection that failed before anything was sent.
/// 400, 401, 402, 403 and 404 are permanent and end a call at once.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts per call, the first included.
    public var maximumAttempts: Int
    /// The delay before the first retry (doubled each time, with jitter).
    public var baseDelaySeconds: Double
    /// The longest delay between retries (a server's Retry-After may ask for more, up to a day).
    public var maximumDelaySeconds: Double
    /// HTTP statuses retried for status queries (the provider's documented retryable statuses are added).
    public var retryableStatuses: Set<Int>

    /// Creates a retry policy.
    public init(
        maximumAttempts: Int = 5, baseDelaySeconds: Double = 1, maximumDelaySeconds: Double = 30,
        retryableStatuses: Set<Int> = [408, 425, 429, 500, 502, 503, 504]
    ) {
        self.maximumAttempts = maximumAttempts
        self.baseDelaySeconds = baseDelaySeconds
        self.maximumDelaySeconds = maximumDelaySeconds
        self.retryableStatuses = retryableStatuses
    }

    /// Statuses that end a call at once, whatever the policy says.
    public static let permanentStatuses: Set<Int> = [400, 401, 402, 403, 404, 405, 410, 413, 415, 422]

    /// The delay before retry number `attempt` (1 = the first retry), `random` in 0..<1 spreading it.
    public func delay(beforeRetry attempt: Int, retryAfter: Double?, random: Double) -> Double {
        let exponential = min(maximumDelaySeconds, baseDelaySeconds * pow2(attempt - 1))
        let jittered = exponential * (0.5 + random * 0.5)
        guard let retryAfter else { return jittered }
        return max(retryAfter, jittered * 0.1)
    }

    private func pow2(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<max(0, min(exponent, 30)) { value *= 2 }
        return value
    }
}
