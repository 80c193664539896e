// Tests for the validation engine itself, with small hand-built schemas: every value type and constraint,
// every rule kind with and without a condition, the exact message texts, URL checks, character counting,
// unknown fields with suggestions, the root, and the order in which violations are reported.
// Every expected message is written out by hand.

import Testing
@_spi(Generated) import VideoGenCore

// MARK: Helpers

/// A request schema over the given fields of the root object.
private func requestSchema(_ fields: [FieldSchema], rules: [RequestRule] = [], acceptsUnknownFields: Bool = false)
    -> RequestSchema
{
    RequestSchema(body: ObjectSchema(fields: fields, acceptsUnknownFields: acceptsUnknownFields), rules: rules)
}

/// `description` of each violation of `body` (JSON text) against `schema`.
private func messages(_ body: String, _ schema: RequestSchema) throws -> [String] {
    RequestValidator.validate(try JSONParser.parse(body), against: schema).map(\.description)
}

/// `description` of each violation of one value checked on its own at `prompt` (or `path`).
private func messages(of value: JSONValue, as schema: ValueSchema, at path: JSONPath = ["prompt"]) -> [String] {
    RequestValidator.validate(value, as: schema, at: path).map(\.description)
}

private func stringSchema(minLength: Int? = nil, maxLength: Int? = nil) -> ValueSchema {
    ValueSchema(type: .string, constraints: Constraints(minLength: minLength, maxLength: maxLength))
}

private func integerSchema(minimum: Double? = nil, maximum: Double? = nil, allowed: [JSONValue]? = nil) -> ValueSchema {
    ValueSchema(type: .integer, constraints: Constraints(allowedValues: allowed, minimum: minimum, maximum: maximum))
}

private let urlSchema = ValueSchema(type: .url)

/// The fields most rule tests use: a flat body in the style of the providers' create requests.
private let ruleFields: [FieldSchema] = [
    FieldSchema(
        name: "request_type",
        value: ValueSchema(type: .string, constraints: Constraints(allowedValues: ["async", "callback"]))),
    FieldSchema(name: "callback_url", value: ValueSchema(type: .url)),
    FieldSchema(name: "model", value: ValueSchema(type: .string)),
    FieldSchema(name: "mode", value: ValueSchema(type: .string)),
    FieldSchema(name: "image_urls", value: ValueSchema(type: .array(ValueSchema(type: .url), acceptsSingle: false))),
    FieldSchema(name: "task_id", value: ValueSchema(type: .string)),
    FieldSchema(name: "index", value: ValueSchema(type: .integer)),
    FieldSchema(name: "duration", value: ValueSchema(type: .integer)),
    FieldSchema(name: "generate_audio", value: ValueSchema(type: .boolean)),
]

private func ruleSchema(_ rules: RequestRule...) -> RequestSchema {
    requestSchema(ruleFields, rules: rules)
}

// MARK: Strings

@Suite struct StringConstraintTests {
    @Test func tooLongStringNamesItsLength() {
        let schema = stringSchema(minLength: 1, maxLength: 5000)
        #expect(
            messages(of: .string(String(repeating: "a", count: 5001)), as: schema)
                == ["prompt: must be a string of 1 to 5000 characters, got 5001 characters"])
        #expect(messages(of: .string(String(repeating: "a", count: 5000)), as: schema) == [])
        #expect(messages(of: "a", as: schema) == [])
    }

    @Test func emptyStringIsCalledEmpty() {
        #expect(
            messages(of: "", as: stringSchema(minLength: 1, maxLength: 5000))
                == ["prompt: must be a string of 1 to 5000 characters, got an empty string"])
        #expect(
            messages(of: "", as: stringSchema(minLength: 1))
                == ["prompt: must be a string that is not empty, got an empty string"])
    }

    @Test func everyLengthWording() {
        #expect(
            messages(of: "abc", as: stringSchema(minLength: 4, maxLength: 4))
                == ["prompt: must be a string of exactly 4 characters, got 3 characters"])
        #expect(
            messages(of: "a", as: stringSchema(minLength: 3))
                == ["prompt: must be a string of at least 3 characters, got 1 character"])
        #expect(
            messages(of: "abcdef", as: stringSchema(maxLength: 5))
                == ["prompt: must be a string of at most 5 characters, got 6 characters"])
        #expect(messages(of: "abcd", as: stringSchema(minLength: 4, maxLength: 4)) == [])
        #expect(messages(of: "abc", as: stringSchema(minLength: 3)) == [])
        #expect(messages(of: "abcde", as: stringSchema(maxLength: 5)) == [])
    }

    @Test func wrongTypeNamesWhatWasExpected() {
        #expect(
            messages(of: 5, as: stringSchema(minLength: 1, maxLength: 5000))
                == ["prompt: must be a string of 1 to 5000 characters, got 5"])
        #expect(messages(of: true, as: stringSchema()) == ["prompt: must be a string, got true"])
        #expect(messages(of: ["a"], as: stringSchema()) == [#"prompt: must be a string, got ["a"]"#])
        #expect(messages(of: nil, as: stringSchema()) == ["prompt: must be a string, got null"])
    }

    /// Lengths count characters as people see them: an emoji, a flag or a letter with a combining accent is one.
    @Test func lengthCountsCharactersNotBytesOrScalars() {
        let five = stringSchema(maxLength: 5)
        #expect(messages(of: "🎬🎬🎬🎬🎬", as: five) == [])
        #expect(
            messages(of: "🎬🎬🎬🎬🎬🎬", as: five) == ["prompt: must be a string of at most 5 characters, got 6 characters"])
        #expect(messages(of: "🇫🇷🇫🇷🇫🇷🇫🇷🇫🇷", as: five) == [])
        #expect(messages(of: "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}", as: five) == [])
        #expect(messages(of: "👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", as: five) == [])
        #expect(messages(of: "中文提示词", as: five) == [])
        let oneEmoji = stringSchema(minLength: 1, maxLength: 1)
        #expect(messages(of: "🎬", as: oneEmoji) == [])
        // 5000 emoji are 20000 UTF-8 bytes and 10000 UTF-16 units, but 5000 characters.
        #expect(
            messages(of: .string(String(repeating: "🎬", count: 5000)), as: stringSchema(minLength: 1, maxLength: 5000))
                == [])
        #expect(
            messages(of: .string(String(repeating: "🎬", count: 5001)), as: stringSchema(minLength: 1, maxLength: 5000))
                == ["prompt: must be a string of 1 to 5000 characters, got 5001 characters"])
    }

    @Test func closedStringEnum() {
        let schema = ValueSchema(type: .string, constraints: Constraints(allowedValues: ["480p", "720p"]))
        #expect(messages(of: "480p", as: schema) == [])
        #expect(messages(of: "720p", as: schema) == [])
        #expect(messages(of: "1080p", as: schema) == [#"prompt: must be one of "480p", "720p", got "1080p""#])
        #expect(messages(of: "480P", as: schema) == [#"prompt: must be one of "480p", "720p", got "480P""#])
        #expect(messages(of: 480, as: schema) == [#"prompt: must be one of "480p", "720p", got 480"#])
    }
}

// MARK: Numbers and booleans

@Suite struct NumberConstraintTests {
    @Test func integerRangeWordings() {
        let range = integerSchema(minimum: 6, maximum: 30)
        #expect(
            messages(of: 31, as: range, at: ["input", "duration"]) == [
                "input.duration: must be an integer from 6 to 30, got 31"
            ])
        #expect(
            messages(of: 5, as: range, at: ["input", "duration"]) == [
                "input.duration: must be an integer from 6 to 30, got 5"
            ])
        #expect(
            messages(of: -6, as: range, at: ["input", "duration"]) == [
                "input.duration: must be an integer from 6 to 30, got -6"
            ])
        #expect(messages(of: 6, as: range) == [])
        #expect(messages(of: 30, as: range) == [])
        #expect(
            messages(of: 0, as: integerSchema(minimum: 1), at: ["duration"]) == [
                "duration: must be an integer of at least 1, got 0"
            ])
        #expect(
            messages(of: 6, as: integerSchema(maximum: 5), at: ["index"]) == [
                "index: must be an integer of at most 5, got 6"
            ])
        #expect(messages(of: 1_000_000, as: integerSchema(), at: ["n"]) == [])
    }

    /// An integer field takes only JSON integers: not a string spelling one, not a number with a fraction,
    /// not even an integral number written with one.
    @Test func integerFieldRefusesStringsAndFractions() throws {
        let range = integerSchema(minimum: 6, maximum: 30)
        #expect(
            messages(of: "6", as: range, at: ["duration"]) == [#"duration: must be an integer from 6 to 30, got "6""#])
        #expect(
            messages(of: 6.5, as: range, at: ["duration"]) == ["duration: must be an integer from 6 to 30, got 6.5"])
        #expect(
            messages(of: try JSONParser.parse("6.0"), as: range, at: ["duration"]) == [
                "duration: must be an integer from 6 to 30, got 6.0"
            ])
        #expect(
            messages(of: try JSONParser.parse("6e0"), as: range, at: ["duration"]) == [
                "duration: must be an integer from 6 to 30, got 6.0"
            ])
        #expect(
            messages(of: true, as: range, at: ["duration"]) == ["duration: must be an integer from 6 to 30, got true"])
        #expect(messages(of: "x", as: integerSchema(), at: ["n"]) == [#"n: must be an integer, got "x""#])
    }

    @Test func integerEnum() throws {
        let durations = integerSchema(allowed: [5, 8, 10])
        #expect(messages(of: 5, as: durations, at: ["duration"]) == [])
        #expect(messages(of: 8, as: durations, at: ["duration"]) == [])
        #expect(messages(of: 10, as: durations, at: ["duration"]) == [])
        #expect(messages(of: 6, as: durations, at: ["duration"]) == ["duration: must be one of 5, 8, 10, got 6"])
        #expect(messages(of: "8", as: durations, at: ["duration"]) == [#"duration: must be one of 5, 8, 10, got "8""#])
        #expect(
            messages(of: try JSONParser.parse("8.0"), as: durations, at: ["duration"]) == [
                "duration: must be one of 5, 8, 10, got 8.0"
            ])
    }

    @Test func numberRange() {
        let scale = ValueSchema(type: .number, constraints: Constraints(minimum: 0.5, maximum: 2.5))
        #expect(messages(of: 1, as: scale, at: ["scale"]) == [])
        #expect(messages(of: 0.5, as: scale, at: ["scale"]) == [])
        #expect(messages(of: 2.5, as: scale, at: ["scale"]) == [])
        #expect(messages(of: 3, as: scale, at: ["scale"]) == ["scale: must be a number from 0.5 to 2.5, got 3"])
        #expect(messages(of: 0.25, as: scale, at: ["scale"]) == ["scale: must be a number from 0.5 to 2.5, got 0.25"])
        #expect(messages(of: "1", as: scale, at: ["scale"]) == [#"scale: must be a number from 0.5 to 2.5, got "1""#])
        #expect(
            messages(of: 7, as: ValueSchema(type: .number, constraints: Constraints(maximum: 6)), at: ["x"])
                == ["x: must be a number of at most 6, got 7"])
    }

    @Test func boolean() {
        let flag = ValueSchema(type: .boolean)
        #expect(messages(of: true, as: flag, at: ["generate_audio"]) == [])
        #expect(messages(of: false, as: flag, at: ["generate_audio"]) == [])
        #expect(
            messages(of: "yes", as: flag, at: ["generate_audio"]) == [
                #"generate_audio: must be true or false, got "yes""#
            ])
        #expect(
            messages(of: "true", as: flag, at: ["generate_audio"]) == [
                #"generate_audio: must be true or false, got "true""#
            ])
        #expect(messages(of: 1, as: flag, at: ["generate_audio"]) == ["generate_audio: must be true or false, got 1"])
    }
}

// MARK: Arrays

@Suite struct ArrayConstraintTests {
    private func urls(minItems: Int? = nil, maxItems: Int? = nil) -> ValueSchema {
        ValueSchema(
            type: .array(urlSchema, acceptsSingle: false),
            constraints: Constraints(minItems: minItems, maxItems: maxItems))
    }

    @Test func itemCountWordings() {
        let one = "https://example.com/a.png"
        let two = "https://example.com/b.png"
        #expect(
            messages(of: [.string(one), .string(two)], as: urls(maxItems: 1), at: ["image_urls"])
                == ["image_urls: must be an array of at most 1 item, got 2 items"])
        #expect(
            messages(of: [], as: urls(minItems: 1), at: ["image_urls"])
                == ["image_urls: must be an array of at least 1 item, got an empty array"])
        #expect(
            messages(of: [], as: urls(minItems: 1, maxItems: 1), at: ["image_urls"])
                == ["image_urls: must be an array of exactly 1 item, got an empty array"])
        #expect(
            messages(of: [.string(one), .string(two)], as: urls(minItems: 1, maxItems: 1), at: ["image_urls"])
                == ["image_urls: must be an array of exactly 1 item, got 2 items"])
        #expect(
            messages(of: [.string(one)], as: urls(minItems: 2, maxItems: 4), at: ["image_urls"])
                == ["image_urls: must be an array of 2 to 4 items, got 1 item"])
        #expect(messages(of: [.string(one)], as: urls(minItems: 1, maxItems: 1), at: ["image_urls"]) == [])
        #expect(messages(of: [], as: urls(), at: ["image_urls"]) == [])
    }

    @Test func notAnArray() {
        #expect(
            messages(of: "https://example.com/a.png", as: urls(), at: ["image_urls"])
                == [#"image_urls: must be an array, got "https://example.com/a.png""#])
        #expect(
            messages(of: ["url": "https://example.com/a.png"], as: urls(maxItems: 1), at: ["image_urls"])
                == [#"image_urls: must be an array of at most 1 item, got {"url":"https://example.com/a.png"}"#])
    }

    /// Each bad item is reported at its own index, after the count problem of the array itself.
    @Test func itemsAreCheckedOneByOne() {
        let indexes = ValueSchema(
            type: .array(integerSchema(minimum: 0, maximum: 5), acceptsSingle: false),
            constraints: Constraints(maxItems: 2))
        #expect(
            messages(of: [1, 9, "2"], as: indexes, at: ["input", "indexes"]) == [
                "input.indexes: must be an array of at most 2 items, got 3 items",
                "input.indexes[1]: must be an integer from 0 to 5, got 9",
                #"input.indexes[2]: must be an integer from 0 to 5, got "2""#,
            ])
    }
}

// MARK: URLs

@Suite struct URLCheckTests {
    @Test(arguments: [
        "https://example.com/a.png",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/A.PNG",
        "https://example.com:8443/images/a.png?size=large&v=2#top",
        "https://user@example.com/a.png",
        "http://192.168.1.20/a.png",
        "http://localhost:8080/a.png",  // one label, a port
        "https://example.com./a.png",  // an absolute name (trailing dot)
        "http://[::1]:8080/a.png",  // an IPv6 literal
        "https://cdn-1.example.com/a.png",  // a hyphen inside a label
    ])
    func acceptedURLs(_ url: String) {
        #expect(messages(of: .string(url), as: urlSchema, at: ["callback_url"]) == [])
    }

    @Test(arguments: [
        "ftp://example.com/a.png",  // another scheme
        "file:///tmp/a.png",
        "mailto:someone@example.com",
        "javascript:alert(1)",
        "https://",  // no host
        "https:///images/a.png",
        "http:example.com/a.png",
        "//example.com/a.png",  // no scheme
        "/images/a.png",
        "example.com/a.png",
        "https://...",  // malformed hosts: empty labels, a hyphen at a label's end
        "https://a..example.com/a.png",
        "https://-example.com/a.png",
        "https://example-.com/a.png",
        "https://example.com:0/a.png",  // a port out of range
        "",
    ])
    func refusedURLsQuoteTheValue(_ url: String) {
        let quoted = JSONValue.string(url).briefDescription
        #expect(
            messages(of: .string(url), as: urlSchema, at: ["callback_url"])
                == ["callback_url: must be an http or https URL, got \(quoted)"])
    }

    /// Spaces and other whitespace are refused anywhere in a URL, and the message says why, since the quoted
    /// value alone hides a leading or trailing space.
    @Test(arguments: [
        "https://example.com/a b.png",
        "https://exa mple.com/a.png",
        " https://example.com/a.png",
        "https://example.com/a.png ",
        "https://example.com/a\tb.png",
        "https://example.com/a\nb.png",
    ])
    func whitespaceInURLsIsNamed(_ url: String) {
        let quoted = JSONValue.string(url).briefDescription
        #expect(
            messages(of: .string(url), as: urlSchema, at: ["callback_url"])
                == [
                    "callback_url: must be an http or https URL, got \(quoted), which contains spaces or control characters"
                ])
    }

    @Test func wrongTypeForURL() {
        #expect(
            messages(of: 42, as: urlSchema, at: ["callback_url"]) == [
                "callback_url: must be an http or https URL, got 42"
            ])
    }

    /// A data: URI gets its own explanation, which tells the caller to upload the image instead.
    @Test func dataURIExplainsUploading() {
        let expected =
            "image_urls[0]: must be an http or https URL, got a data: URI (inline images are not accepted; upload the image and pass its URL)"
        #expect(
            messages(
                of:
                    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
                as: urlSchema, at: ["image_urls", 0]) == [expected])
        #expect(messages(of: "DATA:image/jpeg;base64,/9j/4AAQ", as: urlSchema, at: ["image_urls", 0]) == [expected])
        let violations = RequestValidator.validate("data:image/png;base64,AAAA", as: urlSchema, at: ["image_urls", 0])
        #expect(violations.first?.message.contains("upload") == true)
    }

    /// Bare base64 (no scheme, long) is called inline data; the quoted value is cut to 60 characters.
    @Test func bareBase64IsCalledInlineData() {
        let base64 = String(repeating: "A", count: 240)
        let shown = "\"" + String(repeating: "A", count: 58) + "…"
        #expect(
            messages(of: .string(base64), as: urlSchema, at: ["image_urls", 0])
                == [
                    "image_urls[0]: must be an http or https URL, got \(shown), which looks like inline data (base64?), not a URL; upload the image and pass its URL"
                ])
        // A short one is refused too, quoted in full.
        #expect(
            messages(of: "iVBORw0KGgo=", as: urlSchema, at: ["image_urls", 0])
                == [#"image_urls[0]: must be an http or https URL, got "iVBORw0KGgo=""#])
    }

    /// Bare base64 wrapped into lines (as `base64`, MIME and many encoders write it) keeps the "looks like inline
    /// data" hint that leads the caller to upload the image: the inline-data check runs before the whitespace check.
    @Test func wrappedBase64IsStillCalledInlineData() {
        let line = String(repeating: "A", count: 76)
        let base64 = [line, line, line, line].joined(separator: "\n")
        let shown = JSONValue.string(base64).briefDescription
        #expect(
            messages(of: .string(base64), as: urlSchema, at: ["image_urls", 0])
                == [
                    "image_urls[0]: must be an http or https URL, got \(shown), which looks like inline data (base64?), not a URL; upload the image and pass its URL"
                ])
    }

    @Test func customSchemes() {
        let httpsOnly = ValueSchema(type: .url, constraints: Constraints(schemes: ["https"]))
        #expect(messages(of: "https://example.com/a.png", as: httpsOnly, at: ["u"]) == [])
        #expect(messages(of: "http://example.com/a.png", as: httpsOnly, at: ["u"]).count == 1)
        let ftp = ValueSchema(type: .url, constraints: Constraints(schemes: ["ftp"]))
        #expect(messages(of: "ftp://files.example.com/a.png", as: ftp, at: ["u"]) == [])
        #expect(
            messages(of: "https://example.com/a.png", as: ftp, at: ["u"])
                == [#"u: must be an ftp URL, got "https://example.com/a.png""#])
    }

    /// With one scheme the article fits the scheme spelled letter by letter: "an https URL", like the
    /// default's "an http or https URL".
    @Test func httpsOnlyMessageUsesTheRightArticle() {
        let httpsOnly = ValueSchema(type: .url, constraints: Constraints(schemes: ["https"]))
        #expect(
            messages(of: "http://example.com/a.png", as: httpsOnly, at: ["u"])
                == [#"u: must be an https URL, got "http://example.com/a.png""#])
    }

    /// Not only space, tab and line feed: a URL ending in a carriage return (a classic copy-paste or
    /// header-injection artefact), or holding a NUL, a BEL, a no-break space or a line separator, is refused too
    /// (Foundation's URLComponents on Linux would accept them).
    @Test(arguments: [
        "https://example.com/a.png\r",
        "https://example.com/a\u{0}.png",
        "https://example.com/a\u{7}.png",
        "https://example.com/\u{A0}a.png",
        "https://example.com/a.png\u{2028}",
    ])
    func controlCharactersAndOtherWhitespaceAreRefused(_ url: String) {
        let quoted = JSONValue.string(url).briefDescription
        #expect(
            messages(of: .string(url), as: urlSchema, at: ["callback_url"])
                == [
                    "callback_url: must be an http or https URL, got \(quoted), which contains spaces or control characters"
                ])
    }
}

// MARK: Objects, unknown fields and the root

@Suite struct ObjectValidationTests {
    private let durationField = FieldSchema(
        name: "duration", value: integerSchema(minimum: 6, maximum: 30), isRequired: true)
    private let promptField = FieldSchema(name: "prompt", value: stringSchema(minLength: 1, maxLength: 5000))

    @Test func requiredFieldSaysWhatItExpects() throws {
        let schema = requestSchema([promptField, durationField])
        #expect(try messages(#"{"prompt": "a kite"}"#, schema) == ["duration: is required (an integer from 6 to 30)"])
        #expect(try messages(#"{"prompt": "a kite", "duration": 6}"#, schema) == [])
    }

    /// `null` counts as absent: a required field set to null is missing, an optional one set to null is fine.
    @Test func nullCountsAsAbsent() throws {
        let schema = requestSchema([promptField, durationField])
        #expect(
            try messages(#"{"prompt": "a kite", "duration": null}"#, schema) == [
                "duration: is required (an integer from 6 to 30)"
            ])
        #expect(try messages(#"{"prompt": null, "duration": 6}"#, schema) == [])
    }

    /// An unknown key set to null is absent too, so it is not reported; with a value it is.
    @Test func unknownKeyWithNullIsNotReported() throws {
        let schema = requestSchema([promptField, durationField])
        #expect(try messages(#"{"duration": 6, "seed": null}"#, schema) == [])
        #expect(
            try messages(#"{"duration": 6, "seed": 1}"#, schema) == [
                "seed: is not a documented field (expected one of prompt, duration)"
            ])
    }

    @Test func nestedFieldsAreNamedByTheirPath() throws {
        let input = FieldSchema(
            name: "input",
            value: ValueSchema(
                type: .object(ObjectSchema(fields: [promptField, durationField], acceptsUnknownFields: false))),
            isRequired: true)
        let schema = requestSchema([input])
        #expect(
            try messages(#"{"input": {"prompt": "a kite", "duration": 31}}"#, schema)
                == ["input.duration: must be an integer from 6 to 30, got 31"])
        #expect(try messages(#"{}"#, schema) == ["input: is required (an object)"])
        #expect(try messages(#"{"input": "a kite"}"#, schema) == [#"input: must be an object, got "a kite""#])
        #expect(
            try messages(#"{"input": {"duration": 6, "seed": 1}}"#, schema)
                == ["input.seed: is not a documented field (expected one of prompt, duration)"])
    }

    @Test func unknownFieldWithSuggestion() throws {
        let schema = requestSchema([
            promptField, durationField,
            FieldSchema(name: "aspect_ratio", value: stringSchema()),
            FieldSchema(name: "image_urls", value: ValueSchema(type: .array(urlSchema, acceptsSingle: false))),
        ])
        #expect(
            try messages(#"{"duration": 6, "durration": 6}"#, schema)
                == ["durration: is not a documented field (did you mean duration?)"])
        #expect(
            try messages(#"{"duration": 6, "promt": "a kite"}"#, schema)
                == ["promt: is not a documented field (did you mean prompt?)"])
        // Case, "_" and "-" are ignored when comparing names.
        #expect(
            try messages(#"{"duration": 6, "aspectRatio": "16:9"}"#, schema)
                == ["aspectRatio: is not a documented field (did you mean aspect_ratio?)"])
        #expect(
            try messages(#"{"duration": 6, "Aspect-Ratio": "16:9"}"#, schema)
                == ["Aspect-Ratio: is not a documented field (did you mean aspect_ratio?)"])
        #expect(
            try messages(#"{"duration": 6, "imageUrls": []}"#, schema)
                == ["imageUrls: is not a documented field (did you mean image_urls?)"])
        #expect(
            try messages(#"{"duration": 6, "PROMPT": "a kite"}"#, schema)
                == ["PROMPT: is not a documented field (did you mean prompt?)"])
    }

    /// Two swapped letters count as one edit, so a short name with a transposition still gets its suggestion.
    @Test func swappedLettersAreOneEdit() throws {
        let schema = requestSchema([FieldSchema(name: "mode", value: stringSchema()), promptField])
        #expect(try messages(#"{"mdoe": "x"}"#, schema) == ["mdoe: is not a documented field (did you mean mode?)"])
    }

    @Test func unknownFieldFarFromEveryNameListsThem() throws {
        let schema = requestSchema([promptField, durationField])
        #expect(
            try messages(#"{"duration": 6, "negative_prompt": "rain"}"#, schema)
                == ["negative_prompt: is not a documented field (expected one of prompt, duration)"])
        #expect(
            try messages(#"{"duration": 6, "colour": "red"}"#, schema)
                == ["colour: is not a documented field (expected one of prompt, duration)"])
    }

    /// Two names equally close: no guess, the list instead.
    @Test func tiedSuggestionListsTheNames() throws {
        let schema = requestSchema([
            FieldSchema(name: "mode", value: stringSchema()), FieldSchema(name: "node", value: stringSchema()),
        ])
        #expect(
            try messages(#"{"code": "x"}"#, schema) == ["code: is not a documented field (expected one of mode, node)"])
    }

    /// Keys that are not identifiers are written in brackets, as JSON strings.
    @Test func oddUnknownKeysAreQuoted() throws {
        let schema = requestSchema([durationField])
        #expect(
            try messages(#"{"duration": 6, "my field": 1, "": 2, "a.b": 3}"#, schema) == [
                #"["my field"]: is not a documented field (expected one of duration)"#,
                #"[""]: is not a documented field (expected one of duration)"#,
                #"["a.b"]: is not a documented field (expected one of duration)"#,
            ])
    }

    @Test func unknownFieldsWhenNothingIsDeclaredOrUnknownsAreAllowed() throws {
        #expect(try messages(#"{"anything": 1}"#, requestSchema([])) == ["anything: is not a documented field"])
        #expect(
            try messages(#"{"anything": 1, "duration": 6}"#, requestSchema([durationField], acceptsUnknownFields: true))
                == [])
    }

    /// A body that is not an object is one violation at the root, named `body`; rules are not looked at.
    @Test func rootThatIsNotAnObject() throws {
        let schema = requestSchema([durationField], rules: [RequestRule(.required(["callback_url"]))])
        #expect(try messages("[1, 2]", schema) == ["body: must be an object, got [1,2]"])
        #expect(try messages(#""a kite""#, schema) == [#"body: must be an object, got "a kite""#])
        #expect(try messages("null", schema) == ["body: must be an object, got null"])
        #expect(try messages("6", schema) == ["body: must be an object, got 6"])
        let violations = RequestValidator.validate(["a"], against: schema)
        #expect(violations.count == 1)
        #expect(violations.first?.path == .root)
        #expect(violations.first?.fieldName == "body")
    }

    @Test func violationParts() throws {
        let schema = requestSchema([
            FieldSchema(
                name: "input",
                value: ValueSchema(type: .object(ObjectSchema(fields: [durationField], acceptsUnknownFields: false))))
        ])
        let violations = RequestValidator.validate(
            try JSONParser.parse(#"{"input": {"duration": 31}}"#), against: schema)
        let violation = try #require(violations.first)
        #expect(violations.count == 1)
        #expect(violation.path == ["input", "duration"])
        #expect(violation.fieldName == "input.duration")
        #expect(violation.message == "must be an integer from 6 to 30, got 31")
        #expect(violation.value == 31)
        #expect(violation.description == "input.duration: must be an integer from 6 to 30, got 31")
        #expect("\(violation)" == "input.duration: must be an integer from 6 to 30, got 31")
    }

    @Test func missingFieldHasNoValue() throws {
        let violations = RequestValidator.validate([:], against: requestSchema([durationField]))
        #expect(violations.count == 1)
        #expect(violations.first?.value == nil)
    }
}

// MARK: Rules

@Suite struct RequestRuleTests {
    @Test func requiredWithoutCondition() throws {
        let schema = ruleSchema(RequestRule(.required(["callback_url"])))
        #expect(try messages("{}", schema) == ["callback_url: is required"])
        #expect(try messages(#"{"callback_url": null}"#, schema) == ["callback_url: is required"])
        #expect(try messages(#"{"callback_url": "https://example.com/hook"}"#, schema) == [])
    }

    @Test func requiredWhen() throws {
        let schema = ruleSchema(RequestRule(.required(["callback_url"]), when: .equals(["request_type"], "callback")))
        #expect(
            try messages(#"{"request_type": "callback"}"#, schema) == [
                #"callback_url: is required when request_type is "callback""#
            ])
        #expect(
            try messages(#"{"request_type": "callback", "callback_url": null}"#, schema)
                == [#"callback_url: is required when request_type is "callback""#])
        #expect(
            try messages(#"{"request_type": "callback", "callback_url": "https://example.com/hook"}"#, schema) == [])
        #expect(try messages(#"{"request_type": "async"}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
    }

    @Test func forbiddenWithoutCondition() throws {
        let schema = ruleSchema(RequestRule(.forbidden(["generate_audio"])))
        #expect(try messages(#"{"generate_audio": false}"#, schema) == ["generate_audio: must not be set"])
        #expect(try messages(#"{"generate_audio": null}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
    }

    @Test func forbiddenWhen() throws {
        let schema = ruleSchema(
            RequestRule(.forbidden(["generate_audio"]), when: .isNoneOf(["model"], ["veo-3.1-fast", "veo-3.1"])))
        #expect(
            try messages(#"{"model": "grok-video-3", "generate_audio": true}"#, schema)
                == [#"generate_audio: must not be set when model is not one of "veo-3.1-fast", "veo-3.1""#])
        #expect(try messages(#"{"model": "veo-3.1", "generate_audio": true}"#, schema) == [])
        // notIn holds only when the field is present.
        #expect(try messages(#"{"generate_audio": true}"#, schema) == [])
    }

    @Test func forbiddenViolationCarriesTheValue() throws {
        let schema = ruleSchema(RequestRule(.forbidden(["generate_audio"])))
        let violations = RequestValidator.validate(try JSONParser.parse(#"{"generate_audio": true}"#), against: schema)
        #expect(violations.first?.value == true)
        let required = RequestValidator.validate([:], against: ruleSchema(RequestRule(.required(["model"]))))
        #expect(required.first?.value == nil)
    }

    @Test func exclusive() throws {
        let schema = ruleSchema(RequestRule(.exclusive([["image_urls"], ["task_id"]])))
        #expect(
            try messages(#"{"image_urls": ["https://example.com/a.png"], "task_id": "t1"}"#, schema)
                == ["task_id: cannot be combined with image_urls"])
        #expect(try messages(#"{"image_urls": ["https://example.com/a.png"]}"#, schema) == [])
        #expect(try messages(#"{"task_id": "t1"}"#, schema) == [])
        #expect(try messages(#"{"image_urls": null, "task_id": "t1"}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
    }

    /// With three fields present, every one after the first is reported, against the first.
    @Test func exclusiveOfThree() throws {
        let schema = ruleSchema(RequestRule(.exclusive([["image_urls"], ["task_id"], ["index"]])))
        #expect(
            try messages(#"{"index": 0, "task_id": "t1", "image_urls": ["https://example.com/a.png"]}"#, schema) == [
                "task_id: cannot be combined with image_urls",
                "index: cannot be combined with image_urls",
            ])
        #expect(try messages(#"{"index": 0, "task_id": "t1"}"#, schema) == ["index: cannot be combined with task_id"])
    }

    @Test func exclusiveWhen() throws {
        let schema = ruleSchema(
            RequestRule(.exclusive([["image_urls"], ["task_id"]]), when: .equals(["mode"], "image-to-video")))
        #expect(
            try messages(
                #"{"mode": "image-to-video", "image_urls": ["https://example.com/a.png"], "task_id": "t1"}"#, schema)
                == [#"task_id: cannot be combined with image_urls when mode is "image-to-video""#])
        #expect(
            try messages(
                #"{"mode": "text-to-video", "image_urls": ["https://example.com/a.png"], "task_id": "t1"}"#, schema)
                == [])
    }

    @Test func requires() throws {
        let schema = ruleSchema(RequestRule(.requires(["task_id"], [["index"]])))
        #expect(try messages(#"{"task_id": "t1"}"#, schema) == ["index: is required when task_id is given"])
        #expect(
            try messages(#"{"task_id": "t1", "index": null}"#, schema) == ["index: is required when task_id is given"])
        #expect(try messages(#"{"task_id": "t1", "index": 0}"#, schema) == [])
        // One direction only.
        #expect(try messages(#"{"index": 0}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
    }

    @Test func requiresSeveral() throws {
        let schema = ruleSchema(RequestRule(.requires(["task_id"], [["index"], ["mode"]])))
        #expect(
            try messages(#"{"task_id": "t1"}"#, schema) == [
                "index: is required when task_id is given",
                "mode: is required when task_id is given",
            ])
        #expect(
            try messages(#"{"task_id": "t1", "mode": "image-to-video"}"#, schema) == [
                "index: is required when task_id is given"
            ])
    }

    @Test func requiresWhen() throws {
        let schema = ruleSchema(
            RequestRule(.requires(["task_id"], [["index"]]), when: .equals(["mode"], "image-to-video")))
        #expect(
            try messages(#"{"mode": "image-to-video", "task_id": "t1"}"#, schema)
                == [#"index: is required when task_id is given and mode is "image-to-video""#])
        #expect(try messages(#"{"mode": "text-to-video", "task_id": "t1"}"#, schema) == [])
    }

    @Test func atLeastOne() throws {
        let schema = ruleSchema(RequestRule(.atLeastOne([["image_urls"], ["task_id"]])))
        #expect(try messages("{}", schema) == ["image_urls: give image_urls or task_id"])
        #expect(
            try messages(#"{"image_urls": null, "task_id": null}"#, schema) == [
                "image_urls: give image_urls or task_id"
            ])
        #expect(try messages(#"{"task_id": "t1"}"#, schema) == [])
        #expect(try messages(#"{"image_urls": ["https://example.com/a.png"]}"#, schema) == [])
    }

    /// Three or more fields are listed with commas and a final "or".
    @Test func atLeastOneOfThree() throws {
        let schema = ruleSchema(RequestRule(.atLeastOne([["image_urls"], ["task_id"], ["index"]])))
        #expect(try messages("{}", schema) == ["image_urls: give image_urls, task_id or index"])
        #expect(try messages(#"{"index": 0}"#, schema) == [])
    }

    @Test func atLeastOneWhen() throws {
        let schema = ruleSchema(
            RequestRule(.atLeastOne([["image_urls"], ["task_id"]]), when: .equals(["mode"], "image-to-video")))
        #expect(
            try messages(#"{"mode": "image-to-video"}"#, schema)
                == [#"image_urls: give image_urls or task_id when mode is "image-to-video""#])
        #expect(try messages(#"{"mode": "text-to-video"}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
    }

    @Test func allowedValues() throws {
        let schema = ruleSchema(RequestRule(.allowedValues(["duration"], [5, 8, 10])))
        #expect(try messages(#"{"duration": 6}"#, schema) == ["duration: must be one of 5, 8, 10, got 6"])
        #expect(try messages(#"{"duration": 8}"#, schema) == [])
        #expect(try messages("{}", schema) == [])
        #expect(try messages(#"{"duration": null}"#, schema) == [])
    }

    @Test func allowedValuesWhen() throws {
        let schema = ruleSchema(
            RequestRule(.allowedValues(["duration"], [8]), when: .isOneOf(["model"], ["veo-3.1-fast", "veo-3.1"])))
        #expect(
            try messages(#"{"model": "veo-3.1", "duration": 5}"#, schema)
                == [#"duration: must be one of 8 when model is one of "veo-3.1-fast", "veo-3.1", got 5"#])
        #expect(try messages(#"{"model": "veo-3.1", "duration": 8}"#, schema) == [])
        #expect(try messages(#"{"model": "grok-video-3", "duration": 5}"#, schema) == [])
        #expect(try messages(#"{"model": "veo-3.1"}"#, schema) == [])
    }

    /// The rule compares loosely, so a string spelling an allowed number passes the rule; the field's own
    /// type check still refuses it, once.
    @Test func allowedValuesCompareLoosely() throws {
        let schema = ruleSchema(RequestRule(.allowedValues(["duration"], [8])))
        #expect(try messages(#"{"duration": "8"}"#, schema) == [#"duration: must be an integer, got "8""#])
        #expect(try messages(#"{"duration": 8.0}"#, schema) == ["duration: must be an integer, got 8.0"])
    }

    /// A rule's message replaces the generated explanation; an allowedValues rule still ends with the value it got.
    @Test func messageReplacesTheGeneratedExplanation() throws {
        let schema = ruleSchema(
            RequestRule(
                .forbidden(["mode"]), when: .notEquals(["model"], "kling-motion-control"),
                message: "is for kling-motion-control only"),
            RequestRule(.allowedValues(["duration"], [8]), message: "VEO models generate 8-second videos"),
            RequestRule(
                .exclusive([["image_urls"], ["task_id"]]),
                message: "send either image_urls or task_id + index, not both"))
        #expect(
            try messages(
                #"{"model": "grok-video-3", "mode": "720p", "duration": 5, "image_urls": [], "task_id": "t"}"#, schema)
                == [
                    "mode: is for kling-motion-control only",
                    "duration: VEO models generate 8-second videos, got 5",
                    "task_id: send either image_urls or task_id + index, not both",
                ])
    }

    @Test func compoundConditionsInMessages() throws {
        let all = ruleSchema(
            RequestRule(
                .required(["callback_url"]),
                when: .all([.equals(["request_type"], "callback"), .isPresent(["model"], true)])))
        #expect(
            try messages(#"{"request_type": "callback", "model": "m"}"#, all)
                == [#"callback_url: is required when request_type is "callback" and model is given"#])
        #expect(try messages(#"{"request_type": "callback"}"#, all) == [])

        let any = ruleSchema(
            RequestRule(
                .forbidden(["index"]), when: .any([.isPresent(["image_urls"], true), .isPresent(["task_id"], false)])))
        #expect(
            try messages(#"{"index": 1}"#, any) == [
                "index: must not be set when image_urls is given or task_id is not given"
            ])
        #expect(try messages(#"{"index": 1, "task_id": "t"}"#, any) == [])

        let not = ruleSchema(RequestRule(.forbidden(["mode"]), when: .not(.equals(["model"], "kling-motion-control"))))
        #expect(
            try messages(#"{"mode": "720p"}"#, not) == [
                #"mode: must not be set when not (model is "kling-motion-control")"#
            ])
        #expect(try messages(#"{"model": "kling-motion-control", "mode": "720p"}"#, not) == [])
    }

    @Test func rulesReachIntoNestedObjects() throws {
        let input = FieldSchema(
            name: "input",
            value: ValueSchema(type: .object(ObjectSchema(fields: ruleFields, acceptsUnknownFields: false))))
        let schema = requestSchema(
            [input],
            rules: [
                RequestRule(.exclusive([["input", "image_urls"], ["input", "task_id"]])),
                RequestRule(.requires(["input", "task_id"], [["input", "index"]])),
            ])
        #expect(
            try messages(#"{"input": {"image_urls": ["https://example.com/a.png"], "task_id": "t1"}}"#, schema) == [
                "input.task_id: cannot be combined with input.image_urls",
                "input.index: is required when input.task_id is given",
            ])
        // A rule over a path through something that is not an object sees the field as absent.
        #expect(try messages(#"{"input": "x"}"#, schema) == [#"input: must be an object, got "x""#])
    }

    /// Fields depth-first in schema order (unknown keys after the declared ones of their object), then the
    /// rules in their order — whatever the order of the keys in the body.
    @Test func everyViolationInAStableOrder() throws {
        let input = FieldSchema(
            name: "input",
            value: ValueSchema(
                type: .object(
                    ObjectSchema(
                        fields: [
                            FieldSchema(name: "prompt", value: stringSchema(minLength: 1), isRequired: true),
                            FieldSchema(name: "duration", value: integerSchema(minimum: 6, maximum: 30)),
                        ], acceptsUnknownFields: false))), isRequired: true)
        let schema = requestSchema(
            [
                FieldSchema(
                    name: "request_type",
                    value: ValueSchema(type: .string, constraints: Constraints(allowedValues: ["async", "callback"]))),
                FieldSchema(name: "callback_url", value: urlSchema),
                input,
            ],
            rules: [
                RequestRule(.required(["callback_url"]), when: .equals(["request_type"], "callback")),
                RequestRule(.required(["input", "duration"])),
            ])
        let body = #"{"extra": 1, "input": {"seed": 7, "prompt": ""}, "request_type": "callback"}"#
        #expect(
            try messages(body, schema) == [
                "input.prompt: must be a string that is not empty, got an empty string",
                "input.seed: is not a documented field (expected one of prompt, duration)",
                "extra: is not a documented field (expected one of request_type, callback_url, input)",
                #"callback_url: is required when request_type is "callback""#,
                "input.duration: is required",
            ])
    }

    @Test func validateAtAPathPrefixesEveryViolation() {
        let schema = ValueSchema(type: .array(urlSchema, acceptsSingle: false), constraints: Constraints(maxItems: 1))
        let violations = RequestValidator.validate(
            ["ftp://example.com/a.png", "https://example.com/b.png"], as: schema, at: ["input", "image_urls"])
        #expect(
            violations.map(\.description) == [
                "input.image_urls: must be an array of at most 1 item, got 2 items",
                #"input.image_urls[0]: must be an http or https URL, got "ftp://example.com/a.png""#,
            ])
        #expect(violations.map(\.path) == [["input", "image_urls"], ["input", "image_urls", 0]])
        #expect(
            RequestValidator.validate(31, as: integerSchema(minimum: 6, maximum: 30)).map(\.description)
                == ["body: must be an integer from 6 to 30, got 31"])
    }
}
