// Concurrent tasks, enforced on the client: a create waits for a free slot; a slot frees when its task ends.

@_spi(Generated) import VideoGenCore

/// Counts the tasks this client has running at the provider and holds creates back at the cap.
///
/// A slot is taken before a create is sent and bound to the new task; it frees when a status shows the task
/// finished, when the create fails, or — as a safety valve for tasks nobody watches — after ``leaseSeconds``.
actor TaskSlots {
    /// The cap; `nil` means no cap.
    let capacity: Int?
    /// How long a slot is held at most without news of its task.
    let leaseSeconds: Double
    private let clock: any TaskClock
    private var holders: [Int: (taskID: String?, expiry: Double)] = [:]
    private var nextToken = 0
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    /// Waiters whose time ran out before they started waiting.
    private var expired: Set<Int> = []

    init(concurrentTasks: Int?, leaseSeconds: Double, clock: any TaskClock) {
        capacity = concurrentTasks
        self.leaseSeconds = leaseSeconds
        self.clock = clock
    }

    /// Takes a slot, waiting for one to free; returns its token.
    func acquire() async throws -> Int {
        while true {
            try Task.checkCancellation()
            let now = clock.now()
            for (token, holder) in holders where holder.expiry <= now { holders[token] = nil }
            if capacity.map({ holders.count < $0 }) ?? true {
                nextToken += 1
                holders[nextToken] = (nil, now + leaseSeconds)
                return nextToken
            }
            let earliest = holders.values.map(\.expiry).min() ?? now
            try await waitForRelease(until: earliest)
        }
    }

    /// Binds a slot to the task its create produced.
    func bind(_ token: Int, to taskID: String) {
        guard holders[token] != nil else { return }
        holders[token] = (taskID, clock.now() + leaseSeconds)
    }

    /// Frees a slot (the create failed, or was never sent).
    func release(_ token: Int) {
        guard holders.removeValue(forKey: token) != nil else { return }
        wakeOne()
    }

    /// Frees the slot of a task that finished.
    func finished(taskID: String) {
        guard let token = holders.first(where: { $0.value.taskID == taskID })?.key else { return }
        holders[token] = nil
        wakeOne()
    }

    /// Renews the lease of a task that is still running (a status showed it alive).
    func stillRunning(taskID: String) {
        guard let token = holders.first(where: { $0.value.taskID == taskID })?.key else { return }
        holders[token]?.expiry = clock.now() + leaseSeconds
    }

    /// How many slots are held.
    var heldCount: Int { holders.count }

    private func wakeOne() {
        guard let key = waiters.keys.min(), let waiter = waiters.removeValue(forKey: key) else { return }
        waiter.resume()
    }

    /// Returns when a slot is released or the clock reaches `deadline`, whichever comes first (structured, so
    /// that in virtual time both halves run on the simulation's executor).
    private func waitForRelease(until deadline: Double) async throws {
        nextWaiter += 1
        let id = nextWaiter
        let clock = self.clock
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // Ends at the deadline, or at once when cancelled (released, or the caller gave up).
                try? await clock.sleep(seconds: max(0, deadline - clock.now()))
                await self.timeOut(waiter: id)
            }
            group.addTask { await self.waitForSignal(id) }
            await group.next()
            group.cancelAll()
        }
        expired.remove(id)
        try Task.checkCancellation()
    }

    private func waitForSignal(_ id: Int) async {
        guard !expired.contains(id) else {
            expired.remove(id)
            return
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            waiters[id] = continuation
        }
    }

    private func timeOut(waiter id: Int) {
        if let waiter = waiters.removeValue(forKey: id) {
            waiter.resume()
        } else {
            expired.insert(id)
        }
    }
}
