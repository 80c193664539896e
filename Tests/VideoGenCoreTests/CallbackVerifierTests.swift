// Tests for callback signature checks: the Standard Webhooks test vector (the scheme Replicate uses) and its
// failure paths, other encodings and placeholders, a fal-style Ed25519 scheme (headers and timestamp checked
// before any key), RFC 8032 test 1 where CryptoKit exists, and that no description shows the secret.

import Foundation
import Testing

@testable import VideoGenCore

// MARK: Standard Webhooks

/// The Standard Webhooks scheme.
private let standardWebhooks = CallbackSignature(
    algorithm: .hmacSHA256, signatureHeader: "webhook-signature", idHeader: "webhook-id",
    timestampHeader: "webhook-timestamp", message: "{id}.{timestamp}.{body}", signatureEncoding: .base64,
    signaturePrefix: "v1,", signatureSeparator: " ", secretPrefix: "whsec_", secretEncoding: .base64,
    toleranceSeconds: 300)

/// The Standard Webhooks test vector's secret, id, timestamp, body and signature.
private let vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
private let vectorID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
private let vectorTimestamp = 1_614_265_330.0
private let vectorBody = #"{"test": 2432232314}"#
private let vectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

/// The test vector's request, with any header replaced (or removed, with `nil`).
private func vectorRequest(body: String = vectorBody, replacing changes: [String: String?] = [:]) -> CallbackRequest {
    var headers = [
        "webhook-id": vectorID, "webhook-timestamp": "1614265330", "webhook-signature": vectorSignature,
    ]
    for (name, value) in changes {
        headers[name] = value
    }
    return CallbackRequest(body: Data(body.utf8), headers: headers)
}

/// The outcome of checking `request` with the Standard Webhooks scheme and `secret`, `offset` seconds after the
/// vector's timestamp.
private func verifyVector(
    _ request: CallbackRequest = vectorRequest(), secret: String = vectorSecret, offset: Double = 10
) -> CallbackVerification {
    CallbackVerifier(scheme: standardWebhooks, credential: .secret(secret))
        .verify(request, now: vectorTimestamp + offset)
}

@Suite struct StandardWebhooksTests {
    @Test func testVectorIsValid() {
        #expect(verifyVector() == .valid)
        #expect(verifyVector().isValid)
    }

    @Test func edgesOfTheTolerance() {
        #expect(verifyVector(offset: 300) == .valid)
        #expect(verifyVector(offset: -300) == .valid)
        #expect(verifyVector(offset: 301) == .stale(ageSeconds: 301))
        #expect(verifyVector(offset: -301) == .stale(ageSeconds: -301))
        // A clock gone wrong (NaN) never passes for fresh.
        guard case .stale = verifyVector(offset: .nan) else {
            Issue.record("a NaN clock was not stale")
            return
        }
    }

    @Test func secretWithoutItsPrefixStillWorks() {
        #expect(verifyVector(secret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") == .valid)
    }

    /// Several signatures in one header: one matching is enough, wherever it stands.
    @Test func secondOfTwoSignaturesMatches() {
        let header = "v1,Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyMDA= \(vectorSignature)"
        #expect(verifyVector(vectorRequest(replacing: ["webhook-signature": header])) == .valid)
        let withOtherVersions = "v2,abc \(vectorSignature) v1,!!!"
        #expect(verifyVector(vectorRequest(replacing: ["webhook-signature": withOtherVersions])) == .valid)
    }

    @Test func tamperedBodyIsInvalid() {
        #expect(
            verifyVector(vectorRequest(body: #"{"test": 2432232315}"#)) == .invalid("no signature matches the secret"))
        #expect(
            verifyVector(vectorRequest(body: #"{"test":2432232314}"#)) == .invalid("no signature matches the secret"))
    }

    @Test func tamperedIDOrTimestampIsInvalid() {
        #expect(!verifyVector(vectorRequest(replacing: ["webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJel"])).isValid)
        #expect(!verifyVector(vectorRequest(replacing: ["webhook-timestamp": "1614265331"])).isValid)
    }

    @Test func wrongSecretIsInvalid() {
        #expect(
            verifyVector(secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx")
                == .invalid("no signature matches the secret"))
    }

    @Test func missingHeaders() {
        #expect(
            verifyVector(vectorRequest(replacing: ["webhook-signature": nil])) == .missingHeader("webhook-signature"))
        #expect(verifyVector(vectorRequest(replacing: ["webhook-id": nil])) == .missingHeader("webhook-id"))
        #expect(
            verifyVector(vectorRequest(replacing: ["webhook-timestamp": nil])) == .missingHeader("webhook-timestamp"))
    }

    @Test(arguments: ["abc", "1614265330.0", "-1614265330", "+1614265330", "1e9", "", "99999999999999999999"])
    func timestampThatIsNotWholeSecondsIsInvalid(text: String) {
        #expect(
            verifyVector(vectorRequest(replacing: ["webhook-timestamp": text]))
                == .invalid("the webhook-timestamp header is not a whole number of seconds"))
    }

    /// Empty, one character too many (a lone sextet), wrong padding, a character outside the alphabet.
    @Test(arguments: [
        "whsec_", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwA", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw=",
        "whsec_MfKQ9r8G*YqrTwjUPD8ILPZIo2LaLaSw",
    ])
    func malformedSecret(secret: String) {
        #expect(verifyVector(secret: secret) == .malformedSecret)
    }

    @Test func unreadableSignaturesAreInvalid() {
        for header in ["g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "v1,", "v1,***", "   "] {
            #expect(
                verifyVector(vectorRequest(replacing: ["webhook-signature": header]))
                    == .invalid(
                        "the webhook-signature header holds no readable signature (a base64 signature after \"v1,\")"),
                "\(header)")
        }
    }

    @Test func headerNamesInAnyCase() {
        let request = CallbackRequest(
            body: bytes(vectorBody),
            headers: [
                "Webhook-Id": vectorID, "WEBHOOK-TIMESTAMP": " 1614265330\t", "webhook-Signature": vectorSignature,
            ])
        #expect(verifyVector(request) == .valid)
        let fields = [
            (name: "WEBHOOK-ID", value: vectorID), (name: "Webhook-Timestamp", value: "1614265330"),
            (name: "Webhook-Signature", value: vectorSignature), (name: "webhook-signature", value: "v1,AAAA"),
        ]
        #expect(verifyVector(CallbackRequest(body: bytes(vectorBody), headerFields: fields)) == .valid)
        // A scheme spelling its header names in capitals finds lowercase headers too.
        var scheme = standardWebhooks
        scheme.signatureHeader = "Webhook-Signature"
        scheme.idHeader = "WEBHOOK-ID"
        let verifier = CallbackVerifier(scheme: scheme, credential: .secret(vectorSecret))
        #expect(verifier.verify(vectorRequest(), now: vectorTimestamp) == .valid)
        #expect(
            verifier.verify(vectorRequest(replacing: ["webhook-id": nil]), now: vectorTimestamp)
                == .missingHeader("WEBHOOK-ID"))
    }

    @Test func publicKeysForAnHMACSchemeCannotVerify() {
        let verifier = CallbackVerifier(scheme: standardWebhooks, credential: .publicKeys([]))
        #expect(
            verifier.verify(vectorRequest(), now: vectorTimestamp)
                == .cannotVerifyHere("an hmac-sha256 scheme needs the shared secret, not public keys"))
    }

    @Test func theSecretIsNeverShown() {
        let credential = CallbackCredential.secret(vectorSecret)
        let verifier = CallbackVerifier(scheme: standardWebhooks, credential: credential)
        var dumped = ""
        dump(verifier, to: &dumped)
        var dumpedCredential = ""
        dump(credential, to: &dumpedCredential)
        let texts = [
            String(describing: credential), String(reflecting: credential), "\(verifier)", String(reflecting: verifier),
            dumped, dumpedCredential,
        ]
        for text in texts {
            #expect(!text.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "\(text)")
        }
        #expect("\(verifier)" == "CallbackVerifier(hmac-sha256, header webhook-signature, secret(<redacted>))")
        for outcome in [
            verifyVector(), verifyVector(secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx"), verifyVector(offset: 400),
        ] {
            #expect(!outcome.description.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS"))
        }
    }

    @Test func descriptions() {
        #expect(CallbackVerification.valid.description == "valid signature")
        #expect(CallbackVerification.stale(ageSeconds: 301).description == "stale timestamp: 301 s old")
        #expect(CallbackVerification.stale(ageSeconds: -301).description == "timestamp 301 s in the future")
        #expect(CallbackVerification.missingHeader("webhook-id").description == "missing header webhook-id")
    }
}

// MARK: Other encodings and placeholders

@Suite struct CallbackSchemeVariantTests {
    private let body = bytes(#"{"request_id":"req-1","status":"OK"}"#)

    /// Hex signature in capitals, a raw secret, `{taskId}` and `{bodySHA256}`. The expected values come from
    /// Python's hmac and hashlib (independent implementations).
    @Test func hexSignatureOverTaskIDAndBodyDigest() {
        let scheme = CallbackSignature(
            algorithm: .hmacSHA256, signatureHeader: "X-Signature", message: "{taskId}.{bodySHA256}",
            signatureEncoding: .hex, signaturePrefix: "sha256=", secretEncoding: .raw)
        let verifier = CallbackVerifier(scheme: scheme, credential: .secret("plain-secret-key"))
        let request = CallbackRequest(
            body: body,
            headers: ["x-signature": "sha256=A78EB5223F15163A085600BF75F12DBE5C4FCA518238C3BCFC544ADFC8239F45"])
        #expect(
            verifier.signedMessage(for: request, taskId: "task_42")
                == bytes("task_42.b80370b75cd96f0bf72723b67dd8887262515dd3bb293eefe367634ae5eb6fae"))
        #expect(verifier.verify(request, now: 0, taskId: "task_42") == .valid)
        #expect(verifier.verify(request, now: 0, taskId: "task_43") == .invalid("no signature matches the secret"))
        #expect(
            verifier.verify(request, now: 0)
                == .cannotVerifyHere("the message uses {taskId}, but no task id was given"))
    }

    /// Unpadded base64url signature, hex secret, no tolerance (so any age is accepted). From Python's hmac.
    @Test func base64URLSignatureWithHexSecret() {
        let scheme = CallbackSignature(
            algorithm: .hmacSHA256, signatureHeader: "x-sig", timestampHeader: "x-time", message: "{timestamp}:{body}",
            signatureEncoding: .base64url, secretEncoding: .hex)
        let verifier = CallbackVerifier(scheme: scheme, credential: .secret("00112233445566778899AABBCCDDEEFF"))
        let request = CallbackRequest(
            body: body, headers: ["x-sig": "_P8uzRPu2l31S8J8-uvyDrgq8tGOpXIU6jR4uDxDrZo", "x-time": "1700000000"])
        #expect(verifier.verify(request, now: 0) == .valid)
        let padded = CallbackRequest(
            body: body, headers: ["x-sig": "_P8uzRPu2l31S8J8-uvyDrgq8tGOpXIU6jR4uDxDrZo=", "x-time": "1700000000"])
        #expect(verifier.verify(padded, now: 4_000_000_000) == .valid)
        let wrongSecret = CallbackVerifier(scheme: scheme, credential: .secret("00112233445566778899aabbccddeefe"))
        #expect(!wrongSecret.verify(request, now: 0).isValid)
        let oddSecret = CallbackVerifier(scheme: scheme, credential: .secret("0011223"))
        #expect(oddSecret.verify(request, now: 0) == .malformedSecret)
    }

    /// Text in braces that is no placeholder stays as written; the body is never re-serialized.
    @Test func messageIsByteExact() {
        let scheme = CallbackSignature(
            algorithm: .hmacSHA256, signatureHeader: "s", idHeader: "i", message: "{{id}}|{other}|{body}|{",
            signatureEncoding: .hex, secretEncoding: .raw)
        let verifier = CallbackVerifier(scheme: scheme, credential: .secret("k"))
        let rawBody: [UInt8] = [0x7b, 0x20, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x20, 0x7d, 0xff, 0x00]
        let request = CallbackRequest(body: rawBody, headers: ["i": "msg 1"])
        #expect(
            verifier.signedMessage(for: request, taskId: nil)
                == bytes("{{id}}|{other}|") + rawBody + bytes("|{"))
    }
}

// MARK: Ed25519

/// A fal-style scheme: Ed25519 over the request id, user id, timestamp and body digest, hex signature.
private let falStyle = CallbackSignature(
    algorithm: .ed25519, signatureHeader: "X-Fal-Webhook-Signature", idHeader: "X-Fal-Webhook-Request-Id",
    timestampHeader: "X-Fal-Webhook-Timestamp", userHeader: "X-Fal-Webhook-User-Id",
    message: "{id}\n{user}\n{timestamp}\n{bodySHA256}", signatureEncoding: .hex,
    publicKeysURL: "https://rest.alpha.fal.ai/.well-known/jwks.json", toleranceSeconds: 300)

/// RFC 8032, section 7.1, test 1: public key and the signature of the empty message.
private let rfc8032PublicKey = bytes(hex: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
private let rfc8032Signature =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"

@Suite struct Ed25519CallbackTests {
    private let falBody = bytes(#"{"request_id":"req-1","status":"OK"}"#)

    /// A fal-style request, with any header replaced (or removed, with `nil`).
    private func falRequest(replacing changes: [String: String?] = [:]) -> CallbackRequest {
        var headers = [
            "x-fal-webhook-request-id": "req-1", "x-fal-webhook-user-id": "user-1",
            "x-fal-webhook-timestamp": "1700000000", "x-fal-webhook-signature": String(repeating: "ab", count: 64),
        ]
        for (name, value) in changes {
            headers[name] = value
        }
        return CallbackRequest(body: falBody, headers: headers)
    }

    private let falVerifier = CallbackVerifier(scheme: falStyle, credential: .publicKeys([rfc8032PublicKey]))

    /// Missing headers and stale timestamps are found before any key is needed, on every platform.
    @Test func headersAndTimestampComeFirst() {
        for header in [
            "X-Fal-Webhook-Signature", "X-Fal-Webhook-Request-Id", "X-Fal-Webhook-User-Id", "X-Fal-Webhook-Timestamp",
        ] {
            #expect(
                falVerifier.verify(falRequest(replacing: [header.lowercased(): nil]), now: 1_700_000_000)
                    == .missingHeader(header))
        }
        #expect(falVerifier.verify(falRequest(), now: 1_700_000_301) == .stale(ageSeconds: 301))
        #expect(falVerifier.verify(falRequest(), now: 1_699_999_699) == .stale(ageSeconds: -301))
        #expect(
            falVerifier.verify(falRequest(replacing: ["x-fal-webhook-timestamp": "soon"]), now: 1_700_000_000)
                == .invalid("the X-Fal-Webhook-Timestamp header is not a whole number of seconds"))
        #expect(
            falVerifier.verify(falRequest(replacing: ["x-fal-webhook-signature": "xyz"]), now: 1_700_000_000)
                == .invalid("the X-Fal-Webhook-Signature header holds no readable signature (a hex signature)"))
    }

    /// The signed message: id, user, timestamp and the body's SHA-256 (from Python's hashlib), one a line.
    @Test func falMessage() {
        #expect(
            falVerifier.signedMessage(for: falRequest(), taskId: nil)
                == bytes("req-1\nuser-1\n1700000000\nb80370b75cd96f0bf72723b67dd8887262515dd3bb293eefe367634ae5eb6fae"))
    }

    #if canImport(CryptoKit)
        /// RFC 8032 test 1 through a scheme signing the raw (empty) body.
        @Test func rfc8032TestVector() {
            let scheme = CallbackSignature(
                algorithm: .ed25519, signatureHeader: "signature", message: "{body}", signatureEncoding: .hex)
            let verifier = CallbackVerifier(scheme: scheme, credential: .publicKeys([rfc8032PublicKey]))
            let request = CallbackRequest(body: [UInt8](), headers: ["signature": rfc8032Signature])
            #expect(verifier.verify(request, now: 0) == .valid)
            let otherKeyFirst = CallbackVerifier(
                scheme: scheme, credential: .publicKeys([[UInt8](repeating: 1, count: 31), rfc8032PublicKey]))
            #expect(otherKeyFirst.verify(request, now: 0) == .valid)
            let tampered = CallbackRequest(body: [0x00], headers: ["signature": rfc8032Signature])
            #expect(!verifier.verify(tampered, now: 0).isValid)
            #expect(
                CallbackVerifier(scheme: scheme, credential: .publicKeys([])).verify(request, now: 0)
                    == .cannotVerifyHere("no public keys were given"))
        }

        @Test func freshFalRequestWithAWrongSignatureIsInvalid() {
            #expect(!falVerifier.verify(falRequest(), now: 1_700_000_000).isValid)
        }
    #else
        /// Without CryptoKit, Ed25519 is never a silent pass.
        @Test func ed25519CannotBeVerifiedHere() {
            let scheme = CallbackSignature(
                algorithm: .ed25519, signatureHeader: "signature", message: "{body}", signatureEncoding: .hex)
            let verifier = CallbackVerifier(scheme: scheme, credential: .publicKeys([rfc8032PublicKey]))
            let request = CallbackRequest(body: [UInt8](), headers: ["signature": rfc8032Signature])
            let expected = CallbackVerification.cannotVerifyHere("Ed25519 needs CryptoKit, which this platform lacks")
            #expect(verifier.verify(request, now: 0) == expected)
            #expect(falVerifier.verify(falRequest(), now: 1_700_000_000) == expected)
        }
    #endif
}
