// What a callback is checked with: the shared secret or the provider's public keys. Never printed.

/// What a callback's signature is checked with. Printing or dumping a credential never shows the secret.
public enum CallbackCredential: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The shared secret for an HMAC scheme, exactly as the provider hands it out (`whsec_…`): the scheme's
    /// secret prefix, when present, is dropped, and the rest decoded per the scheme's secret encoding.
    case secret(String)
    /// The provider's Ed25519 public keys, 32 raw bytes each (fetched and decoded from its JWKS by the
    /// caller); a signature by any of them is accepted.
    case publicKeys([[UInt8]])

    /// A description that names the kind of credential but never shows a secret.
    public var description: String {
        switch self {
        case .secret: "secret(<redacted>)"
        case .publicKeys(let keys): "publicKeys(\(keys.count))"
        }
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so that `dump` shows no secret either.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .enum) }
}
