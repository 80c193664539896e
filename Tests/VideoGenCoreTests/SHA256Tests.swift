// Tests for SHA-256: the FIPS 180-2 examples, messages at the padding edges, streaming in pieces, and
// input that is not contiguous. Every expected digest is a literal, not computed by the code under test.

import Foundation
import Testing

@testable import VideoGenCore

@Suite struct SHA256Tests {
    /// `Hex.lowercase(SHA256.hash(bytes))`.
    private func digest(_ bytes: some Sequence<UInt8>) -> String {
        Hex.lowercase(SHA256.hash(bytes))
    }

    // MARK: FIPS 180-2, appendix B

    @Test func oneBlockMessage() {
        #expect(digest(bytes("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func emptyMessage() {
        #expect(digest([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hash([UInt8]()).count == 32)
    }

    @Test func twoBlockMessage() {
        #expect(
            digest(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionAs() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(digest(message) == expected)
        #expect(digest(Data(message)) == expected)
        // The same million bytes fed in uneven pieces (997 does not divide 64).
        var hasher = SHA256()
        var fed = 0
        while fed < message.count {
            let end = min(fed + 997, message.count)
            hasher.update(message[fed..<end])
            fed = end
        }
        #expect(Hex.lowercase(hasher.finalize()) == expected)
    }

    // MARK: Padding edges

    /// Digests of the bytes 0, 1, 2, … n−1, around the lengths where padding spills into another block. The
    /// expected values come from Python's hashlib (an independent implementation):
    /// `hashlib.sha256(bytes(range(n))).hexdigest()`.
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
        (127, "92ca0fa6651ee2f97b884b7246a562fa71250fedefe5ebf270d31c546bfea976"),
        (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
    ])
    func paddingEdges(length: Int, expected: String) {
        #expect(digest((0..<length).map { UInt8($0) }) == expected)
    }

    // MARK: Streaming

    /// The 128-byte message split at every point, fed in two pieces, gives the one-shot digest (from hashlib).
    @Test func everySplitOfTwoBlocks() {
        let message = (0..<128).map { UInt8($0) }
        for split in 0...message.count {
            var hasher = SHA256()
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(
                Hex.lowercase(hasher.finalize())
                    == "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5", "split at \(split)")
        }
    }

    /// Input without contiguous storage goes byte by byte, mixed with contiguous pieces.
    @Test func nonContiguousInput() {
        var hasher = SHA256()
        hasher.update(bytes("ab").lazy.map { $0 })
        hasher.update(bytes("c"))
        #expect(Hex.lowercase(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let message = (0..<65).map { UInt8($0) }
        #expect(digest(message.lazy.map { $0 }) == "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781")
    }

    /// Reading the digest leaves the hasher as it was: reading twice agrees, and feeding on continues the message.
    @Test func finalizeLeavesTheHasherUsable() {
        var hasher = SHA256()
        hasher.update(bytes("ab"))
        let first = hasher.finalize()
        #expect(hasher.finalize() == first)
        hasher.update(bytes("c"))
        #expect(Hex.lowercase(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
