// Tests for JSONValue: literals, accessors, descriptions, and reading/writing by path.

import Testing

@testable import VideoGenCore

/// Calls the mutating `setValue` outside `#expect`, which cannot capture `inout` values.
private func set(_ target: inout JSONValue, _ value: JSONValue, at path: JSONPath) -> Bool {
    target.setValue(value, at: path)
}

@Suite struct JSONValueTests {
    static let document: JSONValue = [
        "input": ["duration": 6, "ratio": 1.5, "prompt": "fox", "loop": false, "seed": nil],
        "image_urls": ["https://a", "https://b"],
    ]

    @Test func literals() {
        #expect(JSONValue(nilLiteral: ()) == .null)
        let values: [JSONValue] = [nil, true, 3, 2.5, "s", [1], ["k": "v"]]
        #expect(
            values == [
                .null, .bool(true), .integer(3), .number(2.5), .string("s"), .array([.integer(1)]),
                .object(JSONObject([.init(key: "k", value: .string("v"))])),
            ])
    }

    @Test func accessors() {
        let input = Self.document["input"]
        #expect(input?["duration"]?.intValue == 6)
        #expect(input?["duration"]?.doubleValue == 6.0)
        #expect(input?["ratio"]?.doubleValue == 1.5)
        #expect(input?["ratio"]?.intValue == nil)
        #expect(input?["prompt"]?.stringValue == "fox")
        #expect(input?["prompt"]?.boolValue == nil)
        #expect(input?["loop"]?.boolValue == false)
        #expect(input?["seed"]?.isNull == true)
        #expect(input?["missing"] == nil)
        #expect(input?.objectValue?.count == 5)
        #expect(Self.document["image_urls"]?[1] == "https://b")
        #expect(Self.document["image_urls"]?[2] == nil)
        #expect(Self.document["image_urls"]?[-1] == nil)
        #expect(Self.document["image_urls"]?.arrayValue?.count == 2)
        #expect(Self.document[0] == nil)
        #expect(JSONValue.string("x")["key"] == nil)
        #expect(JSONValue.integer(1).isNull == false)
        #expect(JSONValue.integer(1).stringValue == nil)
        #expect(JSONValue.null.arrayValue == nil)
        #expect(JSONValue.null.objectValue == nil)
    }

    @Test func kindDescriptions() {
        let kinds = ([nil, true, 1, 1.5, "s", [], [:]] as [JSONValue]).map(\.kindDescription)
        #expect(kinds == ["null", "a boolean", "an integer", "a number", "a string", "an array", "an object"])
    }

    @Test func briefDescriptions() {
        #expect(JSONValue.string("6").briefDescription == #""6""#)
        #expect(JSONValue.number(6.5).briefDescription == "6.5")
        #expect(JSONValue.integer(6).briefDescription == "6")
        #expect(JSONValue.object([:]).briefDescription == "{}")
        #expect(JSONValue.null.briefDescription == "null")
        let small: JSONValue = ["a": [1, 2]]
        #expect(small.briefDescription == #"{"a":[1,2]}"#)
        let long = JSONValue.array((0..<100).map { .integer($0) })
        #expect(long.briefDescription == "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22…")
        #expect(long.briefDescription.count == 60)
        let wide = JSONValue.string(String(repeating: "é😀", count: 100))
        #expect(wide.briefDescription.count == 60)
        #expect(wide.briefDescription.hasSuffix("…"))
        let exactly60 = JSONValue.string(String(repeating: "x", count: 58))
        #expect(exactly60.briefDescription == "\"" + String(repeating: "x", count: 58) + "\"")
        let huge = JSONValue.array(Array(repeating: .string(String(repeating: "y", count: 1_000)), count: 1_000))
        #expect(huge.briefDescription.count == 60)
    }

    @Test func valueAtPath() {
        #expect(Self.document.value(at: .root) == Self.document)
        #expect(Self.document.value(at: ["input", "duration"]) == 6)
        #expect(Self.document.value(at: ["image_urls", 0]) == "https://a")
        #expect(Self.document.value(at: ["image_urls", 5]) == nil)
        #expect(Self.document.value(at: ["input", 0]) == nil)
        #expect(Self.document.value(at: ["input", "duration", "x"]) == nil)
    }

    @Test func setValueAtPath() {
        var value = Self.document
        #expect(set(&value, 10, at: ["input", "duration"]))
        #expect(value.value(at: ["input", "duration"]) == 10)
        #expect(value["input"]?.objectValue?.keys.first == "duration")

        #expect(set(&value, "c", at: ["image_urls", 1]))
        #expect(value["image_urls"] == ["https://a", "c"])

        #expect(set(&value, true, at: ["new", "deep", "flag"]))
        #expect(value.value(at: ["new", "deep", "flag"]) == true)
        #expect(value.objectValue?.keys.last == "new")

        #expect(set(&value, 1, at: ["input", "seed", "inner"]))  // null becomes an object
        #expect(value.value(at: ["input", "seed"]) == ["inner": 1])

        #expect(set(&value, "root", at: .root))
        #expect(value == "root")
    }

    @Test func setValueFailuresChangeNothing() {
        var value = Self.document
        #expect(!set(&value, 1, at: ["image_urls", 2]))
        #expect(!set(&value, 1, at: ["image_urls", -1]))
        #expect(!set(&value, 1, at: ["input", "prompt", "x"]))
        #expect(!set(&value, 1, at: ["input", 0]))
        #expect(!set(&value, 1, at: ["missing", "list", 0]))
        #expect(!set(&value, 1, at: ["missing", 0, "x"]))
        #expect(value == Self.document)
        var null = JSONValue.null
        #expect(!set(&null, 1, at: [0]))
        #expect(null == .null)
    }
}
