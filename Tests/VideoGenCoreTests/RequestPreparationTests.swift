// Preparing a request body: models with their own parameters, models the spec does not list, renamed and deprecated
// fields, and constraints that depend on other fields. Every expected message is written out by hand.

import Testing
@_spi(Generated) import VideoGenCore

@Suite struct RequestPreparationTests {
    static let prompt = FieldSchema(name: "prompt", value: ValueSchema(type: .string), isRequired: true)
    static let urls = ValueSchema(type: .array(ValueSchema(type: .url), acceptsSingle: false))

    /// A flat body whose fields depend on the model: kling takes `image_url` (required) and a duration "5"/"10";
    /// veo takes `aspect_ratio`.
    static let perModel: RequestSchema = {
        let kling = PerModelFields.Variant(
            fields: [
                FieldSchema(name: "image_url", value: ValueSchema(type: .url), isRequired: true),
                FieldSchema(
                    name: "duration",
                    value: ValueSchema(type: .string, constraints: Constraints(allowedValues: ["5", "10"]))),
            ], rules: [])
        let veo = PerModelFields.Variant(
            fields: [
                FieldSchema(
                    name: "aspect_ratio",
                    value: ValueSchema(type: .string, constraints: Constraints(allowedValues: ["16:9", "9:16"])))
            ],
            rules: [RequestRule(.forbidden(["negative_prompt"]), message: "is not taken by veo")])
        return RequestSchema(
            body: ObjectSchema(
                fields: [prompt, FieldSchema(name: "negative_prompt", value: ValueSchema(type: .string))],
                acceptsUnknownFields: false),
            rules: [],
            perModel: PerModelFields(path: .root, variants: ["kling": kling, "veo": veo], models: ["kling", "veo"]))
    }()

    static func prepare(_ body: String, _ schema: RequestSchema, model: String? = nil, strict: Bool = false) throws
        -> PreparedRequest
    {
        RequestValidator.prepare(
            try JSONParser.parse(body), against: schema, model: model, refusingUnknownModels: strict)
    }

    // MARK: Models

    @Test func aKnownModelGetsItsOwnFieldsAndRules() throws {
        let kling = try Self.prepare(#"{"prompt": "a cat", "duration": "7"}"#, Self.perModel, model: "kling")
        #expect(
            kling.violations.map(\.description) == [
                "image_url: is required (an http or https URL)", #"duration: must be one of "5", "10", got "7""#,
            ])
        let veo = try Self.prepare(
            #"{"prompt": "a cat", "image_url": "https://a.example/x.png", "negative_prompt": "rain"}"#, Self.perModel,
            model: "veo")
        #expect(
            veo.violations.map(\.description) == [
                "image_url: is not a documented field (expected one of prompt, negative_prompt, aspect_ratio)",
                "negative_prompt: is not taken by veo",
            ])
        #expect(veo.warnings.isEmpty)
    }

    @Test func anUnknownModelIsCheckedAgainstEveryModelAndWarnedAbout() throws {
        let prepared = try Self.prepare(
            #"{"prompt": "a cat", "duration": 5, "new_knob": true}"#, Self.perModel, model: "klingg")
        #expect(prepared.violations.map(\.description) == [#"duration: must be one of "5", "10", got 5"#])
        #expect(
            prepared.warnings.map(\.description) == [
                #"model: is "klingg", which the spec does not list (did you mean kling?); it is checked against what the listed models accept"#
            ])
        let strict = try Self.prepare(#"{"prompt": "a cat"}"#, Self.perModel, model: "sora", strict: true)
        #expect(
            strict.violations.map(\.description) == [
                #"model: must be one of the listed models "kling", "veo", got "sora""#
            ])
    }

    @Test func aModelInTheBodyOutsideItsEnumIsAWarning() throws {
        let schema = RequestSchema(
            body: ObjectSchema(
                fields: [
                    FieldSchema(
                        name: "model",
                        value: ValueSchema(type: .string, constraints: Constraints(allowedValues: ["grok-video-3"])),
                        isRequired: true),
                    Self.prompt,
                ], acceptsUnknownFields: false), rules: [], modelPath: ["model"])
        let prepared = try Self.prepare(#"{"model": "grok-video-4", "prompt": "a cat"}"#, schema)
        #expect(prepared.isValid)
        #expect(prepared.warnings.map(\.path) == [["model"]])
        #expect(try Self.prepare(#"{"model": "grok-video-3", "prompt": "a cat"}"#, schema).warnings.isEmpty)
    }

    // MARK: Renamed and deprecated fields

    static let renamed = RequestSchema(
        body: ObjectSchema(
            fields: [
                Self.prompt,
                FieldSchema(name: "aspect_ratio", value: ValueSchema(type: .string), formerNames: ["aspectRatio"]),
                FieldSchema(
                    name: "seed", value: ValueSchema(type: .integer), deprecation: "results are not reproducible"),
                FieldSchema(name: "style", value: ValueSchema(type: .string), deprecation: ""),
            ], acceptsUnknownFields: false), rules: [])

    @Test func aFormerNameIsSentUnderTheCurrentOne() throws {
        let prepared = try Self.prepare(#"{"prompt": "a cat", "aspectRatio": "16:9"}"#, Self.renamed)
        #expect(prepared.isValid)
        #expect(prepared.body == ["prompt": "a cat", "aspect_ratio": "16:9"])
        #expect(
            prepared.warnings.map(\.description) == ["aspectRatio: is now called aspect_ratio; sent as aspect_ratio"])
        let both = try Self.prepare(#"{"prompt": "a", "aspectRatio": "16:9", "aspect_ratio": "9:16"}"#, Self.renamed)
        #expect(
            both.violations.map(\.description) == [
                "aspectRatio: is the former name of aspect_ratio, which is given too; give aspect_ratio only"
            ])
    }

    @Test func aDeprecatedFieldIsAcceptedWithAWarning() throws {
        let prepared = try Self.prepare(#"{"prompt": "a cat", "seed": 7, "style": "noir"}"#, Self.renamed)
        #expect(prepared.isValid)
        #expect(
            prepared.warnings.map(\.description) == [
                "seed: is deprecated: results are not reproducible", "style: is deprecated",
            ])
    }

    // MARK: Conditional constraints

    static let frames = RequestSchema(
        body: ObjectSchema(
            fields: [
                FieldSchema(name: "mode", value: ValueSchema(type: .string)),
                FieldSchema(name: "image_urls", value: Self.urls),
                FieldSchema(name: "duration", value: ValueSchema(type: .integer)),
            ], acceptsUnknownFields: false),
        rules: [
            RequestRule(
                .constrained(["image_urls"], Constraints(minItems: 1, maxItems: 2)),
                when: .equals(["mode"], "first-last-frame")),
            RequestRule(
                .constrained(["image_urls"], Constraints(minItems: 1, maxItems: 3)),
                when: .equals(["mode"], "reference")),
            RequestRule(
                .constrained(["duration"], Constraints(allowedValues: [4, 6, 8])), when: .equals(["mode"], "reference")),
            RequestRule(
                .constrained(["duration"], Constraints(minimum: 5, maximum: 10)), message: "is 5 to 10 seconds"),
        ])

    @Test func constraintsDependOnOtherFields() throws {
        let three = #"["https://a.example/1.png", "https://a.example/2.png", "https://a.example/3.png"]"#
        let firstLast = try Self.prepare(#"{"mode": "first-last-frame", "image_urls": \#(three)}"#, Self.frames)
        #expect(
            firstLast.violations.map(\.description) == [
                #"image_urls: must have 1 to 2 items when mode is "first-last-frame", got 3 items"#
            ])
        #expect(try Self.prepare(#"{"mode": "reference", "image_urls": \#(three)}"#, Self.frames).isValid)
        let reference = try Self.prepare(#"{"mode": "reference", "duration": 5}"#, Self.frames)
        #expect(
            reference.violations.map(\.description) == [
                #"duration: must be one of 4, 6, 8 when mode is "reference", got 5"#
            ])
        let range = try Self.prepare(#"{"duration": 12}"#, Self.frames)
        #expect(range.violations.map(\.description) == ["duration: is 5 to 10 seconds, got 12"])
        #expect(try Self.prepare(#"{"mode": "text"}"#, Self.frames).isValid, "absent fields are not constrained")
    }
}
