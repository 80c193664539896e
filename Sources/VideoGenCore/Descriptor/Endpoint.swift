// The provider's HTTP endpoints.

/// The endpoints a provider documents.
public struct Endpoints: Sendable, Hashable {
    /// Creates a task.
    public var create: Endpoint
    /// Reports a task's state.
    public var status: Endpoint
    /// Creates a task and blocks until its result (where documented).
    public var sync: Endpoint?
    /// Uploads an image and answers its URL (where documented).
    public var upload: Endpoint?

    /// Creates an endpoint set.
    public init(create: Endpoint, status: Endpoint, sync: Endpoint?, upload: Endpoint?) {
        self.create = create
        self.status = status
        self.sync = sync
        self.upload = upload
    }
}

/// One HTTP endpoint: method, path template, query parameters, body and the response it answers.
public struct Endpoint: Sendable, Hashable {
    /// The HTTP method.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// GET.
        case get = "GET"
        /// POST.
        case post = "POST"
    }

    /// How the request body is encoded.
    public enum BodyKind: String, Sendable, Hashable, CaseIterable {
        /// No body.
        case none
        /// A JSON document.
        case json
        /// `multipart/form-data`.
        case multipart
    }

    /// The HTTP method.
    public var method: Method
    /// The path, with `{model}` and `{taskId}` parameters.
    public var path: String
    /// The query parameters.
    public var query: [QueryParameter]
    /// How the body is encoded.
    public var body: BodyKind
    /// Which response schema decodes the answer.
    public var response: ResponseKind
    /// How long one call may take, when the provider says so.
    public var timeoutSeconds: Double?
    /// The multipart form of an upload.
    public var multipart: MultipartForm?
    /// The spec's description.
    public var summary: String

    /// Creates an endpoint.
    public init(
        method: Method, path: String, query: [QueryParameter], body: BodyKind, response: ResponseKind,
        timeoutSeconds: Double?, multipart: MultipartForm?, summary: String
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.response = response
        self.timeoutSeconds = timeoutSeconds
        self.multipart = multipart
        self.summary = summary
    }
}

/// A query parameter: always sent (with a fixed or templated value) or optional (chosen by the caller).
public struct QueryParameter: Sendable, Hashable {
    /// The parameter's name.
    public var name: String
    /// `{taskId}`, `{model}` or a constant; `nil` for an optional parameter the caller may set.
    public var value: String?
    /// The values an optional parameter accepts (empty: any).
    public var allowedValues: [String]
    /// The spec's description.
    public var summary: String

    /// Creates a query parameter.
    public init(name: String, value: String?, allowedValues: [String], summary: String) {
        self.name = name
        self.value = value
        self.allowedValues = allowedValues
        self.summary = summary
    }
}

/// The form of a multipart upload.
public struct MultipartForm: Sendable, Hashable {
    /// The name of the file part.
    public var fileField: String
    /// Other form fields and their defaults.
    public var fields: [MultipartField]
    /// The largest file accepted, in bytes.
    public var maxBytes: Int?
    /// The accepted content types (empty: not documented).
    public var contentTypes: [String]

    /// Creates a multipart form.
    public init(fileField: String, fields: [MultipartField], maxBytes: Int?, contentTypes: [String]) {
        self.fileField = fileField
        self.fields = fields
        self.maxBytes = maxBytes
        self.contentTypes = contentTypes
    }
}

/// A non-file field of a multipart form.
public struct MultipartField: Sendable, Hashable {
    /// The field's name.
    public var name: String
    /// The provider's default, if any.
    public var defaultValue: String?
    /// The spec's description.
    public var summary: String

    /// Creates a multipart field.
    public init(name: String, defaultValue: String?, summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
