// Tests for HMAC-SHA256 with the test cases of RFC 4231 (section 4), keys, data and MACs written from the RFC.

import Testing

@testable import VideoGenCore

@Suite struct HMACTests {
    /// `Hex.lowercase(HMAC.sha256(key: key, message: data))`.
    private func mac(key: [UInt8], data: [UInt8]) -> String {
        Hex.lowercase(HMAC.sha256(key: key, message: data))
    }

    @Test func testCase1() {
        #expect(
            mac(key: [UInt8](repeating: 0x0b, count: 20), data: bytes("Hi There"))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    /// A key shorter than the output.
    @Test func testCase2() {
        #expect(
            mac(key: bytes("Jefe"), data: bytes("what do ya want for nothing?"))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func testCase3() {
        #expect(
            mac(key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50))
                == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func testCase4() {
        #expect(
            mac(
                key: bytes(hex: "0102030405060708090a0b0c0d0e0f10111213141516171819"),
                data: [UInt8](repeating: 0xcd, count: 50))
                == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    /// Truncated to 128 bits in the RFC: only the prefix is given.
    @Test func testCase5() {
        let full = mac(key: [UInt8](repeating: 0x0c, count: 20), data: bytes("Test With Truncation"))
        #expect(full.hasPrefix("a3b6167473100ee06e0c796c2955552b"))
    }

    /// A 131-byte key, longer than a block, is hashed first.
    @Test func testCase6() {
        #expect(
            mac(
                key: [UInt8](repeating: 0xaa, count: 131),
                data: bytes("Test Using Larger Than Block-Size Key - Hash Key First"))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    /// A key and data both longer than a block.
    @Test func testCase7() {
        let data = bytes(
            "This is a test using a larger than block-size key and a larger than block-size data. "
                + "The key needs to be hashed before being used by the HMAC algorithm.")
        #expect(
            mac(key: [UInt8](repeating: 0xaa, count: 131), data: data)
                == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }
}
