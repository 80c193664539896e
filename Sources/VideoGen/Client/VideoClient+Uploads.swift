// The documented extras: image upload (multipart) and the blocking sync endpoint.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoClient {
    /// Uploads an image through the provider's documented upload operation and returns its public URL
    /// (use it in ``VideoRequest/imageURLs``; providers refuse inline base64 images).
    public func uploadImage(_ data: Data, fileName: String, contentType: String) async throws(VideoGenError) -> String {
        guard let upload = descriptor.operation(role: .upload) else {
            throw .unsupported(
                provider: descriptor.id,
                detail: "the provider documents no upload endpoint; host the image yourself and pass its https URL")
        }
        var call = OperationCall(upload.name)
        call.upload = MultipartUpload(data: data, fileName: fileName, contentType: contentType)
        let result = try await perform(call, operation: upload, timeoutSeconds: nil, overallDeadline: nil)
        let values: RoleValues
        do {
            values = try PayloadReader.read(
                result.json ?? .null,
                as: upload.response.map(descriptor.responseBody(named:))
                    ?? ObjectSchema(fields: [], acceptsUnknownFields: true))
        } catch {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: upload.name, detail: apiKey.redact(error.description))
        }
        guard let url = values.uploadedURL, !url.isEmpty else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: upload.name, detail: "is missing: the answer carries no file URL")
        }
        return url
    }

    /// Creates a video through the provider's blocking sync operation (it answers with the result; no polling).
    public func generateSync(_ request: VideoRequest) async throws(VideoGenError) -> VideoTask {
        guard let sync = descriptor.operation(role: .sync) else {
            throw .unsupported(
                provider: descriptor.id, detail: "the provider documents no sync endpoint; use generate(_:)")
        }
        let native = try nativeRequest(for: request)
        let result = try await perform(
            native.call(sync.name), operation: sync, timeoutSeconds: nil, overallDeadline: nil)
        guard let task = result.task else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: sync.name, detail: "the answer describes no task")
        }
        return try outcome(of: task)
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
