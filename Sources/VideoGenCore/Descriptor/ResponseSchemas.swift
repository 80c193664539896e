// The named responses of a provider, the unified kinds the runtime reads them as, and error recognition.

/// The kinds of answer the unified decoder knows, each read through the response of the operation (or callback)
/// that plays that part.
public enum ResponseKind: String, Sendable, Hashable, CaseIterable {
    /// The answer to a create request.
    case create
    /// The answer to a status query.
    case status
    /// The answer to a result query.
    case result
    /// The answer to a cancel request.
    case cancel
    /// The answer to a list query.
    case list
    /// A body POSTed to the caller's callback URL.
    case callback
    /// The answer of the blocking (sync) create endpoint.
    case sync
    /// The answer to an upload.
    case upload
    /// An error answer.
    case error

    /// The operation role whose response this kind is; `nil` for callbacks and errors.
    package var role: OperationRole? {
        switch self {
        case .create: return .create
        case .status: return .status
        case .result: return .result
        case .cancel: return .cancel
        case .list: return .list
        case .sync: return .sync
        case .upload: return .upload
        case .callback, .error: return nil
        }
    }
}

/// A named response of the spec: the whole body (envelope included), and how it says states and errors when it
/// says them differently from the rest of the API.
package struct ResponseSchema: Sendable, Hashable {
    /// The response's name in the spec (`status`, `created`).
    package var name: String
    /// The spec's description.
    package var summary: String
    /// The whole body.
    package var body: ObjectSchema
    /// This response's own state vocabulary; `nil` uses the spec's `states`.
    package var states: [StateMapping]?
    /// What a state value this response's vocabulary does not list means (`"*"`); `nil`: unknown, never terminal.
    package var otherStates: TaskState?
    /// This response's own error detection; `nil` uses the spec's `errors.detect`.
    package var errorDetection: [Condition]?

    /// Creates a response schema.
    package init(
        name: String, summary: String = "", body: ObjectSchema, states: [StateMapping]? = nil,
        otherStates: TaskState? = nil, errorDetection: [Condition]? = nil
    ) {
        self.name = name
        self.summary = summary
        self.body = body
        self.states = states
        self.otherStates = otherStates
        self.errorDetection = errorDetection
    }
}

/// How error answers are recognised and what HTTP statuses and body codes mean.
package struct ErrorRules: Sendable, Hashable {
    /// The named response that reads an error body.
    package var response: String
    /// A body is an error answer when any of these holds on it.
    package var detect: [Condition]
    /// What each documented HTTP status means.
    package var http: [HTTPStatusInfo]
    /// What each documented body-level code means (errors inside an HTTP 200).
    package var codes: [ErrorCodeInfo]
    /// Statuses the provider says may be retried.
    package var retryableStatuses: [Int]

    /// Creates error rules.
    package init(
        response: String, detect: [Condition], http: [HTTPStatusInfo], codes: [ErrorCodeInfo] = [],
        retryableStatuses: [Int]
    ) {
        self.response = response
        self.detect = detect
        self.http = http
        self.codes = codes
        self.retryableStatuses = retryableStatuses
    }

    /// Whether `body` is an error answer by the spec's detection (or `detection`, a response's own).
    package func isError(_ body: JSONValue, detection: [Condition]? = nil) -> Bool {
        (detection ?? detect).contains { $0.holds(on: body) }
    }

    /// What the provider says about `status`.
    package func info(for status: Int) -> HTTPStatusInfo? {
        http.first { $0.status == status }
    }

    /// What the provider says about the body-level code `code`.
    package func info(forCode code: String) -> ErrorCodeInfo? {
        codes.first { $0.code == code || JSONValue.string($0.code).looselyEquals(.string(code)) }
    }
}

/// A documented HTTP status.
package struct HTTPStatusInfo: Sendable, Hashable {
    /// The status code.
    package var status: Int
    /// What it means.
    package var meaning: String
    /// The provider's error type word for it (`invalid_request_error`), if any.
    package var type: String?

    /// Creates a status entry.
    package init(status: Int, meaning: String, type: String?) {
        self.status = status
        self.meaning = meaning
        self.type = type
    }
}

/// A documented body-level error code: an error the provider reports inside a successful HTTP answer.
package struct ErrorCodeInfo: Sendable, Hashable {
    /// The code as sent (`1001`, `INVALID_INPUT`).
    package var code: String
    /// What it means.
    package var meaning: String
    /// Whether the docs say the call may be retried.
    package var isRetryable: Bool

    /// Creates a code entry.
    package init(code: String, meaning: String, isRetryable: Bool = false) {
        self.code = code
        self.meaning = meaning
        self.isRetryable = isRetryable
    }
}
