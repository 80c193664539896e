// Tests for the Codable bridge: JSONValue inside JSONDecoder/JSONEncoder, keeping booleans,
// integers and doubles apart.

import Foundation
import Testing

@testable import VideoGenCore

@Suite struct JSONValueCodableTests {
    private func decode(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func scalarsKeepTheirKind() throws {
        #expect(try decode("1") == .integer(1))
        #expect(try decode("0") == .integer(0))
        #expect(try decode("true") == .bool(true))
        #expect(try decode("false") == .bool(false))
        #expect(try decode("null") == .null)
        #expect(try decode("1.5") == .number(1.5))
        #expect(try decode("-7") == .integer(-7))
        #expect(try decode("9223372036854775808") == .number(9_223_372_036_854_775_808.0))
        #expect(try decode(#""x""#) == .string("x"))
    }

    @Test func booleansAndNumbersInArrays() throws {
        #expect(try decode("[1, 0, true, false, 2.5, null]") == [1, 0, true, false, 2.5, nil])
    }

    @Test func objectsAndNesting() throws {
        let value = try decode(#"{"a": {"b": [1, {"c": "d"}]}, "e": true, "f": null}"#)
        #expect(value == ["e": true, "a": ["b": [1, ["c": "d"]]], "f": nil])
        #expect(try decode("{}") == [:])
        #expect(try decode("[]") == [])
    }

    struct Job: Codable, Equatable {
        var id: String
        var extra: JSONValue
        var optional: JSONValue?
    }

    @Test func insideACodableStruct() throws {
        let job = try JSONDecoder().decode(Job.self, from: Data(#"{"id": "j1", "extra": {"n": 1, "ok": true}}"#.utf8))
        #expect(job.id == "j1")
        #expect(job.extra == ["n": 1, "ok": true])
        #expect(job.optional == nil)
        let again = try JSONDecoder().decode(Job.self, from: JSONEncoder().encode(job))
        #expect(again == job)
    }

    @Test func encodingMatchesTheWriter() throws {
        let value: JSONValue = ["b": [1, 2.5, true, nil, "x"], "a": [:], "c": []]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(encoded == #"{"a":{},"b":[1,2.5,true,null,"x"],"c":[]}"#)
        #expect(encoded == value.serialized(sortKeys: true))
    }

    @Test func roundTripThroughFoundation() throws {
        var random = RandomJSON(seed: 11)
        for _ in 0..<300 {
            let value = random.value()
            let data = try JSONEncoder().encode(value)
            let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
            // Foundation writes 6.0 as "6", which then reads back as an integer; compare after
            // the same normalisation.
            #expect(decoded == Self.integralDoublesAsIntegers(value))
            #expect(try JSONParser.parse(data) == decoded)
        }
    }

    private static func integralDoublesAsIntegers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let double):
            if let integer = Int(exactly: double) {
                return .integer(integer)
            }
            return value
        case .array(let elements):
            return .array(elements.map(integralDoublesAsIntegers))
        case .object(let object):
            return .object(
                JSONObject(object.members.map { .init(key: $0.key, value: integralDoublesAsIntegers($0.value)) }))
        default:
            return value
        }
    }
}
