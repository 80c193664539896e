// Signatures and secrets as text, back to bytes, per the scheme's encodings.

extension CallbackSignature.Encoding {
    /// The bytes `text` stands for in this encoding, or `nil` when it is malformed: base64 and base64url
    /// (padding optional), hexadecimal (either case), or the text's own UTF-8 bytes.
    package func decode(_ text: some StringProtocol) -> [UInt8]? {
        switch self {
        case .base64: Base64.decode(text, urlSafe: false)
        case .base64url: Base64.decode(text, urlSafe: true)
        case .hex: Hex.decode(text)
        case .raw: Array(text.utf8)
        }
    }
}
