// Decodes provider payloads into the unified task (or the provider's error report), guided only by the descriptor.

import Foundation
@_spi(Generated) import VideoGenCore

/// The result of decoding a payload: a task, or the provider reporting an error.
public enum DecodedPayload: Sendable, Hashable {
    /// The payload describes a task (a failed task is still a task).
    case task(VideoTask)
    /// The payload is the provider reporting an error.
    case providerError(ProviderErrorReport)
}

/// Decodes the answers of any provider into ``VideoTask``, through the named response that reads them.
public enum PayloadDecoder {
    /// The deepest nesting accepted in a payload.
    public static let maximumDepth = 64

    /// Decodes raw bytes as a payload of `kind`; `httpStatus` (when the payload came over HTTP) turns non-2xx answers
    /// into errors.
    public static func decode(
        _ bytes: some Collection<UInt8>, kind: ResponseKind, descriptor: ProviderDescriptor, httpStatus: Int? = nil
    ) throws(PayloadError) -> DecodedPayload {
        let response = try self.response(for: kind, descriptor: descriptor)
        switch try screen(bytes, response: response, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let body): return .task(try task(in: body, response: response, kind: kind, descriptor: descriptor))
        }
    }

    /// Decodes a parsed payload of `kind`.
    public static func decode(
        _ body: JSONValue, kind: ResponseKind, descriptor: ProviderDescriptor, httpStatus: Int? = nil
    ) throws(PayloadError) -> DecodedPayload {
        let response = try self.response(for: kind, descriptor: descriptor)
        switch try screen(body, response: response, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let body): return .task(try task(in: body, response: response, kind: kind, descriptor: descriptor))
        }
    }

    private static func response(for kind: ResponseKind, descriptor: ProviderDescriptor) throws(PayloadError)
        -> ResponseSchema
    {
        guard let response = descriptor.response(for: kind) else {
            throw PayloadError(path: .root, message: "\(descriptor.id) documents no \(kind.rawValue) payload")
        }
        return response
    }

    /// What a payload is before it is read: the provider reporting an error, or an object to read.
    enum Screened {
        case providerError(ProviderErrorReport)
        case object(JSONValue)
    }

    /// Parses `bytes` and screens them; what is not JSON is an error answer over a failed HTTP status, else malformed.
    static func screen(
        _ bytes: some Collection<UInt8>, response: ResponseSchema?, descriptor: ProviderDescriptor, httpStatus: Int?
    ) throws(PayloadError) -> Screened {
        let body: JSONValue
        do {
            body = try JSONParser.parse(bytes, options: .init(maximumDepth: maximumDepth))
        } catch {
            if failed(httpStatus) {
                return .providerError(report(from: RoleValues(), descriptor: descriptor, httpStatus: httpStatus))
            }
            throw PayloadError(path: .root, message: "not JSON: \(error)", isUnreadable: true)
        }
        return try screen(body, response: response, descriptor: descriptor, httpStatus: httpStatus)
    }

    /// A body is an error answer when the HTTP status failed or error detection (the response's own, else the
    /// spec's) says so; then its code and message are read leniently (keeping what the provider said matters more
    /// than a strict reading).
    static func screen(_ body: JSONValue, response: ResponseSchema?, descriptor: ProviderDescriptor, httpStatus: Int?)
        throws(PayloadError) -> Screened
    {
        guard case .object = body else {
            if failed(httpStatus) {
                return .providerError(report(from: RoleValues(), descriptor: descriptor, httpStatus: httpStatus))
            }
            throw PayloadError(path: .root, message: "expected a JSON object, got \(body.kindDescription)")
        }
        if failed(httpStatus) || descriptor.errors.isError(body, detection: response?.errorDetection) {
            let values = PayloadReader.readLeniently(body, as: descriptor.errorResponse.body)
            return .providerError(report(from: values, descriptor: descriptor, httpStatus: httpStatus))
        }
        return .object(body)
    }

    private static func failed(_ httpStatus: Int?) -> Bool {
        httpStatus.map { !(200..<300).contains($0) } ?? false
    }

    /// Reads a body that is not an error answer as `response`, and the unified task it describes.
    static func task(in body: JSONValue, response: ResponseSchema, kind: ResponseKind, descriptor: ProviderDescriptor)
        throws(PayloadError) -> VideoTask
    {
        let values = try PayloadReader.read(body, as: response.body)
        return try task(from: values, kind: kind, response: response, descriptor: descriptor)
    }

    /// The unified task a set of role values describes.
    package static func task(
        from values: RoleValues, kind: ResponseKind, response: ResponseSchema, descriptor: ProviderDescriptor
    ) throws(PayloadError) -> VideoTask {
        let schema = response.body
        let providerState = values.state
        let state: TaskState
        if let providerState {
            state = descriptor.unifiedState(of: providerState, in: response)
        } else {
            switch kind {
            case .create:
                state = .queued
            case .sync where !values.videoURLs.isEmpty, .result where !values.videoURLs.isEmpty:
                state = .succeeded
            case .cancel:
                state = .cancelled
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
            // A success is a video: one without a usable URL makes no sense — unless the provider hands results out
            // through a result operation of their own, which the client then calls.
            if values.videoURLs.isEmpty, descriptor.operation(role: .result) == nil || kind == .result {
                throw PayloadError(
                    path: schema.primaryPath(of: .videoURLs) ?? .root,
                    message: "reports success (\(providerState ?? "no state")) but carries no video URL")
            }
        }
        var task = VideoTask(
            provider: descriptor.id,
            taskID: values.taskID,
            state: state,
            providerState: providerState,
            progress: values.progress.map { Int(min(100, max(0, $0)).rounded()) },
            failure: failure,
            createdAt: values.createdAt,
            completedAt: values.completedAt,
            expiresAt: values.expiresAt,
            model: values.model, queuePosition: values.queuePosition,
            videos: values.videoFiles.map {
                VideoFile(url: $0.url, contentType: $0.contentType, byteCount: $0.byteCount, fileName: $0.fileName)
            })
        task.handle = descriptor.handle(for: task)
        return task
    }

    /// The error report a set of error-role values describes.
    package static func report(from values: RoleValues, descriptor: ProviderDescriptor, httpStatus: Int?)
        -> ProviderErrorReport
    {
        let meaning =
            httpStatus.flatMap { descriptor.errors.info(for: $0)?.meaning }
            ?? values.errorCode.flatMap { descriptor.errors.info(forCode: $0)?.meaning }
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
        let response = try self.response(for: .upload, descriptor: descriptor)
        let body: JSONValue
        switch try screen(bytes, response: response, descriptor: descriptor, httpStatus: httpStatus) {
        case .providerError(let report): return .providerError(report)
        case .object(let object): body = object
        }
        let values = try PayloadReader.read(body, as: response.body)
        guard let url = values.uploadedURL, !url.isEmpty else {
            throw PayloadError(
                path: response.body.primaryPath(of: .uploadedURL) ?? .root,
                message: "is missing: the answer carries no file URL")
        }
        return .uploaded(url)
    }
}
