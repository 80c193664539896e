// Verifying signed callbacks through the client, as each signed provider's spec describes its scheme: a valid
// signature, a tampered body, a wrong secret, a stale timestamp and a missing header, for every signed provider.
// Replicate uses the Standard Webhooks test vector its clients quote (replicate.md 5.3); fal signs with Ed25519, which
// this platform verifies only where CryptoKit exists.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Callback signatures")
    struct CallbackSignatures {
        /// The Standard Webhooks vector: secret, id, timestamp, the exact raw body and its signature.
        static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        static let body = Data(#"{"test": 2432232314}"#.utf8)
        static let headers = [
            "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
            "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        ]

        /// A client of `provider` whose clock reads `now` (seconds since 1970).
        static func client(_ provider: String, now: Double) throws -> VideoClient {
            let clock = VirtualClock(epoch: Date(timeIntervalSince1970: now))
            return try VideoClient(
                provider: provider, apiKey: APIKey(ClientHarness.key),
                configuration: ClientConfiguration(transport: ScriptedTransport(clock: clock, []), clock: clock))
        }

        @Test func replicateAcceptsTheStandardWebhooksVector() throws {
            let client = try Self.client("replicate", now: 1_614_265_330 + 10)
            #expect(
                try client.verifyCallbackSignature(Self.body, headers: Self.headers, credential: .secret(Self.secret))
                    == .valid)
            // Header names in any letter case, and a header holding several signatures (one of them right).
            var mixed = Dictionary(uniqueKeysWithValues: Self.headers.map { ($0.key.uppercased(), $0.value) })
            mixed["WEBHOOK-SIGNATURE"] = "v1,invalid_signature " + (Self.headers["webhook-signature"] ?? "")
            #expect(
                try client.verifyCallbackSignature(Self.body, headers: mixed, credential: .secret(Self.secret))
                    == .valid)
        }

        @Test func replicateRefusesWhatWasNotSignedSo() throws {
            let client = try Self.client("replicate", now: 1_614_265_330)
            let credential = CallbackCredential.secret(Self.secret)
            // The body compacted on the way is a different body.
            let compact = Data(#"{"test":2432232314}"#.utf8)
            #expect(
                !(try client.verifyCallbackSignature(compact, headers: Self.headers, credential: credential)).isValid)
            let tampered = Data(#"{"test": 2432232315}"#.utf8)
            #expect(
                !(try client.verifyCallbackSignature(tampered, headers: Self.headers, credential: credential)).isValid)
            let wrongSecret = CallbackCredential.secret("whsec_" + Data(repeating: 7, count: 24).base64EncodedString())
            #expect(
                !(try client.verifyCallbackSignature(Self.body, headers: Self.headers, credential: wrongSecret)).isValid
            )
            for header in ["webhook-id", "webhook-timestamp", "webhook-signature"] {
                var headers = Self.headers
                headers[header] = nil
                #expect(
                    try client.verifyCallbackSignature(Self.body, headers: headers, credential: credential)
                        == .missingHeader(header))
            }
        }

        @Test func replicateRefusesAStaleTimestamp() throws {
            for now: Double in [1_614_265_330 + 301, 1_614_265_330 - 301] {
                let client = try Self.client("replicate", now: now)
                let result = try client.verifyCallbackSignature(
                    Self.body, headers: Self.headers, credential: .secret(Self.secret))
                guard case .stale = result else {
                    Issue.record("expected stale at \(now), got \(result)")
                    continue
                }
            }
            // Within the 300 s tolerance, either side.
            for now: Double in [1_614_265_330 + 299, 1_614_265_330 - 299] {
                let client = try Self.client("replicate", now: now)
                #expect(
                    try client.verifyCallbackSignature(
                        Self.body, headers: Self.headers, credential: .secret(Self.secret))
                        == .valid)
            }
        }

        /// fal: the headers and the timestamp are checked before any key is used; Ed25519 itself needs CryptoKit.
        @Test func falChecksHeadersAndTimestampAndSaysWhenItCannotVerify() throws {
            let now = 1_700_000_000.0
            let client = try Self.client("fal", now: now)
            let body = Data(#"{"request_id":"r1","status":"OK","payload":{}}"#.utf8)
            let headers = [
                "X-Fal-Webhook-Request-Id": "r1", "X-Fal-Webhook-User-Id": "u1",
                "X-Fal-Webhook-Timestamp": "1700000000", "X-Fal-Webhook-Signature": String(repeating: "ab", count: 64),
            ]
            let keys = CallbackCredential.publicKeys([Array(repeating: 1, count: 32)])
            for header in headers.keys.sorted() {
                var missing = headers
                missing[header] = nil
                #expect(
                    try client.verifyCallbackSignature(body, headers: missing, credential: keys)
                        == .missingHeader(header))
            }
            var stale = headers
            stale["X-Fal-Webhook-Timestamp"] = "1699999000"
            guard case .stale = try client.verifyCallbackSignature(body, headers: stale, credential: keys) else {
                Issue.record("a timestamp 1000 s old must be stale")
                return
            }
            let result = try client.verifyCallbackSignature(body, headers: headers, credential: keys)
            #if canImport(CryptoKit)
                // A signature made by no key of the set.
                #expect(result == .invalid("no signature matches") || !result.isValid)
            #else
                guard case .cannotVerifyHere = result else {
                    Issue.record("expected cannotVerifyHere on a platform without CryptoKit, got \(result)")
                    return
                }
            #endif
        }

        @Test func providersThatDoNotSignSaySo() throws {
            let client = try Self.client("apimodels", now: 0)
            #expect(throws: VideoGenError.self) {
                try client.verifyCallbackSignature(Data("{}".utf8), headers: [:], credential: .secret("x"))
            }
        }
    }
}
