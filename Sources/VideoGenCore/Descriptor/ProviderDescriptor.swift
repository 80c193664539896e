// Everything VideoGen knows about one provider, lowered from its spec file.

/// The checked, lowered form of a provider's spec file: everything the runtime, the sandbox and the `videogen`
/// command know about the provider.
public struct ProviderDescriptor: Sendable {
    /// The identifier users type (`acme` for `Spec/acme.json`), equal to the spec file's name.
    public package(set) var id: String
    /// The name shown to users (`acme.example`).
    public package(set) var displayName: String
    /// One or two sentences about the provider.
    public package(set) var summary: String
    /// The spec file this came from, relative to the package (`Spec/acme.json`).
    public package(set) var specFile: String
    /// Where the docs are vague or contradict themselves, and what the spec does about it.
    public package(set) var notes: [String]
    /// The API's base URL, without a trailing slash.
    public package(set) var baseURL: String
    /// Other base URLs seen in use for the same API (a client can be pointed at one with its configuration).
    public package(set) var alternateBaseURLs: [String]
    /// How the API key is sent.
    package var auth: AuthScheme
    /// The model catalogue.
    public package(set) var models: [ModelInfo]
    /// Whether ``models`` is a selection of a catalogue open to any model (Replicate and fal serve thousands): a model
    /// it does not list is then no sign of drift.
    public package(set) var modelCatalogIsOpen: Bool
    /// The model used when the caller names none.
    public package(set) var defaultModel: String
    /// The named request bodies: their schemas and rules.
    package var requests: [RequestSchema]
    /// Every documented operation, in spec order.
    public package(set) var operations: [ProviderOperation]
    /// How a unified `VideoRequest` maps onto the create operation's request.
    package var unified: UnifiedMapping
    /// The provider's task states, in lifecycle order.
    public package(set) var states: [StateMapping]
    /// The documented fail codes.
    public package(set) var failCodes: [FailCodeInfo]
    /// The named responses.
    package var responses: [ResponseSchema]
    /// The fields the provider wraps around every answer's payload, when it has an envelope.
    package var envelope: EnvelopeSchema?
    /// The named object types responses use, each as a schema of its own.
    package var types: [NamedObjectSchema]
    /// How an error answer is recognised, and what each HTTP status and body code means.
    package var errors: ErrorRules
    /// Documented rate limits.
    public package(set) var limits: RateLimits
    /// The provider's polling advice.
    public package(set) var polling: PollingHints
    /// How long result URLs live, if documented.
    public package(set) var urlLifetimeSeconds: Double?
    /// Callback delivery, when callbacks are documented.
    public package(set) var callbacks: CallbackInfo?
    /// What the sandbox reports for a prompt that asks it to fail.
    package var sandbox: SandboxSettings

    /// Creates a descriptor; the spec loader calls this with the spec's values.
    package init(
        id: String, displayName: String, summary: String, specFile: String, notes: [String], baseURL: String,
        alternateBaseURLs: [String] = [], auth: AuthScheme, models: [ModelInfo], modelCatalogIsOpen: Bool = false,
        defaultModel: String,
        requests: [RequestSchema], operations: [ProviderOperation], unified: UnifiedMapping, states: [StateMapping],
        failCodes: [FailCodeInfo], responses: [ResponseSchema], envelope: EnvelopeSchema? = nil,
        types: [NamedObjectSchema] = [], errors: ErrorRules, limits: RateLimits,
        polling: PollingHints, urlLifetimeSeconds: Double?, callbacks: CallbackInfo?, sandbox: SandboxSettings
    ) {
        self.id = id
        self.displayName = displayName
        self.summary = summary
        self.specFile = specFile
        self.notes = notes
        self.baseURL = baseURL
        self.alternateBaseURLs = alternateBaseURLs
        self.auth = auth
        self.models = models
        self.modelCatalogIsOpen = modelCatalogIsOpen
        self.defaultModel = defaultModel
        self.requests = requests
        self.operations = operations
        self.unified = unified
        self.states = states
        self.failCodes = failCodes
        self.responses = responses
        self.envelope = envelope
        self.types = types
        self.errors = errors
        self.limits = limits
        self.polling = polling
        self.urlLifetimeSeconds = urlLifetimeSeconds
        self.callbacks = callbacks
        self.sandbox = sandbox
    }

    // MARK: Looking things up

    /// The operation called `name`, if the spec has one.
    public func operation(named name: String) -> ProviderOperation? {
        operations.first { $0.name == name }
    }

    /// The (first) operation playing `role`, if the spec has one.
    public func operation(role: OperationRole) -> ProviderOperation? {
        operations.first { $0.role == role }
    }

    /// The request called `name`, if the spec has one.
    package func request(named name: String) -> RequestSchema? {
        requests.first { $0.name == name }
    }

    /// The response called `name`, if the spec has one.
    package func response(named name: String) -> ResponseSchema? {
        responses.first { $0.name == name }
    }

    /// The body schema of the request called `name` (empty when there is none): what a generated request reads with.
    @_spi(Generated) public func requestBody(named name: String) -> ObjectSchema {
        // Typed requests hold every model's fields; the model decides which apply when the request is checked.
        request(named: name)?.acceptingAnyModel().body ?? ObjectSchema(fields: [], acceptsUnknownFields: false)
    }

    /// The whole-body schema of the response called `name` (empty when there is none).
    @_spi(Generated) public func responseBody(named name: String) -> ObjectSchema {
        response(named: name)?.body ?? ObjectSchema(fields: [], acceptsUnknownFields: true)
    }

    /// The envelope's own fields (empty when the provider has no envelope).
    package var envelopeFields: ObjectSchema {
        envelope?.fields ?? ObjectSchema(fields: [], acceptsUnknownFields: true)
    }

    /// The schema of the named type `name` (empty when there is none).
    @_spi(Generated) public func typeBody(named name: String) -> ObjectSchema {
        types.first { $0.name == name }?.body ?? ObjectSchema(fields: [], acceptsUnknownFields: true)
    }

    /// The response the unified decoder reads a payload of `kind` with, or `nil` when the spec documents none.
    package func response(for kind: ResponseKind) -> ResponseSchema? {
        switch kind {
        case .callback: return callbacks.flatMap { response(named: $0.response) }
        case .error: return response(named: errors.response)
        default: return kind.role.flatMap { operation(role: $0) }.flatMap { $0.response }.flatMap(response(named:))
        }
    }

    /// The create operation's request: what a unified `VideoRequest` becomes and what `validate` checks.
    package var createRequest: RequestSchema {
        operation(role: .create)?.requestName.flatMap(request(named:))
            ?? RequestSchema(name: "", body: ObjectSchema(fields: [], acceptsUnknownFields: true), rules: [])
    }

    /// The schema of error answers.
    package var errorResponse: ResponseSchema {
        response(named: errors.response)
            ?? ResponseSchema(name: errors.response, body: ObjectSchema(fields: [], acceptsUnknownFields: true))
    }

    /// Every documented sample: each operation's, then the callbacks'.
    package var samples: [Sample] {
        operations.flatMap(\.samples) + (callbacks?.samples ?? [])
    }

    /// The documented samples of `part` of the operation playing `role`.
    package func samples(of role: OperationRole, _ part: SamplePart) -> [Sample] {
        operation(role: role)?.samples.filter { $0.part == part } ?? []
    }

    /// The unified state of a provider state word in `response`'s vocabulary (the spec's `states` unless the
    /// response has its own); `.unknown` for words the vocabulary does not list.
    package func unifiedState(of providerState: String, in response: ResponseSchema? = nil) -> TaskState {
        let vocabulary = response?.states ?? states
        if let mapping = vocabulary.first(where: { $0.providerState == providerState }) { return mapping.unified }
        let value = JSONValue.string(providerState)
        if let mapping = vocabulary.first(where: { JSONValue.string($0.providerState).looselyEquals(value) }) {
            return mapping.unified
        }
        return response?.otherStates ?? .unknown
    }
}

/// The fields a provider wraps around every answer's payload.
package struct EnvelopeSchema: Sendable, Hashable {
    /// The envelope's own fields (the payload's field excluded).
    package var fields: ObjectSchema
    /// The name of the field that holds the payload (`data`).
    package var dataKey: String

    /// Creates an envelope schema.
    package init(fields: ObjectSchema, dataKey: String) {
        self.fields = fields
        self.dataKey = dataKey
    }
}

/// A named object type of a spec's `types`.
package struct NamedObjectSchema: Sendable, Hashable {
    /// The type's name (`TaskData`).
    package var name: String
    /// Its fields.
    package var body: ObjectSchema

    /// Creates a named schema.
    package init(name: String, body: ObjectSchema) {
        self.name = name
        self.body = body
    }
}

/// How the API key travels: a header, optionally behind a scheme word (`Authorization: Bearer KEY`).
package struct AuthScheme: Sendable, Hashable {
    /// The header name.
    package var header: String
    /// The word before the key (`Bearer`), or `nil` for the bare key.
    package var scheme: String?

    /// Creates an auth scheme.
    package init(header: String, scheme: String?) {
        self.header = header
        self.scheme = scheme
    }

    /// The header value for `key`.
    package func headerValue(for key: String) -> String {
        scheme.map { "\($0) \(key)" } ?? key
    }
}

/// One of the provider's task states and its unified meaning.
public struct StateMapping: Sendable, Hashable {
    /// The provider's word (`success`).
    public package(set) var providerState: String
    /// What it means (`succeeded`).
    public package(set) var unified: TaskState
    /// The spec's description.
    public package(set) var summary: String

    /// Creates a state mapping.
    package init(providerState: String, unified: TaskState, summary: String) {
        self.providerState = providerState
        self.unified = unified
        self.summary = summary
    }
}

/// A documented fail code.
public struct FailCodeInfo: Sendable, Hashable {
    /// The code (`CONTENT_VIOLATION`).
    public package(set) var code: String
    /// What it means.
    public package(set) var summary: String

    /// Creates a fail code entry.
    package init(code: String, summary: String) {
        self.code = code
        self.summary = summary
    }
}
