// Hostile values a caller or a provider can hand the library: keys that would not survive a header, task ids that
// would change the path, query values that would split, base URLs with credentials or stray parts, provider text
// that would drive a terminal, and URLs that are not URLs. Expected values are written by hand (issue 8).

import Foundation
import Testing

@testable import VideoGen

@Suite("Hostile inputs")
struct HostileInputTests {
    // MARK: Keys (item 10)

    @Test(
        "a key with a line break, carriage return or NUL is refused, naming the problem",
        arguments: ["\r\n", "\n", "\0", "\r"])
    func keysWithControlCharacters(_ separator: String) {
        #expect(throws: VideoGenError.self) {
            try VideoClient(provider: "apixo", apiKey: APIKey("sk-abc" + separator + "X-Evil: 1"))
        }
        do {
            _ = try VideoClient(provider: "apixo", apiKey: APIKey("sk-abc" + separator + "def"))
        } catch {
            #expect(
                error.description
                    == "apixo: the API key contains a control character (a line break, NUL or similar), so it cannot be sent; check the key's source"
            )
        }
    }

    // MARK: Task ids and query values (item 12)

    @Test("dot-segment task ids are encoded, so the status call never climbs the path")
    func dotSegments() throws {
        let client = try VideoClient(provider: "toapis", apiKey: APIKey("sk-test-0001"))
        let parent = try client.statusHTTPRequest(for: TaskHandle(provider: "toapis", taskID: ".."))
        #expect(parent.url.absoluteString == "https://toapis.com/v1/videos/generations/%2E%2E")
        let current = try client.statusHTTPRequest(for: TaskHandle(provider: "toapis", taskID: "."))
        #expect(current.url.absoluteString == "https://toapis.com/v1/videos/generations/%2E")
        let slashes = try client.statusHTTPRequest(for: TaskHandle(provider: "toapis", taskID: "a/../b?c#d"))
        #expect(slashes.url.absoluteString == "https://toapis.com/v1/videos/generations/a%2F..%2Fb%3Fc%23d")
    }

    @Test("query values are encoded: + stays a plus, & and = cannot add parameters")
    func queryValues() throws {
        let client = try VideoClient(provider: "apixo", apiKey: APIKey("sk-test-0001"))
        let request = try client.statusHTTPRequest(for: TaskHandle(provider: "apixo", taskID: "a+b&c=d #e"))
        #expect(
            request.url.absoluteString
                == "https://api.apixo.ai/api/v1/statusTask/grok-video?taskId=a%2Bb%26c%3Dd%20%23e")
        let dots = try client.statusHTTPRequest(for: TaskHandle(provider: "apixo", taskID: ".."))
        #expect(dots.url.absoluteString == "https://api.apixo.ai/api/v1/statusTask/grok-video?taskId=..")
    }

    // MARK: Base URLs (item 13)

    @Test(
        "base URLs with credentials, a bad port, a query or a fragment are refused, naming the part",
        arguments: [
            ("https://user:pass@api.example", "user name or password"),
            ("https://user@api.example", "user name or password"),
            ("https://api.example:99999", "port 99999 is out of range"),
            ("https://api.example:0", "port 0 is out of range"),
            ("https://api.example/v1?region=eu", "must not have a query"),
            ("https://api.example/v1#top", "must not have a fragment"),
        ])
    func baseURLParts(_ text: String, _ named: String) throws {
        let url = try #require(URL(string: text))
        do {
            _ = try BaseURLPolicy.check(url)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.description.contains(named), "\(error)")
            #expect(!error.description.contains("pass@"), "the password is never repeated: \(error)")
        }
    }

    @Test("ordinary base URLs still pass")
    func ordinaryBaseURLs() throws {
        for text in [
            "https://api.example", "https://api.example:8443/prefix", "http://127.0.0.1:8080", "http://[::1]:9",
        ] {
            let url = try #require(URL(string: text))
            #expect(try BaseURLPolicy.check(url) == url)
        }
    }

    // MARK: Response URLs (item 11)

    @Test(
        "a result URL must be http(s) with a host and no spaces or controls",
        arguments: [
            "", "https://", "https:// evil", "file:///etc/passwd", "https://a.example/x\u{1B}]8;;", "ftp://a/b",
        ])
    func responseURLs(_ url: String) throws {
        let body = JSONValue.object([
            "id": "video_1", "status": "completed", "result": ["data": [["url": .string(url)]]],
        ])
        let descriptor = try #require(ProviderCatalog.descriptor(for: "toapis"))
        #expect(throws: PayloadError.self) {
            try PayloadDecoder.decode(body, kind: .status, descriptor: descriptor)
        }
    }

    // MARK: Provider text shown to people (item 11)

    @Test("provider text in errors has its control characters made visible")
    func errorTextIsEscaped() {
        let osc8 = "\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        let task = VideoTask(
            provider: "acme", taskID: "t\u{1B}[2J", state: .failed, providerState: "failed",
            failure: TaskFailure(code: "C\u{7}", message: "bad\r\nvideo: " + osc8))
        let text = VideoGenError.taskFailed(task).description
        #expect(
            text
                == #"acme: task t\u{1B}[2J failed: bad\r\nvideo: \u{1B}]8;;https://evil.example/\u{1B}\click\u{1B}]8;;\u{1B}\ [C\u{7}]"#
        )
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
        let report = ProviderErrorReport(
            provider: "acme", httpStatus: 400, code: "E\u{9B}1", message: "no\u{7}", type: "t\u{202E}x")
        #expect(report.description == #"acme: no\u{7} (HTTP 400, code E\u{9B}1, t\u{202E}x)"#)
    }

    @Test("control characters are written out visibly, the layout kept where VideoGen laid it out")
    func escapingRules() {
        #expect("plain text: ✓ é 😀".escapingControlCharacters == "plain text: ✓ é 😀")
        #expect("a\u{0}b\u{7F}c\u{85}".escapingControlCharacters == #"a\u{0}b\u{7F}c\u{85}"#)
        #expect("line\nnext\tcol\r".escapingControlCharactersExceptLayout == "line\nnext\tcol\\r")
    }

    // MARK: Duplicate keys (item 6)

    @Test("a key given twice is a violation naming the field, whichever value is valid")
    func duplicateKeys() throws {
        let descriptor = try #require(ProviderCatalog.descriptor(for: "apimart"))
        let body = #"{"model":"grok-imagine-1.0-video-apimart","prompt":"x","duration":99999,"duration":6}"#
        let violations = try RequestValidator.validate(json: Array(body.utf8), against: descriptor.createRequest)
        #expect(
            violations.map(\.description) == [
                "duration: appears more than once in its object; send it once (providers differ on which value they keep)"
            ])
        let nested = #"{"request_type":"async","input":{"mode":"text-to-video","prompt":"a","prompt":"b"}}"#
        let apixo = try #require(ProviderCatalog.descriptor(for: "apixo"))
        #expect(
            try RequestValidator.validate(json: Array(nested.utf8), against: apixo.createRequest).map(\.fieldName)
                == ["input.prompt"])
    }
}
