// Spec checks on documented samples: request samples must pass the spec's own rules (or say which they break),
// response samples must decode and carry what their kind needs (Checking/SampleChecker.swift, Loading/SpecLoader+Facts.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("samples")
    struct Samples {
        static let requestOptions = #"{"duration": 8, "aspect_ratio": "9:16", "seed": 7}"#

        @Test("a request sample that breaks a field constraint, without violates")
        func requestSampleBreaksConstraint() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestOptions, with: #"{"duration": 20, "aspect_ratio": "9:16", "seed": 7}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[0].body.options.duration",
                    #"the sample breaks the spec's own rules: options.duration: must be an integer from 4 to 12, got 20; fix the spec, or list "options.duration" under "violates" if the docs really show an invalid body"#,
                    at: 93, 83))
        }

        @Test("a request sample that breaks a cross-field rule, without violates")
        func requestSampleBreaksRule() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestOptions, with: #"{"aspect_ratio": "9:16", "seed": 7}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[0].body.options.duration",
                    #"the sample breaks the spec's own rules: options.duration: is required when options.seed is given; fix the spec, or list "options.duration" under "violates" if the docs really show an invalid body"#,
                    at: 93, 70))
        }

        @Test("a request sample with an undocumented field")
        func requestSampleWithUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #""prompt": "a kite""#, with: #""prompt": "a kite", "colour": "red""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[0].body.colour",
                    #"the sample breaks the spec's own rules: colour: is not a documented field (expected one of model, prompt, options, image_urls); fix the spec, or list "colour" under "violates" if the docs really show an invalid body"#
                ))
        }

        @Test("the same broken request sample is accepted when violates lists what the validator reports")
        func violatesAcceptsDocumentedBreak() throws {
            let result = try Fixtures.mini()
                .replacing(Self.requestOptions, with: #"{"aspect_ratio": "9:16", "seed": 7}"#)
                .replacing(
                    #""kind": "create-request","#,
                    with: "\"kind\": \"create-request\",\n      \"violates\": [\"options.duration\"],"
                )
                .generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
            #expect(!result.outputs.isEmpty)
        }

        @Test("a violates entry the validator does not report")
        func violatesNotReported() throws {
            let result = try Fixtures.mini().replacing(
                #""kind": "create-request","#,
                with: "\"kind\": \"create-request\",\n      \"violates\": [\"options.seed\"],"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[0].violates", #"lists "options.seed", but the validator reports nothing there"#, at: 92,
                    19))
        }

        @Test("violates on a response sample")
        func violatesOnResponseSample() throws {
            let result = try Fixtures.mini().replacing(
                #""kind": "create-response","#,
                with: "\"kind\": \"create-response\",\n      \"violates\": [\"data.id\"],"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[1].violates", "only create-request samples can list violations", at: 98, 19))
        }

        @Test("a response sample with a field of the wrong type (the state as an array)")
        func responseSampleWrongType() throws {
            let result = try Fixtures.mini().replacing(#""state": "done""#, with: #""state": ["done"]"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[2].body.data.state",
                    #"the sample does not decode: expected a string (the task state), got ["done"]"#, at: 105, 81))
        }

        @Test("a response sample whose JSON-string field holds broken JSON")
        func responseSampleBrokenEmbeddedJSON() throws {
            let result = try Fixtures.mini().replacing(
                #""output": "{\"urls\":\"https://mini.example/v.mp4\"}""#, with: #""output": "{\"urls\":""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[2].body.data.output",
                    "the sample does not decode: holds a string that is not valid JSON (line 1, column 9 (at $.urls): unexpected end of input)",
                    at: 105, 99))
        }

        @Test("a status sample without a state")
        func statusSampleWithoutState() throws {
            let result = try Fixtures.mini().replacing(
                #"{"id": "job_1", "state": "error", "#, with: #"{"id": "job_1", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[3].body",
                    "a status sample that is not an error must carry a state (role state); none was found", at: 111, 15)
            )
        }

        @Test("a create sample without a task id")
        func createSampleWithoutTaskID() throws {
            let result = try Fixtures.mini().replacing(
                #"{"id": "job_1", "state": "queued""#, with: #"{"state": "queued""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[1].body",
                    "a create answer that is not an error must carry a task id (role taskId); none was found", at: 99,
                    15))
        }

        @Test("a sample of a kind the spec has no response for")
        func sampleKindWithoutResponse() throws {
            let result = try Fixtures.mini().replacing(
                "\"name\": \"status-error\",\n      \"kind\": \"status-response\",",
                with: "\"name\": \"status-error\",\n      \"kind\": \"callback\","
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[3].body", #"a callback sample, but "responses" has no "callback" entry"#, at: 111, 15))
        }

        @Test("a response sample that is not an object")
        func responseSampleNotObject() throws {
            let result = try Fixtures.mini().replacing(
                #"{"code": 0, "message": "ok", "data": {"id": "job_1", "state": "error", "reason": "too windy"}}"#,
                with: "[]"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.samples[3].body", "a response sample must be a JSON object, got an array", at: 111, 15))
        }

        @Test("two samples with the same name")
        func duplicateSampleName() throws {
            let result = try Fixtures.mini().replacing(#""name": "status-error""#, with: #""name": "status-done""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.samples[3].name", #"the sample name "status-done" is used twice"#, at: 108, 15))
        }

        @Test("a documented error answer is a valid response sample")
        func errorSampleIsAccepted() throws {
            let result = try Fixtures.mini().replacing(
                #"{"code": 0, "message": "ok", "data": {"id": "job_1", "state": "error", "reason": "too windy"}}"#,
                with: #"{"code": 401, "message": "invalid key", "data": null}"#
            ).generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
        }
    }
}
