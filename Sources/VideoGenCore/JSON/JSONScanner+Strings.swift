// String scanning for JSONScanner: UTF-8 validation, escapes, surrogate pairs.

extension JSONScanner {
    /// Parses the string whose opening quote is at `position`. Runs without escapes are turned
    /// into a `String` in one step; escapes go through the reusable `scratch` buffer.
    /// Afterwards `lastKeySpan` says where its bytes are if it was plain ASCII without escapes.
    mutating func parseString() throws(JSONScanError) -> String {
        let start = position + 1
        var index = start
        var asciiOnly = true
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                lastKeySpan = asciiOnly ? KeySpan(start: start, count: index - start) : .none
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                lastKeySpan = .none
                return try parseEscapedString(start: start, firstEscape: index)
            }
            if byte >= 0x20 && byte < 0x80 {
                index += 1
            } else {
                asciiOnly = false
                index = try advancePastStringByte(at: index)
            }
        }
        throw JSONScanError(reason: .unexpectedEnd, offset: count)
    }

    /// Checks a byte of string content that is neither a quote nor a backslash, and returns the
    /// index after it (after its whole UTF-8 sequence when it starts one).
    @inline(__always)
    private func advancePastStringByte(at index: Int) throws(JSONScanError) -> Int {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x80 {
            return index + 1
        }
        if byte < 0x20 {
            throw JSONScanError(reason: .unescapedControlCharacter, offset: index)
        }
        guard let end = validUTF8SequenceEnd(at: index) else {
            throw JSONScanError(reason: .invalidUTF8, offset: index)
        }
        return end
    }

    /// Continues a string from its first backslash, collecting the decoded bytes in `scratch`.
    private mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONScanError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<firstEscape]))
        var index = firstEscape
        var runStart = index
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                position = index + 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index = try decodeEscape(at: index)
                runStart = index
                continue
            }
            index = try advancePastStringByte(at: index)
        }
        throw JSONScanError(reason: .unexpectedEnd, offset: count)
    }

    /// Decodes the escape whose backslash is at `index` into `scratch`; returns the index after it.
    private mutating func decodeEscape(at index: Int) throws(JSONScanError) -> Int {
        guard index + 1 < count else {
            throw JSONScanError(reason: .unexpectedEnd, offset: count)
        }
        let decoded: UInt8
        switch bytes[index + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            return try decodeUnicodeEscape(at: index)
        default:
            throw JSONScanError(reason: .invalidEscape, offset: index)
        }
        scratch.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX` at `index`, combining a following low surrogate escape with a high
    /// surrogate. A surrogate without its partner becomes U+FFFD.
    private mutating func decodeUnicodeEscape(at index: Int) throws(JSONScanError) -> Int {
        let unit = try hexQuad(at: index + 2, escapeAt: index)
        var next = index + 6
        var scalarValue = UInt32(unit)
        if (0xD800...0xDBFF).contains(unit) {
            // A high surrogate: use the next escape only if it is the matching low surrogate.
            if next + 1 < count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                let low = try? hexQuad(at: next + 2, escapeAt: next), (0xDC00...0xDFFF).contains(low)
            {
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                next += 6
            } else {
                scalarValue = 0xFFFD
            }
        } else if (0xDC00...0xDFFF).contains(unit) {
            scalarValue = 0xFFFD
        }
        appendUTF8(scalarValue)
        return next
    }

    /// Reads four hex digits at `index`.
    private func hexQuad(at index: Int, escapeAt: Int) throws(JSONScanError) -> UInt16 {
        guard index + 4 <= count else {
            // Report a truncated escape as the end of input only if all that is there is hex.
            var at = index
            while at < count, JSONScanner.hexValue(bytes[at]) != nil { at += 1 }
            throw JSONScanError(
                reason: at == count ? .unexpectedEnd : .invalidEscape, offset: at == count ? count : escapeAt)
        }
        var value: UInt16 = 0
        for at in index..<(index + 4) {
            guard let digit = JSONScanner.hexValue(bytes[at]) else {
                throw JSONScanError(reason: .invalidEscape, offset: escapeAt)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Appends the UTF-8 encoding of a scalar value (never a surrogate) to `scratch`.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            scratch.append(UInt8(value))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | (value >> 6)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | (value >> 12)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        default:
            scratch.append(UInt8(0xF0 | (value >> 18)))
            scratch.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            scratch.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            scratch.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// If a well-formed UTF-8 sequence of two to four bytes starts at `index`, the index after
    /// it; otherwise `nil`. Rejects overlong forms, surrogates and values above U+10FFFF.
    func validUTF8SequenceEnd(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondHigh = 0x9F
        case 0xF0:
            length = 4
            secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondHigh = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = bytes[index + 1]
        guard second >= secondLow && second <= secondHigh else { return nil }
        var at = index + 2
        while at < index + length {
            guard bytes[at] & 0xC0 == 0x80 else { return nil }
            at += 1
        }
        return index + length
    }
}
