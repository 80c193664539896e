// A test transport that answers from a script: canned responses, transport errors, slow answers, or a request
// that hangs until its task is cancelled. It records every request with the virtual time it was sent at.

import Foundation
import Testing
import VideoGen

/// Answers requests from a queue of scripted steps and records what was sent.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    /// What the transport does with one request.
    enum Step: Sendable {
        /// Answers at once.
        case respond(HTTPResponse)
        /// Throws a transport error at once.
        case fail(TransportError)
        /// Answers after `seconds` on the clock (a slow server).
        case respondAfter(seconds: Double, HTTPResponse)
        /// Never answers: the call blocks until the calling task is cancelled (then throws `CancellationError`).
        case hang
    }

    /// One request as it was sent.
    struct Sent: Sendable {
        var method: String
        var url: URL
        var headers: [HTTPHeader]
        var body: Data?
        var timeoutSeconds: Double
        /// The clock's time when the request was handed to the transport.
        var time: Double

        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }

        /// The query items by name.
        var query: [String: String] {
            var items: [String: String] = [:]
            for item in URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? [] {
                items[item.name] = item.value ?? ""
            }
            return items
        }

        /// The body parsed as JSON, when it is JSON.
        var json: JSONValue? { body.flatMap { try? JSONParser.parse($0) } }

        var bodyText: String { body.map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    private let lock = NSLock()
    private let clock: any TaskClock
    private var steps: [Step]
    private let whenEmpty: Step?
    private var sent: [Sent] = []
    private var hanging: [Int: CheckedContinuation<HTTPResponse, Error>] = [:]
    private var nextHang = 0
    private var cancelledHangs = 0
    private var hangWatchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var hangsStarted = 0

    /// A transport that plays `steps` in order, then `whenEmpty` for every further request (or, without it,
    /// records an issue and fails the request).
    init(clock: any TaskClock, _ steps: [Step], whenEmpty: Step? = nil) {
        self.clock = clock
        self.steps = steps
        self.whenEmpty = whenEmpty
    }

    /// Every request so far, in order.
    var requests: [Sent] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    /// How many hanging requests were ended by cancellation.
    var cancelledCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cancelledHangs
    }

    /// How many scripted steps are still unplayed.
    var remainingSteps: Int {
        lock.lock()
        defer { lock.unlock() }
        return steps.count
    }

    /// Returns once `count` requests have started hanging (at once when they already have).
    func waitUntilHanging(_ count: Int = 1) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            lock.lock()
            if hangsStarted >= count {
                lock.unlock()
                continuation.resume()
                return
            }
            hangWatchers.append((count, continuation))
            lock.unlock()
        }
    }

    /// Records `request` and takes the step that answers it.
    private func record(_ request: HTTPRequest) -> Step? {
        lock.withLock {
            sent.append(
                Sent(
                    method: request.method, url: request.url, headers: request.headers, body: request.body,
                    timeoutSeconds: request.timeoutSeconds, time: clock.now()))
            return steps.isEmpty ? whenEmpty : steps.removeFirst()
        }
    }

    private func newHangID() -> Int {
        lock.withLock {
            nextHang += 1
            return nextHang
        }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let step = record(request)
        switch step {
        case .respond(let response):
            return response
        case .fail(let error):
            throw error
        case .respondAfter(let seconds, let response):
            try await clock.sleep(seconds: seconds)
            return response
        case .hang:
            return try await hang()
        case nil:
            Issue.record("unscripted request: \(request.method) \(request.url.absoluteString)")
            throw TransportError.connectionLost("the script has no answer for this request")
        }
    }

    private func hang() async throws -> HTTPResponse {
        let id = newHangID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, Error>) in
                lock.lock()
                if Task.isCancelled {
                    cancelledHangs += 1
                    lock.unlock()
                    continuation.resume(throwing: CancellationError())
                    return
                }
                hanging[id] = continuation
                hangsStarted += 1
                let started = hangsStarted
                let due = hangWatchers.filter { $0.count <= started }
                hangWatchers.removeAll { $0.count <= started }
                lock.unlock()
                for watcher in due { watcher.continuation.resume() }
            }
        } onCancel: {
            lock.lock()
            let continuation = hanging.removeValue(forKey: id)
            if continuation != nil { cancelledHangs += 1 }
            lock.unlock()
            continuation?.resume(throwing: CancellationError())
        }
    }
}

extension HTTPResponse {
    /// A JSON answer written by hand.
    static func json(_ status: Int, _ body: String, headers: [String: String] = [:]) -> HTTPResponse {
        var all = ["Content-Type": "application/json"]
        for (name, value) in headers { all[name] = value }
        return HTTPResponse(status: status, headers: all, body: Data(body.utf8))
    }
}

extension ScriptedTransport.Step {
    /// A JSON answer.
    static func json(_ status: Int, _ body: String, headers: [String: String] = [:]) -> Self {
        .respond(.json(status, body, headers: headers))
    }
}
