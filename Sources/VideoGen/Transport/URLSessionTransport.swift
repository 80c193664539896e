// The default transport: URLSession (FoundationNetworking on Linux), with a body cap, an overall timeout,
// cancellation, and redirects that never take the API key to another host.

import Foundation
@_spi(Generated) import VideoGenCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests with `URLSession`.
///
/// Bodies larger than ``maximumResponseBytes`` are cut off with ``TransportError/responseTooLarge(limit:)``
/// while they arrive (nothing larger is ever held in memory); a redirect to another host is refused, so the
/// API key never leaves for a host it was not meant for.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    /// The default response cap: 10 MiB (provider answers are a few kilobytes).
    public static let defaultMaximumResponseBytes = 10 * 1024 * 1024

    /// The largest response body accepted.
    public let maximumResponseBytes: Int
    private let session: URLSession
    private let delegate: TransportDelegate

    /// Creates a transport with its own ephemeral session (no cookies, no cache).
    public init(maximumResponseBytes: Int = URLSessionTransport.defaultMaximumResponseBytes) {
        self.maximumResponseBytes = maximumResponseBytes
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        delegate = TransportDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request`; see ``HTTPTransport/send(_:)``.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for header in request.headers { urlRequest.addValue(header.value, forHTTPHeaderField: header.name) }
        urlRequest.httpBody = request.body
        // The exchange enforces the timeout itself, to the millisecond. FoundationNetworking arms its own timer with
        // the interval truncated to whole seconds (so 1.9 s becomes 1 s, and anything under a second fires before
        // the request is sent); it only gets a backstop well past the real deadline.
        urlRequest.timeoutInterval = TimeBounds.clamp(request.timeoutSeconds) + 60
        let task = session.dataTask(with: urlRequest)
        let exchange = Exchange(
            task: task, limit: maximumResponseBytes, timeout: request.timeoutSeconds, originalRequest: urlRequest)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                exchange.start(continuation: continuation, delegate: delegate)
            }
        } onCancel: {
            exchange.fail(.cancelled)
        }
    }
}

/// One request in flight: the data received so far and how it must end.
final class Exchange: @unchecked Sendable {
    private let lock = NSLock()
    let task: URLSessionDataTask
    let limit: Int
    let timeout: Double
    let originalRequest: URLRequest
    private var continuation: CheckedContinuation<HTTPResponse, Error>?
    private var response: HTTPURLResponse?
    private var data = Data()
    private var forcedError: TransportError?
    private var finished = false

    init(task: URLSessionDataTask, limit: Int, timeout: Double, originalRequest: URLRequest) {
        self.task = task
        self.limit = limit
        self.timeout = timeout
        self.originalRequest = originalRequest
    }

    func start(continuation: CheckedContinuation<HTTPResponse, Error>, delegate: TransportDelegate) {
        lock.lock()
        if let forcedError {
            finished = true
            lock.unlock()
            continuation.resume(throwing: forcedError)
            return
        }
        self.continuation = continuation
        lock.unlock()
        delegate.register(self)
        task.resume()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak self] in
            self?.fail(.timedOut(seconds: self?.timeout ?? 0))
        }
    }

    /// Ends the exchange with `error` (cancellation, timeout, cap, refused redirect) and cancels the task.
    func fail(_ error: TransportError) {
        lock.lock()
        if finished || forcedError != nil {
            lock.unlock()
            return
        }
        forcedError = error
        let pending = continuation
        continuation = nil
        if pending != nil { finished = true }
        lock.unlock()
        pending?.resume(throwing: error)
        // Cancelling waits for the session's work queue, which a fast or inflating sender keeps busy; from the
        // delegate's queue that wait would stall the delivery of chunks already received (which then pile up in
        // memory). So the caller gets its error at once, and the transfer is stopped from elsewhere.
        let task = self.task
        DispatchQueue.global().async { task.cancel() }
    }

    /// Records that a redirect was refused; the task then completes with the redirect answer, which is reported
    /// as this error. (Cancelling inside the redirect callback would break FoundationNetworking's state machine.)
    func refuseRedirect(to host: String) {
        lock.lock()
        if forcedError == nil { forcedError = .redirectRefused(to: host) }
        lock.unlock()
    }

    func received(_ chunk: Data) {
        lock.lock()
        if finished || forcedError != nil {
            // Chunks still in flight after the end: dropped at once, so they cannot pile up.
            lock.unlock()
            return
        }
        let tooLarge = data.count + chunk.count > limit
        if !tooLarge { data.append(chunk) }
        lock.unlock()
        if tooLarge { fail(.responseTooLarge(limit: limit)) }
    }

    /// Refuses, before any body arrives, an answer whose declared length is over the cap.
    func received(_ response: HTTPURLResponse) {
        lock.lock()
        self.response = response
        lock.unlock()
        if response.expectedContentLength > Int64(limit) { fail(.responseTooLarge(limit: limit)) }
    }

    func completed(with error: Error?) {
        lock.lock()
        guard !finished, let pending = continuation else {
            lock.unlock()
            return
        }
        finished = true
        continuation = nil
        let forced = forcedError
        let response = self.response
        let body = data
        lock.unlock()
        if let forced {
            pending.resume(throwing: forced)
        } else if let error {
            pending.resume(throwing: Self.transportError(for: error, timeout: timeout))
        } else if let response {
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let name = key as? String, let text = value as? String { headers[name.lowercased()] = text }
            }
            pending.resume(returning: HTTPResponse(status: response.statusCode, headers: headers, body: body))
        } else {
            pending.resume(throwing: TransportError.connectionLost("no HTTP response"))
        }
    }

    static func transportError(for error: Error, timeout: Double) -> TransportError {
        guard let urlError = error as? URLError else { return .connectionLost(error.localizedDescription) }
        switch urlError.code {
        case .cancelled: return .cancelled
        case .timedOut: return .timedOut(seconds: timeout)
        case .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed, .notConnectedToInternet, .badURL,
            .unsupportedURL, .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .notConnected(urlError.localizedDescription)
        default:
            return .connectionLost(urlError.localizedDescription)
        }
    }
}

/// The session delegate: routes callbacks to their exchange.
final class TransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var exchanges: [Int: Exchange] = [:]

    func register(_ exchange: Exchange) {
        lock.lock()
        exchanges[exchange.task.taskIdentifier] = exchange
        lock.unlock()
    }

    private func exchange(for task: URLSessionTask, remove: Bool = false) -> Exchange? {
        lock.lock()
        defer { lock.unlock() }
        return remove ? exchanges.removeValue(forKey: task.taskIdentifier) : exchanges[task.taskIdentifier]
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if let http = response as? HTTPURLResponse { exchange(for: dataTask)?.received(http) }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        exchange(for: dataTask)?.received(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        exchange(for: task, remove: true)?.completed(with: error)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        guard let exchange = exchange(for: task) else { return completionHandler(nil) }
        let original = exchange.originalRequest.url
        let target = request.url
        let sameOrigin =
            original?.host?.lowercased() == target?.host?.lowercased()
            && original?.scheme?.lowercased() == target?.scheme?.lowercased()
            && original?.port == target?.port
        guard sameOrigin else {
            exchange.refuseRedirect(to: target?.host ?? "an unknown host")
            return completionHandler(nil)
        }
        // Same origin: keep the original headers (the key included), which some implementations drop.
        var redirected = request
        for (name, value) in exchange.originalRequest.allHTTPHeaderFields ?? [:]
        where redirected.value(forHTTPHeaderField: name) == nil {
            redirected.setValue(value, forHTTPHeaderField: name)
        }
        completionHandler(redirected)
    }
}
