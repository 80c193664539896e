// The keys each object of the spec format accepts: one list, used by the loader and compared with the JSON Schema by the tests.

/// The keys of every object of the spec format.
public enum SpecKeys {
    /// The top level.
    public static let topLevel = [
        "$schema", "format", "id", "swiftName", "displayName", "description", "sources", "notes", "baseURL",
        "alternateBaseURLs", "auth", "models", "modelCatalog", "defaultModel", "requests", "operations", "unified",
        "states",
        "failCodes", "envelope", "types", "responses", "errors", "limits", "polling", "results", "callbacks", "sandbox",
    ]
    /// Top-level keys that must be present.
    public static let topLevelRequired = [
        "format", "id", "swiftName", "displayName", "description", "baseURL", "auth", "models", "defaultModel",
        "requests", "operations", "unified", "states", "responses", "errors",
    ]
    /// `auth`.
    public static let auth = ["header", "scheme"]
    /// An entry of `models`.
    public static let model = [
        "id", "name", "description", "features", "price", "durations", "durationRange", "resolutions", "note",
        "fields", "rules", "fixed", "unified",
    ]
    /// A model's own `unified` destinations.
    public static let modelUnified = [
        "prompt", "duration", "aspectRatio", "resolution", "imageURLs", "callbackURL",
    ]
    /// A model's `fixed` options: the unified options a model fixes.
    public static let fixedOptions = ["duration", "aspectRatio", "resolution"]
    /// A model's `price`.
    public static let price = ["amount", "currency", "per"]
    /// A model's `durationRange`.
    public static let range = ["minimum", "maximum"]
    /// An entry of `operations`.
    public static let operation = [
        "role", "description", "method", "path", "baseURL", "parameters", "body", "response", "responseFormat",
        "timeoutSeconds", "billable", "auth", "samples",
    ]
    /// An operation's `body`.
    public static let operationBody = ["json", "multipart"]
    /// A parameter of an operation.
    public static let parameter = [
        "in", "name", "from", "field", "value", "type", "enum", "minimum", "maximum", "minLength", "maxLength",
        "default", "required", "template", "segments", "allowSlashes", "swiftName", "description",
    ]
    /// An upload's `multipart`.
    public static let multipart = ["fileField", "fields", "maxBytes", "contentTypes"]
    /// A multipart form field.
    public static let multipartField = ["default", "description"]
    /// An entry of `requests`.
    public static let request = ["description", "fields", "rules", "additionalFields", "perModel"]
    /// A request field.
    public static let requestField = [
        "type", "description", "required", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems",
        "maxItems", "default", "schemes", "items", "fields", "additionalFields", "swiftName", "typeName", "enumNames",
        "deprecated", "renamedFrom",
    ]
    /// A response field.
    public static let responseField = [
        "type", "description", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
        "default", "schemes", "items", "fields", "additionalFields", "swiftName", "typeName", "enumNames", "aliases",
        "acceptsSingle", "encoding", "unit", "pattern", "timeZone", "scale", "role",
    ]
    /// The kind keys of a rule.
    public static let ruleKinds = [
        "required", "forbidden", "exclusive", "requires", "atLeastOne", "allowedValues", "constrain",
    ]
    /// The constraints a `constrain` rule may set.
    public static let ruleConstraints = [
        "minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength", "enum",
    ]
    /// Every key a rule may have.
    public static let rule = ruleKinds + ["field", "when", "message"] + ruleConstraints
    /// Every key a condition may have.
    public static let condition = ["field", "equals", "notEquals", "in", "notIn", "present", "all", "any", "not"]
    /// `unified`.
    public static let unified = [
        "model", "prompt", "duration", "aspectRatio", "resolution", "imageURLs", "callbackURL", "set", "extrasRoot",
    ]
    /// A unified field's entry.
    public static let unifiedEntry = ["to", "values", "when"]
    /// An entry of `unified.set`.
    public static let assignment = ["field", "value", "when"]
    /// An entry of `states`.
    public static let state = ["unified", "description", "swiftName"]
    /// `envelope`.
    public static let envelope = ["fields", "data"]
    /// An entry of `types`.
    public static let namedType = ["description", "fields", "additionalFields"]
    /// An entry of `responses`.
    public static let response = ["description", "data", "fields", "type", "envelope", "states", "errors"]
    /// A response's own `errors`.
    public static let responseErrors = ["detect"]
    /// `errors`.
    public static let errors = ["response", "detect", "http", "codes", "retryable"]
    /// An entry of `errors.http`.
    public static let httpStatus = ["meaning", "type"]
    /// An entry of `errors.codes`.
    public static let errorCode = ["meaning", "retryable"]
    /// `limits`.
    public static let limits = ["requestsPerMinute", "concurrentTasks", "requests"]
    /// An entry of `limits.requests`.
    public static let requestLimit = ["count", "perSeconds", "operations", "exceptOperations", "description"]
    /// `polling`.
    public static let polling = ["firstWaitSeconds", "intervalSeconds", "timeoutSeconds"]
    /// `results`.
    public static let results = ["urlLifetimeSeconds"]
    /// `callbacks`.
    public static let callbacks = ["response", "signed", "signature", "answerWithinSeconds", "retries", "samples"]
    /// `callbacks.signature`.
    public static let signature = [
        "algorithm", "optIn", "headers", "message", "signatureEncoding", "signaturePrefix", "signatureSeparator",
        "secret", "publicKeys", "toleranceSeconds", "description",
    ]
    /// `callbacks.signature.headers`.
    public static let signatureHeaders = ["signature", "id", "timestamp", "user"]
    /// `callbacks.signature.secret`.
    public static let signatureSecret = ["prefix", "encoding"]
    /// `sandbox`.
    public static let sandbox = ["failure", "walk"]
    /// `sandbox.failure`.
    public static let sandboxFailure = ["code", "message"]
    /// A sample of an operation.
    public static let sample = ["name", "part", "status", "source", "body", "violates", "constructed"]
    /// A callback sample.
    public static let callbackSample = ["name", "source", "body", "headers", "constructed"]
}
