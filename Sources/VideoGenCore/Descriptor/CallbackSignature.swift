// How a provider signs its callbacks: the headers, the algorithm, the exact message, the secret's encoding.

/// A callback signing scheme, as the provider documents it.
///
/// The signed message is ``message`` with its placeholders filled in: `{id}`, `{timestamp}` and `{user}` from the
/// headers of the same names, `{body}` the raw body, `{bodySHA256}` the lowercase hex SHA-256 of the raw body, and
/// `{taskId}` the task id the body carries.
public struct CallbackSignature: Sendable, Hashable {
    /// The signature algorithm.
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        /// HMAC with SHA-256 and a shared secret.
        case hmacSHA256 = "hmac-sha256"
        /// Ed25519 with the provider's public keys.
        case ed25519
    }

    /// How bytes are written as text.
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
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
    public var algorithm: Algorithm
    /// Whether the provider signs only when asked to (so an unsigned callback is not necessarily forged).
    public var isOptIn: Bool
    /// The header carrying the signature (or a list of them).
    public var signatureHeader: String
    /// The header carrying the message id, if the message uses one.
    public var idHeader: String?
    /// The header carrying the timestamp (seconds since 1970), if the message uses one.
    public var timestampHeader: String?
    /// The header carrying the user id, if the message uses one.
    public var userHeader: String?
    /// The signed message, with placeholders (see the type's documentation).
    public var message: String
    /// How the signature is written.
    public var signatureEncoding: Encoding
    /// What comes before each signature in the header (`v1,`), if anything.
    public var signaturePrefix: String?
    /// What separates several signatures in the header (a space), if several may come.
    public var signatureSeparator: String?
    /// What comes before the secret itself in the secret the provider hands out (`whsec_`).
    public var secretPrefix: String?
    /// How the secret (after its prefix) is written.
    public var secretEncoding: Encoding
    /// Where the provider publishes its public keys (a JWKS document), for public-key schemes.
    public var publicKeysURL: String?
    /// How far the timestamp may be from now, in seconds; `nil` when the docs give no tolerance.
    public var toleranceSeconds: Double?
    /// The spec's description.
    public var summary: String

    /// Creates a signing scheme.
    public init(
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
    public static let placeholders = ["id", "timestamp", "user", "body", "bodySHA256", "taskId"]
}
