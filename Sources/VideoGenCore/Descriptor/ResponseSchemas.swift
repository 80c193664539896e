// The schemas of a provider's response bodies, one per kind.

/// The kinds of response a provider sends.
public enum ResponseKind: String, Sendable, Hashable, CaseIterable {
    /// The answer to a create request.
    case create
    /// The answer to a status query.
    case status
    /// A body POSTed to the caller's callback URL.
    case callback
    /// The answer of the blocking (sync) create endpoint.
    case sync
    /// The answer to an upload.
    case upload
    /// An error answer.
    case error
}

/// The whole-body schema of each response kind (envelope included).
public struct ResponseSchemas: Sendable, Hashable {
    /// The answer to a create request.
    public var create: ObjectSchema
    /// The answer to a status query.
    public var status: ObjectSchema
    /// A callback body, when callbacks are documented.
    public var callback: ObjectSchema?
    /// The answer of the sync endpoint, when documented.
    public var sync: ObjectSchema?
    /// The answer to an upload, when documented.
    public var upload: ObjectSchema?
    /// An error answer.
    public var error: ObjectSchema

    /// Creates the response schemas.
    public init(
        create: ObjectSchema, status: ObjectSchema, callback: ObjectSchema?, sync: ObjectSchema?, upload: ObjectSchema?,
        error: ObjectSchema
    ) {
        self.create = create
        self.status = status
        self.callback = callback
        self.sync = sync
        self.upload = upload
        self.error = error
    }

    /// The schema of `kind`, or `nil` when the provider does not document it.
    public func schema(for kind: ResponseKind) -> ObjectSchema? {
        switch kind {
        case .create: return create
        case .status: return status
        case .callback: return callback
        case .sync: return sync
        case .upload: return upload
        case .error: return error
        }
    }
}

/// How error answers are recognised and what HTTP statuses mean.
public struct ErrorRules: Sendable, Hashable {
    /// A body is an error answer when any of these holds on it.
    public var detect: [Condition]
    /// What each documented HTTP status means.
    public var http: [HTTPStatusInfo]
    /// Statuses the provider says may be retried.
    public var retryableStatuses: [Int]

    /// Creates error rules.
    public init(detect: [Condition], http: [HTTPStatusInfo], retryableStatuses: [Int]) {
        self.detect = detect
        self.http = http
        self.retryableStatuses = retryableStatuses
    }

    /// Whether `body` is an error answer.
    public func isError(_ body: JSONValue) -> Bool {
        detect.contains { $0.holds(on: body) }
    }

    /// What the provider says about `status`.
    public func info(for status: Int) -> HTTPStatusInfo? {
        http.first { $0.status == status }
    }
}

/// A documented HTTP status.
public struct HTTPStatusInfo: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// What it means.
    public var meaning: String
    /// The provider's error type word for it (`invalid_request_error`), if any.
    public var type: String?

    /// Creates a status entry.
    public init(status: Int, meaning: String, type: String?) {
        self.status = status
        self.meaning = meaning
        self.type = type
    }
}
