// HMAC-SHA256 (RFC 2104), keys of any length.

/// HMAC (RFC 2104) over SHA-256.
package enum HMAC {
    /// The HMAC-SHA256 of `message` under `key` (32 bytes). A key longer than a block (64 bytes) is hashed
    /// first; a shorter one is padded with zeros, as the RFC says.
    package static func sha256(key: some Collection<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        var blockKey = key.count > SHA256.blockByteCount ? SHA256.hash(key) : Array(key)
        blockKey.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - blockKey.count))
        var inner = SHA256()
        inner.update(blockKey.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(blockKey.map { $0 ^ 0x5c })
        outer.update(inner.finalize())
        return outer.finalize()
    }
}
