// What checking a callback's signature found.

/// The outcome of checking a callback's signature. Only ``valid`` means the callback may be trusted.
///
/// No case ever carries the secret.
public enum CallbackVerification: Sendable, Hashable, CustomStringConvertible {
    /// A signature in the callback matches.
    case valid
    /// No signature in the callback matches (or none could be read); the reason says which.
    case invalid(String)
    /// The callback lacks a header the scheme needs (named as the scheme spells it). For an opt-in scheme this
    /// may mean signing was never asked for rather than a forgery; either way the callback is not verified.
    case missingHeader(String)
    /// The timestamp is further from now than the scheme tolerates: `ageSeconds` is now minus the timestamp
    /// (negative for a timestamp in the future).
    case stale(ageSeconds: Double)
    /// The secret could not be decoded as the scheme says it is written (or is empty).
    case malformedSecret
    /// The callback could not be checked here: the platform lacks the algorithm, the credential does not fit
    /// the scheme, or something the message needs was not given. The reason says which.
    case cannotVerifyHere(String)

    /// Whether the callback is verified.
    public var isValid: Bool { self == .valid }

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .valid: "valid signature"
        case .invalid(let reason): "invalid signature: \(reason)"
        case .missingHeader(let name): "missing header \(name)"
        case .stale(let age):
            age >= 0
                ? "stale timestamp: \(Self.seconds(age)) old"
                : "timestamp \(Self.seconds(-age)) in the future"
        case .malformedSecret: "malformed secret: it does not decode as the scheme's encoding"
        case .cannotVerifyHere(let reason): "cannot verify here: \(reason)"
        }
    }

    /// `seconds` written briefly (`301 s`, `0.5 s`).
    private static func seconds(_ seconds: Double) -> String {
        if seconds.isFinite, seconds == seconds.rounded(), abs(seconds) < 1e15 {
            return "\(Int64(seconds)) s"
        }
        return "\(seconds) s"
    }
}
