// A transport that wraps another and injects failures: for testing that waits end correctly under faults.

import Foundation
@_spi(Generated) import VideoGenCore

/// Wraps a transport and injects faults into chosen calls: 429s with and without Retry-After, 5xx, timeouts,
/// connection resets before and after sending, truncated and oversized bodies, slow answers.
///
/// Faults that happen after sending (a timeout, a reset after sending, a truncated body) forward the request to
/// the wrapped transport first, as a real network would: the server did receive it. Use it with a
/// ``SandboxTransport`` and a ``VirtualClock`` to check that your code ends every wait correctly.
public final class FaultInjectingTransport: HTTPTransport, @unchecked Sendable {
    /// One fault.
    public enum Fault: Sendable, Hashable, CustomStringConvertible {
        /// A 429 answer, with or without a Retry-After header; the request does not reach the server.
        case rateLimited(retryAfterSeconds: Int?)
        /// A 5xx answer with an HTML body, as a proxy sends it; the request does not reach the server.
        case serverError(status: Int)
        /// The request reaches the server, but its answer never arrives: a timeout.
        case timeout
        /// The connection is reset: before anything was sent, or after the server received the request.
        case connectionReset(afterSending: Bool)
        /// The answer arrives cut off after half its bytes.
        case truncatedBody
        /// The server answers, but with more bytes than the cap: the transport refuses the answer.
        case oversizedBody
        /// The answer arrives after a delay.
        case slowAnswer(seconds: Double)

        /// A short name: `429 Retry-After 3`, `timeout`, ….
        public var description: String {
            switch self {
            case .rateLimited(let seconds?): return "429 Retry-After \(seconds)"
            case .rateLimited(nil): return "429 without Retry-After"
            case .serverError(let status): return "\(status)"
            case .timeout: return "timeout"
            case .connectionReset(let after): return after ? "reset after sending" : "reset before sending"
            case .truncatedBody: return "truncated body"
            case .oversizedBody: return "oversized body"
            case .slowAnswer(let seconds): return "slow answer (\(Int(seconds)) s)"
            }
        }

        /// Whether the wrapped transport (the server) receives the request.
        public var reachesServer: Bool {
            switch self {
            case .rateLimited, .serverError: return false
            case .connectionReset(let after): return after
            case .timeout, .truncatedBody, .oversizedBody, .slowAnswer: return true
            }
        }
    }

    /// What the plan sees of a call.
    public struct Call: Sendable {
        /// The call's number, from 1.
        public var number: Int
        /// The request.
        public var request: HTTPRequest
    }

    /// One call as it happened.
    public struct Record: Sendable {
        /// The request.
        public var request: HTTPRequest
        /// The fault injected, if any.
        public var fault: Fault?
        /// Whether the request reached the wrapped transport.
        public var reachedServer: Bool
    }

    private let inner: any HTTPTransport
    private let clock: any TaskClock
    private let plan: @Sendable (Call) -> Fault?
    private let lock = NSLock()
    private var calls = 0
    private var records: [Record] = []

    /// Wraps `inner`; `plan` picks the fault (or none) for each call.
    public init(wrapping inner: any HTTPTransport, clock: any TaskClock, plan: @escaping @Sendable (Call) -> Fault?) {
        self.inner = inner
        self.clock = clock
        self.plan = plan
    }

    /// Every call so far, in order.
    public var log: [Record] {
        lock.lock()
        defer { lock.unlock() }
        return records
    }

    /// Sends `request`, injecting the planned fault.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let number = nextCallNumber()
        let fault = plan(Call(number: number, request: request))
        record(Record(request: request, fault: fault, reachedServer: fault?.reachesServer ?? true))
        switch fault {
        case nil:
            return try await inner.send(request)
        case .rateLimited(let seconds):
            let body = Data(#"{"error":{"code":429,"message":"Too many requests (injected)"}}"#.utf8)
            return HTTPResponse(status: 429, headers: seconds.map { ["Retry-After": String($0)] } ?? [:], body: body)
        case .serverError(let status):
            return HTTPResponse(
                status: status, headers: ["Content-Type": "text/html"],
                body: Data("<html><body>\(status) (injected)</body></html>".utf8))
        case .timeout:
            _ = try await inner.send(request)
            try await clock.sleep(seconds: request.timeoutSeconds)
            throw TransportError.timedOut(seconds: request.timeoutSeconds)
        case .connectionReset(let afterSending):
            if afterSending {
                _ = try await inner.send(request)
                throw TransportError.connectionLost("connection reset by peer (injected)")
            }
            throw TransportError.notConnected("connection refused (injected)")
        case .truncatedBody:
            var response = try await inner.send(request)
            response.body = response.body.prefix(response.body.count / 2)
            return response
        case .oversizedBody:
            _ = try await inner.send(request)
            throw TransportError.responseTooLarge(limit: URLSessionTransport.defaultMaximumResponseBytes)
        case .slowAnswer(let seconds):
            try await clock.sleep(seconds: seconds)
            return try await inner.send(request)
        }
    }

    private func nextCallNumber() -> Int {
        lock.lock()
        defer { lock.unlock() }
        calls += 1
        return calls
    }

    private func record(_ entry: Record) {
        lock.lock()
        records.append(entry)
        lock.unlock()
    }
}
