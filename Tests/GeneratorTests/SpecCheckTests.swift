// The checks of Spec/README.md ("Checks") and of the generator's Loading/ and Checking/ stages: each test starts
// from the valid mini spec (Fixtures/mini.json) or a real spec, makes ONE breaking edit, and expects the run to fail
// with a hand-written diagnostic (path, message and, where it matters, line:column) and to generate nothing.
// Split by subject: SpecCheckTests (JSON and keys), +Loading, +Fields, +References (rules, mappings, operations and
// responses), +Naming, +Samples, +Reporting.

import Testing
import VideoGenGenerator

@Suite("Spec checks")
struct SpecCheckTests {
    @Test("the unedited mini spec and every real spec generate without a diagnostic")
    func baseSpecsAreClean() throws {
        let mini = try Fixtures.mini().generate()
        #expect(mini.diagnostics.isEmpty, "\(mini.report)")
        #expect(mini.outputs.keys.sorted() == ["ProviderCatalog.generated.swift", "mini.generated.swift"])
        for id in try Fixtures.realSpecIDs() {
            let result = try Fixtures.real(id).generate()
            #expect(result.diagnostics.isEmpty, "\(id): \(result.report)")
            #expect(result.outputs["\(id).generated.swift"] != nil)
        }
    }
}

extension SpecCheckTests {
    @Suite("JSON and keys")
    struct Syntax {
        @Test("malformed JSON (a missing comma) is reported at its line and column, and stops that file")
        func missingComma() throws {
            let result = try Fixtures.mini().replacing(
                #""defaultModel": "mini-video","#, with: #""defaultModel": "mini-video""#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$", #"not valid JSON: unexpected character '"'"#, at: 15, 3))
            #expect(
                result.diagnostics.map(\.description) == [
                    #"Spec/mini.json:15:3: error: $: not valid JSON: unexpected character '"'"#
                ])
        }

        @Test("malformed JSON deep inside a field names its JSON path")
        func leadingZero() throws {
            let result = try Fixtures.mini().replacing(
                #""minimum": 4, "maximum": 12, "default": 4"#, with: #""minimum": 04, "maximum": 12, "default": 4"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.minimum", "not valid JSON: invalid number '04'",
                    at: 24, 91))
        }

        @Test("a trailing comma in an array is malformed JSON")
        func trailingComma() throws {
            let result = try Fixtures.mini().replacing(
                #"{"field": "options.seed", "requires": ["options.duration"]}"#,
                with: #"{"field": "options.seed", "requires": ["options.duration"]},"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.requests.create.rules[1]", "not valid JSON: unexpected character ']'", at: 33, 5))
        }

        @Test("an empty file is reported, not crashed on")
        func emptyFile() throws {
            let result = SpecText(file: "Spec/mini.json", text: "").generate()
            expectRejectedWithExactly(result, ExpectedDiagnostic("$", "not valid JSON: the input is empty", at: 1, 1))
        }

        @Test("a document that is not an object is refused")
        func notAnObject() throws {
            let result = SpecText(file: "Spec/mini.json", text: "[]").generate()
            expectRejectedWithExactly(result, ExpectedDiagnostic("$", "must be an object, got []", at: 1, 1))
        }

        @Test("a key repeated in one object is an error at the repetition")
        func duplicateTopLevelKey() throws {
            let result = try Fixtures.mini().replacing(
                #""id": "mini","#, with: "\"id\": \"mini\",\n  \"id\": \"mini\","
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.id",
                    #"the key "id" appears twice in the same object; JSON readers disagree on which one counts, so each key must appear once"#,
                    at: 5, 3))
        }

        @Test("a state listed twice is a repeated key of states")
        func stateListedTwice() throws {
            let result = try Fixtures.mini().replacing(
                #""error": {"unified": "failed""#,
                with:
                    "\"done\": {\"unified\": \"succeeded\", \"description\": \"Again.\"},\n    \"error\": {\"unified\": \"failed\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.done",
                    #"the key "done" appears twice in the same object; JSON readers disagree on which one counts, so each key must appear once"#,
                    at: 47, 5))
        }

        @Test("a mistyped top-level key gets a did-you-mean, and the key it should have been is missing")
        func unknownTopLevelKey() throws {
            let result = try Fixtures.mini().replacing(#""defaultModel""#, with: #""defaultModle""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.defaultModle", #"unknown key "defaultModle"; did you mean "defaultModel"?"#, at: 14, 19),
                ExpectedDiagnostic("$", #"missing required key "defaultModel""#, at: 1, 1))
        }

        @Test("a mistyped key of a nested field gets a did-you-mean")
        func unknownFieldKey() throws {
            let result = try Fixtures.mini().replacing(
                #""minimum": 4, "maximum": 12, "default": 4"#, with: #""minimun": 4, "maximum": 12, "default": 4"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.duration.minimun",
                    #"unknown key "minimun"; did you mean "minimum"?"#, at: 24, 91))
        }

        @Test("an unknown key far from every known one lists the known keys")
        func unknownKeyListsKnownKeys() throws {
            let result = try Fixtures.mini().replacing(
                #""scheme": "Bearer"}"#, with: #""scheme": "Bearer", "realm": "api"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.auth.realm", #"unknown key "realm" (known keys: header, scheme)"#, at: 10, 68))
        }

        @Test("a missing required key is reported at its object")
        func missingRequiredKey() throws {
            let result = try Fixtures.mini().replacing("  \"defaultModel\": \"mini-video\",\n", with: "").generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$", #"missing required key "defaultModel""#, at: 1, 1))
        }

        @Test("a value of the wrong JSON type says what was expected")
        func wrongValueType() throws {
            let result = try Fixtures.mini().replacing(#""format": 2,"#, with: #""format": "2","#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.format", #"must be an integer, got "2""#, at: 3, 13))
        }

        @Test("a format other than 1 and 2 is refused")
        func unsupportedFormat() throws {
            let result = try Fixtures.mini().replacing(#""format": 2,"#, with: #""format": 3,"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.format", "unsupported format 3; this generator reads format 2", at: 3, 13)
            )
        }

        @Test("format 1 is refused with the way to move the spec to format 2")
        func formatOneRefused() throws {
            let result = try Fixtures.mini().replacing(#""format": 2,"#, with: #""format": 1,"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.format", Self.formatOneMessage, at: 3, 13))
        }

        @Test("a spec still laid out in format 1 gets the migration message alone, not a list of unknown keys")
        func formatOneLayoutRefused() throws {
            let result = try Fixtures.mini()
                .replacing(#""format": 2,"#, with: #""format": 1,"#)
                .replacing(#""operations": {"#, with: #""endpoints": {"#)
                .generate()
            expectRejectedWithExactly(result, ExpectedDiagnostic("$.format", Self.formatOneMessage, at: 3, 13))
        }

        static let formatOneMessage =
            #"format 1 is no longer read: format 2 lists "operations" and names its "requests" and "responses" (Spec/README.md, "From format 1", says how to move a spec over)"#

        @Test("a sample part the format does not know lists the parts")
        func unknownSamplePart() throws {
            let result = try Fixtures.mini().replacing(
                "\"name\": \"create-queued\",\n          \"part\": \"response\",",
                with: "\"name\": \"create-queued\",\n          \"part\": \"answer\","
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[1].part", #"must be "request" or "response", got "answer""#, at: 96,
                    19))
        }

        @Test("a callback sample among an operation's samples is refused: callback samples go under callbacks")
        func callbackPartInOperation() throws {
            let result = try Fixtures.mini().replacing(
                "\"name\": \"status-error\",\n          \"part\": \"response\",",
                with: "\"name\": \"status-error\",\n          \"part\": \"callback\","
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].part", #"must be "request" or "response", got "callback""#,
                    at: 114, 19))
        }
    }
}
