// Spec checks on field definitions: types, ranges, lengths, item counts, enums, defaults, keys that fit the type,
// roles and named types (Loading/SpecLoader+Fields.swift, Checking/SpecChecker+Fields.swift, Lowering/SchemaLowering.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("fields")
    struct Fields {
        // MARK: Types

        @Test("an unknown request field type lists the request types")
        func unknownRequestType() throws {
            let result = try Fixtures.mini().replacing(
                #""duration": {"type": "integer""#, with: #""duration": {"type": "integr""#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.type",
                    #"unknown type "integr"; request fields use string, integer, number, boolean, url, array, object or any"#,
                    at: 24, 32))
        }

        @Test("a response-only type in a request field is refused")
        func responseTypeInRequest() throws {
            let result = try Fixtures.mini().replacing(
                #""seed": {"type": "integer""#, with: #""seed": {"type": "timestamp""#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.seed.type",
                    #"the type "timestamp" describes responses only; request fields use string, integer, number, boolean, url, array, object or any"#,
                    at: 26, 28))
        }

        @Test("an unknown response type close to a named type gets a did-you-mean")
        func unknownNamedType() throws {
            let result = try Fixtures.mini().replacing(
                #""Answer to a create request.", "data": {"type": "Job"}"#,
                with: #""Answer to a create request.", "data": {"type": "Jobb"}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.responses.create.data.type", #"unknown type "Jobb"; did you mean "Job"?"#, at: 77, 79))
        }

        @Test("an unknown response type far from every type lists the builtin types")
        func unknownTypeListsBuiltins() throws {
            let result = try Fixtures.mini().replacing(
                #""Answer to a create request.", "data": {"type": "Job"}"#,
                with: #""Answer to a create request.", "data": {"type": "Frobnicator"}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.responses.create.data.type",
                    #"unknown type "Frobnicator" (builtin types: string, integer, number, boolean, url, array, object, any, code, timestamp, state, failCode, file; declare named types under "types")"#
                ))
        }

        // MARK: Ranges, lengths, items

        @Test("minimum > maximum")
        func minimumAboveMaximum() throws {
            let result = try Fixtures.mini().replacing(
                #""minimum": 4, "maximum": 12, "default": 4"#, with: #""minimum": 14, "maximum": 12, "default": 4"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.maximum", "must be ≥ minimum (14), got 12",
                    at: 24, 106))
        }

        @Test("minLength > maxLength")
        func minimumLengthAboveMaximum() throws {
            let result = try Fixtures.mini().replacing(
                #""minLength": 1, "maxLength": 500"#, with: #""minLength": 10, "maxLength": 5"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.prompt.maxLength", "must be ≥ minLength (10), got 5", at: 19, 124))
        }

        @Test("minItems > maxItems")
        func minimumItemsAboveMaximum() throws {
            let result = try Fixtures.mini().replacing(
                #""minItems": 1, "maxItems": 2"#, with: #""minItems": 3, "maxItems": 2"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.image_urls.maxItems", "must be ≥ minItems (3), got 2", at: 29, 128)
            )
        }

        @Test("a model's durationRange with minimum > maximum")
        func modelDurationRange() throws {
            let result = try Fixtures.mini().replacing(
                #"{"minimum": 4, "maximum": 12}}"#, with: #"{"minimum": 4, "maximum": 2}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.models[0].durationRange.maximum", "must be ≥ minimum (4), got 2", at: 12, 91))
        }

        @Test("a negative length is refused")
        func negativeLength() throws {
            let result = try Fixtures.mini().replacing(
                #""minLength": 1, "maxLength": 500"#, with: #""minLength": -1, "maxLength": 500"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.prompt.minLength", "must not be negative, got -1", at: 19, 107))
        }

        // MARK: Enums

        @Test("an empty enum")
        func emptyEnum() throws {
            let result = try Fixtures.mini().replacing(
                #""required": true, "enum": ["mini-video"]}"#, with: #""required": true, "enum": []}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.model.enum", "an enum must list at least one value", at: 18, 90))
        }

        @Test("an integer in the enum of a string field")
        func integerInStringEnum() throws {
            let result = try Fixtures.mini().replacing(#""enum": ["16:9", "9:16"]"#, with: #""enum": ["16:9", 916]"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.enum[1]",
                    "916 does not fit the field's type string",
                    at: 25, 94))
        }

        @Test("a string in the enum of an integer field")
        func stringInIntegerEnum() throws {
            let result = try Fixtures.mini().replacing(
                #""minimum": 4, "maximum": 12, "default": 4"#, with: #""enum": [4, "8"], "default": 4"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.enum[1]",
                    #""8" does not fit the field's type integer"#,
                    at: 24, 92))
        }

        @Test("an enum value that is neither a string nor an integer")
        func booleanEnumValue() throws {
            let result = try Fixtures.mini().replacing(#""enum": ["16:9", "9:16"]"#, with: #""enum": ["16:9", true]"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.enum[1]",
                    "enum values must be strings or integers, got true", at: 25, 94))
        }

        @Test("an enum value listed twice")
        func repeatedEnumValue() throws {
            let result = try Fixtures.mini().replacing(#""enum": ["16:9", "9:16"]"#, with: #""enum": ["16:9", "16:9"]"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.enum[1]",
                    #""16:9" is listed twice in the enum"#,
                    at: 25, 94))
        }

        // MARK: Defaults

        @Test("a default outside the field's range")
        func defaultOutsideRange() throws {
            let result = try Fixtures.mini().replacing(#""default": 4}"#, with: #""default": 40}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.default",
                    "the default 40 breaks the field's own constraints: must be an integer from 4 to 12, got 40",
                    at: 24, 120))
        }

        @Test("a default outside the field's enum")
        func defaultOutsideEnum() throws {
            let result = try Fixtures.mini().replacing(#""default": "16:9"}"#, with: #""default": "4:3"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.default",
                    #"the default "4:3" breaks the field's own constraints: must be one of "16:9", "9:16", got "4:3""#,
                    at: 25, 114))
        }

        @Test("a default of the wrong type (a quoted number for an integer)")
        func defaultOfWrongType() throws {
            let result = try Fixtures.mini().replacing(#""default": 4}"#, with: #""default": "4"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.default",
                    #"the default "4" breaks the field's own constraints: must be an integer from 4 to 12, got "4""#,
                    at: 24, 120))
        }

        // MARK: Keys that must fit the type

        @Test("a key that does not apply to the field's type")
        func keyNotFittingType() throws {
            let result = try Fixtures.mini().replacing(
                #""minLength": 1, "maxLength": 500"#, with: #""minimum": 1, "maxLength": 500"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.prompt.minimum", #""minimum" does not apply to a field of type string"#,
                    at: 19,
                    105))
        }

        @Test("a constraint on a field of a named type")
        func constraintOnNamedType() throws {
            let result = try Fixtures.mini().replacing(
                #""Answer to a status query.", "data": {"type": "Job"}"#,
                with: #""Answer to a status query.", "data": {"type": "Job", "minimum": 1}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.status.data.minimum", #""minimum" does not apply to a field of a named type"#))
        }

        @Test("an array without items")
        func arrayWithoutItems() throws {
            let result = try Fixtures.mini().replacing(
                #""items": {"type": "url"}, "minItems": 1"#, with: #""minItems": 1"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic("$.requests.create.fields.image_urls", #"an array field needs "items""#, at: 29, 21))
        }

        @Test("a timestamp without unit")
        func timestampWithoutUnit() throws {
            let result = try Fixtures.mini().replacing(#""unit": "seconds", "#, with: "").generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.created",
                    #"a timestamp field needs "unit" (seconds, milliseconds or iso8601) or "pattern" (with "timeZone")"#,
                    at: 72,
                    20))
        }

        @Test("an unknown timestamp unit")
        func unknownUnit() throws {
            let result = try Fixtures.mini().replacing(#""unit": "seconds""#, with: #""unit": "minutes""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.created.unit",
                    #"must be "seconds", "milliseconds" or "iso8601" (or give "pattern"), got "minutes""#))
        }

        @Test("an unknown encoding")
        func unknownEncoding() throws {
            let result = try Fixtures.mini().replacing(#""encoding": "json-string""#, with: #""encoding": "base64""#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.output.encoding", #"must be "json-string", got "base64""#, at: 65, 23))
        }

        @Test("typeName on a field that is neither an object nor an enum")
        func typeNameOnString() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "What the video shows.", "required": true"#,
                with: #""description": "What the video shows.", "typeName": "Prompt", "required": true"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.prompt.typeName",
                    #""typeName" names the Swift type of an object or enum field"#))
        }

        @Test("a response field marked required")
        func requiredResponseField() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "Why it failed.", "role": "failureMessage"}"#,
                with: #""description": "Why it failed.", "role": "failureMessage", "required": true}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.reason.required",
                    "response fields are never required; every documented form is accepted"))
        }

        @Test("an alias that repeats the field's own name")
        func aliasRepeatsName() throws {
            let result = try Fixtures.mini().replacing(#""aliases": ["job_id"]"#, with: #""aliases": ["id"]"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.id.aliases", #"the alias "id" repeats a name of the same field"#, at: 60, 94))
        }

        // MARK: Roles

        @Test("a role on a field of the wrong type")
        func roleOnWrongType() throws {
            let result = try Fixtures.mini().replacing(#""role": "failureMessage""#, with: #""role": "createdAt""#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.reason.role", "the role createdAt needs a field of type timestamp, not string",
                    at: 71, 79))
        }

        @Test("videoURLs on an array of strings instead of URLs")
        func videoURLsOnStrings() throws {
            let result = try Fixtures.mini().replacing(
                #""items": {"type": "url"}, "acceptsSingle": true"#,
                with: #""items": {"type": "string"}, "acceptsSingle": true"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.output.fields.urls.role",
                    "the role videoURLs needs a field of type url or file, or an array of them, not array of string"))
        }

        @Test("an unknown role lists the roles")
        func unknownRole() throws {
            let result = try Fixtures.mini().replacing(#""role": "failureMessage""#, with: #""role": "failMessage""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.reason.role",
                    #"unknown role "failMessage" (known roles: taskId, state, progress, queuePosition, videoURLs, failureCode, failureMessage, createdAt, completedAt, expiresAt, model, errorCode, errorMessage, errorDetail, errorType, uploadedURL, tasks, nextPage)"#,
                    at: 71, 79))
        }

        // MARK: Named types

        @Test("a named type that contains itself")
        func recursiveType() throws {
            let result = try Fixtures.mini().replacing(
                #""reason": {"type": "string""#,
                with:
                    "\"parent\": {\"type\": \"Job\", \"description\": \"The task this one continues.\"},\n        \"reason\": {\"type\": \"string\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Job.fields.parent.type",
                    #"the type "Job" contains itself (Job → Job); recursive types are not supported"#, at: 71, 28))
        }

        @Test("two named types that contain each other")
        func mutuallyRecursiveTypes() throws {
            let result = try Fixtures.mini()
                .replacing(
                    #""reason": {"type": "string""#,
                    with:
                        "\"step\": {\"type\": \"Step\", \"description\": \"The current step.\"},\n        \"reason\": {\"type\": \"string\""
                )
                .replacing(
                    "    }\n  },\n  \"responses\"",
                    with:
                        "    },\n    \"Step\": {\"fields\": {\"job\": {\"type\": \"Job\", \"description\": \"The job.\"}}}\n  },\n  \"responses\""
                )
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.Step.fields.job.type",
                    #"the type "Job" contains itself (Job → Step → Job); recursive types are not supported"#),
                ExpectedDiagnostic(
                    "$.types.Job.fields.step.type",
                    #"the type "Step" contains itself (Step → Job → Step); recursive types are not supported"#))
        }

        @Test("a named type whose name is not an UpperCamelCase identifier")
        func lowercaseTypeName() throws {
            let result = try Fixtures.mini().replacing(
                "    }\n  },\n  \"responses\"",
                with:
                    "    },\n    \"task_info\": {\"fields\": {\"note\": {\"type\": \"string\", \"description\": \"A note.\"}}}\n  },\n  \"responses\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.task_info", #"a type name is an UpperCamelCase Swift identifier, got "task_info""#, at: 75,
                    18))
        }

        @Test("a named type called like a type generated code relies on")
        func reservedTypeName() throws {
            let result = try Fixtures.mini().replacing(
                "    }\n  },\n  \"responses\"",
                with:
                    "    },\n    \"String\": {\"fields\": {\"note\": {\"type\": \"string\", \"description\": \"A note.\"}}}\n  },\n  \"responses\""
            ).generate()
            let taken = ExpectedDiagnostic(
                "$.types.String", #"the type name "String" is taken by Swift or by generated code; choose another"#,
                at: 75,
                15)
            expectRejected(result, taken)
            expectRejectedWithExactly(result, taken)
        }

        @Test("an unused named type is only a warning: the files are still generated")
        func unusedTypeIsWarning() throws {
            let result = try Fixtures.mini().replacing(
                "    }\n  },\n  \"responses\"",
                with:
                    "    },\n    \"Extra\": {\"fields\": {\"note\": {\"type\": \"string\", \"description\": \"A note.\"}}}\n  },\n  \"responses\""
            ).generate()
            #expect(!result.hasErrors)
            #expect(result.outputs.keys.sorted() == ["ProviderCatalog.generated.swift", "mini.generated.swift"])
            #expect(
                result.diagnostics.map(\.description) == [
                    #"Spec/mini.json:75:14: warning: $.types.Extra: the type "Extra" is not used by any response"#
                ])
        }
    }
}
