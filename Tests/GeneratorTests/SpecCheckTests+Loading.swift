// Spec checks done while loading values that are not fields: empty strings, models and prices, operation values,
// polling, callbacks, sandbox, field paths, rule and condition operands, unified destinations, response shapes
// (Loading/SpecNode.swift, SpecLoader.swift, SpecLoader+Facts.swift, +Operations.swift, +Request.swift,
// +Responses.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("loading values")
    struct Loading {
        @Test("an empty string where text is required")
        func emptyDisplayName() throws {
            let result = try Fixtures.mini().replacing(#""displayName": "mini.example""#, with: #""displayName": """#)
                .generate()
            expectRejectedWithExactly(result, ExpectedDiagnostic("$.displayName", "must not be empty", at: 6, 18))
        }

        @Test("no model at all")
        func noModels() throws {
            let result = try Fixtures.mini().replacing(
                "\"models\": [\n    {\"id\": \"mini-video\", \"name\": \"Mini Video\", \"durationRange\": {\"minimum\": 4, \"maximum\": 12}}\n  ],",
                with: "\"models\": [],"
            ).generate()
            expectRejected(result, ExpectedDiagnostic("$.models", "list at least one model", at: 11, 13))
        }

        @Test("a model catalogue that is neither open nor closed")
        func badModelCatalog() throws {
            let result = try Fixtures.mini().replacing(
                #""models": ["#, with: #""modelCatalog": "partial", "models": ["#
            )
            .generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.modelCatalog", #"must be "closed" or "open", got "partial""#))
            let open = try Fixtures.mini().replacing(#""models": ["#, with: #""modelCatalog": "open", "models": ["#)
                .generate()
            #expect(open.diagnostics.isEmpty, "\(open.diagnostics)")
        }

        @Test("a model price with a negative amount and an unknown unit")
        func badPrice() throws {
            let result = try Fixtures.mini().replacing(
                #""name": "Mini Video", "#,
                with: #""name": "Mini Video", "price": {"amount": -1, "currency": "USD", "per": "minute"}, "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.models[0].price.amount", "must not be negative"),
                ExpectedDiagnostic("$.models[0].price.per", #"must be "video" or "second", got "minute""#))
        }

        @Test("an operation timeout of zero")
        func zeroTimeout() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status","#, with: #""response": "status", "timeoutSeconds": 0,"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.operations.status.timeoutSeconds", "must be greater than 0, got 0", at: 103, 113))
        }

        @Test("an operation body written the format-1 way, as a word instead of an object")
        func bodyAsWord() throws {
            let result = try Fixtures.mini().replacing(#""body": {"json": "create"}"#, with: #""body": "json""#)
                .generate()
            expectRejected(
                result, ExpectedDiagnostic("$.operations.create.body", #"must be an object, got "json""#, at: 86, 73))
        }

        @Test("an operation body that is neither json nor multipart")
        func unknownBodyKind() throws {
            let result = try Fixtures.mini().replacing(
                #""body": {"json": "create"}"#, with: #""body": {"xml": "create"}"#
            )
            .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.body.xml", #"unknown key "xml" (known keys: json, multipart)"#, at: 86, 81),
                ExpectedDiagnostic(
                    "$.operations.create.body",
                    #"give either "json" (the name of an entry of "requests") or "multipart""#, at: 86, 73))
        }

        @Test("an operation body giving both json and multipart")
        func bodyJSONAndMultipart() throws {
            let result = try Fixtures.mini().replacing(
                #""body": {"json": "create"}"#, with: #""body": {"json": "create", "multipart": {"fileField": "file"}}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.body",
                    #"give either "json" (the name of an entry of "requests") or "multipart""#, at: 86, 73))
        }

        @Test("an operation naming a response that does not exist gets a did-you-mean")
        func operationResponseTypo() throws {
            let result = try Fixtures.mini().replacing(#""response": "status","#, with: #""response": "statsu","#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.response",
                    #"names the response "statsu", but "responses" has no such entry; did you mean "status"?"#, at: 103,
                    85))
        }

        @Test("a negative first wait")
        func negativeFirstWait() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {", with: "  \"polling\": {\"firstWaitSeconds\": -5},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.polling.firstWaitSeconds", "must not be negative, got -5", at: 80, 35))
        }

        @Test("a sandbox failure without a message")
        func sandboxWithoutMessage() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {", with: "  \"sandbox\": {\"failure\": {\"code\": \"X\"}},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.sandbox.failure", #"missing required key "message""#, at: 80, 26))
        }

        @Test("a field path that does not parse")
        func unparsableFieldPath() throws {
            let result = try Fixtures.mini().replacing(#"["options.duration"]"#, with: #"["options..duration"]"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[0].requires[0]",
                    #"is not a field path (invalid path "options..duration" at position 8: expected a key after "."); write fields as input.image_urls"#,
                    at: 32, 46))
        }

        @Test("an allowedValues rule with no value")
        func emptyAllowedValues() throws {
            let result = try SpecCheckTests.Rules.addingRule(#"{"allowedValues": [], "field": "options.duration"}"#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1].allowedValues", "must list at least one value", at: 33, 25))
        }

        @Test("a rule with an empty message")
        func emptyRuleMessage() throws {
            let result = try SpecCheckTests.Rules.addingRule(#"{"required": "prompt", "message": ""}"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.requests.create.rules[1].message", "must not be empty", at: 33, 41))
        }

        @Test("a comparing condition without field")
        func conditionWithoutField() throws {
            let result = try Fixtures.mini().replacing(
                SpecCheckTests.Rules.rule,
                with: #"{"field": "options.seed", "requires": ["options.duration"], "when": {"equals": "x"}}"#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.requests.create.rules[0].when", #""equals" needs "field""#))
        }

        @Test("an all condition with nothing in it")
        func emptyAll() throws {
            let result = try Fixtures.mini().replacing(
                SpecCheckTests.Rules.rule,
                with: #"{"field": "options.seed", "requires": ["options.duration"], "when": {"all": []}}"#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.requests.create.rules[0].when.all", "must list at least one condition"))
        }

        @Test("an in condition with no value")
        func emptyIn() throws {
            let result = try Fixtures.mini().replacing(
                SpecCheckTests.Rules.rule,
                with:
                    #"{"field": "options.seed", "requires": ["options.duration"], "when": {"field": "model", "in": []}}"#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.requests.create.rules[0].when.in", "must list at least one value"))
        }

        @Test("unified destinations: only the last may go without when")
        func destinationWithoutWhenBeforeAnother() throws {
            let result = try Fixtures.mini().replacing(
                #""duration": {"to": "options.duration"}"#,
                with: #""duration": [{"to": "options.duration"}, {"to": "options.seed"}]"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.duration[0]",
                    #"only the last destination may go without "when"; the ones after it could never apply"#, at: 38, 18
                ))
        }

        @Test("a unified destination whose when names a field the request does not have")
        func destinationConditionUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #""duration": {"to": "options.duration"}"#,
                with:
                    #""duration": [{"to": "options.duration", "when": {"field": "modle", "present": true}}, {"to": "options.duration"}]"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.duration[0].when",
                    "names the field modle, which the request does not have; did you mean model?"))
        }

        @Test("an enumNames entry for a value the enum does not have")
        func enumNameForUnknownValue() throws {
            let result = try Fixtures.mini().replacing(
                #""default": "16:9"}"#, with: #""default": "16:9", "enumNames": {"4:3": "fourThree"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.requests.create.fields.options.fields.aspect_ratio.enumNames["4:3"]"#,
                    #""4:3" is not a value of this field's enum"#))
        }

        @Test("a URL field that allows no scheme")
        func emptySchemes() throws {
            let result = try Fixtures.mini().replacing(
                #""items": {"type": "url"}, "minItems""#, with: #""items": {"type": "url", "schemes": []}, "minItems""#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.image_urls.items.schemes", "must list at least one scheme")
            )
        }

        @Test("an alias that is another field's name")
        func aliasClashesWithSibling() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "Why it failed.", "role": "failureMessage"}"#,
                with: #""description": "Why it failed.", "role": "failureMessage", "aliases": ["id"]}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic("$.types.Job.fields.reason", #""id" names both "reason" and "id""#, at: 71, 19))
        }

        // MARK: States

        @Test("the empty state without a swiftName")
        func emptyStateName() throws {
            let queued = #""queued": {"unified": "queued", "description": "Waiting."},"#
            let result = try Fixtures.mini().replacing(
                queued, with: queued + "\n    \"\": {\"unified\": \"queued\", \"description\": \"Seen live.\"},"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.states[""]"#, #"the state "" gives no usable Swift name (""); add a "swiftName""#, at: 45, 9))
        }

        @Test("a state called unknown, a case generated code declares itself")
        func stateCalledUnknown() throws {
            let queued = #""queued": {"unified": "queued", "description": "Waiting."},"#
            let result = try Fixtures.mini().replacing(
                queued, with: queued + "\n    \"unknown\": {\"unified\": \"queued\", \"description\": \"Odd.\"},"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.unknown",
                    #"the state "unknown" becomes `unknown`, which generated code already declares; add a "swiftName""#,
                    at: 45, 16))
        }

        @Test("no states at all")
        func noStates() throws {
            let result = try Fixtures.mini().replacing(
                "    \"queued\": {\"unified\": \"queued\", \"description\": \"Waiting.\"},\n    \"running\": {\"unified\": \"running\", \"description\": \"Generating.\"},\n    \"done\": {\"unified\": \"succeeded\", \"description\": \"Finished; output holds the URLs.\"},\n    \"error\": {\"unified\": \"failed\", \"description\": \"Failed; reason says why.\"}\n",
                with: ""
            ).generate()
            expectRejected(result, ExpectedDiagnostic("$.states", "list the provider's task states", at: 43, 13))
        }

        // MARK: Response shapes

        @Test("no status response: the status operation names a response that is not there")
        func missingStatusResponse() throws {
            let result = try Fixtures.mini().replacing(
                ",\n    \"status\": {\"description\": \"Answer to a status query.\", \"data\": {\"type\": \"Job\"}}",
                with: ""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.response", #"names the response "status", but "responses" has no such entry"#,
                    at: 102, 85))
        }

        @Test("a sync operation whose response has neither videoURLs nor state (apimodels)")
        func syncWithoutVideoURLs() throws {
            let syncAnswer = "assumed to carry the finished task with resultUrls).\",\n      \"data\": {\n        "
            let result = try Fixtures.real("apimodels").replacing(
                syncAnswer + #""type": "TaskData""#,
                with: syncAnswer + #""type": "object", "fields": {"seconds": {"type": "integer"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.sync.response",
                    #"the sync operation's response "sync" needs a field with the role videoURLs (or state)"#, at: 799,
                    19))
        }

        @Test("an upload operation whose response has no field with the role uploadedURL (apimodels)")
        func uploadWithoutUploadedURL() throws {
            let result = try Fixtures.real("apimodels").replacing("\"role\": \"uploadedURL\",", with: "").generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.upload.response",
                    #"the upload operation's response "upload" needs a field with the role uploadedURL"#, at: 812, 19))
        }

        @Test("an error response without errorMessage or errorCode is only a warning")
        func errorResponseWithoutRoles() throws {
            let result = try Fixtures.mini().replacing(
                #""data": {"type": "Job"}}"# + "\n  },",
                with: #""data": {"type": "Job"}},"#
                    + "\n    \"error\": {\"envelope\": false, \"fields\": {\"detail\": {\"type\": \"string\"}}}\n  },"
            ).generate()
            #expect(!result.hasErrors, "\(result.report)")
            #expect(
                result.diagnostics.map(\.description) == [
                    "Spec/mini.json:79:14: warning: $.responses.error: no field carries the role errorMessage or errorCode; errors will show the HTTP meaning only"
                ])
        }

        @Test("a response without envelope giving both fields and type (toapis)")
        func fieldsAndType() throws {
            let result = try Fixtures.real("toapis").replacing(
                #""description": "Answer to a status query: the task object.","#,
                with: #""type": "TaskResult", "description": "Answer to a status query: the task object.","#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.responses.status",
                    #"without an envelope, a response gives either "fields" or "type" (a named type) for the whole body"#
                ))
        }

        @Test("a response without envelope giving data (toapis)")
        func dataWithoutEnvelope() throws {
            let result = try Fixtures.real("toapis").replacing(
                #""description": "Answer to a status query: the task object.","#,
                with: #""data": {"type": "any"}, "description": "Answer to a status query: the task object.","#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.status.data",
                    #""data" is the payload under an envelope; this response has none, so give "fields" or "type""#))
        }
    }
}
