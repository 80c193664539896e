// Spec checks on everything that names a field or a part of the spec: request rules and their conditions, the unified
// mapping, extrasRoot, error detection, endpoints and response kinds (Checking/SpecChecker+Rules.swift,
// SpecChecker.swift, SpecChecker+Responses.swift, Loading/SpecLoader+Request.swift, +Facts.swift, +Responses.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("rules, conditions and mappings")
    struct Rules {
        static let rule = #"{"field": "options.seed", "requires": ["options.duration"]}"#

        /// The mini spec with `extra` added to `request.rules` (on its own line, line 37).
        static func addingRule(_ extra: String) throws -> SpecText {
            try Fixtures.mini().replacing(rule, with: rule + ",\n      " + extra)
        }

        @Test("a rule naming a field the request does not have")
        func ruleNamesUnknownField() throws {
            let result = try Fixtures.mini().replacing(#"["options.duration"]"#, with: #"["options.duraton"]"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[0]",
                    "names the field options.duraton, which the request does not have; did you mean options.duration?",
                    at: 36, 7))
        }

        @Test("a rule whose field is unknown")
        func ruleFieldUnknown() throws {
            let result = try Fixtures.mini().replacing(#"{"field": "options.seed""#, with: #"{"field": "options.sed""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[0]",
                    "names the field options.sed, which the request does not have; did you mean options.seed?", at: 36,
                    7))
        }

        @Test("a rule's condition naming a field the request does not have")
        func conditionNamesUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                Self.rule,
                with:
                    #"{"field": "options.seed", "requires": ["options.duration"], "when": {"field": "modle", "equals": "mini-video"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[0]", "names the field modle, which the request does not have; did you mean model?",
                    at: 36, 7))
        }

        @Test("a rule with two kinds")
        func ruleWithTwoKinds() throws {
            let result = try Self.addingRule(#"{"required": "prompt", "forbidden": "prompt"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[1]",
                    "a rule needs exactly one of required, forbidden, exclusive, requires, atLeastOne, allowedValues, found required and forbidden",
                    at: 37, 7))
        }

        @Test("a rule with no kind")
        func ruleWithoutKind() throws {
            let result = try Self.addingRule(#"{"message": "no kind"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[1]",
                    "a rule needs exactly one of required, forbidden, exclusive, requires, atLeastOne, allowedValues, found none",
                    at: 37, 7))
        }

        @Test("an exclusive rule with a single field")
        func exclusiveWithOneField() throws {
            let result = try Self.addingRule(#"{"exclusive": ["prompt"]}"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.request.rules[1].exclusive", "must list at least 2 fields", at: 37, 21))
        }

        @Test("a requires rule without field")
        func requiresWithoutField() throws {
            let result = try Self.addingRule(#"{"requires": ["prompt"]}"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.request.rules[1]", #"a "requires" rule needs "field""#, at: 37, 7))
        }

        @Test("field on a rule kind that names its field itself")
        func fieldOnRequiredRule() throws {
            let result = try Self.addingRule(#"{"required": "prompt", "field": "model"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[1].field",
                    #""field" belongs to requires and allowedValues rules; required names its field itself"#, at: 37, 39
                ))
        }

        @Test("an allowedValues rule with a value the field itself refuses")
        func allowedValueBreaksField() throws {
            let result = try Self.addingRule(#"{"allowedValues": [8, 20], "field": "options.duration"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[1]",
                    "the allowed value 20 breaks options.duration's own constraints: must be an integer from 4 to 12, got 20",
                    at: 37, 7))
        }

        @Test("a condition with two operators")
        func conditionWithTwoOperators() throws {
            let result = try Fixtures.mini().replacing(
                Self.rule,
                with:
                    #"{"field": "options.seed", "requires": ["options.duration"], "when": {"field": "model", "equals": "mini-video", "in": ["mini-video"]}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[0].when",
                    "a condition needs exactly one of equals, notEquals, in, notIn, present, all, any, not"))
        }

        @Test("a combining condition with a field")
        func combinatorWithField() throws {
            let result = try Fixtures.mini().replacing(
                Self.rule,
                with:
                    #"{"field": "options.seed", "requires": ["options.duration"], "when": {"field": "model", "not": {"field": "model", "equals": "x"}}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.request.rules[0].when.field", #""not" combines conditions and takes no "field""#))
        }

        // MARK: The unified mapping

        @Test("a unified field mapped to a field the request does not have")
        func unifiedToUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #"{"to": "options.duration"}"#, with: #"{"to": "options.duraton"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.duration.to",
                    "names the field options.duraton, which the request does not have; did you mean options.duration?",
                    at: 42, 24))
        }

        @Test("a unified set entry naming a field the request does not have")
        func assignmentToUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #""extrasRoot": "options""#,
                with: "\"set\": [{\"field\": \"options.sed\", \"value\": 1}],\n    \"extrasRoot\": \"options\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.set[0]",
                    "names the field options.sed, which the request does not have; did you mean options.seed?", at: 45,
                    13))
        }

        @Test("a unified set value the field itself refuses")
        func assignmentBreaksField() throws {
            let result = try Fixtures.mini().replacing(
                #""extrasRoot": "options""#,
                with: "\"set\": [{\"field\": \"options.duration\", \"value\": 40}],\n    \"extrasRoot\": \"options\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.set[0].value",
                    "40 breaks options.duration's own constraints: must be an integer from 4 to 12, got 40"))
        }

        @Test("an extrasRoot the request does not have")
        func extrasRootUnknown() throws {
            let result = try Fixtures.mini().replacing(#""extrasRoot": "options""#, with: #""extrasRoot": "extras""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.extrasRoot", "names the field extras, which the request does not have", at: 45, 19))
        }

        @Test("an extrasRoot that is not an object")
        func extrasRootNotObject() throws {
            let result = try Fixtures.mini().replacing(#""extrasRoot": "options""#, with: #""extrasRoot": "prompt""#)
                .generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.unified.extrasRoot", "prompt is not an object", at: 45, 19))
        }

        @Test("a unified translation into a value the field refuses")
        func translationNotAllowed() throws {
            let result = try Fixtures.mini().replacing(
                #"{"to": "options.aspect_ratio"}"#,
                with: #"{"to": "options.aspect_ratio", "values": {"square": "1:1"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.aspectRatio.values.square",
                    #"translates to "1:1", which options.aspect_ratio does not allow ("16:9", "9:16")"#, at: 43, 72))
        }

        @Test("a unified field mapped onto a field of an unfit type")
        func unifiedIntoWrongType() throws {
            let result = try Fixtures.mini().replacing(
                #""prompt": {"to": "prompt"}"#, with: #""prompt": {"to": "options.seed"}"#
            ).generate()
            // The type is named by the spec's own word for it.
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.prompt.to", "the unified prompt cannot go into options.seed, a field of type integer",
                    at: 41, 22))
        }

        @Test("{model} in the unified mapping while the create path has no {model}")
        func modelIntoPathWithoutPlaceholder() throws {
            let result = try Fixtures.mini().replacing(
                #""model": {"to": "model"}"#, with: #""model": {"to": "{model}"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.model.to", "the create endpoint's path (/v1/videos) has no {model}", at: 40, 21))
        }

        @Test("a unified field other than the model mapped into the URL path")
        func promptIntoPath() throws {
            let result = try Fixtures.mini().replacing(
                #""prompt": {"to": "prompt"}"#, with: #""prompt": {"to": "{prompt}"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.prompt.to", "only the model can go into the URL path, as {model}", at: 41, 22))
        }

        // MARK: Error detection

        @Test("an error condition naming a field no response declares")
        func detectNamesUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #"{"field": "code", "notIn": [0]}"#, with: #"{"field": "cod", "notIn": [0]}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.errors.detect[0]", "names the field cod, which no response declares", at: 85, 16))
        }

        @Test("no error condition at all")
        func detectEmpty() throws {
            let result = try Fixtures.mini().replacing(
                #""detect": [{"field": "code", "notIn": [0]}]"#, with: #""detect": []"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.errors.detect", "list at least one condition that recognises an error answer", at: 85, 15))
        }

        @Test("an HTTP status that is not a number")
        func httpStatusNotNumber() throws {
            let result = try Fixtures.mini().replacing(#""401""#, with: #""4O1""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.errors.http["4O1"]"#, #"an HTTP status is a number from 100 to 599, got "4O1""#, at: 86, 21))
        }

        @Test("a retryable status out of range")
        func retryableOutOfRange() throws {
            let result = try Fixtures.mini().replacing(
                #""type": "unauthorized"}}"#, with: #""type": "unauthorized"}}, "retryable": [700]"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.errors.retryable[0]", "an HTTP status is a number from 100 to 599, got 700"))
        }
    }

    @Suite("endpoints and responses")
    struct Endpoints {
        @Test("an endpoint parameter other than {model} and {taskId}")
        func unknownPathParameter() throws {
            let result = try Fixtures.mini().replacing(
                #""path": "/v1/videos", "#, with: #""path": "/v1/{region}/videos", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.create",
                    "unknown parameter {region}; paths and query values may use {model} and {taskId}", at: 16, 15))
        }

        @Test("an unknown parameter in a query value")
        func unknownQueryParameter() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status"}"#, with: #""response": "status", "query": {"id": {"value": "{id}"}}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.status", "unknown parameter {id}; paths and query values may use {model} and {taskId}",
                    at: 17, 15))
        }

        @Test("a status endpoint without {taskId}")
        func statusWithoutTaskID() throws {
            let result = try Fixtures.mini().replacing(#""/v1/videos/{taskId}""#, with: #""/v1/videos/latest""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.status", "the status endpoint must carry {taskId} in its path or query", at: 17, 15))
        }

        @Test("{taskId} in the create endpoint")
        func taskIDInCreate() throws {
            let result = try Fixtures.mini().replacing(
                #""path": "/v1/videos", "#, with: #""path": "/v1/videos/{taskId}", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.endpoints.create", "only the status endpoint knows a {taskId}", at: 16, 15))
        }

        @Test("an endpoint answering a response kind the spec does not describe")
        func endpointResponseMissing() throws {
            let result = try Fixtures.mini().replacing(#""response": "status"}"#, with: #""response": "callback"}"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.status.response", #"answers "callback", but "responses" has no such entry"#, at: 17, 76
                ))
        }

        @Test("a status endpoint with a body")
        func statusWithBody() throws {
            let result = try Fixtures.mini().replacing(
                #""status": {"method": "GET", "#, with: #""status": {"method": "GET", "body": "json", "#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.endpoints.status", #"the status endpoint needs no "body""#, at: 17, 15))
        }

        @Test("a create endpoint without a JSON body")
        func createWithoutBody() throws {
            let result = try Fixtures.mini().replacing(#""body": "json", "#, with: "").generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.endpoints.create", #"the create endpoint needs "body": "json""#, at: 16, 15))
        }

        @Test("a path that does not start with /")
        func pathWithoutSlash() throws {
            let result = try Fixtures.mini().replacing(#""path": "/v1/videos", "#, with: #""path": "v1/videos", "#)
                .generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.endpoints.create.path", #"must start with '/', got "v1/videos""#))
        }

        @Test("an HTTP method other than GET and POST")
        func unknownMethod() throws {
            let result = try Fixtures.mini().replacing(#""method": "POST""#, with: #""method": "PUT""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.endpoints.create.method", #"must be "GET" or "POST", got "PUT""#, at: 16, 26))
        }

        @Test("a query parameter with both value and enum")
        func queryValueAndEnum() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status"}"#,
                with: #""response": "status", "query": {"lang": {"value": "en", "enum": ["en"]}}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.status.query.lang",
                    #"give either "value" (always sent) or "enum" (an optional parameter the caller sets)"#))
        }

        @Test("a multipart form on an endpoint other than upload")
        func multipartOnCreate() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "create"}"#, with: #""response": "create", "multipart": {"fileField": "file"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.endpoints.create.multipart", "only the upload endpoint sends a multipart form"))
        }

        @Test("an upload endpoint without a multipart form")
        func uploadWithoutMultipart() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status"}"#,
                with:
                    "\"response\": \"status\"},\n    \"upload\": {\"method\": \"POST\", \"path\": \"/v1/files\", \"body\": \"multipart\", \"response\": \"upload\"}"
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.endpoints.upload", #"an upload endpoint needs "multipart" (at least its fileField)"#, at: 18, 15)
            )
        }

        // MARK: Response kinds and their roles

        @Test("a create response without a field with the role taskId")
        func createWithoutTaskID() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "The task id.", "role": "taskId", "#, with: #""description": "The task id.", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.create", "a create response needs a field with the role taskId", at: 81, 15),
                ExpectedDiagnostic(
                    "$.samples[1].body",
                    "a create answer that is not an error must carry a task id (role taskId); none was found", at: 99,
                    15))
        }

        @Test("a status response without a field with the role state")
        func statusWithoutState() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "See states.", "role": "state""#, with: #""description": "See states.""#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.responses.status", "a status response needs a field with the role state", at: 82, 15),
                ExpectedDiagnostic(
                    "$.samples[2].body",
                    "a status sample that is not an error must carry a state (role state); none was found", at: 105, 15)
            )
        }

        @Test("callbacks described without a callback response")
        func callbacksWithoutResponse() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {", with: "  \"callbacks\": {\"signed\": false},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.callbacks", #"callbacks are described, but "responses" has no "callback" entry"#, at: 84, 16))
        }

        @Test("a response giving fields although the spec has an envelope")
        func fieldsUnderEnvelope() throws {
            let result = try Fixtures.mini().replacing(
                #""Answer to a status query.", "data": {"type": "Job"}"#,
                with: #""Answer to a status query.", "fields": {"job": {"type": "Job"}}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.responses.status",
                    #"with an envelope, a response gives "data" (the payload under the envelope)"#, at: 82, 15),
                ExpectedDiagnostic(
                    "$.responses.status.fields",
                    #"with an envelope, give "data"; "fields" describes the whole body of a response without one"#))
        }

        @Test("envelope: false in a spec without an envelope (toapis)")
        func envelopeFalseWithoutEnvelope() throws {
            let result = try Fixtures.real("toapis").replacing(
                #""description": "Answer to a status query: the task object.","#,
                with: #""envelope": false, "description": "Answer to a status query: the task object.","#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.status.envelope", "the spec declares no envelope, so there is none to switch off"))
        }

        @Test("an envelope whose payload key is also one of its fields")
        func envelopeDataKeyIsField() throws {
            let result = try Fixtures.mini().replacing(#""data": "data""#, with: #""data": "code""#).generate()
            expectRejected(
                result, ExpectedDiagnostic("$.envelope.data", #""code" is also an envelope field"#, at: 58, 13))
        }
    }
}
