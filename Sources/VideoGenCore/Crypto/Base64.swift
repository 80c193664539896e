// Base64 and base64url text (RFC 4648) to bytes, rejecting anything malformed.

/// Base64 decoding (RFC 4648, sections 4 and 5).
package enum Base64 {
    /// The bytes `text` spells in base64 (`urlSafe` false: `+` and `/`) or base64url (`urlSafe` true: `-` and
    /// `_`), or `nil` when it is malformed. Padding is optional, but when present it must be right (the text a
    /// multiple of four characters, at most two `=`, only at the end). No whitespace is allowed. Unused low bits
    /// of the last character are ignored, as most decoders do.
    package static func decode(_ text: some StringProtocol, urlSafe: Bool) -> [UInt8]? {
        var characters = Array(text.utf8)
        var padding = 0
        while characters.last == UInt8(ascii: "=") {
            characters.removeLast()
            padding += 1
        }
        if padding > 0, padding > 2 || (characters.count + padding) % 4 != 0 { return nil }
        // A lone character in the last group carries only 6 bits: not a whole byte.
        guard characters.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bitCount = 0
        for character in characters {
            guard let sextet = value(of: character, urlSafe: urlSafe) else { return nil }
            accumulator = (accumulator << 6 | UInt32(sextet)) & 0xffff
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                bytes.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bitCount)))
            }
        }
        return bytes
    }

    /// The value of one base64 character in the chosen alphabet, or `nil`.
    private static func value(of character: UInt8, urlSafe: Bool) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): character - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): character - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+") where !urlSafe, UInt8(ascii: "-") where urlSafe: 62
        case UInt8(ascii: "/") where !urlSafe, UInt8(ascii: "_") where urlSafe: 63
        default: nil
        }
    }
}
