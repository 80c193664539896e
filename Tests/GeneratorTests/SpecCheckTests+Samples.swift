// Spec checks on documented samples: request samples must pass the spec's own rules (or say which they break),
// response samples must decode and carry what their operation's role needs, callback samples what a callback needs
// (Checking/SampleChecker.swift, Loading/SpecLoader+Operations.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("samples")
    struct Samples {
        static let requestOptions = #"{"duration": 8, "aspect_ratio": "9:16", "seed": 7}"#
        static let requestPart = #""part": "request","#
        static let createQueued = "\"name\": \"create-queued\",\n          \"part\": \"response\","
        static let statusError = "\"name\": \"status-error\",\n          \"part\": \"response\","
        static let statusErrorBody =
            #"{"code": 0, "message": "ok", "data": {"id": "job_1", "state": "error", "reason": "too windy"}}"#

        // MARK: Request samples

        @Test("a request sample that breaks a field constraint, without violates")
        func requestSampleBreaksConstraint() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestOptions, with: #"{"duration": 20, "aspect_ratio": "9:16", "seed": 7}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[0].body.options.duration",
                    #"the sample breaks the spec's own rules: options.duration: must be an integer from 4 to 12, got 20; fix the spec, or list "options.duration" under "violates" if the docs really show an invalid body"#,
                    at: 92, 87))
        }

        @Test("a request sample that breaks a cross-field rule, without violates")
        func requestSampleBreaksRule() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestOptions, with: #"{"aspect_ratio": "9:16", "seed": 7}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[0].body.options.duration",
                    #"the sample breaks the spec's own rules: options.duration: is required when options.seed is given; fix the spec, or list "options.duration" under "violates" if the docs really show an invalid body"#,
                    at: 92, 74))
        }

        @Test("a request sample with an undocumented field")
        func requestSampleWithUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #""prompt": "a kite""#, with: #""prompt": "a kite", "colour": "red""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[0].body.colour",
                    #"the sample breaks the spec's own rules: colour: is not a documented field (expected one of model, prompt, options, image_urls); fix the spec, or list "colour" under "violates" if the docs really show an invalid body"#,
                    at: 92, 73))
        }

        @Test("the same broken request sample is accepted when violates lists what the validator reports")
        func violatesAcceptsDocumentedBreak() throws {
            let result = try Fixtures.mini()
                .replacing(Self.requestOptions, with: #"{"aspect_ratio": "9:16", "seed": 7}"#)
                .replacing(
                    Self.requestPart, with: Self.requestPart + "\n          \"violates\": [\"options.duration\"],"
                )
                .generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
            #expect(!result.outputs.isEmpty)
        }

        @Test("a violates entry the validator does not report")
        func violatesNotReported() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestPart, with: Self.requestPart + "\n          \"violates\": [\"options.seed\"],"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[0].violates",
                    #"lists "options.seed", but the validator reports nothing there"#, at: 91, 23))
        }

        @Test("violates on a response sample")
        func violatesOnResponseSample() throws {
            let result = try Fixtures.mini().replacing(
                Self.createQueued, with: Self.createQueued + "\n          \"violates\": [\"data.id\"],"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[1].violates", "only request samples can list violations", at: 97, 23))
        }

        @Test("a request sample of an operation that sends no JSON body")
        func requestSampleWithoutRequest() throws {
            let result = try Fixtures.mini().replacing(
                Self.statusError, with: "\"name\": \"status-error\",\n          \"part\": \"request\","
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1]",
                    #"a request sample, but the operation "status" sends no JSON body"#, at: 112, 9))
        }

        // MARK: Response samples

        @Test("a response sample with a field of the wrong type (the state as an array)")
        func responseSampleWrongType() throws {
            let result = try Fixtures.mini().replacing(#""state": "done""#, with: #""state": ["done"]"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[0].body.data.state",
                    #"the sample does not decode: expected a string (the task state), got ["done"]"#, at: 110, 85))
        }

        @Test("a response sample whose JSON-string field holds broken JSON")
        func responseSampleBrokenEmbeddedJSON() throws {
            let result = try Fixtures.mini().replacing(
                #""output": "{\"urls\":\"https://mini.example/v.mp4\"}""#, with: #""output": "{\"urls\":""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[0].body.data.output",
                    "the sample does not decode: holds a string that is not valid JSON (line 1, column 9 (at $.urls): unexpected end of input)",
                    at: 110, 103))
        }

        @Test("a status sample without a state")
        func statusSampleWithoutState() throws {
            let result = try Fixtures.mini().replacing(
                #"{"id": "job_1", "state": "error", "#, with: #"{"id": "job_1", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].body",
                    "a status answer that is not an error must carry a state (role state); none was found", at: 116, 19)
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
                    "$.operations.create.samples[1].body",
                    "a create answer that is not an error must carry a task id (role taskId); none was found", at: 98,
                    19))
        }

        @Test("a response sample that is not an object")
        func responseSampleNotObject() throws {
            let result = try Fixtures.mini().replacing(Self.statusErrorBody, with: "[]").generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].body", "a response sample must be a JSON object, got an array",
                    at: 116, 19))
        }

        @Test("a documented error answer is a valid response sample")
        func errorSampleIsAccepted() throws {
            let result = try Fixtures.mini().replacing(
                Self.statusErrorBody, with: #"{"code": 401, "message": "invalid key", "data": null}"#
            ).generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
        }

        @Test("a response sample that came with an HTTP error status is read as an error answer")
        func errorStatusSampleIsAccepted() throws {
            let busy = try Fixtures.mini().replacing(Self.statusErrorBody, with: #"{"code": 0, "message": "busy"}"#)
            let result = try busy.replacing(Self.statusError, with: Self.statusError + "\n          \"status\": 503,")
                .generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
            // Without the status, the same body is a status answer without a state.
            expectRejectedWithExactly(
                busy.generate(),
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].body",
                    "a status answer that is not an error must carry a state (role state); none was found", at: 116, 19)
            )
        }

        @Test("an HTTP status outside 100–599 on a response sample")
        func sampleStatusOutOfRange() throws {
            let result = try Fixtures.mini().replacing(
                Self.statusError, with: Self.statusError + "\n          \"status\": 700,"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].status", "must be an HTTP status from 100 to 599, got 700",
                    at: 115, 21))
        }

        @Test("an HTTP status on a request sample")
        func statusOnRequestSample() throws {
            let result = try Fixtures.mini().replacing(
                Self.requestPart, with: Self.requestPart + "\n          \"status\": 200,"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.samples[0].status",
                    "only response samples carry an HTTP status (the status their answer came with)", at: 91, 21))
        }

        // MARK: Callback samples

        @Test("a callback sample without a state")
        func callbackSampleWithoutState() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {",
                with:
                    #"  "callbacks": {"response": "status", "signed": false, "samples": [{"name": "callback-done", "source": "made up", "body": {"code": 0, "message": "ok", "data": {"id": "job_1"}}}]},"#
                    + "\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.callbacks.samples[0].body",
                    "a callback that is not an error must carry a state (role state); none was found", at: 80, 123))
        }

        // MARK: Names

        @Test("two samples of one operation with the same name")
        func duplicateSampleName() throws {
            let result = try Fixtures.mini().replacing(#""name": "status-error""#, with: #""name": "status-done""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].name", #"the sample name "status-done" is used twice"#, at: 113, 19)
            )
        }

        @Test("two samples of different operations with the same name")
        func duplicateSampleNameAcrossOperations() throws {
            let result = try Fixtures.mini().replacing(#""name": "create-queued""#, with: #""name": "status-done""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.samples[0].name", #"the sample name "status-done" is used twice"#, at: 107, 19)
            )
        }
    }
}
