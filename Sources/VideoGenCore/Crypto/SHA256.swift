// SHA-256 (FIPS 180-4), block by block, with wrapping arithmetic only: no package dependency, no traps.

/// SHA-256 (FIPS 180-4): feed bytes with ``update(_:)``, read the 32-byte digest with ``finalize()``, or hash in
/// one call with ``hash(_:)``.
package struct SHA256: Sendable {
    /// The size of a digest in bytes.
    package static let byteCount = 32
    /// The size of a block in bytes.
    package static let blockByteCount = 64

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// The running hash value (eight words).
    private var state = SHA256.initialState
    /// The bytes of the block not yet complete (fewer than 64).
    private var pending: [UInt8] = []
    /// How many bytes have been fed so far (modulo 2⁶⁴).
    private var byteLength: UInt64 = 0
    /// The message schedule, reused for every block.
    private var schedule = [UInt32](repeating: 0, count: 64)

    /// Starts an empty hash.
    package init() {
        pending.reserveCapacity(SHA256.blockByteCount)
    }

    /// The SHA-256 digest (32 bytes) of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Feeds more bytes. Contiguous input (`[UInt8]`, `Data`, …) is hashed straight from its storage.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            absorb(buffer)
        }
        if handled != nil { return }
        for byte in bytes {
            pending.append(byte)
            byteLength &+= 1
            if pending.count == SHA256.blockByteCount {
                flushPending()
            }
        }
    }

    /// The digest of everything fed so far (32 bytes). The hasher itself is left as it was, so more bytes may
    /// still be fed.
    package func finalize() -> [UInt8] {
        var copy = self
        let bitLength = byteLength &* 8
        copy.pending.append(0x80)
        if copy.pending.count > SHA256.blockByteCount - 8 {
            copy.pending.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - copy.pending.count))
            copy.flushPending()
        }
        copy.pending.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - 8 - copy.pending.count))
        for shift in stride(from: 56, through: 0, by: -8) {
            copy.pending.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        copy.flushPending()
        var digest: [UInt8] = []
        digest.reserveCapacity(SHA256.byteCount)
        for word in copy.state {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    /// Feeds the bytes of a contiguous buffer: tops up the pending block, then compresses whole blocks in place.
    private mutating func absorb(_ buffer: UnsafeBufferPointer<UInt8>) {
        byteLength &+= UInt64(truncatingIfNeeded: buffer.count)
        var offset = 0
        if !pending.isEmpty {
            let taken = min(SHA256.blockByteCount - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<taken])
            offset = taken
            if pending.count < SHA256.blockByteCount { return }
            flushPending()
        }
        while buffer.count - offset >= SHA256.blockByteCount {
            compress(buffer, at: offset)
            offset += SHA256.blockByteCount
        }
        pending.append(contentsOf: buffer[offset...])
    }

    /// Compresses the (full) pending block and empties it.
    private mutating func flushPending() {
        let block = pending
        block.withUnsafeBufferPointer { compress($0, at: 0) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Compresses the 64 bytes of `block` from `offset` into the state.
    private mutating func compress(_ block: UnsafeBufferPointer<UInt8>, at offset: Int) {
        for index in 0..<16 {
            let base = offset + index * 4
            schedule[index] =
                UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8
                | UInt32(block[base + 3])
        }
        for index in 16..<64 {
            let early = schedule[index - 15]
            let late = schedule[index - 2]
            let sigma0 = rotateRight(early, 7) ^ rotateRight(early, 18) ^ (early >> 3)
            let sigma1 = rotateRight(late, 17) ^ rotateRight(late, 19) ^ (late >> 10)
            schedule[index] = schedule[index - 16] &+ sigma0 &+ schedule[index - 7] &+ sigma1
        }
        var a = state[0]
        var b = state[1]
        var c = state[2]
        var d = state[3]
        var e = state[4]
        var f = state[5]
        var g = state[6]
        var h = state[7]
        for index in 0..<64 {
            let sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temporary1 = h &+ sum1 &+ choice &+ SHA256.roundConstants[index] &+ schedule[index]
            let sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temporary2 = sum0 &+ majority
            h = g
            g = f
            f = e
            e = d &+ temporary1
            d = c
            c = b
            b = a
            a = temporary1 &+ temporary2
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }
}

/// `value` rotated right by `count` bits (0 < `count` < 32).
@inline(__always)
private func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 &- count))
}
