// Tests for JSONPath: description and fieldPath text, reading text back, and building paths.

import Testing

@testable import VideoGenCore

@Suite struct JSONPathTests {
    @Test func descriptions() {
        #expect(JSONPath.root.description == "$")
        #expect(JSONPath(["input", "duration"]).description == "$.input.duration")
        #expect(JSONPath(["image_urls", 0]).description == "$.image_urls[0]")
        #expect(JSONPath(["odd key", "x"]).description == #"$["odd key"].x"#)
        #expect(JSONPath([#"a"b"#]).description == #"$["a\"b"]"#)
        #expect(JSONPath(["9lives"]).description == #"$["9lives"]"#)
        #expect(JSONPath(["x-y", "$ref", "_a1"]).description == "$.x-y.$ref._a1")
        #expect(JSONPath([""]).description == #"$[""]"#)
        #expect(JSONPath(["é"]).description == #"$["é"]"#)
        #expect(JSONPath([0, 1]).description == "$[0][1]")
        #expect(JSONPath(["a.b", "line\nbreak"]).description == #"$["a.b"]["line\nbreak"]"#)
    }

    @Test func fieldPaths() {
        #expect(JSONPath.root.fieldPath == "")
        #expect(JSONPath(["input", "duration"]).fieldPath == "input.duration")
        #expect(JSONPath(["image_urls", 0]).fieldPath == "image_urls[0]")
        #expect(JSONPath(["odd key", "x"]).fieldPath == #"["odd key"].x"#)
        #expect(JSONPath([0, "a"]).fieldPath == "[0].a")
        #expect(JSONPath(["$"]).fieldPath == #"["$"]"#)
        #expect(JSONPath(["a", "$"]).fieldPath == "a.$")
        #expect(JSONPath(["$ref"]).fieldPath == "$ref")
    }

    static let roundTripPaths: [JSONPath] = [
        .root,
        ["input", "duration"],
        ["image_urls", 0],
        ["odd key", "x"],
        [0, 1, 2],
        ["$"],
        ["$", "x"],
        ["$ref", 3],
        [""],
        ["a.b", "c[0]", "d]", "[", "\""],
        ["é", "中文", "😀", "tab\there", "\\"],
        ["x", 1_000_000, "y"],
    ]

    @Test(arguments: roundTripPaths)
    func parsingRoundTrips(_ path: JSONPath) throws {
        #expect(try JSONPath(parsing: path.fieldPath) == path)
        #expect(try JSONPath(parsing: path.description) == path)
    }

    @Test func parsingAcceptedForms() throws {
        #expect(try JSONPath(parsing: "") == .root)
        #expect(try JSONPath(parsing: "$") == .root)
        #expect(try JSONPath(parsing: "a") == ["a"])
        #expect(try JSONPath(parsing: "$.a") == ["a"])
        #expect(try JSONPath(parsing: "$[2].a") == [2, "a"])
        #expect(try JSONPath(parsing: "$x") == ["$x"])
        #expect(try JSONPath(parsing: #"["a\u0062"]"#) == ["ab"])
        #expect(try JSONPath(parsing: "a[0][10].b-c") == ["a", 0, 10, "b-c"])
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let text: String
        let position: Int
        var testDescription: String { String(reflecting: text) }
    }

    @Test(arguments: [
        Malformed(text: "a..b", position: 2),
        Malformed(text: ".a", position: 0),
        Malformed(text: "a.", position: 2),
        Malformed(text: "a[", position: 2),
        Malformed(text: "a[x]", position: 2),
        Malformed(text: "a[1", position: 3),
        Malformed(text: "a[01]", position: 2),
        Malformed(text: "a[-1]", position: 2),
        Malformed(text: #"["unterminated"#, position: 1),
        Malformed(text: #"["bad \q escape"]"#, position: 1),
        Malformed(text: "a b", position: 1),
        Malformed(text: "a]b", position: 1),
        Malformed(text: "$.", position: 2),
        Malformed(text: "$a.", position: 3),
        Malformed(text: "1a", position: 0),
        Malformed(text: "a[99999999999999999999]", position: 2),
        Malformed(text: "é", position: 0),
    ])
    func malformedTextIsRejected(_ testCase: Malformed) {
        do throws(JSONPathSyntaxError) {
            let path = try JSONPath(parsing: testCase.text)
            Issue.record("parsed \(testCase.text) as \(path)")
        } catch {
            #expect(error.position == testCase.position)
            #expect(error.text == testCase.text)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func errorDescription() {
        do throws(JSONPathSyntaxError) {
            _ = try JSONPath(parsing: "a..b")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == #"invalid path "a..b" at position 2: expected a key after ".""#)
        }
    }

    @Test func building() {
        let path = JSONPath.root.appending(key: "input").appending(index: 2).appending(.key("x"))
        #expect(path.components == [.key("input"), .index(2), .key("x")])
        #expect(path == ["input", 2, "x"])
        #expect(path.parent == ["input", 2])
        #expect(JSONPath.root.parent == nil)
        #expect(JSONPath.root.isRoot)
        #expect(!path.isRoot)
        #expect(Set<JSONPath>([["a", 0], ["a", 0], ["a", 1]]).count == 2)
    }
}
