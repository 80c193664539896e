// Number scanning for JSONScanner: strict RFC 8259 grammar, exact integers, fast exact doubles.

extension JSONScanner {
    /// Exact powers of ten that a `Double` holds without rounding.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Bytes that can continue a malformed number, so "06", "1.2.3" or "1e5e" are reported whole.
    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// Parses the number starting at `position`.
    mutating func parseNumber() throws(JSONScanError) -> JSONValue {
        let start = position
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }

        // Significant digits gathered while they fit; beyond 19 the slow path takes over.
        var mantissa: UInt64 = 0
        var digits = 0
        var decimalExponent = 0

        // Integer part: "0" or a non-zero digit followed by digits.
        guard index < count, JSONScanner.isDigit(bytes[index]) else {
            throw invalidNumber(from: start)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < count && JSONScanner.isDigit(bytes[index]) {
                throw invalidNumber(from: start)
            }
        } else {
            while index < count, JSONScanner.isDigit(bytes[index]) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
                }
                digits += 1
                index += 1
            }
        }
        var isInteger = true

        // Fraction.
        if index < count && bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < count, JSONScanner.isDigit(bytes[index]) else {
                throw invalidNumber(from: start)
            }
            while index < count, JSONScanner.isDigit(bytes[index]) {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
                    decimalExponent -= 1
                }
                if mantissa != 0 { digits += 1 }  // leading zeros of "0.000123" are not significant
                index += 1
            }
        }

        // Exponent.
        if index < count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            var exponentNegative = false
            if index < count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < count, JSONScanner.isDigit(bytes[index]) else {
                throw invalidNumber(from: start)
            }
            var exponent = 0
            while index < count, JSONScanner.isDigit(bytes[index]) {
                if exponent < 100_000 {
                    exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                }
                index += 1
            }
            decimalExponent += exponentNegative ? -exponent : exponent
        }

        if index < count && JSONScanner.isNumberByte(bytes[index]) {
            throw invalidNumber(from: start)
        }
        position = index

        if isInteger && digits <= 19 {
            if !negative && mantissa <= UInt64(Int.max) {
                return .integer(Int(mantissa))
            }
            if negative && mantissa <= UInt64(Int.max) + 1 {
                return .integer(Int(truncatingIfNeeded: 0 &- mantissa))
            }
        }

        // Exact fast path: both operands are exact doubles, so one rounding gives the right answer.
        if digits <= 19 && mantissa <= (1 << 53) && abs(decimalExponent) <= 22 {
            var value = Double(mantissa)
            let power = JSONScanner.exactPowersOfTen[abs(decimalExponent)]
            value = decimalExponent < 0 ? value / power : value * power
            return .number(negative ? -value : value)
        }
        return try parseNumberSlowly(start: start, end: index)
    }

    /// Converts well-formed number text with the standard library's correctly rounded parser.
    @inline(never)
    private func parseNumberSlowly(start: Int, end: Int) throws(JSONScanError) -> JSONValue {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let shown = text.utf8.count <= 64 ? text : String(text.prefix(63)) + "…"
        guard let value = Double(text) else {
            throw JSONScanError(reason: .invalidNumber(shown), offset: start)
        }
        guard value.isFinite else {
            throw JSONScanError(reason: .numberOutOfRange(shown), offset: start)
        }
        return .number(value)
    }

    /// An `invalidNumber` error showing the number-like text that starts at `start`.
    private func invalidNumber(from start: Int) -> JSONScanError {
        var end = start + 1
        while end < count, end - start < 64, JSONScanner.isNumberByte(bytes[end]) { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return JSONScanError(reason: .invalidNumber(text), offset: start)
    }
}
