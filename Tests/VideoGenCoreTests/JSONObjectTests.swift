// Tests for JSONObject: order, editing, order-insensitive equality and hashing.

import Testing

@testable import VideoGenCore

@Suite struct JSONObjectTests {
    @Test func keepsInsertionOrder() {
        let object: JSONObject = ["z": 1, "a": 2, "m": 3]
        #expect(object.keys == ["z", "a", "m"])
        #expect(object.map(\.key) == ["z", "a", "m"])
        #expect(object.members.map(\.value) == [1, 2, 3])
        #expect(object.count == 3)
        #expect(!object.isEmpty)
        #expect(JSONObject().isEmpty)
        #expect(object[1] == JSONObject.Member(key: "a", value: 2))
    }

    @Test func subscriptEditing() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = "two"
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["b"] == "two")
        object["d"] = nil
        #expect(object.count == 3)
        object["d"] = .null
        #expect(object.keys == ["a", "b", "c", "d"])
        #expect(object["d"] == .null)
        object["a"] = nil
        #expect(object.keys == ["b", "c", "d"])
        #expect(object["a"] == nil)
        let removed = object.removeValue(forKey: "c")
        let removedAgain = object.removeValue(forKey: "c")
        #expect(removed == 3)
        #expect(removedAgain == nil)
        #expect(object.keys == ["b", "d"])
        #expect(object.contains(key: "b"))
        #expect(!object.contains(key: "zz"))
        #expect(object.index(forKey: "d") == 1)
    }

    @Test func repeatedKeysKeepFirstPositionAndLastValue() {
        let object = JSONObject([.init(key: "a", value: 1), .init(key: "b", value: 2), .init(key: "a", value: 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
        let literal: JSONObject = ["x": 1, "y": 2, "x": 9]
        #expect(literal.keys == ["x", "y"])
        #expect(literal["x"] == 9)
        let value: JSONValue = ["k": 1, "k": 2]
        #expect(value == ["k": 2])
    }

    @Test func equalityIgnoresOrder() {
        let first: JSONObject = ["a": 1, "b": [true], "c": ["x": nil, "y": 2.5]]
        let second: JSONObject = ["c": ["y": 2.5, "x": nil], "a": 1, "b": [true]]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(JSONValue.object(first) == JSONValue.object(second))
        #expect(JSONValue.object(first).hashValue == JSONValue.object(second).hashValue)
        #expect(Set([JSONValue.object(first), .object(second)]).count == 1)
    }

    @Test func inequality() {
        let base: JSONObject = ["a": 1, "b": 2]
        #expect(base != ["a": 1, "b": 3])
        #expect(base != ["a": 1])
        #expect(base != ["a": 1, "b": 2, "c": 3])
        #expect(base != ["a": 1, "c": 2])
        #expect(base != ["b": 1, "a": 2])
        // Integers and doubles stay distinct, as the document wrote them.
        let integer: JSONObject = ["a": 1]
        let double: JSONObject = ["a": 1.0]
        #expect(integer != double)
        #expect(JSONObject() == JSONObject())
    }

    @Test func equalityOfLargeObjectsInAnyOrder() {
        var random = SplitMix64(seed: 3)
        let members = (0..<200).map { JSONObject.Member(key: "key\($0)", value: .integer($0)) }
        let ordered = JSONObject(members)
        let shuffled = JSONObject(members.shuffled(using: &random))
        #expect(ordered == shuffled)
        #expect(ordered.hashValue == shuffled.hashValue)
        var changed = shuffled
        changed["key150"] = 0
        #expect(ordered != changed)
        var renamed = JSONObject(Array(members.dropLast()))
        renamed["other"] = 199
        #expect(ordered != renamed)
        // Differing only near the end of an otherwise identical prefix.
        var tail = ordered
        tail["key199"] = nil
        tail["key199"] = 199
        #expect(ordered == tail)
        tail["key198"] = -1
        #expect(ordered != tail)
    }
}
