// Test support for the crypto tests: hexadecimal literals to bytes, written independently of the code under test.

/// The bytes spelled by `hex` (pairs of hexadecimal digits; spaces ignored). Traps on a typo in a test literal.
func bytes(hex: String) -> [UInt8] {
    let digits = Array(hex.filter { $0 != " " })
    precondition(digits.count % 2 == 0, "odd number of hex digits in a test literal")
    return stride(from: 0, to: digits.count, by: 2).map { index in
        guard let byte = UInt8(String(digits[index...index + 1]), radix: 16) else {
            preconditionFailure("not hexadecimal in a test literal: \(digits[index...index + 1])")
        }
        return byte
    }
}

/// The UTF-8 bytes of `text`.
func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}
