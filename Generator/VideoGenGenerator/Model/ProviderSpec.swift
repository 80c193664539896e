// A whole spec file as written, before checks and lowering.

import VideoGenCore

/// A value together with where it was written.
struct Located<Value> {
    var value: Value
    var path: JSONPath
}

/// A provider's spec, as written.
struct ProviderSpec {
    var source: SpecSource
    var id: Located<String>
    var swiftName: Located<String>
    var displayName: String
    var description: String
    var sources: [String]
    var notes: [String]
    var baseURL: Located<String>
    var auth: AuthScheme
    var models: [Located<ModelInfo>]
    var defaultModel: Located<String>
    var endpoints: [EndpointSpec]
    var request: RequestSpec
    var unified: UnifiedSpec
    var states: [StateSpec]
    var failCodes: [FailCodeInfo]
    var envelope: EnvelopeSpec?
    var types: [NamedTypeSpec]
    var responses: [ResponseSpec]
    var errors: ErrorsSpec
    var limits: RateLimits
    var polling: PollingHints
    var urlLifetimeSeconds: Double?
    var callbacks: CallbackInfo?
    var sandbox: SandboxSettings
    var samples: [SampleSpec]
}

/// An endpoint as written.
struct EndpointSpec {
    var role: String
    var path: JSONPath
    var endpoint: Endpoint
}

/// The create-request body as written.
struct RequestSpec {
    var path: JSONPath
    var description: String
    var fields: [FieldSpec]
    var additionalFields: Bool
    var rules: [Located<RequestRule>]
}

/// The unified mapping as written.
struct UnifiedSpec {
    var path: JSONPath
    var entries: [Located<UnifiedMapping.Entry>]
    var assignments: [Located<UnifiedMapping.Assignment>]
    var extrasRoot: Located<JSONPath>
}

/// One provider state as written.
struct StateSpec {
    var value: String
    var path: JSONPath
    var unified: TaskState
    var description: String
    var swiftName: String?
}

/// The envelope as written.
struct EnvelopeSpec {
    var path: JSONPath
    var fields: [FieldSpec]
    var dataKey: String
}

/// An entry of `types`.
struct NamedTypeSpec {
    var name: String
    var path: JSONPath
    var description: String
    var fields: [FieldSpec]
    var additionalFields: Bool?
}

/// An entry of `responses`.
struct ResponseSpec {
    var kind: ResponseKind
    var path: JSONPath
    var description: String
    /// Whether the provider's envelope wraps this response.
    var usesEnvelope: Bool
    /// The payload under the envelope's data key.
    var data: FieldSpec?
    /// The whole body's fields, for responses without an envelope.
    var fields: [FieldSpec]?
    /// The named type of the whole body, for responses without an envelope.
    var typeName: Located<String>?
}

/// The `errors` section as written.
struct ErrorsSpec {
    var path: JSONPath
    var detect: [Located<Condition>]
    var http: [HTTPStatusInfo]
    var retryable: [Int]
}

/// A documented sample as written.
struct SampleSpec {
    var name: String
    var path: JSONPath
    var kind: SampleKind
    var source: String
    var body: JSONValue
    var violates: [String]
    var isConstructed: Bool
}
