// Tests for JSONWriter: exact compact and pretty output, escaping, numbers, options,
// and the round-trip property parse(write(v)) == v.

import Foundation
import Testing

@testable import VideoGenCore

@Suite struct JSONWriterTests {
    static let sample: JSONValue = [
        "id": "gen_1",
        "duration": 6,
        "ratio": 1.5,
        "tags": ["a", true, nil],
        "input": ["seed": -3, "empty": [:], "none": []],
    ]

    @Test func compactOutput() {
        #expect(
            JSONWriter.string(Self.sample)
                == #"{"id":"gen_1","duration":6,"ratio":1.5,"tags":["a",true,null],"input":{"seed":-3,"empty":{},"none":[]}}"#
        )
        #expect(
            Self.sample.serialized()
                == #"{"id":"gen_1","duration":6,"ratio":1.5,"tags":["a",true,null],"input":{"seed":-3,"empty":{},"none":[]}}"#
        )
    }

    @Test func prettyOutput() {
        let expected = """
            {
              "id": "gen_1",
              "duration": 6,
              "ratio": 1.5,
              "tags": [
                "a",
                true,
                null
              ],
              "input": {
                "seed": -3,
                "empty": {},
                "none": []
              }
            }
            """
        #expect(JSONWriter.string(Self.sample, options: .init(pretty: true)) == expected)
        #expect(Self.sample.serialized(pretty: true) == expected)
    }

    @Test func prettyWithOtherIndentAndSortedKeys() {
        let value: JSONValue = ["b": [1, ["d": nil, "c": false]], "a": "x"]
        let expected = """
            {
                "a": "x",
                "b": [
                    1,
                    {
                        "c": false,
                        "d": null
                    }
                ]
            }
            """
        #expect(JSONWriter.string(value, options: .init(pretty: true, indent: 4, sortKeys: true)) == expected)
        #expect(value.serialized(pretty: false, sortKeys: true) == #"{"a":"x","b":[1,{"c":false,"d":null}]}"#)
        #expect(
            JSONWriter.string(value, options: .init(pretty: true, indent: 0))
                == "{\n\"b\": [\n1,\n{\n\"d\": null,\n\"c\": false\n}\n],\n\"a\": \"x\"\n}")
    }

    @Test func prettyScalarsAndEmptyContainers() {
        #expect(JSONValue.integer(1).serialized(pretty: true) == "1")
        #expect(JSONValue.array([]).serialized(pretty: true) == "[]")
        #expect(JSONValue.object([:]).serialized(pretty: true) == "{}")
        #expect(JSONValue.array([[]]).serialized(pretty: true) == "[\n  []\n]")
    }

    @Test func sortKeysUsesUnicodeScalarOrder() {
        let value: JSONValue = ["b": 1, "é": 2, "a": 3, "B": 4, "Z": 5, "aa": 6, "😀": 7, "": 8]
        #expect(value.serialized(sortKeys: true) == #"{"":8,"B":4,"Z":5,"a":3,"aa":6,"b":1,"é":2,"😀":7}"#)
    }

    @Test func stringEscaping() {
        let value = JSONValue.string("q\"b\\n\nr\rt\tb\u{8}f\u{C}\u{0}\u{1}\u{1F}\u{7F}/é😀")
        #expect(value.serialized() == #""q\"b\\n\nr\rt\tb\bf\f\u0000\u0001\u001f\u007f/é😀""#)
        // DEL and the C1 controls are escaped too: no output carries a terminal control sequence.
        #expect(JSONValue.string("a\u{9B}31mb\u{85}c").serialized() == #""a\u009b31mb\u0085c""#)
        #expect(JSONWriter.string(.string("a/b"), options: .init(escapeSlashes: true)) == #""a\/b""#)
        #expect(
            JSONWriter.string(.string("é中😀\n"), options: .init(escapeNonASCII: true))
                == #""\u00e9\u4e2d\ud83d\ude00\n""#)
        #expect(
            JSONWriter.string(["ké": "/"], options: .init(escapeNonASCII: true, escapeSlashes: true))
                == #"{"k\u00e9":"\/"}"#)
    }

    @Test func numbers() {
        #expect(JSONValue.integer(0).serialized() == "0")
        #expect(JSONValue.integer(-42).serialized() == "-42")
        #expect(JSONValue.integer(Int.max).serialized() == "9223372036854775807")
        #expect(JSONValue.integer(Int.min).serialized() == "-9223372036854775808")
        #expect(JSONValue.number(6.0).serialized() == "6.0")
        #expect(JSONValue.number(0.1).serialized() == "0.1")
        #expect(JSONValue.number(-2.5).serialized() == "-2.5")
        #expect(JSONValue.number(1e30).serialized() == "1e+30")
        #expect(JSONValue.number(1e-7).serialized() == "1e-07")
        #expect(JSONValue.number(-0.0).serialized() == "-0.0")
        #expect(JSONValue.number(.nan).serialized() == "null")
        #expect(JSONValue.number(.infinity).serialized() == "null")
        #expect(JSONValue.array([.number(-.infinity), 1]).serialized() == "[null,1]")
    }

    @Test func dataMatchesString() {
        let data = JSONWriter.data(Self.sample, options: .init(pretty: true))
        #expect(data == Data(JSONWriter.string(Self.sample, options: .init(pretty: true)).utf8))
    }

    @Test func prettyOutputHasNoTrailingSpacesOrNewline() {
        var random = RandomJSON(seed: 99)
        for _ in 0..<200 {
            let text = random.value().serialized(pretty: true)
            #expect(!text.hasSuffix("\n"))
            #expect(!text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasSuffix(" ") })
        }
    }

    @Test func roundTripProperty() throws {
        var random = RandomJSON(seed: 2_024)
        let variants: [JSONWriter.Options] = [
            .init(),
            .init(pretty: true),
            .init(pretty: true, indent: 3, sortKeys: true),
            .init(escapeNonASCII: true, escapeSlashes: true),
        ]
        for round in 0..<2_500 {
            let value = random.value()
            let options = variants[round % variants.count]
            let text = JSONWriter.string(value, options: options)
            let parsed = try JSONParser.parse(text)
            #expect(parsed == value, "\(text)")
            // Members also come back in the written order.
            if !options.sortKeys, case .object(let object) = value {
                #expect(parsed.objectValue?.keys == object.keys)
            }
        }
    }

    @Test func outputIsDeterministic() {
        var first = RandomJSON(seed: 5)
        var second = RandomJSON(seed: 5)
        for _ in 0..<100 {
            #expect(first.value().serialized(pretty: true) == second.value().serialized(pretty: true))
        }
    }
}
