// Tests for request-rule conditions: when each kind holds (present, absent, null, other values), loose
// equality between numbers and the strings that spell them, the explanations used in messages, and the
// paths a condition reads.

import Testing
@_spi(Generated) import VideoGenCore

private func body(_ json: String) throws -> JSONValue {
    try JSONParser.parse(json)
}

@Suite struct ConditionTests {
    // MARK: equals / notEquals

    @Test func equalsHoldsOnlyForAPresentEqualValue() throws {
        let condition = Condition.equals(["request_type"], "callback")
        #expect(condition.holds(on: try body(#"{"request_type": "callback"}"#)))
        #expect(!condition.holds(on: try body(#"{"request_type": "async"}"#)))
        #expect(!condition.holds(on: try body(#"{"request_type": "Callback"}"#)))
        #expect(!condition.holds(on: try body("{}")))
        #expect(!condition.holds(on: try body(#"{"request_type": null}"#)))
    }

    /// notEquals holds only when the field is present (an absent or null field is neither equal nor unequal).
    @Test func notEqualsHoldsOnlyForAPresentDifferentValue() throws {
        let condition = Condition.notEquals(["model"], "kling-motion-control")
        #expect(condition.holds(on: try body(#"{"model": "grok-video-3"}"#)))
        #expect(condition.holds(on: try body(#"{"model": 3}"#)))
        #expect(!condition.holds(on: try body(#"{"model": "kling-motion-control"}"#)))
        #expect(!condition.holds(on: try body("{}")))
        #expect(!condition.holds(on: try body(#"{"model": null}"#)))
    }

    @Test func equalsReachesNestedFields() throws {
        let condition = Condition.equals(["input", "mode"], "image-to-video")
        #expect(condition.holds(on: try body(#"{"input": {"mode": "image-to-video"}}"#)))
        #expect(!condition.holds(on: try body(#"{"input": {"mode": "text-to-video"}}"#)))
        #expect(!condition.holds(on: try body(#"{"input": "image-to-video"}"#)))
        #expect(!condition.holds(on: try body(#"{"mode": "image-to-video"}"#)))
        let item = Condition.equals(["image_urls", 1], "https://example.com/b.png")
        #expect(
            item.holds(on: try body(#"{"image_urls": ["https://example.com/a.png", "https://example.com/b.png"]}"#)))
        #expect(!item.holds(on: try body(#"{"image_urls": ["https://example.com/b.png"]}"#)))
    }

    // MARK: in / notIn

    @Test func inHoldsForAPresentListedValue() throws {
        let condition = Condition.isOneOf(["model"], ["veo-3.1-fast", "veo-3.1"])
        #expect(condition.holds(on: try body(#"{"model": "veo-3.1"}"#)))
        #expect(condition.holds(on: try body(#"{"model": "veo-3.1-fast"}"#)))
        #expect(!condition.holds(on: try body(#"{"model": "veo-3"}"#)))
        #expect(!condition.holds(on: try body("{}")))
        #expect(!condition.holds(on: try body(#"{"model": null}"#)))
        #expect(!Condition.isOneOf(["model"], []).holds(on: try body(#"{"model": "veo-3.1"}"#)))
    }

    @Test func notInHoldsOnlyForAPresentUnlistedValue() throws {
        let condition = Condition.isNoneOf(["model"], ["veo-3.1-fast", "veo-3.1"])
        #expect(condition.holds(on: try body(#"{"model": "grok-video-3"}"#)))
        #expect(!condition.holds(on: try body(#"{"model": "veo-3.1"}"#)))
        #expect(!condition.holds(on: try body("{}")))
        #expect(!condition.holds(on: try body(#"{"model": null}"#)))
        #expect(Condition.isNoneOf(["model"], []).holds(on: try body(#"{"model": "veo-3.1"}"#)))
    }

    /// `errors.detect` uses notIn [200] on an envelope's code: a string "200" is not an error.
    @Test func notInComparesLoosely() throws {
        let isError = Condition.isNoneOf(["code"], [200])
        #expect(!isError.holds(on: try body(#"{"code": 200}"#)))
        #expect(!isError.holds(on: try body(#"{"code": "200"}"#)))
        #expect(!isError.holds(on: try body(#"{"code": 200.0}"#)))
        #expect(isError.holds(on: try body(#"{"code": 400}"#)))
        #expect(isError.holds(on: try body(#"{"code": "400"}"#)))
        #expect(isError.holds(on: try body(#"{"code": "success"}"#)))
        #expect(!isError.holds(on: try body(#"{"message": "no code"}"#)))
    }

    // MARK: present

    @Test func presentTrueAndFalse() throws {
        let given = Condition.isPresent(["callback_url"], true)
        let notGiven = Condition.isPresent(["callback_url"], false)
        for (json, present) in [
            (#"{"callback_url": "https://example.com/hook"}"#, true),
            (#"{"callback_url": ""}"#, true),
            (#"{"callback_url": false}"#, true),
            (#"{"callback_url": []}"#, true),
            (#"{"callback_url": {}}"#, true),
            (#"{"callback_url": null}"#, false),
            (#"{}"#, false),
            (#"{"callbackUrl": "https://example.com/hook"}"#, false),
        ] {
            #expect(given.holds(on: try body(json)) == present, "\(json)")
            #expect(notGiven.holds(on: try body(json)) == !present, "\(json)")
        }
        #expect(Condition.isPresent(["input", "task_id"], false).holds(on: try body(#"{"input": [1]}"#)))
    }

    // MARK: all / any / not

    @Test func allAnyNot() throws {
        let callback = Condition.equals(["request_type"], "callback")
        let hasURL = Condition.isPresent(["callback_url"], true)
        let both = try body(#"{"request_type": "callback", "callback_url": "https://example.com/hook"}"#)
        let onlyType = try body(#"{"request_type": "callback"}"#)
        let neither = try body("{}")

        #expect(Condition.all([callback, hasURL]).holds(on: both))
        #expect(!Condition.all([callback, hasURL]).holds(on: onlyType))
        #expect(!Condition.all([callback, hasURL]).holds(on: neither))
        #expect(Condition.all([]).holds(on: neither))

        #expect(Condition.any([callback, hasURL]).holds(on: both))
        #expect(Condition.any([callback, hasURL]).holds(on: onlyType))
        #expect(!Condition.any([callback, hasURL]).holds(on: neither))
        #expect(!Condition.any([]).holds(on: both))

        #expect(!Condition.not(callback).holds(on: both))
        #expect(Condition.not(callback).holds(on: neither))
        #expect(Condition.not(.all([callback, hasURL])).holds(on: onlyType))
        #expect(Condition.not(.not(callback)).holds(on: onlyType))
    }

    /// not(equals) and notEquals differ exactly on an absent field.
    @Test func notOfEqualsDiffersFromNotEqualsOnAbsentFields() throws {
        let empty = try body("{}")
        #expect(Condition.not(.equals(["model"], "kling-motion-control")).holds(on: empty))
        #expect(!Condition.notEquals(["model"], "kling-motion-control").holds(on: empty))
        #expect(Condition.not(.isOneOf(["model"], ["veo-3.1"])).holds(on: empty))
        #expect(!Condition.isNoneOf(["model"], ["veo-3.1"]).holds(on: empty))
    }

    // MARK: Loose equality

    @Test func numbersCompareByValueAndStringsSpellNumbers() {
        #expect(JSONValue.integer(200).looselyEquals(.string("200")))
        #expect(JSONValue.string("200").looselyEquals(.integer(200)))
        #expect(JSONValue.integer(200).looselyEquals(.number(200.0)))
        #expect(JSONValue.number(200.0).looselyEquals(.integer(200)))
        #expect(JSONValue.string("200").looselyEquals(.number(200.0)))
        #expect(JSONValue.number(0.5).looselyEquals(.string("0.5")))
        #expect(JSONValue.string(" 200 ").looselyEquals(.integer(200)))
        #expect(JSONValue.string("-3").looselyEquals(.integer(-3)))
        #expect(JSONValue.string("callback").looselyEquals(.string("callback")))
    }

    @Test func looseEqualityStillTellsDifferentValuesApart() {
        #expect(!JSONValue.integer(200).looselyEquals(.integer(201)))
        #expect(!JSONValue.integer(200).looselyEquals(.number(200.5)))
        #expect(!JSONValue.string("200x").looselyEquals(.integer(200)))
        #expect(!JSONValue.string("").looselyEquals(.integer(0)))
        #expect(!JSONValue.string("callback").looselyEquals(.string("Callback")))
        #expect(!JSONValue.string(" callback").looselyEquals(.string("callback")))
        #expect(!JSONValue.bool(true).looselyEquals(.string("true")))
        #expect(!JSONValue.bool(true).looselyEquals(.integer(1)))
        #expect(!JSONValue.null.looselyEquals(.integer(0)))
        #expect(!JSONValue.null.looselyEquals(.string("")))
        #expect(!JSONValue.array([200]).looselyEquals(.integer(200)))
    }

    @Test func conditionsUseLooseEquality() throws {
        #expect(Condition.equals(["code"], 200).holds(on: try body(#"{"code": "200"}"#)))
        #expect(Condition.equals(["code"], 200).holds(on: try body(#"{"code": 200.0}"#)))
        #expect(Condition.equals(["code"], "200").holds(on: try body(#"{"code": 200}"#)))
        #expect(Condition.isOneOf(["duration"], [5, 8, 10]).holds(on: try body(#"{"duration": "8"}"#)))
        #expect(!Condition.notEquals(["code"], 200).holds(on: try body(#"{"code": "200"}"#)))
    }

    /// A string spelling a number in JSON's number syntax equals that number however it is written, so loose
    /// equality is transitive: "200.0" ≈ 200.0, 200.0 ≈ 200, and "200.0" ≈ 200 (likewise "1e2" and 100).
    @Test func stringSpellingAnIntegralFractionEqualsTheInteger() {
        #expect(JSONValue.string("200.0").looselyEquals(.number(200.0)))
        #expect(JSONValue.number(200.0).looselyEquals(.integer(200)))
        #expect(JSONValue.string("200.0").looselyEquals(.integer(200)))
        #expect(JSONValue.string("1e2").looselyEquals(.integer(100)))
        #expect(JSONValue.integer(100).looselyEquals(.string("1e2")))
    }

    /// Strings are read in JSON's number syntax only, not with Swift's `Double(_:)`, which would also accept
    /// hexadecimal floats and words such as "nan": "0x10" equals neither 16 nor 16.0.
    @Test func hexadecimalStringsAreNotNumbers() {
        #expect(!JSONValue.string("0x10").looselyEquals(.integer(16)))
        #expect(!JSONValue.string("0x10").looselyEquals(.number(16.0)))
        #expect(!JSONValue.number(16.0).looselyEquals(.string("0x10")))
    }

    // MARK: Explanations and paths

    @Test func explanations() {
        #expect(Condition.equals(["request_type"], "callback").explanation == #"request_type is "callback""#)
        #expect(Condition.equals(["code"], 200).explanation == "code is 200")
        #expect(
            Condition.notEquals(["model"], "kling-motion-control").explanation
                == #"model is not "kling-motion-control""#)
        #expect(
            Condition.isOneOf(["model"], ["veo-3.1-fast", "veo-3.1"]).explanation
                == #"model is one of "veo-3.1-fast", "veo-3.1""#)
        #expect(Condition.isNoneOf(["code"], [200]).explanation == "code is not one of 200")
        #expect(Condition.isPresent(["input", "image_urls"], true).explanation == "input.image_urls is given")
        #expect(Condition.isPresent(["input", "task_id"], false).explanation == "input.task_id is not given")
        #expect(Condition.all([.equals(["a"], 1), .isPresent(["b"], true)]).explanation == "a is 1 and b is given")
        #expect(Condition.any([.equals(["a"], 1), .isPresent(["b"], false)]).explanation == "a is 1 or b is not given")
        #expect(Condition.not(.equals(["a"], 1)).explanation == "not (a is 1)")
    }

    @Test func referencedPaths() {
        let condition = Condition.all([
            .equals(["request_type"], "callback"),
            .any([.isPresent(["input", "image_urls"], true), .not(.isNoneOf(["model"], ["veo-3.1"]))]),
        ])
        #expect(condition.referencedPaths == [["request_type"], ["input", "image_urls"], ["model"]])
        let rule = RequestRule(
            .requires(["input", "task_id"], [["input", "index"]]), when: .equals(["input", "mode"], "image-to-video"))
        #expect(rule.referencedPaths == [["input", "task_id"], ["input", "index"], ["input", "mode"]])
    }
}
