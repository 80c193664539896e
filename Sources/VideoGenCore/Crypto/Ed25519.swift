// Ed25519 signature checks: CryptoKit where there is one, nowhere else (never a silent pass).

#if canImport(CryptoKit)
    import CryptoKit
    import Foundation
#endif

/// Ed25519 (RFC 8032) signature verification, through CryptoKit.
package enum Ed25519 {
    /// Whether this platform can check Ed25519 signatures (it has CryptoKit).
    package static var isAvailable: Bool {
        #if canImport(CryptoKit)
            true
        #else
            false
        #endif
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by the raw 32-byte `publicKey`; `false` for
    /// a malformed key, and always `false` where ``isAvailable`` is `false`.
    package static func isValidSignature(_ signature: [UInt8], for message: [UInt8], publicKey: [UInt8]) -> Bool {
        #if canImport(CryptoKit)
            guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
            return key.isValidSignature(signature, for: message)
        #else
            return false
        #endif
    }
}
