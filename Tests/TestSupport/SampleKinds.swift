// The kind of each documented sample, as the tests and `videogen decode --kind` name them: its operation's role and
// whether it is a request or an answer.

import VideoGen

/// What a documented sample is, in the words `videogen decode --kind` uses.
package enum SampleKind: String, Sendable, Hashable, CaseIterable {
    /// A create-request body.
    case createRequest = "create-request"
    /// An answer to a create request.
    case createResponse = "create-response"
    /// An answer to a status query.
    case statusResponse = "status-response"
    /// An answer to a result query.
    case resultResponse = "result-response"
    /// An answer to a cancel request.
    case cancelResponse = "cancel-response"
    /// An answer to a list query.
    case listResponse = "list-response"
    /// A callback body.
    case callback
    /// An answer of the sync endpoint.
    case syncResponse = "sync-response"
    /// An answer to an upload.
    case uploadResponse = "upload-response"
    /// A request or answer of an operation without a role.
    case other

    /// The unified decoder's kind for answers of this kind; `nil` for requests and role-less operations.
    package var responseKind: ResponseKind? {
        switch self {
        case .createResponse: return .create
        case .statusResponse: return .status
        case .resultResponse: return .result
        case .cancelResponse: return .cancel
        case .listResponse: return .list
        case .callback: return .callback
        case .syncResponse: return .sync
        case .uploadResponse: return .upload
        case .createRequest, .other: return nil
        }
    }
}

extension ProviderDescriptor {
    /// The kind of `sample`: its operation's role and part.
    package func kind(of sample: Sample) -> SampleKind {
        if sample.part == .callback { return .callback }
        guard let role = sample.operation.flatMap(operation(named:))?.role else { return .other }
        if sample.part == .request { return role == .create ? .createRequest : .other }
        switch role {
        case .create: return .createResponse
        case .status: return .statusResponse
        case .result: return .resultResponse
        case .cancel: return .cancelResponse
        case .list: return .listResponse
        case .sync: return .syncResponse
        case .upload: return .uploadResponse
        }
    }

    /// The documented samples of `kind`, in spec order.
    package func samples(ofKind kind: SampleKind) -> [Sample] {
        samples.filter { self.kind(of: $0) == kind }
    }
}
