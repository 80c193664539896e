// Everything VideoGen knows about one provider, lowered from its spec file.

/// The checked, lowered form of a provider's spec file: what the generated binding hands the runtime.
public struct ProviderDescriptor: Sendable {
    /// The identifier users type (`acme` for `Spec/acme.json`), equal to the spec file's name.
    public var id: String
    /// The name shown to users (`acme.example`).
    public var displayName: String
    /// One or two sentences about the provider.
    public var summary: String
    /// The spec file this came from, relative to the package (`Spec/acme.json`).
    public var specFile: String
    /// Where the docs are vague or contradict themselves, and what the spec does about it.
    public var notes: [String]
    /// The API's base URL, without a trailing slash.
    public var baseURL: String
    /// How the API key is sent.
    public var auth: AuthScheme
    /// The model catalogue.
    public var models: [ModelInfo]
    /// The model used when the caller names none.
    public var defaultModel: String
    /// The HTTP endpoints.
    public var endpoints: Endpoints
    /// The create-request body's schema and rules.
    public var request: RequestSchema
    /// How a unified `VideoRequest` maps onto the create-request body.
    public var unified: UnifiedMapping
    /// The provider's task states, in lifecycle order.
    public var states: [StateMapping]
    /// The documented fail codes.
    public var failCodes: [FailCodeInfo]
    /// The schemas of the provider's response bodies.
    public var responses: ResponseSchemas
    /// How an error answer is recognised, and what each HTTP status means.
    public var errors: ErrorRules
    /// Documented rate limits.
    public var limits: RateLimits
    /// The provider's polling advice.
    public var polling: PollingHints
    /// How long result URLs live, if documented.
    public var urlLifetimeSeconds: Double?
    /// Callback delivery, when callbacks are documented.
    public var callbacks: CallbackInfo?
    /// What the sandbox reports for a prompt that asks it to fail.
    public var sandbox: SandboxSettings
    /// Every JSON sample of the provider's documentation.
    public var samples: [Sample]

    /// Creates a descriptor; generated code calls this with the spec's values.
    public init(
        id: String, displayName: String, summary: String, specFile: String, notes: [String], baseURL: String,
        auth: AuthScheme, models: [ModelInfo], defaultModel: String, endpoints: Endpoints, request: RequestSchema,
        unified: UnifiedMapping, states: [StateMapping], failCodes: [FailCodeInfo], responses: ResponseSchemas,
        errors: ErrorRules, limits: RateLimits, polling: PollingHints, urlLifetimeSeconds: Double?,
        callbacks: CallbackInfo?, sandbox: SandboxSettings, samples: [Sample]
    ) {
        self.id = id
        self.displayName = displayName
        self.summary = summary
        self.specFile = specFile
        self.notes = notes
        self.baseURL = baseURL
        self.auth = auth
        self.models = models
        self.defaultModel = defaultModel
        self.endpoints = endpoints
        self.request = request
        self.unified = unified
        self.states = states
        self.failCodes = failCodes
        self.responses = responses
        self.errors = errors
        self.limits = limits
        self.polling = polling
        self.urlLifetimeSeconds = urlLifetimeSeconds
        self.callbacks = callbacks
        self.sandbox = sandbox
        self.samples = samples
    }

    /// The unified state of a provider state word; `.unknown` for words the spec does not list.
    public func unifiedState(of providerState: String) -> TaskState {
        if let mapping = states.first(where: { $0.providerState == providerState }) { return mapping.unified }
        let value = JSONValue.string(providerState)
        return states.first { JSONValue.string($0.providerState).looselyEquals(value) }?.unified ?? .unknown
    }
}

/// How the API key travels: a header, optionally behind a scheme word (`Authorization: Bearer KEY`).
public struct AuthScheme: Sendable, Hashable {
    /// The header name.
    public var header: String
    /// The word before the key (`Bearer`), or `nil` for the bare key.
    public var scheme: String?

    /// Creates an auth scheme.
    public init(header: String, scheme: String?) {
        self.header = header
        self.scheme = scheme
    }

    /// The header value for `key`.
    public func headerValue(for key: String) -> String {
        scheme.map { "\($0) \(key)" } ?? key
    }
}

/// One of the provider's task states and its unified meaning.
public struct StateMapping: Sendable, Hashable {
    /// The provider's word (`success`).
    public var providerState: String
    /// What it means (`succeeded`).
    public var unified: TaskState
    /// The spec's description.
    public var summary: String

    /// Creates a state mapping.
    public init(providerState: String, unified: TaskState, summary: String) {
        self.providerState = providerState
        self.unified = unified
        self.summary = summary
    }
}

/// A documented fail code.
public struct FailCodeInfo: Sendable, Hashable {
    /// The code (`CONTENT_VIOLATION`).
    public var code: String
    /// What it means.
    public var summary: String

    /// Creates a fail code entry.
    public init(code: String, summary: String) {
        self.code = code
        self.summary = summary
    }
}
