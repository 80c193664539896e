// A whole spec file as written, before checks and lowering.

@_spi(Generated) import VideoGenCore

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
    var alternateBaseURLs: [String]
    var auth: AuthScheme
    var models: [Located<ModelInfo>]
    /// The models that declare their own request fields or rules.
    var modelParameters: [ModelParametersSpec]
    /// `"modelCatalog": "open"`: the models listed are a selection of many more the provider serves.
    var modelCatalogIsOpen: Bool
    var defaultModel: Located<String>
    var requests: [RequestSpec]
    var operations: [OperationSpec]
    var unified: UnifiedSpec
    var states: [StateSpec]
    var failCodes: [FailCodeInfo]
    var envelope: EnvelopeSpec?
    var types: [NamedTypeSpec]
    var responses: [ResponseSpec]
    var errors: ErrorsSpec
    var limits: Located<RateLimits>
    var polling: PollingHints
    var urlLifetimeSeconds: Double?
    var callbacks: CallbackSpec?
    var sandbox: SandboxSettings

    /// The operation playing `role`, if any.
    func operation(role: OperationRole) -> OperationSpec? {
        operations.first { $0.role == role }
    }

    /// The request called `name`, if any.
    func request(named name: String) -> RequestSpec? {
        requests.first { $0.name == name }
    }

    /// The create operation's request, where the unified mapping and the request rules live.
    var createRequest: RequestSpec? {
        operation(role: .create)?.requestName.flatMap(request(named:))
    }

    /// Every sample of the spec, operations' then callbacks'.
    var samples: [SampleSpec] {
        operations.flatMap(\.samples) + (callbacks?.samples ?? [])
    }
}

/// An operation as written.
struct OperationSpec {
    var name: String
    var path: JSONPath
    var operation: ProviderOperation
    /// Where the request named by `body.json` is referenced (for messages).
    var requestPath: JSONPath?
    var samples: [SampleSpec]
    /// Whether `method` was read as written (an unknown method is reported once and checked no further).
    var isMethodKnown = true

    var role: OperationRole? { operation.role }
    var requestName: String? { operation.requestName }
}

/// A named request body as written.
struct RequestSpec {
    var name: String
    var path: JSONPath
    var description: String
    var fields: [FieldSpec]
    var additionalFields: Bool
    var rules: [Located<RequestRule>]
    /// Where the fields that depend on the model sit (`perModel`), if they do.
    var perModel: Located<JSONPath>?
}

/// A model's own request fields and rules (`models[].fields`, `models[].rules`).
struct ModelParametersSpec {
    var modelID: String
    var path: JSONPath
    var fields: [FieldSpec]
    var rules: [Located<RequestRule>]
    /// The model's own destinations of unified fields.
    var unified: [Located<UnifiedMapping.Entry>] = []
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
    var name: String
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
    /// This response's own states (`"*"` as `otherStates`), if it has a vocabulary of its own.
    var states: [StateSpec]?
    var otherStates: TaskState?
    /// This response's own error detection, if any.
    var detect: [Located<Condition>]?
}

/// The `errors` section as written.
struct ErrorsSpec {
    var path: JSONPath
    var response: Located<String>
    var detect: [Located<Condition>]
    var http: [HTTPStatusInfo]
    var codes: [ErrorCodeInfo]
    var retryable: [Int]
}

/// The `callbacks` section as written.
struct CallbackSpec {
    var path: JSONPath
    var response: Located<String>
    var signature: CallbackSignature?
    var answerWithinSeconds: Double?
    var retries: String?
    var samples: [SampleSpec]
}

/// A documented sample as written.
struct SampleSpec {
    var name: String
    var path: JSONPath
    /// The operation it belongs to; `nil` for callbacks.
    var operation: String?
    var part: SamplePart
    var httpStatus: Int?
    var source: String
    var body: JSONValue
    var violates: [String]
    var isConstructed: Bool
    /// For callback samples that are signature test vectors: their headers.
    var headers: [String: String] = [:]
}
