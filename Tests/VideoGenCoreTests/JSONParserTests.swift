// Tests for JSONParser: valid documents, every error reason with its location and path,
// duplicate keys, BOM, Unicode, depth limits, locations and garbage input.

import Foundation
import Testing

@testable import VideoGenCore

/// Parses `text`, returning the error or `nil` when parsing succeeded.
private func parseError(_ text: String, options: JSONParser.Options = .init()) -> JSONParseError? {
    parseError(bytes: Array(text.utf8), options: options)
}

private func parseError(bytes: [UInt8], options: JSONParser.Options = .init()) -> JSONParseError? {
    do throws(JSONParseError) {
        _ = try JSONParser.parse(bytes, options: options)
        return nil
    } catch {
        return error
    }
}

@Suite struct JSONParserTests {
    // MARK: Valid documents

    @Test func scalarsAtTopLevel() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("0") == .integer(0))
        #expect(try JSONParser.parse("-12") == .integer(-12))
        #expect(try JSONParser.parse("3.5") == .number(3.5))
        #expect(try JSONParser.parse("1e3") == .number(1000))
        #expect(try JSONParser.parse("2E-2") == .number(0.02))
        #expect(try JSONParser.parse("1.5e+2") == .number(150))
        #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{}") == .object([:]))
        #expect(try JSONParser.parse(" \t\r\n 7 \n") == .integer(7))
    }

    @Test func nestedDocument() throws {
        let text = """
            {
              "id": "gen_1",
              "status": "succeeded",
              "input": {"prompt": "a fox", "duration": 6, "ratio": 1.5, "loop": false, "seed": null},
              "urls": ["https://x/1.mp4", "https://x/2.mp4"],
              "matrix": [[1, 2], [], [{}], [[[-3]]]]
            }
            """
        let expected: JSONValue = [
            "id": "gen_1",
            "status": "succeeded",
            "input": ["prompt": "a fox", "duration": 6, "ratio": 1.5, "loop": false, "seed": nil],
            "urls": ["https://x/1.mp4", "https://x/2.mp4"],
            "matrix": [[1, 2], [], [[:]], [[[-3]]]],
        ]
        let value = try JSONParser.parse(text)
        #expect(value == expected)
        #expect(value.objectValue?.keys == ["id", "status", "input", "urls", "matrix"])
        #expect(value["input"]?.objectValue?.keys == ["prompt", "duration", "ratio", "loop", "seed"])
    }

    @Test func everyInputType() throws {
        let text = "[1, \"two\", {\"three\": 3}]"
        let expected: JSONValue = [1, "two", ["three": 3]]
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Data(text.utf8)) == expected)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
        #expect(try JSONParser.parse(text.utf8) == expected)
        // Not contiguous: exercises the copying fallback.
        #expect(try JSONParser.parse(Array(text.utf8).lazy.map { $0 }) == expected)
        #expect(try JSONParser.parse(Data(text.utf8)[...]) == expected)
    }

    // MARK: Numbers

    @Test func integerEdges() throws {
        #expect(try JSONParser.parse("-0") == .integer(0))
        #expect(try JSONParser.parse("-0").intValue == 0)
        #expect(try JSONParser.parse("-0.0") == .number(-0.0))
        #expect(try JSONParser.parse("9223372036854775807") == .integer(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .integer(Int.min))
        #expect(try JSONParser.parse("9223372036854775808") == .number(9_223_372_036_854_775_808.0))
        #expect(try JSONParser.parse("-9223372036854775809") == .number(-9_223_372_036_854_775_809.0))
        #expect(try JSONParser.parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
        #expect(try JSONParser.parse("10000000000000000000") == .number(1e19))
    }

    @Test func doublesAreCorrectlyRounded() throws {
        #expect(try JSONParser.parse("0.1") == .number(0.1))
        #expect(try JSONParser.parse("0.30000000000000004") == .number(0.30000000000000004))
        #expect(try JSONParser.parse("1.7976931348623157e308") == .number(1.7976931348623157e308))
        #expect(try JSONParser.parse("5e-324") == .number(.leastNonzeroMagnitude))
        #expect(try JSONParser.parse("2.2250738585072014E-308") == .number(2.2250738585072014e-308))
        #expect(try JSONParser.parse("9007199254740993.0") == .number(9_007_199_254_740_992))
        #expect(try JSONParser.parse("0.000001234") == .number(0.000001234))
        #expect(try JSONParser.parse("1e-999") == .number(0))
        #expect(try JSONParser.parse("1e0000000000000000000000001") == .number(10))
    }

    @Test func doublesMatchTheStandardLibraryParser() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let mantissa = Int.random(in: -999_999_999...999_999_999, using: &random)
            let exponent = Int.random(in: -40...40, using: &random)
            let fraction = Int.random(in: 0...99_999, using: &random)
            let text = "\(mantissa).\(fraction)e\(exponent)"
            #expect(try JSONParser.parse(text) == .number(try #require(Double(text))), "\(text)")
        }
    }

    @Test func numbersOutOfRange() {
        #expect(parseError("1e999")?.reason == .numberOutOfRange("1e999"))
        #expect(parseError("-1e999")?.reason == .numberOutOfRange("-1e999"))
        #expect(parseError("[0, 2e400]")?.path == [1])
    }

    // MARK: Errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let input: String
        let reason: JSONParseError.Reason
        let line: Int
        let column: Int
        let path: JSONPath
        var testDescription: String { String(reflecting: input) }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(input: #"{"a": [1, 06]}"#, reason: .invalidNumber("06"), line: 1, column: 11, path: ["a", 1]),
        ErrorCase(input: "", reason: .empty, line: 1, column: 1, path: .root),
        ErrorCase(input: " \n ", reason: .empty, line: 2, column: 2, path: .root),
        ErrorCase(input: "[1,", reason: .unexpectedEnd, line: 1, column: 4, path: [1]),
        ErrorCase(input: #"{"a":"#, reason: .unexpectedEnd, line: 1, column: 6, path: ["a"]),
        ErrorCase(input: #"{"a""#, reason: .unexpectedEnd, line: 1, column: 5, path: .root),
        ErrorCase(input: #""abc"#, reason: .unexpectedEnd, line: 1, column: 5, path: .root),
        ErrorCase(input: "tru", reason: .unexpectedEnd, line: 1, column: 4, path: .root),
        ErrorCase(input: "trux", reason: .unexpectedCharacter("x"), line: 1, column: 4, path: .root),
        ErrorCase(input: "[1 2]", reason: .unexpectedCharacter("2"), line: 1, column: 4, path: .root),
        ErrorCase(input: #"{"a" 1}"#, reason: .unexpectedCharacter("1"), line: 1, column: 6, path: .root),
        ErrorCase(input: #"{"a":1,}"#, reason: .unexpectedCharacter("}"), line: 1, column: 8, path: .root),
        ErrorCase(
            input: "[1, [2, 3, [4, x]]]", reason: .unexpectedCharacter("x"), line: 1, column: 16, path: [1, 2, 1]),
        ErrorCase(
            input: #"[{"a": [0, {"b": [[], [1 2]]}]}]"#, reason: .unexpectedCharacter("2"), line: 1, column: 26,
            path: [0, "a", 1, "b", 1]),
        ErrorCase(input: "[1,]", reason: .unexpectedCharacter("]"), line: 1, column: 4, path: [1]),
        ErrorCase(input: "{'a':1}", reason: .unexpectedCharacter("'"), line: 1, column: 2, path: .root),
        ErrorCase(input: "['a']", reason: .unexpectedCharacter("'"), line: 1, column: 2, path: [0]),
        ErrorCase(input: "// note\n1", reason: .unexpectedCharacter("/"), line: 1, column: 1, path: .root),
        ErrorCase(input: "[1] /* c */", reason: .trailingContent, line: 1, column: 5, path: .root),
        ErrorCase(input: "NaN", reason: .unexpectedCharacter("N"), line: 1, column: 1, path: .root),
        ErrorCase(input: "Infinity", reason: .unexpectedCharacter("I"), line: 1, column: 1, path: .root),
        ErrorCase(input: "-Infinity", reason: .invalidNumber("-"), line: 1, column: 1, path: .root),
        ErrorCase(input: "+1", reason: .invalidNumber("+1"), line: 1, column: 1, path: .root),
        ErrorCase(input: ".5", reason: .invalidNumber(".5"), line: 1, column: 1, path: .root),
        ErrorCase(input: "1.", reason: .invalidNumber("1."), line: 1, column: 1, path: .root),
        ErrorCase(input: "[1.]", reason: .invalidNumber("1."), line: 1, column: 2, path: [0]),
        ErrorCase(input: "1e", reason: .invalidNumber("1e"), line: 1, column: 1, path: .root),
        ErrorCase(input: "1e+", reason: .invalidNumber("1e+"), line: 1, column: 1, path: .root),
        ErrorCase(input: "-01", reason: .invalidNumber("-01"), line: 1, column: 1, path: .root),
        ErrorCase(input: "1.2.3", reason: .invalidNumber("1.2.3"), line: 1, column: 1, path: .root),
        ErrorCase(input: "0x10", reason: .trailingContent, line: 1, column: 2, path: .root),
        ErrorCase(input: #""\x""#, reason: .invalidEscape, line: 1, column: 2, path: .root),
        ErrorCase(input: #"["ok", "\u12G4"]"#, reason: .invalidEscape, line: 1, column: 9, path: [1]),
        ErrorCase(input: "[\"a\tb\"]", reason: .unescapedControlCharacter, line: 1, column: 4, path: [0]),
        ErrorCase(input: "\"a\nb\"", reason: .unescapedControlCharacter, line: 1, column: 3, path: .root),
        ErrorCase(input: "1 2", reason: .trailingContent, line: 1, column: 3, path: .root),
        ErrorCase(input: "[]]", reason: .trailingContent, line: 1, column: 3, path: .root),
        ErrorCase(input: "{}\n\n  x", reason: .trailingContent, line: 3, column: 3, path: .root),
        ErrorCase(
            input: "{\n  \"input\": {\n    \"duration\": 06\n  }\n}",
            reason: .invalidNumber("06"), line: 3, column: 17, path: ["input", "duration"]
        ),
        ErrorCase(
            input: "{\"list\": [\r\n  {\"é\": [true, fals]}\r\n]}",
            reason: .unexpectedCharacter("]"), line: 2, column: 20, path: ["list", 0, "é", 1]
        ),
    ]

    @Test(arguments: errorCases)
    func errorReasonLocationAndPath(_ testCase: ErrorCase) throws {
        let error = try #require(parseError(testCase.input))
        #expect(error.reason == testCase.reason)
        #expect(error.location.line == testCase.line)
        #expect(error.location.column == testCase.column)
        #expect(error.path == testCase.path)
    }

    @Test func errorDescriptionIsShortAndHuman() throws {
        let error = try #require(parseError("{\n  \"input\": {\n    \"duration\": 06\n  }\n}"))
        #expect(error.description == "line 3, column 17 (at $.input.duration): invalid number '06'")
        #expect(error.location.offset == 31)

        let huge = "[" + String(repeating: "1,", count: 10_000) + "x]"
        let hugeError = try #require(parseError(huge))
        #expect(hugeError.description == "line 1, column 20002 (at $[10000]): unexpected character 'x'")

        let longKey = String(repeating: "k", count: 5_000)
        let keyError = try #require(parseError("{\"\(longKey)\": 1e999}"))
        #expect(keyError.description.count < 200)
        #expect(keyError.path == [.key(longKey)])
    }

    @Test func unexpectedCharacterDescriptions() throws {
        #expect(try #require(parseError("[1;]")).description == "line 1, column 3 (at $): unexpected character ';'")
        #expect(try #require(parseError("[\u{1}]")).reason.description == "unexpected character U+0001")
        #expect(try #require(parseError("[é]")).reason == .unexpectedCharacter("é"))
        #expect(try #require(parseError("[é]")).reason.description == "unexpected character 'é' (U+00E9)")
        let badByte = try #require(parseError(bytes: [0x5B, 0xFF, 0x5D]))
        #expect(badByte.reason == .unexpectedCharacter("0xFF"))
        #expect(badByte.reason.description == "unexpected byte 0xFF")
    }

    // MARK: UTF-8 and escapes

    @Test(
        arguments: [
            [0x22, 0xC3, 0x28, 0x22],  // bad continuation byte
            [0x22, 0xC0, 0xAF, 0x22],  // overlong "/"
            [0x22, 0xE0, 0x80, 0xAF, 0x22],  // overlong three-byte form
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // UTF-8 encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],  // invalid lead byte
            [0x22, 0x80, 0x22],  // lone continuation byte
            [0x22, 0xE2, 0x82],  // truncated at the end of input
            [0x22, 0xE2, 0x82, 0x22],  // truncated before the quote
        ] as [[UInt8]])
    func invalidUTF8InStrings(_ bytes: [UInt8]) throws {
        let error = try #require(parseError(bytes: bytes))
        #expect(error.reason == .invalidUTF8)
        #expect(error.location == JSONLocation(line: 1, column: 2, offset: 1))
    }

    @Test func invalidUTF8AfterEscapesAndInKeys() throws {
        let inEscaped = try #require(parseError(bytes: Array(#"["\n"#.utf8) + [0xC3, 0x28, 0x22, 0x5D]))
        #expect(inEscaped.reason == .invalidUTF8)
        #expect(inEscaped.location.offset == 4)
        #expect(inEscaped.path == [0])
        let inKey = try #require(parseError(bytes: Array(#"{"a"#.utf8) + [0xFF, 0x22, 0x3A, 0x31, 0x7D]))
        #expect(inKey.reason == .invalidUTF8)
        #expect(inKey.path == .root)
    }

    @Test func validUnicodeIsKept() throws {
        #expect(try JSONParser.parse("\"héllo ✓ 中文 😀 🇫🇷\"") == .string("héllo ✓ 中文 😀 🇫🇷"))
        #expect(
            try JSONParser.parse(Array("\"\u{10FFFF}\u{E000}\u{7FF}\u{800}\"".utf8))
                == .string("\u{10FFFF}\u{E000}\u{7FF}\u{800}"))
    }

    @Test func escapes() throws {
        #expect(try JSONParser.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try JSONParser.parse(#""a\u0041\u00e9\u4E2Dz""#) == .string("aAé中z"))
        #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
        #expect(
            try JSONParser.parse(#""plain \u00e9 then more text after the escape""#)
                == .string("plain é then more text after the escape"))
    }

    @Test func surrogates() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""\uD83D\uDE00!""#) == .string("😀!"))
        #expect(try JSONParser.parse(#""\ud83d""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\ude00""#) == .string("\u{FFFD}"))
        #expect(try JSONParser.parse(#""\ude00\ud83d""#) == .string("\u{FFFD}\u{FFFD}"))
        #expect(try JSONParser.parse(#""\ud83dx""#) == .string("\u{FFFD}x"))
        #expect(try JSONParser.parse(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
        #expect(try JSONParser.parse(#""\ud83d\ud83d\ude00""#) == .string("\u{FFFD}😀"))
        #expect(parseError(#""\ud83d\u12"#)?.reason == .unexpectedEnd)
        #expect(parseError(#""\ud83d\uzzzz""#)?.reason == .invalidEscape)
    }

    // MARK: Options

    @Test func duplicateKeyPolicies() throws {
        let text = #"{"a":1,"b":2,"a":3}"#
        let last = try JSONParser.parse(text)
        #expect(last.objectValue?.keys == ["a", "b"])
        #expect(last["a"] == 3)
        let first = try JSONParser.parse(text, options: .init(duplicateKeys: .keepFirst))
        #expect(first.objectValue?.keys == ["a", "b"])
        #expect(first["a"] == 1)
        let error = try #require(parseError(text, options: .init(duplicateKeys: .reject)))
        #expect(error.reason == .duplicateKey("a"))
        #expect(error.location == JSONLocation(line: 1, column: 14, offset: 13))
        #expect(error.path == ["a"])
        #expect(error.description == #"line 1, column 14 (at $.a): duplicate key "a""#)
    }

    @Test func duplicateKeysWrittenDifferently() throws {
        let reject = JSONParser.Options(duplicateKeys: .reject)
        #expect(parseError(#"{"a":1,"\u0061":2}"#, options: reject)?.reason == .duplicateKey("a"))
        #expect(parseError(#"{"\u0061":1,"a":2}"#, options: reject)?.reason == .duplicateKey("a"))
        #expect(parseError(#"{"é":1,"é":2}"#, options: reject)?.reason == .duplicateKey("é"))
        #expect(parseError(#"{"ab":1,"ba":2,"a":3,"abc":4}"#, options: reject) == nil)
        #expect(try JSONParser.parse(#"{"a":1,"\u0061":2}"#) == ["a": 2])
    }

    @Test func duplicateKeysInLargeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }
        let text = "{" + (members + ["\"k5\": 500", "\"k39\": 3900"]).joined(separator: ", ") + "}"
        let value = try JSONParser.parse(text)
        #expect(value.objectValue?.count == 40)
        #expect(value.objectValue?.keys.first == "k0")
        #expect(value["k5"] == 500)
        #expect(value["k39"] == 3900)
        #expect(value.objectValue?.index(forKey: "k5") == 5)
        let first = try JSONParser.parse(text, options: .init(duplicateKeys: .keepFirst))
        #expect(first["k5"] == 5)
        #expect(first["k39"] == 39)
        let error = try #require(parseError(text, options: .init(duplicateKeys: .reject)))
        #expect(error.reason == .duplicateKey("k5"))
        #expect(error.path == ["k5"])
    }

    @Test func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try JSONParser.parse(bom + Array("[1]".utf8)) == [1])
        #expect(try JSONParser.parse(Data(bom + Array(" {\"a\": true}".utf8))) == ["a": true])
        let rejected = try #require(
            parseError(bytes: bom + Array("[1]".utf8), options: .init(allowByteOrderMark: false)))
        #expect(rejected.reason == .unexpectedCharacter("\u{FEFF}"))
        #expect(rejected.location == JSONLocation(line: 1, column: 1, offset: 0))
        #expect(parseError(bytes: bom)?.reason == .empty)
        // The BOM is not counted as a column.
        let afterBOM = try #require(parseError(bytes: bom + Array("[x]".utf8)))
        #expect(afterBOM.location == JSONLocation(line: 1, column: 2, offset: 4))
        // Only a leading BOM is skipped.
        #expect(parseError(bytes: Array("[1]".utf8) + bom)?.reason == .trailingContent)
    }

    @Test func depthLimit() throws {
        let deep = String(repeating: "[", count: 100_000)
        let error = try #require(parseError(deep))
        #expect(error.reason == .tooDeep(limit: 128))
        #expect(error.location == JSONLocation(line: 1, column: 129, offset: 128))
        #expect(error.path.components.count == 128)
        #expect(error.description.count < 200)

        let deepObjects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(parseError(deepObjects)?.reason == .tooDeep(limit: 128))

        let atLimit = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(try JSONParser.parse(atLimit).arrayValue?.count == 1)
        let overLimit = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        #expect(parseError(overLimit)?.reason == .tooDeep(limit: 128))

        let shallow = JSONParser.Options(maximumDepth: 2)
        #expect(try JSONParser.parse("[{\"a\": 1}]", options: shallow) == [["a": 1]])
        let tooDeep = try #require(parseError("[{\"a\": [1]}]", options: shallow))
        #expect(tooDeep.reason == .tooDeep(limit: 2))
        #expect(tooDeep.path == [0, "a"])
        #expect(tooDeep.location.column == 8)
    }

    @Test func deepNestingWithinAHigherLimitDoesNotUseTheStack() throws {
        let depth = 20_000
        let text = String(repeating: "[", count: depth) + "x"
        let error = try #require(parseError(text, options: .init(maximumDepth: depth)))
        #expect(error.reason == .unexpectedCharacter("x"))
        #expect(error.path.components.count == depth)
        #expect(error.location.offset == depth)
    }

    // MARK: Locations

    @Test func locationsOfNestedValues() throws {
        let text = """
            {
              "model": "gen-2",
              "input": {
                "prompt": "fox",
                "sizes": [16, 9]
              }
            }
            """
        let (value, locations) = try JSONParser.parseWithLocations(text)
        #expect(value["input"]?["sizes"]?[1] == 9)
        #expect(locations.count == 7)
        #expect(locations[.root] == JSONLocation(line: 1, column: 1, offset: 0))
        #expect(locations[["model"]] == JSONLocation(line: 2, column: 12, offset: 13))
        #expect(locations[["input"]]?.line == 3)
        #expect(locations[["input"]]?.column == 12)
        #expect(locations[["input", "prompt"]]?.line == 4)
        #expect(locations[["input", "prompt"]]?.column == 15)
        #expect(locations[["input", "sizes"]]?.line == 5)
        #expect(locations[["input", "sizes"]]?.column == 14)
        #expect(locations[["input", "sizes", 0]]?.column == 15)
        #expect(locations[["input", "sizes", 1]]?.column == 19)
        let offset = try #require(locations[["input", "sizes", 1]]?.offset)
        #expect(Array(text.utf8)[offset] == UInt8(ascii: "9"))

        #expect(locations[["input", "missing"]] == nil)
        #expect(locations.nearest(to: ["input", "missing", "deeper"]) == locations[["input"]])
        #expect(locations.nearest(to: ["input", "sizes", 7]) == locations[["input", "sizes"]])
        #expect(locations.nearest(to: ["nothing"]) == locations[.root])
    }

    @Test func locationColumnsCountCharactersAndLineEndings() throws {
        let (_, unicode) = try JSONParser.parseWithLocations(#"{"é": "x", "b": 1}"#)
        #expect(unicode[["b"]] == JSONLocation(line: 1, column: 17, offset: 17))

        let (_, crlf) = try JSONParser.parseWithLocations("[\r\n1,\r\n  2,\r3]")
        #expect(crlf[[0]] == JSONLocation(line: 2, column: 1, offset: 3))
        #expect(crlf[[1]] == JSONLocation(line: 3, column: 3, offset: 9))
        #expect(crlf[[2]] == JSONLocation(line: 4, column: 1, offset: 12))

        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let (_, afterBOM) = try JSONParser.parseWithLocations(bom + Array("[7]".utf8))
        #expect(afterBOM[[0]] == JSONLocation(line: 1, column: 2, offset: 4))
    }

    @Test func locationsInNestedArrays() throws {
        let (_, locations) = try JSONParser.parseWithLocations("[[1, [2]], {\"k\": [[], [3]]}]")
        #expect(locations.count == 10)
        #expect(locations[[0, 1, 0]]?.offset == 6)
        #expect(locations[[1, "k", 1, 0]]?.offset == 23)
        #expect(locations[[1, "k", 0]]?.offset == 18)
    }

    @Test func locationsFollowTheDuplicateKeyPolicy() throws {
        let text = #"{"a": {"x": 1}, "b": 0, "a": [2]}"#
        let (last, lastLocations) = try JSONParser.parseWithLocations(text)
        #expect(last == ["a": [2], "b": 0])
        #expect(lastLocations[["a"]]?.column == 30)
        #expect(lastLocations[["a", 0]]?.column == 31)
        #expect(lastLocations[["a", "x"]] == nil)
        #expect(lastLocations.count == 4)

        let (first, firstLocations) = try JSONParser.parseWithLocations(text, options: .init(duplicateKeys: .keepFirst))
        #expect(first == ["a": ["x": 1], "b": 0])
        #expect(firstLocations[["a"]]?.column == 7)
        #expect(firstLocations[["a", "x"]]?.column == 13)
        #expect(firstLocations[["a", 0]] == nil)
        #expect(firstLocations.count == 4)
    }

    @Test func parseWithLocationsReportsErrorsLikeParse() throws {
        do throws(JSONParseError) {
            _ = try JSONParser.parseWithLocations(#"{"a": [1, 06]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .invalidNumber("06"))
            #expect(error.path == ["a", 1])
            #expect(error.location.column == 11)
        }
    }

    // MARK: Garbage in

    @Test func garbageNeverCrashes() throws {
        var random = SplitMix64(seed: 0x5EED)
        var values = RandomJSON(seed: 42)
        let seeds: [[UInt8]] =
            (0..<50).map { _ in Array(values.value().serialized().utf8) } + [
                Array(#"{"a": [1, 2.5e-3, "x\u00e9\ud83d\ude00", true, null, {"b": {}}]}"#.utf8),
                Array("[[[[[[[[]]]]]]]]".utf8),
            ]
        let alphabet =
            Array(#"{}[],:"\ -+.eE0123456789tfnulrsabu/"#.utf8) + [
                0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xFF,
            ]
        var succeeded = 0
        var failed = 0
        for round in 0..<20_000 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                let length = Int.random(in: 0...48, using: &random)
                bytes = (0..<length).map { _ in
                    Bool.random(using: &random)
                        ? alphabet.randomElement(using: &random) ?? 0
                        : UInt8.random(in: 0...255, using: &random)
                }
            } else {
                bytes = seeds.randomElement(using: &random) ?? []
                for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: bytes[at] = alphabet.randomElement(using: &random) ?? 0
                    case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                    case 2: bytes.remove(at: at)
                    default: bytes.removeSubrange(at...)
                    }
                }
            }
            do throws(JSONParseError) {
                let value = try JSONParser.parse(bytes, options: .init(maximumDepth: 6))
                // Whatever was accepted must survive a round trip.
                #expect(try JSONParser.parse(value.serialized()) == value)
                succeeded += 1
            } catch {
                #expect(error.location.offset >= 0 && error.location.offset <= bytes.count)
                #expect(error.location.line >= 1 && error.location.column >= 1)
                #expect(!error.description.isEmpty)
                failed += 1
            }
        }
        #expect(succeeded > 500)
        #expect(failed > 5_000)
    }
}
