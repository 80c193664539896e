// The API key: kept out of every description, dump, log and error.

import Foundation
@_spi(Generated) import VideoGenCore

/// An API key. Its descriptions are redacted (`APIKey(***)`), so printing, dumping or logging a client,
/// a configuration or an error never reveals it. Only the request builder reads ``secret``.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself. Do not print it.
    public let secret: String

    /// Wraps a key; surrounding whitespace (a trailing newline in a key file) is dropped.
    public init(_ secret: String) {
        self.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `APIKey(***)`.
    public var description: String { "APIKey(***)" }

    /// `APIKey(***)`.
    public var debugDescription: String { description }

    /// A mirror without the key, so `dump` shows nothing secret.
    public var customMirror: Mirror { Mirror(self, children: ["secret": "***"]) }

    /// `text` with every occurrence of the key replaced by `***` (provider messages sometimes echo it).
    public func redact(_ text: String) -> String {
        guard secret.count >= 4 else { return text }
        return text.replacingOccurrences(of: secret, with: "***")
    }
}
