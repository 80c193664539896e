// A request limit, enforced on the client: a sliding window, so no span of the window's length ever holds more than
// the cap.

@_spi(Generated) import VideoGenCore

/// Spaces requests so that no window of ``windowSeconds`` holds more than the cap, and pauses everyone
/// after a 429 for as long as the server asked. When requests queue, the most useful goes first: creates (they
/// start work), then status queries of the tasks that have run longest (the likeliest to have finished).
actor RequestBudget {
    /// The cap per window; `nil` means no cap (the provider documents none).
    let capacity: Int?
    /// The window's length (a minute plus a safety margin for network latency).
    let windowSeconds: Double
    private let clock: any TaskClock
    private var sent: [Double] = []
    private var pausedUntil: Double = 0
    /// Requests waiting, by ticket, with their priority (higher goes first; ties go in arrival order).
    private var queued: [Int: Double] = [:]
    private var nextTicket = 0
    /// Requests that found an opening but not their turn: they wait for the first to take it (or leave).
    private var parked: [Int: CheckedContinuation<Void, Never>] = [:]

    /// A budget of `capacity` requests per `windowSeconds` (plus `marginSeconds` for network latency); a `nil`
    /// capacity counts nothing but still holds requests back after a 429.
    init(capacity: Int?, windowSeconds: Double = 60, clock: any TaskClock, marginSeconds: Double = 1) {
        self.capacity = capacity
        self.windowSeconds = windowSeconds + marginSeconds
        self.clock = clock
    }

    /// Waits until a request may be sent, and counts it as sent. `priority` orders queued requests.
    func acquire(priority: Double = 0) async throws {
        nextTicket += 1
        let ticket = nextTicket
        queued[ticket] = priority
        defer {
            queued[ticket] = nil
            wakeParked()
        }
        while true {
            try Task.checkCancellation()
            let now = clock.now()
            sent.removeAll { $0 <= now - windowSeconds }
            var wait = pausedUntil - now
            if let capacity, sent.count >= capacity {
                wait = max(wait, sent[sent.count - capacity] + windowSeconds - now)
            }
            if wait <= 0 {
                if isFirst(ticket) {
                    sent.append(now)
                    return
                }
                // Someone more urgent wants this same opening: wait until it has taken it (or left), then look again.
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    parked[ticket] = continuation
                }
                continue
            }
            try await clock.sleep(seconds: wait)
        }
    }

    private func wakeParked() {
        let waiting = parked
        parked.removeAll()
        for continuation in waiting.values { continuation.resume() }
    }

    private func isFirst(_ ticket: Int) -> Bool {
        guard let mine = queued[ticket] else { return true }
        return !queued.contains { other in other.value > mine || (other.value == mine && other.key < ticket) }
    }

    /// Holds every request back for `seconds` (a 429's Retry-After).
    func pause(seconds: Double) {
        pausedUntil = max(pausedUntil, clock.now() + seconds)
    }
}
