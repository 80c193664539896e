// Requests per minute, enforced on the client: a sliding window, so no 60-second span ever holds more than the cap.

/// Spaces requests so that no window of ``windowSeconds`` holds more than the cap, and pauses everyone
/// after a 429 for as long as the server asked.
actor RequestBudget {
    /// The cap per window; `nil` means no cap (the provider documents none).
    let capacity: Int?
    /// The window's length (a minute plus a safety margin for network latency).
    let windowSeconds: Double
    private let clock: any TaskClock
    private var sent: [Double] = []
    private var pausedUntil: Double = 0
    /// How many requests waited for the budget, and for how long in all (for benchmarks and tests).
    private(set) var waits = 0
    private(set) var waitedSeconds: Double = 0

    init(requestsPerMinute: Int?, clock: any TaskClock, marginSeconds: Double = 1) {
        capacity = requestsPerMinute
        windowSeconds = 60 + marginSeconds
        self.clock = clock
    }

    /// Waits until a request may be sent, and counts it as sent.
    func acquire() async throws {
        var waited = false
        while true {
            let now = clock.now()
            sent.removeAll { $0 <= now - windowSeconds }
            var wait = pausedUntil - now
            if let capacity, sent.count >= capacity {
                wait = max(wait, sent[sent.count - capacity] + windowSeconds - now)
            }
            if wait <= 0 {
                sent.append(now)
                return
            }
            if !waited {
                waited = true
                waits += 1
            }
            waitedSeconds += wait
            try await clock.sleep(seconds: wait)
        }
    }

    /// Holds every request back for `seconds` (a 429's Retry-After).
    func pause(seconds: Double) {
        pausedUntil = max(pausedUntil, clock.now() + seconds)
    }
}
