// The constructs real providers need (issue 10): several roles on one field, dates in ISO 8601 or a pattern, progress
// as a fraction, conditional constraints, models with their own parameters, renamed and deprecated fields, options a
// model fixes, and file outputs — each accepted where it is right and refused, with its place, where it is not.

import Testing
@_spi(Generated) import VideoGenCore

@testable import VideoGenGenerator

extension SpecCheckTests {
    @Suite("constructs of real providers")
    struct Constructs {
        static let created =
            #""created": {"type": "timestamp", "description": "Creation time.", "unit": "seconds", "role": "createdAt"}"#
        static let state = #""state": {"type": "state", "description": "See states.", "role": "state"}"#
        static let urls =
            #""urls": {"type": "array", "description": "A URL or a list of them.", "items": {"type": "url"}, "acceptsSingle": true, "role": "videoURLs"}"#
        static let rules = #"{"field": "options.seed", "requires": ["options.duration"]}"#
        static let model =
            #"{"id": "mini-video", "name": "Mini Video", "durationRange": {"minimum": 4, "maximum": 12}}"#

        // MARK: Roles

        @Test("a field may feed several roles, each fitting its type")
        func rolesList() throws {
            let accepted = try Fixtures.mini().replacing(
                Self.state,
                with: #""state": {"type": "state", "description": "See states.", "role": ["state", "failureCode"]}"#
            ).generate()
            #expect(!accepted.hasErrors, "\(accepted.report)")
            let refused = try Fixtures.mini().replacing(
                Self.state,
                with:
                    #""state": {"type": "state", "description": "See states.", "role": ["state", "progress", "state"]}"#
            ).generate()
            // (The samples, whose state is a word, no longer decode as a progress either.)
            expectRejected(
                refused, ExpectedDiagnostic("$.types.Job.fields.state.role[2]", #"the role "state" is listed twice"#),
                ExpectedDiagnostic(
                    "$.types.Job.fields.state.role",
                    "the role progress needs a field of type integer or number, not state"
                ))
        }

        // MARK: Dates

        @Test("a pattern needs its time zone, a known zone, and a date in it")
        func patterns() throws {
            let noZone = try Fixtures.mini().replacing(
                Self.created,
                with:
                    #""created": {"type": "timestamp", "description": "Creation time.", "pattern": "yyyy-MM-dd HH:mm:ss", "role": "createdAt"}"#
            ).generate()
            expectRejected(
                noZone,
                ExpectedDiagnostic(
                    "$.types.Job.fields.created",
                    "a pattern needs \"timeZone\" (UTC, an offset such as +08:00, or an IANA name)", at: 72, 20))
            let badZone = try Fixtures.mini().replacing(
                Self.created,
                with:
                    #""created": {"type": "timestamp", "description": "t", "pattern": "HH:mm", "timeZone": "Mars/Base", "role": "createdAt"}"#
            ).generate()
            expectRejected(
                badZone,
                ExpectedDiagnostic(
                    "$.types.Job.fields.created.timeZone",
                    #""Mars/Base" is not a time zone (UTC, an offset such as +08:00, or an IANA name such as Asia/Shanghai)"#
                ),
                ExpectedDiagnostic(
                    "$.types.Job.fields.created.pattern",
                    #"must hold yyyy, MM and dd once each (tokens: yyyy MM dd HH mm ss SSS), got "HH:mm""#))
            let both = try Fixtures.mini().replacing(
                #""unit": "seconds", "role": "createdAt""#,
                with: #""unit": "seconds", "pattern": "yyyy-MM-dd", "timeZone": "UTC", "role": "createdAt""#
            ).generate()
            expectRejectedWithExactly(
                both, ExpectedDiagnostic("$.types.Job.fields.created.pattern", #"give "unit" or "pattern", not both"#))
        }

        @Test("a sample writes a time as its field declares")
        func sampleTimesFollowTheDeclaration() throws {
            let result = try Fixtures.mini().replacing(#""unit": "seconds""#, with: #""unit": "iso8601""#).generate()
            // The documented create answer writes "created" as 1700000000.
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[1].body.data.created",
                    "the sample writes this time as 1700000000, not as the field declares (iso8601)", at: 98, 102))
        }

        // MARK: Progress

        @Test("scale belongs to a progress field")
        func scale() throws {
            let result = try Fixtures.mini().replacing(
                Self.created,
                with: Self.created
                    + #", "done": {"type": "number", "description": "Share done.", "scale": "fraction"}, "pct": {"type": "number", "description": "p", "role": "progress", "scale": "permille"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.done.scale",
                    #""scale" says how progress is counted; it needs the role progress"#),
                ExpectedDiagnostic(
                    "$.types.Job.fields.pct.scale", #"must be "percent" (0–100) or "fraction" (0–1), got "permille""#))
        }

        // MARK: Conditional constraints

        @Test("a constrain rule sets constraints that fit its field")
        func constrainRules() throws {
            let accepted = try Fixtures.mini().replacing(
                Self.rules,
                with: Self.rules
                    + #", {"constrain": "image_urls", "maxItems": 1, "when": {"field": "options.aspect_ratio", "equals": "9:16"}}"#
            ).generate()
            #expect(!accepted.hasErrors, "\(accepted.report)")
            let refused = try Fixtures.mini().replacing(
                Self.rules,
                with: Self.rules
                    + #", {"constrain": "prompt", "minItems": 1, "enum": [3]}, {"constrain": "image_urls"}, {"required": "prompt", "maximum": 3}"#
            ).generate()
            // (The documented request's prompt breaks the enum too.)
            expectRejected(
                refused,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1].minItems", #""minItems" does not apply to prompt, which is a string"#),
                ExpectedDiagnostic(
                    "$.requests.create.rules[1].enum[0]",
                    "3 breaks prompt's own constraints: must be a string of 1 to 500 characters, got 3"),
                ExpectedDiagnostic(
                    "$.requests.create.rules[2]",
                    #"a "constrain" rule needs at least one of minItems, maxItems, minimum, maximum, minLength, maxLength, enum"#
                ),
                ExpectedDiagnostic("$.requests.create.rules[3].maximum", #""maximum" belongs to a "constrain" rule"#))
        }

        // MARK: Models

        @Test("models with their own fields need a request that says where they go, and rules that name them")
        func perModel() throws {
            let ownFields =
                #"{"id": "mini-video", "name": "Mini Video", "fields": {"motion": {"type": "integer", "description": "How much it moves.", "minimum": 1}}, "rules": [{"forbidden": "options.motion", "when": {"field": "options.duration", "equals": 12}}]}"#
            let withoutPerModel = try Fixtures.mini().replacing(Self.model, with: ownFields).generate()
            expectRejected(
                withoutPerModel,
                ExpectedDiagnostic(
                    "$.models[0]",
                    #"the model has fields or rules of its own, but no request says where they go; add "perModel" to the request"#
                ))
            let accepted = try Fixtures.mini().replacing(Self.model, with: ownFields)
                .replacing(
                    #""description": "The body of a mini video task.","#,
                    with: #""description": "The body of a mini video task.", "perModel": "options","#
                )
                .generate()
            #expect(!accepted.hasErrors, "\(accepted.report)")
            let misplaced = try Fixtures.mini().replacing(Self.model, with: ownFields)
                .replacing(
                    #""description": "The body of a mini video task.","#,
                    with: #""description": "The body of a mini video task.", "perModel": "prompt","#
                )
                .generate()
            expectRejected(misplaced, ExpectedDiagnostic("$.requests.create.perModel", "prompt is not an object"))
            let wrongRule = try Fixtures.mini()
                .replacing(
                    Self.model, with: ownFields.replacingOccurrences(of: "options.motion", with: "options.motoin")
                )
                .replacing(
                    #""description": "The body of a mini video task.","#,
                    with: #""description": "The body of a mini video task.", "perModel": "options","#
                )
                .generate()
            expectRejectedWithExactly(
                wrongRule,
                ExpectedDiagnostic(
                    "$.models[0].rules[0]",
                    "names the field options.motoin, which the request does not have; did you mean options.motion?"))
        }

        @Test("options a model fixes are unified options with values of their type")
        func fixedOptions() throws {
            let result = try Fixtures.mini().replacing(
                Self.model,
                with:
                    #"{"id": "mini-video", "name": "Mini Video", "fixed": {"duration": "8s", "aspectRatio": "16:9", "fps": 24}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.models[0].fixed.duration", #"must be a whole number of seconds, got "8s""#),
                ExpectedDiagnostic(
                    "$.models[0].fixed.fps", #"unknown key "fps" (known keys: duration, aspectRatio, resolution)"#))
        }

        // MARK: Renamed and deprecated fields

        @Test("former names and deprecation notes")
        func renamedAndDeprecated() throws {
            let accepted = try Fixtures.mini().replacing(
                #""seed": {"type": "integer", "description": "Random seed; needs a duration.", "minimum": 0}"#,
                with:
                    #""seed": {"type": "integer", "description": "Random seed; needs a duration.", "minimum": 0, "renamedFrom": ["Seed"], "deprecated": "results vary anyway"}"#
            ).generate()
            #expect(!accepted.hasErrors, "\(accepted.report)")
            let refused = try Fixtures.mini().replacing(
                #""seed": {"type": "integer", "description": "Random seed; needs a duration.", "minimum": 0}"#,
                with:
                    #""seed": {"type": "integer", "description": "Random seed; needs a duration.", "minimum": 0, "renamedFrom": ["Seed", "Seed"], "deprecated": 3}"#
            ).generate()
            expectRejectedWithExactly(
                refused,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.seed.renamedFrom",
                    #"the former name "Seed" repeats a name of the same field"#),
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.seed.deprecated",
                    "must be true, false or a text saying what to use instead"))
        }

        // MARK: Files

        @Test("file outputs are response fields")
        func files() throws {
            let accepted = try Fixtures.mini().replacing(
                Self.urls,
                with:
                    #""urls": {"type": "array", "description": "Files.", "items": {"type": "file"}, "acceptsSingle": true, "role": "videoURLs"}"#
            ).generate()
            #expect(!accepted.hasErrors, "\(accepted.report)")
            let inRequest = try Fixtures.mini().replacing(
                #""items": {"type": "url"}, "minItems": 1, "maxItems": 2}"#,
                with: #""items": {"type": "file"}, "minItems": 1, "maxItems": 2}"#
            ).generate()
            expectRejected(
                inRequest,
                ExpectedDiagnostic(
                    "$.requests.create.fields.image_urls.items.type",
                    #"the type "file" describes responses only; request fields use string, integer, number, boolean, url, array, object or any"#
                ))
        }
    }
}
