// The documented extras: image upload (multipart) and the blocking sync endpoint.

import Foundation

extension VideoClient {
    /// Uploads an image through the provider's documented upload endpoint and returns its public URL
    /// (use it in ``VideoRequest/imageURLs``; providers refuse inline base64 images).
    public func uploadImage(_ data: Data, fileName: String, contentType: String) async throws(VideoGenError) -> String {
        guard let endpoint = descriptor.endpoints.upload, let form = endpoint.multipart else {
            throw .unsupported(
                provider: descriptor.id,
                detail: "the provider documents no upload endpoint; host the image yourself and pass its https URL")
        }
        var problems: [String] = []
        if let maximum = form.maxBytes, data.count > maximum {
            problems.append("the file is \(data.count) bytes; the upload accepts at most \(maximum) bytes")
        }
        if !form.contentTypes.isEmpty, !form.contentTypes.contains(contentType.lowercased()) {
            problems.append(
                "the content type \(contentType) is not accepted (accepted: \(form.contentTypes.joined(separator: ", ")))"
            )
        }
        if data.isEmpty { problems.append("the file is empty") }
        guard problems.isEmpty else { throw .invalidRequest(provider: descriptor.id, violations: problems) }
        var request = try httpRequest(for: endpoint, model: descriptor.defaultModel, taskID: nil, body: nil)
        let boundary = "VideoGen-\(UInt64(jitter.next() * 1e15))"
        request.headers.append(HTTPHeader("Content-Type", "multipart/form-data; boundary=\(boundary)"))
        request.body = MultipartBody.encode(
            boundary: boundary,
            fields: form.fields.compactMap { field in field.defaultValue.map { (field.name, $0) } },
            file: (form.fileField, fileName, contentType, data))
        let deadline = configuration.clock.now() + TimeBounds.clamp(configuration.callTimeoutSeconds)
        let response = try await send(request, call: .upload, deadline: deadline)
        let outcome: UploadOutcome
        do {
            outcome = try PayloadDecoder.decodeUpload(
                response.body, descriptor: descriptor, httpStatus: response.status)
        } catch {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "upload", detail: apiKey.redact(error.description))
        }
        switch outcome {
        case .uploaded(let url): return url
        case .providerError(let report):
            throw .providerError(
                redact(report), retryAfterSeconds: response.retryAfterSeconds(now: configuration.clock.date()))
        }
    }

    /// Creates a video through the provider's blocking sync endpoint (it answers with the result; no polling).
    public func generateSync(_ request: VideoRequest) async throws(VideoGenError) -> VideoTask {
        guard let endpoint = descriptor.endpoints.sync else {
            throw .unsupported(
                provider: descriptor.id, detail: "the provider documents no sync endpoint; use generate(_:)")
        }
        let native = try nativeRequest(for: request)
        let http = try httpRequest(for: endpoint, model: native.model, taskID: nil, body: native.body)
        // The sync endpoint blocks while the video renders: its own timeout, when longer, bounds the call.
        let bound = max(configuration.callTimeoutSeconds, (endpoint.timeoutSeconds ?? 0) * 2)
        let response = try await send(
            http, call: .create, deadline: configuration.clock.now() + TimeBounds.clamp(bound))
        return try outcome(of: decodeTask(response, kind: endpoint.response, endpoint: "sync"))
    }
}

/// `multipart/form-data` bodies.
enum MultipartBody {
    static func encode(
        boundary: String, fields: [(String, String)], file: (field: String, name: String, type: String, data: Data)
    ) -> Data {
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        for (name, value) in fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(quoted(name))\"")
            line("")
            line(value)
        }
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"\(quoted(file.field))\"; filename=\"\(quoted(file.name))\"")
        line("Content-Type: \(file.type)")
        line("")
        body.append(file.data)
        line("")
        line("--\(boundary)--")
        return body
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "").replacingOccurrences(
            of: "\n", with: "")
    }
}
