// Decodes provider payloads into the unified task (or the provider's error report), guided only by the descriptor.

import Foundation

/// The result of decoding a payload: a task, or the provider reporting an error.
public enum DecodedPayload: Sendable, Hashable {
    /// The payload describes a task (a failed task is still a task).
    case task(VideoTask)
    /// The payload is the provider reporting an error.
    case providerError(ProviderErrorReport)
}

/// Decodes create, status, callback and sync payloads of any provider into ``VideoTask``.
public enum PayloadDecoder {
    /// The deepest nesting accepted in a payload.
    public static let maximumDepth = 64

    /// Decodes raw bytes; `httpStatus` (when the payload came over HTTP) turns non-2xx answers into errors.
    public static func decode(
        _ bytes: some Collection<UInt8>, kind: ResponseKind, descriptor: ProviderDescriptor, httpStatus: Int? = nil
    ) throws(PayloadError) -> DecodedPayload {
        switch try screen(bytes, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let body): return try decodeObject(body, kind: kind, descriptor: descriptor)
        }
    }

    /// Decodes a parsed payload.
    public static func decode(
        _ body: JSONValue, kind: ResponseKind, descriptor: ProviderDescriptor, httpStatus: Int? = nil
    ) throws(PayloadError) -> DecodedPayload {
        switch try screen(body, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let body): return try decodeObject(body, kind: kind, descriptor: descriptor)
        }
    }

    /// What a payload is before its kind is read: the provider reporting an error, or an object to read.
    enum Screened {
        case providerError(ProviderErrorReport)
        case object(JSONValue)
    }

    /// Parses `bytes` and screens them; what is not JSON is an error answer over a failed HTTP status, else malformed.
    static func screen(_ bytes: some Collection<UInt8>, descriptor: ProviderDescriptor, httpStatus: Int?)
        throws(PayloadError) -> Screened
    {
        let body: JSONValue
        do {
            body = try JSONParser.parse(bytes, options: .init(maximumDepth: maximumDepth))
        } catch {
            if failed(httpStatus) {
                return .providerError(report(from: RoleValues(), descriptor: descriptor, httpStatus: httpStatus))
            }
            throw PayloadError(path: .root, message: "not JSON: \(error)", isUnreadable: true)
        }
        return try screen(body, descriptor: descriptor, httpStatus: httpStatus)
    }

    /// A body is an error answer when the HTTP status failed or the spec's error detection says so; then its code and
    /// message are read leniently (keeping what the provider said matters more than a strict reading).
    static func screen(_ body: JSONValue, descriptor: ProviderDescriptor, httpStatus: Int?) throws(PayloadError)
        -> Screened
    {
        guard case .object = body else {
            if failed(httpStatus) {
                return .providerError(report(from: RoleValues(), descriptor: descriptor, httpStatus: httpStatus))
            }
            throw PayloadError(path: .root, message: "expected a JSON object, got \(body.kindDescription)")
        }
        if failed(httpStatus) || descriptor.errors.isError(body) {
            let values = PayloadReader.readLeniently(body, as: descriptor.responses.error)
            return .providerError(report(from: values, descriptor: descriptor, httpStatus: httpStatus))
        }
        return .object(body)
    }

    private static func failed(_ httpStatus: Int?) -> Bool {
        httpStatus.map { !(200..<300).contains($0) } ?? false
    }

    /// Reads a body that is not an error answer as a payload of `kind`.
    private static func decodeObject(_ body: JSONValue, kind: ResponseKind, descriptor: ProviderDescriptor)
        throws(PayloadError) -> DecodedPayload
    {
        guard let schema = descriptor.responses.schema(for: kind) else {
            throw PayloadError(path: .root, message: "\(descriptor.id) documents no \(kind.rawValue) payload")
        }
        let values = try PayloadReader.read(body, as: schema)
        return .task(try task(from: values, kind: kind, schema: schema, descriptor: descriptor))
    }

    /// The unified task a set of role values describes.
    public static func task(
        from values: RoleValues, kind: ResponseKind, schema: ObjectSchema, descriptor: ProviderDescriptor
    ) throws(PayloadError) -> VideoTask {
        let providerState = values.state
        let state: TaskState
        if let providerState {
            state = descriptor.unifiedState(of: providerState)
        } else {
            switch kind {
            case .create:
                state = .queued
            case .sync where !values.videoURLs.isEmpty:
                state = .succeeded
            default:
                throw PayloadError(
                    path: schema.primaryPath(of: .state) ?? .root,
                    message: "is missing: the payload carries no task state")
            }
        }
        if kind == .create, values.taskID == nil {
            throw PayloadError(
                path: schema.primaryPath(of: .taskId) ?? .root,
                message: "is missing: a create answer must carry the new task's id")
        }
        let failureCode = values.failureCode.flatMap { $0.isEmpty ? nil : $0 }
        let failureMessage = values.failureMessage.flatMap { $0.isEmpty ? nil : $0 }
        var failure: TaskFailure?
        if failureCode != nil || failureMessage != nil || state == .failed {
            failure = TaskFailure(
                code: failureCode,
                message: failureMessage
                    ?? failureCode.flatMap { code in descriptor.failCodes.first { $0.code == code }?.summary }
                    ?? failureCode.map { "The task failed (\($0))." }
                    ?? "The provider reported the task failed without a message.")
        }
        if state == .succeeded {
            failure = nil
            // A success is a video: one without a usable URL is an answer that makes no sense, not a result.
            if values.videoURLs.isEmpty {
                throw PayloadError(
                    path: schema.primaryPath(of: .videoURLs) ?? .root,
                    message: "reports success (\(providerState ?? "no state")) but carries no video URL")
            }
        }
        return VideoTask(
            provider: descriptor.id,
            taskID: values.taskID,
            state: state,
            providerState: providerState,
            progress: values.progress.map { Int(min(100, max(0, $0)).rounded()) },
            videoURLs: values.videoURLs,
            failure: failure,
            createdAt: values.createdAt,
            completedAt: values.completedAt,
            expiresAt: values.expiresAt,
            model: values.model)
    }

    /// The error report a set of error-role values describes.
    public static func report(from values: RoleValues, descriptor: ProviderDescriptor, httpStatus: Int?)
        -> ProviderErrorReport
    {
        let meaning = httpStatus.flatMap { descriptor.errors.info(for: $0)?.meaning }
        var message = values.errorMessage.flatMap { $0.isEmpty ? nil : $0 }
        if let detail = values.errorDetail, !detail.isEmpty, detail != message {
            message = message.map { "\($0): \(detail)" } ?? detail
        }
        let fallback =
            meaning ?? httpStatus.map { "The provider answered HTTP \($0) without a message." }
            ?? "The provider reported an error without a message."
        return ProviderErrorReport(
            provider: descriptor.id,
            httpStatus: httpStatus,
            code: values.errorCode,
            message: message ?? fallback,
            type: values.errorType ?? httpStatus.flatMap { descriptor.errors.info(for: $0)?.type })
    }
}

/// The result of decoding an upload answer.
public enum UploadOutcome: Sendable, Hashable {
    /// The file's public URL.
    case uploaded(String)
    /// The provider reported an error.
    case providerError(ProviderErrorReport)
}

extension PayloadDecoder {
    /// Decodes an upload answer into the uploaded file's URL (or the provider's error).
    public static func decodeUpload(_ bytes: some Collection<UInt8>, descriptor: ProviderDescriptor, httpStatus: Int?)
        throws(PayloadError) -> UploadOutcome
    {
        let body: JSONValue
        switch try screen(bytes, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let object): body = object
        }
        guard let schema = descriptor.responses.upload else {
            throw PayloadError(path: .root, message: "\(descriptor.id) documents no upload answer")
        }
        let values = try PayloadReader.read(body, as: schema)
        guard let url = values.uploadedURL, !url.isEmpty else {
            throw PayloadError(
                path: schema.primaryPath(of: .uploadedURL) ?? .root,
                message: "is missing: the answer carries no file URL")
        }
        return .uploaded(url)
    }
}
