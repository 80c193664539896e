// How a provider signs its callbacks: the headers, the algorithm, the exact message, the secret's encoding.

/// A callback signing scheme, as the provider documents it.
///
/// The signed message is ``message`` with its placeholders filled in: `{id}`, `{timestamp}` and `{user}` from the
/// headers of the same names, `{body}` the raw body, `{bodySHA256}` the lowercase hex SHA-256 of the raw body, and
/// `{taskId}` the task id the body carries.
package struct CallbackSignature: Sendable, Hashable {
    /// The signature algorithm.
    package enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// HMAC with SHA-256 and a shared secret.
        case hmacSHA256 = "hmac-sha256"
        /// Ed25519 with the provider's public keys.
        case ed25519
    }

    /// How bytes are written as text.
    package enum Encoding: String, Sendable, Hashable, CaseIterable {
        /// Standard base64.
        case base64
        /// URL-safe base64, padding optional.
        case base64url
        /// Lowercase or uppercase hexadecimal.
        case hex
        /// The text's own UTF-8 bytes.
        case raw
    }

    /// The algorithm.
    package var algorithm: Algorithm
    /// Whether the provider signs only when asked to (so an unsigned callback is not necessarily forged).
    package var isOptIn: Bool
    /// The header carrying the signature (or a list of them).
    package var signatureHeader: String
    /// The header carrying the message id, if the message uses one.
    package var idHeader: String?
    /// The header carrying the timestamp (seconds since 1970), if the message uses one.
    package var timestampHeader: String?
    /// The header carrying the user id, if the message uses one.
    package var userHeader: String?
    /// The signed message, with placeholders (see the type's documentation).
    package var message: String
    /// How the signature is written.
    package var signatureEncoding: Encoding
    /// What comes before each signature in the header (`v1,`), if anything.
    package var signaturePrefix: String?
    /// What separates several signatures in the header (a space), if several may come.
    package var signatureSeparator: String?
    /// What comes before the secret itself in the secret the provider hands out (`whsec_`).
    package var secretPrefix: String?
    /// How the secret (after its prefix) is written.
    package var secretEncoding: Encoding
    /// Where the provider publishes its public keys (a JWKS document), for public-key schemes.
    package var publicKeysURL: String?
    /// How far the timestamp may be from now, in seconds; `nil` when the docs give no tolerance.
    package var toleranceSeconds: Double?
    /// The spec's description.
    package var summary: String

    /// Creates a signing scheme.
    package init(
        algorithm: Algorithm, isOptIn: Bool = false, signatureHeader: String, idHeader: String? = nil,
        timestampHeader: String? = nil, userHeader: String? = nil, message: String,
        signatureEncoding: Encoding, signaturePrefix: String? = nil, signatureSeparator: String? = nil,
        secretPrefix: String? = nil, secretEncoding: Encoding = .raw, publicKeysURL: String? = nil,
        toleranceSeconds: Double? = nil, summary: String = ""
    ) {
        self.algorithm = algorithm
        self.isOptIn = isOptIn
        self.signatureHeader = signatureHeader
        self.idHeader = idHeader
        self.timestampHeader = timestampHeader
        self.userHeader = userHeader
        self.message = message
        self.signatureEncoding = signatureEncoding
        self.signaturePrefix = signaturePrefix
        self.signatureSeparator = signatureSeparator
        self.secretPrefix = secretPrefix
        self.secretEncoding = secretEncoding
        self.publicKeysURL = publicKeysURL
        self.toleranceSeconds = toleranceSeconds
        self.summary = summary
    }

    /// The placeholders a message may use.
    package static let placeholders = ["id", "timestamp", "user", "body", "bodySHA256", "taskId"]
}
