// A provider's operations: every documented HTTP call, with the role it plays for the runtime (if any).

/// What an operation does for the runtime. Operations without a role (credits, download links, upscale, …) are
/// still generated, typed and callable by name.
public enum OperationRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Creates a task (costs money).
    case create
    /// Reports a task's state.
    case status
    /// Fetches a finished task's result, where the status does not carry it.
    case result
    /// Cancels a task.
    case cancel
    /// Lists tasks.
    case list
    /// Creates a task and blocks until its result (costs money).
    case sync
    /// Uploads a file and answers its URL.
    case upload

    /// Whether calls in this role start billable work unless the spec says otherwise.
    package var isBillableByDefault: Bool { self == .create || self == .sync }
}

/// One documented HTTP call of a provider.
public struct ProviderOperation: Sendable, Hashable {
    /// The HTTP method.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// GET.
        case get = "GET"
        /// POST.
        case post = "POST"
        /// PUT.
        case put = "PUT"
        /// PATCH.
        case patch = "PATCH"
        /// DELETE.
        case delete = "DELETE"
    }

    /// What the request carries.
    package enum Body: Sendable, Hashable {
        /// Nothing.
        case none
        /// A JSON document checked against the named request of the spec's `requests`.
        case json(request: String)
        /// A `multipart/form-data` upload.
        case multipart(MultipartForm)
    }

    /// How the answer is encoded.
    package enum ResponseFormat: String, Sendable, Hashable, CaseIterable {
        /// A JSON document read through the named response.
        case json
        /// No body worth reading (a 204, or a body the docs leave undescribed).
        case none
        /// Raw bytes (a download).
        case binary
        /// A `text/event-stream` whose `data:` lines are each a JSON document of the named response.
        case events
    }

    /// The operation's name in the spec (`create`, `credits`, `cancel`).
    public package(set) var name: String
    /// The role the runtime gives it, if any.
    public package(set) var role: OperationRole?
    /// The HTTP method.
    public package(set) var method: Method
    /// The path, with `{parameter}` placeholders.
    public package(set) var path: String
    /// Another base URL for this operation only (a second host), without a trailing slash.
    package var baseURL: String?
    /// The path, query and header parameters.
    package var parameters: [OperationParameter]
    /// What the request carries.
    package var body: Body
    /// The named response that reads the answer; `nil` when the answer is not read (see ``responseFormat``).
    package var response: String?
    /// How the answer is encoded.
    package var responseFormat: ResponseFormat
    /// How long one call may take, when the provider says so (a blocking endpoint).
    package var timeoutSeconds: Double?
    /// Whether the call starts billable work: such calls are never retried unless the provider certainly did not
    /// receive them.
    public package(set) var isBillable: Bool
    /// Whether the API key is sent (an upload to a pre-signed URL carries none).
    package var sendsAuth: Bool
    /// The spec's description.
    public package(set) var summary: String
    /// The documented samples of this operation's requests and answers.
    package var samples: [Sample]

    /// Creates an operation.
    package init(
        name: String, role: OperationRole?, method: Method, path: String, baseURL: String? = nil,
        parameters: [OperationParameter] = [], body: Body = .none, response: String?,
        responseFormat: ResponseFormat = .json, timeoutSeconds: Double? = nil, isBillable: Bool? = nil,
        sendsAuth: Bool = true, summary: String = "", samples: [Sample] = []
    ) {
        self.name = name
        self.role = role
        self.method = method
        self.path = path
        self.baseURL = baseURL
        self.parameters = parameters
        self.body = body
        self.response = response
        self.responseFormat = responseFormat
        self.timeoutSeconds = timeoutSeconds
        self.isBillable = isBillable ?? (role?.isBillableByDefault ?? false)
        self.sendsAuth = sendsAuth
        self.summary = summary
        self.samples = samples
    }

    /// The parameter called `name` in the spec, if any.
    package func parameter(named name: String) -> OperationParameter? {
        parameters.first { $0.name == name }
    }

    /// The name of the request its JSON body is checked against, if it sends one.
    package var requestName: String? {
        if case .json(let name) = body { return name }
        return nil
    }

    /// The multipart form it sends, if any.
    package var multipart: MultipartForm? {
        if case .multipart(let form) = body { return form }
        return nil
    }

    /// Whether any parameter takes its value from a task id.
    public var takesTaskID: Bool { parameters.contains { $0.source == .taskID } }

    /// Whether any parameter takes its value from the model.
    public var takesModel: Bool {
        parameters.contains {
            if case .model = $0.source { return true }
            return false
        }
    }
}

/// A parameter of an operation: in the path, the query or a header; its value from the task id, the model, the
/// request body, a constant, or the caller.
package struct OperationParameter: Sendable, Hashable {
    /// Where the parameter goes.
    package enum Location: String, Sendable, Hashable, CaseIterable {
        /// A `{name}` placeholder of the path.
        case path
        /// A query parameter.
        case query
        /// A request header.
        case header
    }

    /// Where the value comes from.
    package enum Source: Sendable, Hashable {
        /// The task's id (from a handle).
        case taskID
        /// The model; with `segments`, only its first so many `/`-separated segments (an owner/app prefix).
        case model(segments: Int?)
        /// A field of the request body.
        case field(JSONPath)
        /// Always this value.
        case constant(String)
        /// The caller chooses it (optional unless ``OperationParameter/isRequired``).
        case caller
    }

    /// The parameter's name in the spec (and, unless ``wireName`` differs, on the wire).
    package var name: String
    /// The name sent: the query key or header name.
    package var wireName: String
    /// Where it goes.
    package var location: Location
    /// Where its value comes from.
    package var source: Source
    /// The type and constraints of a caller's value.
    package var value: ValueSchema
    /// Whether a caller must give it.
    package var isRequired: Bool
    /// The provider's default, documented only (never sent).
    package var defaultValue: JSONValue?
    /// How the value is written (`wait={value}`); `nil` sends it as it is.
    package var template: String?
    /// Whether a path value keeps its `/` (a model id such as `owner/name`) instead of having it encoded.
    package var allowsSlashes: Bool
    /// The spec's description.
    package var summary: String

    /// Creates a parameter.
    package init(
        name: String, wireName: String? = nil, location: Location, source: Source,
        value: ValueSchema = ValueSchema(type: .string), isRequired: Bool = false, defaultValue: JSONValue? = nil,
        template: String? = nil, allowsSlashes: Bool = false, summary: String = ""
    ) {
        self.name = name
        self.wireName = wireName ?? name
        self.location = location
        self.source = source
        self.value = value
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.template = template
        self.allowsSlashes = allowsSlashes
        self.summary = summary
    }

    /// `value` as it goes on the wire: through ``template`` when there is one.
    package func wireValue(_ value: String) -> String {
        template.map { $0.replacingOccurrences(of: "{value}", with: value) } ?? value
    }
}

/// The form of a multipart upload.
package struct MultipartForm: Sendable, Hashable {
    /// The name of the file part.
    package var fileField: String
    /// Other form fields and their defaults.
    package var fields: [MultipartField]
    /// The largest file accepted, in bytes.
    package var maxBytes: Int?
    /// The accepted content types (empty: not documented).
    package var contentTypes: [String]

    /// Creates a multipart form.
    package init(fileField: String, fields: [MultipartField], maxBytes: Int?, contentTypes: [String]) {
        self.fileField = fileField
        self.fields = fields
        self.maxBytes = maxBytes
        self.contentTypes = contentTypes
    }
}

/// A non-file field of a multipart form.
package struct MultipartField: Sendable, Hashable {
    /// The field's name.
    package var name: String
    /// The provider's default, if any (sent when the caller gives none).
    package var defaultValue: String?
    /// The spec's description.
    package var summary: String

    /// Creates a multipart field.
    package init(name: String, defaultValue: String?, summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
