// A JSON sample from the provider's documentation.

/// What a documented sample is.
public enum SampleKind: String, Sendable, Hashable, CaseIterable {
    /// A create-request body.
    case createRequest = "create-request"
    /// An answer to a create request.
    case createResponse = "create-response"
    /// An answer to a status query.
    case statusResponse = "status-response"
    /// A callback body.
    case callback
    /// An answer of the sync endpoint.
    case syncResponse = "sync-response"
    /// An answer to an upload.
    case uploadResponse = "upload-response"

    /// The response schema that decodes samples of this kind; `nil` for requests.
    public var responseKind: ResponseKind? {
        switch self {
        case .createRequest: return nil
        case .createResponse: return .create
        case .statusResponse: return .status
        case .callback: return .callback
        case .syncResponse: return .sync
        case .uploadResponse: return .upload
        }
    }
}

/// A documented JSON sample, verbatim.
public struct Sample: Sendable, Hashable {
    /// A short unique name (`status-success`).
    public var name: String
    /// What it is.
    public var kind: SampleKind
    /// Where in the docs it comes from.
    public var source: String
    /// The JSON text.
    public var json: String
    /// For request samples the docs show although they break a rule: the paths the validator reports.
    public var violates: [String]
    /// Whether the sample was built from a description in the docs rather than copied from them.
    public var isConstructed: Bool

    /// Creates a sample.
    public init(name: String, kind: SampleKind, source: String, json: String, violates: [String], isConstructed: Bool) {
        self.name = name
        self.kind = kind
        self.source = source
        self.json = json
        self.violates = violates
        self.isConstructed = isConstructed
    }
}
