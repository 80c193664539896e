// The one public error type of the client: what went wrong, in words a user can act on, never with the key.

import Foundation
@_spi(Generated) import VideoGenCore

/// Everything that can go wrong when creating, checking or waiting for a video.
///
/// Every case has a ``description`` a user can act on. None ever contains the API key: provider messages are
/// scrubbed of it before they are stored.
public enum VideoGenError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The request breaks the provider's documented rules; nothing was sent. Every violation is listed.
    case invalidRequest(provider: String, violations: [String])
    /// The provider or the HTTP layer refused the call.
    case providerError(ProviderErrorReport, retryAfterSeconds: Double?)
    /// The provider answered 429 and retries ran out (or the create could not be retried safely).
    case rateLimited(provider: String, retryAfterSeconds: Double?)
    /// An answer could not be read: what was wrong, and where.
    case malformedResponse(provider: String, endpoint: String, detail: String)
    /// The task finished without a video.
    case taskFailed(VideoTask)
    /// The task was cancelled at the provider.
    case taskCancelled(VideoTask)
    /// Waiting reached its deadline; the last known state of the task is attached.
    case timedOut(lastKnown: VideoTask?, afterSeconds: Double)
    /// One call (a create, a status query, an upload) got no usable answer within its time bound, retries
    /// included. `call` names it (`create`, `status`, …); a create may have reached the provider all the same.
    case callTimedOut(provider: String, call: String, afterSeconds: Double)
    /// The caller cancelled the Swift task.
    case cancelled
    /// No HTTP response: the network or the server failed.
    case transport(provider: String, TransportError)
    /// The provider cannot do what was asked (a unified field it does not take, an endpoint it lacks).
    case unsupported(provider: String, detail: String)
    /// The client's own configuration is unusable (a bad base URL, a missing key, an unknown provider).
    case configuration(String)

    /// A message a user can act on. Text that came from the provider has its control characters made visible,
    /// so a message can never drive a terminal or forge lines in a log.
    public var description: String {
        switch self {
        case .invalidRequest(let provider, let violations):
            return "\(provider): the request breaks the provider's rules, so nothing was sent:\n"
                + violations.map { "  - \($0.escapingControlCharacters)" }.joined(separator: "\n")
        case .providerError(let report, let retryAfter):
            var text = report.description
            if let status = report.httpStatus { text += Self.advice(forStatus: status) }
            if let retryAfter { text += " The provider asks to wait \(TimeBounds.text(retryAfter))." }
            return text
        case .rateLimited(let provider, let retryAfter):
            return "\(provider): rate limited (HTTP 429)"
                + (retryAfter.map { "; the provider asks to wait \(TimeBounds.text($0))" } ?? "")
                + ". Send fewer requests, or wait and try again."
        case .malformedResponse(let provider, let endpoint, let detail):
            return
                "\(provider): the \(endpoint) answer could not be read: \(detail.escapingControlCharacters). The provider may have changed its format; update its spec."
        case .taskFailed(let task):
            let failure =
                task.failure.map { $0.message + ($0.code.map { " [\($0)]" } ?? "") } ?? "no reason given"
            return
                "\(task.provider): task \((task.taskID ?? "?").escapingControlCharacters) failed: \(failure.escapingControlCharacters)"
        case .taskCancelled(let task):
            return
                "\(task.provider): task \((task.taskID ?? "?").escapingControlCharacters) was cancelled at the provider"
        case .timedOut(let task, let seconds):
            let last =
                task.map { " (last seen \($0.state.rawValue)\($0.progress.map { ", \($0)%" } ?? ""))" } ?? ""
            return
                "gave up waiting after \(TimeBounds.text(seconds))\(last); the task may still finish: check it later with its handle"
        case .callTimedOut(let provider, let call, let seconds):
            let advice =
                call == "create"
                ? "; the task may have been created all the same: check the provider before creating it again"
                : "; try again later"
            return "\(provider): the \(call) call got no usable answer within \(TimeBounds.text(seconds))" + advice
        case .cancelled:
            return "cancelled by the caller"
        case .transport(let provider, let error):
            return "\(provider): \(String(describing: error).escapingControlCharacters)"
        case .unsupported(let provider, let detail):
            return "\(provider): \(detail)"
        case .configuration(let detail):
            return detail.escapingControlCharacters
        }
    }

    /// The same text, for `LocalizedError`.
    public var errorDescription: String? { description }

    private static func advice(forStatus status: Int) -> String {
        switch status {
        case 401: return " Check the API key (VIDEOGEN_API_KEY)."
        case 402: return " Top up the account's credits."
        case 403: return " The key may not have access to this model."
        case 404: return " Check the task id and the provider."
        default: return ""
        }
    }
}
