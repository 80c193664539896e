// Tests for the byte helpers behind signature checks: hexadecimal, base64 and base64url decoding (malformed
// input gives nil, never a trap), the scheme encodings, and the constant-time comparison.

import Testing

@testable import VideoGenCore

@Suite struct ByteEncodingTests {
    // MARK: Hex

    @Test func hexRoundTripsEitherCase() {
        #expect(Hex.lowercase([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.lowercase([UInt8]()) == "")
        #expect(Hex.decode("000fa0ff") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.decode("000FA0FF") == [0x00, 0x0f, 0xa0, 0xff])
        #expect(Hex.decode("") == [])
    }

    @Test(arguments: ["0", "abc", "zz", "0g", " 00", "00 ", "0x00", "é0"])
    func malformedHexIsNil(text: String) {
        #expect(Hex.decode(text) == nil)
    }

    // MARK: Base64 (RFC 4648, section 10 vectors)

    @Test func base64Vectors() {
        let vectors = [
            ("", ""), ("Zg==", "f"), ("Zm8=", "fo"), ("Zm9v", "foo"), ("Zm9vYg==", "foob"), ("Zm9vYmE=", "fooba"),
            ("Zm9vYmFy", "foobar"),
        ]
        for (text, plain) in vectors {
            #expect(Base64.decode(text, urlSafe: false) == bytes(plain), "\(text)")
            #expect(Base64.decode(text, urlSafe: true) == bytes(plain), "\(text)")
        }
        // Padding is optional.
        #expect(Base64.decode("Zg", urlSafe: false) == bytes("f"))
        #expect(Base64.decode("Zm8", urlSafe: true) == bytes("fo"))
    }

    @Test func alphabetsDiffer() {
        #expect(Base64.decode("+/8=", urlSafe: false) == [0xfb, 0xff])
        #expect(Base64.decode("-_8=", urlSafe: true) == [0xfb, 0xff])
        #expect(Base64.decode("-_8=", urlSafe: false) == nil)
        #expect(Base64.decode("+/8=", urlSafe: true) == nil)
    }

    @Test(arguments: ["Z", "Zg=", "Zg===", "Z===", "=", "Zm9v=", "Zg==Zg==", "Z g=", "Zm9v\n", "Zm*v", "Zé=="])
    func malformedBase64IsNil(text: String) {
        #expect(Base64.decode(text, urlSafe: false) == nil)
        #expect(Base64.decode(text, urlSafe: true) == nil)
    }

    // MARK: Scheme encodings

    @Test func schemeEncodings() {
        #expect(CallbackSignature.Encoding.base64.decode("AP8=") == [0x00, 0xff])
        #expect(CallbackSignature.Encoding.base64url.decode("AP8") == [0x00, 0xff])
        #expect(CallbackSignature.Encoding.hex.decode("00FF") == [0x00, 0xff])
        #expect(CallbackSignature.Encoding.raw.decode("é!") == [0xc3, 0xa9, 0x21])
        #expect(CallbackSignature.Encoding.base64.decode("A") == nil)
        #expect(CallbackSignature.Encoding.hex.decode("A") == nil)
    }

    // MARK: Constant-time comparison

    @Test func constantTimeEquality() {
        #expect(ConstantTime.equal([UInt8](), [UInt8]()))
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([0, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
        #expect(ConstantTime.equal([1, 2, 3][1...], [2, 3]))
    }
}
