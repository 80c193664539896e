// What a provider said when it answered with an error.

@_spi(Generated) import VideoGenCore

/// A provider's error answer, read through the spec's error roles.
public struct ProviderErrorReport: Sendable, Hashable, CustomStringConvertible {
    /// The provider's identifier.
    public var provider: String
    /// The HTTP status, when the answer came over HTTP.
    public var httpStatus: Int?
    /// The provider's error code, as text.
    public var code: String?
    /// The provider's message (or, without one, what the spec says the status means).
    public var message: String
    /// The provider's error type word (`invalid_request_error`).
    public var type: String?

    /// Creates a report.
    public init(provider: String, httpStatus: Int?, code: String?, message: String, type: String?) {
        self.provider = provider
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.type = type
    }

    /// `acme: Invalid request: Missing required field: input.prompt (code 400)`.
    public var description: String {
        var text = "\(provider): \(message.escapingControlCharacters)"
        var extras: [String] = []
        if let httpStatus { extras.append("HTTP \(httpStatus)") }
        if let code, code != httpStatus.map(String.init) { extras.append("code \(code.escapingControlCharacters)") }
        if let type { extras.append(type.escapingControlCharacters) }
        if !extras.isEmpty { text += " (" + extras.joined(separator: ", ") + ")" }
        return text
    }
}
