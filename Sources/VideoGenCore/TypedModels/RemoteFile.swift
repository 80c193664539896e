// A file an answer points to: a URL string, or an object with the URL and what the provider says about the file.

/// A file in a provider's answer, as sent: a URL string, or an object such as
/// `{"url", "content_type", "file_size", "file_name"}` (other members are kept).
public struct RemoteFile: Sendable, Hashable, Codable, JSONValueConvertible {
    /// The value exactly as the provider sent it.
    public let jsonValue: JSONValue

    /// The file's URL.
    public var url: String {
        if case .string(let url) = jsonValue { return url }
        return jsonValue["url"]?.stringValue ?? ""
    }

    /// Its content type (`video/mp4`), when the provider gives one.
    public var contentType: String? {
        first(["content_type", "contentType", "mime_type", "mimeType"]).flatMap(Coercion.text)
    }

    /// Its size in bytes, when the provider gives it.
    public var byteCount: Int? {
        first(["file_size", "fileSize", "size", "bytes"]).flatMap(Coercion.integer)
    }

    /// Its file name, when the provider gives one.
    public var fileName: String? {
        first(["file_name", "fileName", "filename"]).flatMap(Coercion.text)
    }

    /// A file given by its URL alone.
    public init(url: String) {
        jsonValue = .string(url)
    }

    private func first(_ names: [String]) -> JSONValue? {
        guard case .object(let object) = jsonValue else { return nil }
        return names.lazy.compactMap { object[$0] }.first { !$0.isNull }
    }

    /// Reads a URL string or an object with a string `url`.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> RemoteFile {
        switch value {
        case .string: return RemoteFile(value)
        case .object(let object):
            guard case .string? = object["url"] else {
                throw PayloadError(path: path.appending(key: "url"), message: "is missing: a file object needs its url")
            }
            return RemoteFile(value)
        default:
            throw PayloadError(path: path, message: "expected a URL or a file object, got \(value.briefDescription)")
        }
    }

    private init(_ value: JSONValue) {
        jsonValue = value
    }

    /// Decodes the value as sent.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            self = try RemoteFile.decode(value, at: .root, strict: false)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the value as sent.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
