// The provider-neutral request: what a caller wants, before any provider's field names.

@_spi(Generated) import VideoGenCore

/// A video request in VideoGen's unified vocabulary; each provider's spec maps it onto that provider's body.
public struct VideoRequest: Sendable, Hashable {
    /// What the video shows.
    public var prompt: String
    /// The model; `nil` uses the provider's default model.
    public var model: String?
    /// The length in seconds.
    public var duration: Int?
    /// The aspect ratio, such as `16:9`.
    public var aspectRatio: String?
    /// The resolution, such as `720p`.
    public var resolution: String?
    /// Reference images (http or https URLs; upload local files first).
    public var imageURLs: [String]
    /// A URL the provider POSTs to when the task ends (see ``VideoClient/verifyCallback(_:)``).
    public var callbackURL: String?
    /// Provider-specific fields: a body path (`input.style`) or a name (`style`, placed under the spec's
    /// `extrasRoot` unless the body has such a field at its root) → its JSON value. They override mapped values.
    public var extras: [String: JSONValue]

    /// Creates a request.
    public init(
        prompt: String, model: String? = nil, duration: Int? = nil, aspectRatio: String? = nil,
        resolution: String? = nil,
        imageURLs: [String] = [], callbackURL: String? = nil, extras: [String: JSONValue] = [:]
    ) {
        self.prompt = prompt
        self.model = model
        self.duration = duration
        self.aspectRatio = aspectRatio
        self.resolution = resolution
        self.imageURLs = imageURLs
        self.callbackURL = callbackURL
        self.extras = extras
    }

    /// The value of a unified field, as JSON, or `nil` when unset.
    func value(of field: UnifiedMapping.Field, defaultModel: String) -> JSONValue? {
        switch field {
        case .model: return .string(model ?? defaultModel)
        case .prompt: return .string(prompt)
        case .duration: return duration.map(JSONValue.integer)
        case .aspectRatio: return aspectRatio.map(JSONValue.string)
        case .resolution: return resolution.map(JSONValue.string)
        case .imageURLs: return imageURLs.isEmpty ? nil : .array(imageURLs.map(JSONValue.string))
        case .callbackURL: return callbackURL.map(JSONValue.string)
        }
    }
}
