// The keys each object of the spec format accepts: one list, used by the loader and compared with the JSON Schema by the tests.

/// The keys of every object of the spec format.
public enum SpecKeys {
    /// The top level.
    public static let topLevel = [
        "$schema", "format", "id", "swiftName", "displayName", "description", "sources", "notes", "baseURL", "auth",
        "models", "defaultModel", "endpoints", "request", "unified", "states", "failCodes", "envelope", "types",
        "responses", "errors", "limits", "polling", "results", "callbacks", "sandbox", "samples",
    ]
    /// Top-level keys that must be present.
    public static let topLevelRequired = [
        "format", "id", "swiftName", "displayName", "description", "baseURL", "auth", "models", "defaultModel",
        "endpoints", "request", "unified", "states", "responses", "errors", "samples",
    ]
    /// `auth`.
    public static let auth = ["header", "scheme"]
    /// An entry of `models`.
    public static let model = [
        "id", "name", "description", "features", "price", "durations", "durationRange", "resolutions", "note",
    ]
    /// A model's `price`.
    public static let price = ["amount", "currency", "per"]
    /// A model's `durationRange`.
    public static let range = ["minimum", "maximum"]
    /// The roles of `endpoints`.
    public static let endpointRoles = ["create", "status", "sync", "upload"]
    /// An endpoint.
    public static let endpoint = [
        "method", "path", "query", "body", "response", "timeoutSeconds", "multipart", "description",
    ]
    /// A query parameter.
    public static let queryParameter = ["value", "enum", "description"]
    /// An upload's `multipart`.
    public static let multipart = ["fileField", "fields", "maxBytes", "contentTypes"]
    /// A multipart form field.
    public static let multipartField = ["default", "description"]
    /// `request`.
    public static let request = ["description", "fields", "rules", "additionalFields"]
    /// A request field.
    public static let requestField = [
        "type", "description", "required", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems",
        "maxItems", "default", "schemes", "items", "fields", "additionalFields", "swiftName", "typeName", "enumNames",
    ]
    /// A response field.
    public static let responseField = [
        "type", "description", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
        "default", "schemes", "items", "fields", "additionalFields", "swiftName", "typeName", "enumNames", "aliases",
        "acceptsSingle", "encoding", "unit", "role",
    ]
    /// The kind keys of a rule.
    public static let ruleKinds = ["required", "forbidden", "exclusive", "requires", "atLeastOne", "allowedValues"]
    /// Every key a rule may have.
    public static let rule = ruleKinds + ["field", "when", "message"]
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
    /// The kinds of `responses`.
    public static let responseKinds = ["create", "status", "callback", "sync", "upload", "error"]
    /// An entry of `responses`.
    public static let response = ["description", "data", "fields", "type", "envelope"]
    /// `errors`.
    public static let errors = ["detect", "http", "retryable"]
    /// An entry of `errors.http`.
    public static let httpStatus = ["meaning", "type"]
    /// `limits`.
    public static let limits = ["requestsPerMinute", "concurrentTasks"]
    /// `polling`.
    public static let polling = ["firstWaitSeconds", "intervalSeconds", "timeoutSeconds"]
    /// `results`.
    public static let results = ["urlLifetimeSeconds"]
    /// `callbacks`.
    public static let callbacks = ["signed", "answerWithinSeconds", "retries"]
    /// `sandbox`.
    public static let sandbox = ["failure", "walk"]
    /// `sandbox.failure`.
    public static let sandboxFailure = ["code", "message"]
    /// A sample.
    public static let sample = ["name", "kind", "source", "body", "violates", "constructed"]
}
