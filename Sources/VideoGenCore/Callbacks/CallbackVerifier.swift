// Checks a received callback's signature against its provider's documented scheme: HMAC-SHA256 here on every
// platform, Ed25519 where CryptoKit is. Headers and timestamp are checked before any key is touched.

/// Checks callbacks against a provider's ``CallbackSignature`` scheme with a ``CallbackCredential``.
///
/// The checks run in this order, and the first that fails is the result: the signature header is present; the
/// headers the message uses (and the timestamp header, when the scheme has a tolerance) are present; the
/// timestamp is a whole number of seconds within the tolerance of `now`; a signature in the header can be read;
/// the credential fits the scheme and, for HMAC, the secret decodes; and finally a signature matches. One
/// matching signature among several in the header is enough. The verifier reads no clock: the caller passes now.
package struct CallbackVerifier: Sendable, CustomStringConvertible {
    /// The provider's signing scheme.
    package let scheme: CallbackSignature
    /// The secret or public keys (never shown in descriptions).
    private let credential: CallbackCredential

    /// A verifier for callbacks signed per `scheme`, checked with `credential`.
    package init(scheme: CallbackSignature, credential: CallbackCredential) {
        self.scheme = scheme
        self.credential = credential
    }

    /// The scheme's algorithm and signature header, and the kind of credential (never the secret).
    package var description: String {
        "CallbackVerifier(\(scheme.algorithm.rawValue), header \(scheme.signatureHeader), \(credential))"
    }

    /// Checks `request`, received at `now` (seconds since 1970), against the scheme. `taskId` fills `{taskId}`
    /// when the scheme's message uses it.
    package func verify(_ request: CallbackRequest, now: Double, taskId: String? = nil) -> CallbackVerification {
        guard let signatureText = request.header(scheme.signatureHeader) else {
            return .missingHeader(scheme.signatureHeader)
        }
        for (placeholder, header) in headerPlaceholders where uses(placeholder) || isTimestampChecked(placeholder) {
            guard let header else {
                return .cannotVerifyHere("the message uses {\(placeholder)}, but the scheme names no header for it")
            }
            if request.header(header) == nil { return .missingHeader(header) }
        }
        if uses("timestamp") || isTimestampChecked("timestamp"), let header = scheme.timestampHeader,
            let text = request.header(header)
        {
            guard let timestamp = Self.wholeSeconds(text) else {
                return .invalid("the \(header) header is not a whole number of seconds")
            }
            if let tolerance = scheme.toleranceSeconds {
                let age = now - Double(timestamp)
                // Written so that a NaN `now` is stale rather than fresh.
                guard abs(age) <= tolerance else { return .stale(ageSeconds: age) }
            }
        }
        if uses("taskId"), taskId == nil {
            return .cannotVerifyHere("the message uses {taskId}, but no task id was given")
        }
        let signatures = candidateSignatures(in: signatureText)
        guard !signatures.isEmpty else {
            var expected = "a \(scheme.signatureEncoding.rawValue) signature"
            if let prefix = scheme.signaturePrefix { expected += " after \"\(prefix)\"" }
            return .invalid("the \(scheme.signatureHeader) header holds no readable signature (\(expected))")
        }
        guard let message = signedMessage(for: request, taskId: taskId) else {
            return .cannotVerifyHere("the message cannot be built from this callback")
        }
        switch scheme.algorithm {
        case .hmacSHA256:
            guard case .secret(let secret) = credential else {
                return .cannotVerifyHere("an hmac-sha256 scheme needs the shared secret, not public keys")
            }
            guard let key = decodedSecret(secret) else { return .malformedSecret }
            let expected = HMAC.sha256(key: key, message: message)
            var matched = false
            for signature in signatures where ConstantTime.equal(signature, expected) {
                matched = true
            }
            return matched ? .valid : .invalid("no signature matches the secret")
        case .ed25519:
            guard Ed25519.isAvailable else {
                return .cannotVerifyHere("Ed25519 needs CryptoKit, which this platform lacks")
            }
            guard case .publicKeys(let keys) = credential else {
                return .cannotVerifyHere("an ed25519 scheme needs the provider's public keys, not a secret")
            }
            guard !keys.isEmpty else { return .cannotVerifyHere("no public keys were given") }
            for signature in signatures {
                for key in keys where Ed25519.isValidSignature(signature, for: message, publicKey: key) {
                    return .valid
                }
            }
            return .invalid("no signature matches any of the \(keys.count) public key(s)")
        }
    }

    /// The exact bytes the provider signed for `request`: the scheme's message with `{id}`, `{timestamp}` and
    /// `{user}` filled from their headers, `{body}` the raw body, `{bodySHA256}` its lowercase hex SHA-256 and
    /// `{taskId}` from `taskId`; `nil` when a value it needs is missing. Any other `{…}` stays as written.
    func signedMessage(for request: CallbackRequest, taskId: String?) -> [UInt8]? {
        var output: [UInt8] = []
        var rest = Substring(scheme.message)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output.append(contentsOf: rest[..<open].utf8)
            let name = rest[rest.index(after: open)..<close]
            switch name {
            case "body":
                output.append(contentsOf: request.body)
            case "bodySHA256":
                output.append(contentsOf: Hex.lowercase(SHA256.hash(request.body)).utf8)
            case "taskId":
                guard let taskId else { return nil }
                output.append(contentsOf: taskId.utf8)
            case "id", "timestamp", "user":
                guard let header = headerPlaceholders.first(where: { $0.placeholder == name })?.header,
                    let value = request.header(header)
                else { return nil }
                output.append(contentsOf: value.utf8)
            default:
                output.append(contentsOf: rest[open...close].utf8)
            }
            rest = rest[rest.index(after: close)...]
        }
        output.append(contentsOf: rest.utf8)
        return output
    }

    /// The placeholders filled from headers, with the header (if the scheme names one) for each.
    private var headerPlaceholders: [(placeholder: String, header: String?)] {
        [("id", scheme.idHeader), ("timestamp", scheme.timestampHeader), ("user", scheme.userHeader)]
    }

    /// Whether `placeholder` is the timestamp and the scheme checks its age (it names a header and a tolerance).
    private func isTimestampChecked(_ placeholder: String) -> Bool {
        placeholder == "timestamp" && scheme.timestampHeader != nil && scheme.toleranceSeconds != nil
    }

    /// Whether the scheme's message uses `{placeholder}`.
    private func uses(_ placeholder: String) -> Bool {
        scheme.message.contains("{\(placeholder)}")
    }

    /// The signatures in the signature header that carry the scheme's prefix (if any) and decode: the header is
    /// split at the separator (if the scheme has one) and empty pieces are skipped.
    private func candidateSignatures(in text: String) -> [[UInt8]] {
        var pieces = [Substring(text)]
        if let separator = scheme.signatureSeparator, !separator.isEmpty {
            pieces = text.split(separator: separator, omittingEmptySubsequences: true)
        }
        return pieces.compactMap { piece in
            var piece = piece
            if let prefix = scheme.signaturePrefix, !prefix.isEmpty {
                guard piece.hasPrefix(prefix) else { return nil }
                piece = piece.dropFirst(prefix.count)
            }
            guard !piece.isEmpty else { return nil }
            return scheme.signatureEncoding.decode(piece)
        }
    }

    /// The secret's bytes: its prefix (if the scheme has one and the secret starts with it) dropped, the rest
    /// decoded per the scheme; `nil` when that fails or leaves nothing.
    private func decodedSecret(_ secret: String) -> [UInt8]? {
        var text = Substring(secret)
        if let prefix = scheme.secretPrefix, !prefix.isEmpty, text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
        }
        guard let key = scheme.secretEncoding.decode(text), !key.isEmpty else { return nil }
        return key
    }

    /// The integer `text` spells in ASCII digits only (no sign, no fraction), or `nil`.
    private static func wholeSeconds(_ text: String) -> Int64? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        return Int64(text)
    }
}
