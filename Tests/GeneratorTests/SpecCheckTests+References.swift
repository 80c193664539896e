// Spec checks on everything that names a field or a part of the spec: request rules and their conditions, the unified
// mapping, extrasRoot, error detection, operations (roles, paths, parameters, bodies, responses) and responses
// (Checking/SpecChecker+Rules.swift, +Operations.swift, +Responses.swift, Loading/SpecLoader+Request.swift,
// +Operations.swift, +Facts.swift, +Responses.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("rules, conditions and mappings")
    struct Rules {
        static let rule = #"{"field": "options.seed", "requires": ["options.duration"]}"#

        /// The mini spec with `extra` added to `requests.create.rules` (on its own line, line 33).
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
                    "$.requests.create.rules[0]",
                    "names the field options.duraton, which the request does not have; did you mean options.duration?",
                    at: 32, 7))
        }

        @Test("a rule whose field is unknown")
        func ruleFieldUnknown() throws {
            let result = try Fixtures.mini().replacing(#"{"field": "options.seed""#, with: #"{"field": "options.sed""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[0]",
                    "names the field options.sed, which the request does not have; did you mean options.seed?", at: 32,
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
                    "$.requests.create.rules[0]",
                    "names the field modle, which the request does not have; did you mean model?",
                    at: 32, 7))
        }

        @Test("a rule with two kinds")
        func ruleWithTwoKinds() throws {
            let result = try Self.addingRule(#"{"required": "prompt", "forbidden": "prompt"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1]",
                    "a rule needs exactly one of required, forbidden, exclusive, requires, atLeastOne, allowedValues, constrain, found required and forbidden",
                    at: 33, 7))
        }

        @Test("a rule with no kind")
        func ruleWithoutKind() throws {
            let result = try Self.addingRule(#"{"message": "no kind"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1]",
                    "a rule needs exactly one of required, forbidden, exclusive, requires, atLeastOne, allowedValues, constrain, found none",
                    at: 33, 7))
        }

        @Test("an exclusive rule with a single field")
        func exclusiveWithOneField() throws {
            let result = try Self.addingRule(#"{"exclusive": ["prompt"]}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1].exclusive", "must list at least 2 fields", at: 33, 21))
        }

        @Test("a requires rule without field")
        func requiresWithoutField() throws {
            let result = try Self.addingRule(#"{"requires": ["prompt"]}"#).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.requests.create.rules[1]", #"a "requires" rule needs "field""#, at: 33, 7)
            )
        }

        @Test("field on a rule kind that names its field itself")
        func fieldOnRequiredRule() throws {
            let result = try Self.addingRule(#"{"required": "prompt", "field": "model"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1].field",
                    #""field" belongs to requires and allowedValues rules; required names its field itself"#, at: 33, 39
                ))
        }

        @Test("an allowedValues rule with a value the field itself refuses")
        func allowedValueBreaksField() throws {
            let result = try Self.addingRule(#"{"allowedValues": [8, 20], "field": "options.duration"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.rules[1]",
                    "the allowed value 20 breaks options.duration's own constraints: must be an integer from 4 to 12, got 20",
                    at: 33, 7))
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
                    "$.requests.create.rules[0].when",
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
                    "$.requests.create.rules[0].when.field", #""not" combines conditions and takes no "field""#))
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
                    at: 38, 24))
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
                    "names the field options.sed, which the request does not have; did you mean options.seed?", at: 41,
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
                    "$.unified.extrasRoot", "names the field extras, which the request does not have", at: 41, 19))
        }

        @Test("an extrasRoot that is not an object")
        func extrasRootNotObject() throws {
            let result = try Fixtures.mini().replacing(#""extrasRoot": "options""#, with: #""extrasRoot": "prompt""#)
                .generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.unified.extrasRoot", "prompt is not an object", at: 41, 19))
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
                    #"translates to "1:1", which options.aspect_ratio does not allow ("16:9", "9:16")"#, at: 39, 72))
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
                    at: 37, 22))
        }

        /// The mini spec whose create operation has `parameters` (and the path `path`).
        static func creatingWith(path: String = "/v1/videos", parameters: String) throws -> SpecText {
            try Fixtures.mini().replacing(
                #""path": "/v1/videos", "body""#, with: #""path": "\#(path)", "parameters": \#(parameters), "body""#)
        }

        @Test("a unified field mapped into a parameter the create operation does not have, which lists its parameters")
        func unifiedToUnknownParameter() throws {
            let result = try Self.creatingWith(parameters: #"{"region": {"in": "query"}}"#)
                .replacing(#""model": {"to": "model"}"#, with: #""model": {"to": "{model}"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.model.to", "{model} is not a parameter of the create operation ({region})", at: 36, 21))
        }

        @Test("a unified field mapped into a parameter while the create operation has none")
        func unifiedToMissingParameter() throws {
            let result = try Fixtures.mini().replacing(
                #""model": {"to": "model"}"#, with: #""model": {"to": "{model}"}"#
            ).generate()
            #expect(result.errors.map(\.path.description) == ["$.unified.model.to"], "\(result.report)")
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.model.to", "{model} is not a parameter of the create operation (none)", at: 36, 21))
        }

        @Test("a unified field other than the model mapped into a parameter that takes the model")
        func promptIntoModelParameter() throws {
            let result = try Self.creatingWith(
                path: "/v1/videos/{model}", parameters: #"{"model": {"in": "path", "from": "model"}}"#
            ).replacing(#""prompt": {"to": "prompt"}"#, with: #""prompt": {"to": "{model}"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.prompt.to", "{model} takes the model; only the unified model can go there", at: 37, 22))
        }

        @Test("the unified model mapped into a parameter the caller gives")
        func modelIntoCallerParameter() throws {
            let result = try Self.creatingWith(parameters: #"{"region": {"in": "query"}}"#)
                .replacing(#""model": {"to": "model"}"#, with: #""model": {"to": "{region}"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.model.to",
                    #"the model goes into a parameter "from": "model"; {region} is the caller's"#, at: 36, 21))
        }

        @Test("a unified field mapped into a parameter with a constant value")
        func unifiedIntoConstantParameter() throws {
            let result = try Self.creatingWith(
                parameters: #"{"version": {"in": "header", "name": "X-Version", "value": "2"}}"#
            )
            .replacing(#""prompt": {"to": "prompt"}"#, with: #""prompt": {"to": "{version}"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.unified.prompt.to",
                    #"{version} takes its value from elsewhere; a unified field can only fill a parameter "from": "model" or "caller""#,
                    at: 37, 22))
        }

        // MARK: Error detection

        @Test("an error condition naming a field no response declares")
        func detectNamesUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                #"{"field": "code", "notIn": [0]}"#, with: #"{"field": "cod", "notIn": [0]}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.errors.detect[0]", "names the field cod, which no response declares", at: 81, 37))
        }

        @Test("no error condition at all")
        func detectEmpty() throws {
            let result = try Fixtures.mini().replacing(
                #""detect": [{"field": "code", "notIn": [0]}]"#, with: #""detect": []"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.errors.detect", "list at least one condition that recognises an error answer", at: 81, 36))
        }

        @Test("an HTTP status that is not a number")
        func httpStatusNotNumber() throws {
            let result = try Fixtures.mini().replacing(#""401""#, with: #""4O1""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.errors.http["4O1"]"#, #"an HTTP status is a number from 100 to 599, got "4O1""#, at: 82, 21))
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

    @Suite("operations and responses")
    struct Operations {
        static let statusParameters = #"{"taskId": {"in": "path", "from": "taskId"}}"#

        /// The mini spec with `extra` added to the status operation's parameters, after taskId (line 104).
        static func addingStatusParameter(_ extra: String) throws -> SpecText {
            try Fixtures.mini().replacing(
                statusParameters, with: #"{"taskId": {"in": "path", "from": "taskId"}, "# + extra + "}")
        }

        /// The mini spec with the status operation's taskId parameter written as `parameter` instead.
        static func statusTaskID(_ parameter: String) throws -> SpecText {
            try Fixtures.mini().replacing(statusParameters, with: #"{"taskId": "# + parameter + "}")
        }

        /// The mini spec with `operation` added before the status operation (on its own line, line 102).
        static func addingOperation(_ operation: String) throws -> SpecText {
            try Fixtures.mini().replacing(
                "    \"status\": {\n      \"role\": \"status\"",
                with: "    " + operation + ",\n    \"status\": {\n      \"role\": \"status\"")
        }

        @Test("a request limit naming an operation the spec does not have")
        func limitNamingUnknownOperation() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {",
                with:
                    "  \"limits\": {\"requests\": [{\"count\": 5, \"perSeconds\": 1, \"operations\": [\"craete\"]}]},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.limits.requests",
                    #"a limit names the operation "craete", which "operations" does not list (operations: create, status)"#,
                    at: 80, 26))
        }

        // MARK: Roles

        @Test("two operations with the same role")
        func twoOperationsSameRole() throws {
            let result = try Self.addingOperation(
                #""again": {"role": "create", "method": "POST", "path": "/v2/videos", "body": {"json": "create"}, "response": "create"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.again.role",
                    #"the operation "create" already has the role "create"; give one operation each role (others can go without a role)"#,
                    at: 102, 23))
        }

        @Test("an unknown role lists the roles, and the role it should have been is missing")
        func unknownRole() throws {
            let result = try Fixtures.mini().replacing(#""role": "status""#, with: #""role": "poll""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.role",
                    #"unknown role "poll" (roles: create, status, result, cancel, list, sync, upload); an operation without a role needs no "role""#,
                    at: 103, 15),
                ExpectedDiagnostic(
                    "$.operations", #"no operation has the role "status"; VideoGen needs one to follow them"#, at: 84,
                    17))
        }

        @Test("no operation creates tasks")
        func noCreateOperation() throws {
            let result = try Fixtures.mini().replacing(#""role": "create", "#, with: "").generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations", #"no operation has the role "create"; VideoGen needs one to start tasks"#, at: 84,
                    17))
        }

        @Test("an operation without a role is typed and callable, and needs nothing of its response")
        func operationWithoutRole() throws {
            let result = try Self.addingOperation(
                #""credits": {"method": "GET", "path": "/v1/credits", "response": "status"}"#
            ).generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
            #expect(result.outputs["mini.generated.swift"]?.contains("public func credits(") == true)
        }

        // MARK: Paths and parameters

        @Test("a path placeholder that is not a declared parameter")
        func undeclaredPathPlaceholder() throws {
            let result = try Fixtures.mini().replacing(
                #""path": "/v1/videos", "#, with: #""path": "/v1/{region}/videos", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.path",
                    #"{region} is not a parameter of this operation; declare it under "parameters" with "in": "path""#,
                    at: 86, 51))
        }

        @Test("a path placeholder declared as a query parameter")
        func pathPlaceholderInQuery() throws {
            let result = try Self.statusTaskID(#"{"in": "query", "from": "taskId"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.taskId",
                    #"{taskId} is in the path, so the parameter needs "in": "path""#, at: 104, 32))
        }

        @Test("a path parameter the path does not use")
        func pathParameterNotInPath() throws {
            let result = try Self.addingStatusParameter(#""region": {"in": "path"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.region",
                    "is a path parameter, but the path (/v1/videos/{taskId}) has no {region}", at: 104, 76))
        }

        @Test("a status operation without a parameter from the task id")
        func statusWithoutTaskID() throws {
            let result = try Self.statusTaskID(#"{"in": "path"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status",
                    #"the status operation needs a parameter "from": "taskId" (in its path, query or a header)"#,
                    at: 102, 15))
        }

        @Test("a create operation with a task id parameter")
        func taskIDInCreate() throws {
            let result = try SpecCheckTests.Rules.creatingWith(
                path: "/v1/videos/{taskId}", parameters: #"{"taskId": {"in": "path", "from": "taskId"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create", "a create operation starts something new; it cannot take a task id", at: 85,
                    15))
        }

        @Test("a path that does not start with /")
        func pathWithoutSlash() throws {
            let result = try Fixtures.mini().replacing(#""path": "/v1/videos", "#, with: #""path": "v1/videos", "#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.operations.create.path", #"must start with '/', got "v1/videos""#, at: 86, 51))
        }

        @Test("an HTTP method other than GET, POST, PUT, PATCH and DELETE")
        func unknownMethod() throws {
            let result = try Fixtures.mini().replacing(#""method": "GET""#, with: #""method": "FETCH""#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.method",
                    #"must be one of "GET", "POST", "PUT", "PATCH", "DELETE", got "FETCH""#, at: 103, 35))
        }

        @Test("an unknown HTTP method on an operation with a body is not also taken for a GET")
        func unknownMethodWithBody() throws {
            let result = try Fixtures.mini().replacing(#""method": "POST""#, with: #""method": "FETCH""#).generate()
            let unknown = ExpectedDiagnostic(
                "$.operations.create.method", #"must be one of "GET", "POST", "PUT", "PATCH", "DELETE", got "FETCH""#,
                at: 86, 35)
            expectRejected(result, unknown)
            expectRejectedWithExactly(result, unknown)
        }

        @Test("a parameter with both a constant value and a from")
        func parameterValueAndFrom() throws {
            let result = try Self.addingStatusParameter(#""lang": {"in": "query", "value": "en", "from": "caller"}"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.lang.from",
                    #"a parameter with a constant "value" takes no "from""#, at: 104, 113))
        }

        @Test("an unknown from lists the sources")
        func unknownFrom() throws {
            let result = try Self.statusTaskID(#"{"in": "path", "from": "task"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.taskId.from",
                    #"must be "taskId", "model", "field" or "caller", got "task""#, at: 104, 55),
                ExpectedDiagnostic(
                    "$.operations.status",
                    #"the status operation needs a parameter "from": "taskId" (in its path, query or a header)"#,
                    at: 102, 15))
        }

        @Test("a parameter in a place other than path, query and header")
        func unknownParameterPlace() throws {
            let result = try Self.statusTaskID(#"{"in": "body", "from": "taskId"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.taskId.in", #"must be "path", "query" or "header", got "body""#,
                    at: 104, 39),
                ExpectedDiagnostic(
                    "$.operations.status.parameters.taskId",
                    #"{taskId} is in the path, so the parameter needs "in": "path""#, at: 104, 32))
        }

        @Test("a parameter from a body field that does not say which field")
        func parameterFromFieldWithoutField() throws {
            let result = try SpecCheckTests.Rules.creatingWith(parameters: #"{"m": {"in": "query", "from": "field"}}"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.parameters.m",
                    #"a parameter "from": "field" needs "field" (the request body path it copies)"#, at: 86, 85))
        }

        @Test("segments on a parameter that does not take the model")
        func segmentsWithoutModel() throws {
            let result = try Self.statusTaskID(#"{"in": "path", "from": "taskId", "segments": 1}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.taskId.segments",
                    #""segments" cuts the model; it applies to "from": "model" only"#, at: 104, 77))
        }

        @Test("a parameter template without {value}")
        func templateWithoutValue() throws {
            let result = try Self.addingStatusParameter(
                #""trace": {"in": "header", "name": "X-Trace", "template": "trace"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.trace.template",
                    "must contain {value}, where the parameter's value goes", at: 104, 123))
        }

        @Test("a parameter from a body field the operation's request does not have")
        func parameterFromUnknownField() throws {
            let result = try SpecCheckTests.Rules.creatingWith(
                parameters: #"{"model": {"in": "query", "from": "field", "field": "modle"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.parameters.model.field",
                    "names the field modle, which this operation's request does not have", at: 86, 131))
        }

        @Test("a parameter default that breaks the parameter's own enum")
        func parameterDefaultOutsideEnum() throws {
            let result = try Self.addingStatusParameter(
                #""lang": {"in": "query", "type": "string", "enum": ["en", "zh"], "default": "fr"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.lang.default",
                    #"the default breaks the parameter's own constraints: must be one of "en", "zh", got "fr""#,
                    at: 104, 141))
        }

        @Test("a header parameter that would carry the API key")
        func headerParameterIsAuthHeader() throws {
            let result = try Self.addingStatusParameter(#""token": {"in": "header", "name": "authorization"}"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.token",
                    #"the header "authorization" carries the API key; it cannot be a parameter"#, at: 104, 75))
        }

        @Test("two query parameters sent under the same name")
        func sameQueryNameTwice() throws {
            let result = try Self.addingStatusParameter(
                #""lang": {"in": "query"}, "language": {"in": "query", "name": "lang"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.language", #"another query parameter is also sent as "lang""#,
                    at: 104, 103))
        }

        // MARK: Bodies

        @Test("an operation naming a request that does not exist gets a did-you-mean")
        func operationRequestTypo() throws {
            let result = try Fixtures.mini().replacing(#"{"json": "create"}"#, with: #"{"json": "craete"}"#).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.body.json",
                    #"names the request "craete", but "requests" has no such entry; did you mean "create"?"#, at: 86, 82
                ))
        }

        @Test("a mistyped request name is reported once, not as missing fields and a request sample without a body")
        func operationRequestTypoReportedOnce() throws {
            let result = try Fixtures.mini().replacing(#"{"json": "create"}"#, with: #"{"json": "craete"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.body.json",
                    #"names the request "craete", but "requests" has no such entry; did you mean "create"?"#,
                    at: 86,
                    82))
        }

        @Test("a GET operation with a body")
        func getWithBody() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status","#, with: #""response": "status", "body": {"json": "create"},"#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.operations.status.body", "a GET request carries no body", at: 103, 103))
        }

        @Test("a create operation without a body")
        func createWithoutBody() throws {
            let result = try Fixtures.mini().replacing(#""body": {"json": "create"}, "#, with: "").generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations.create",
                    #"the create operation needs "body": {"json": REQUEST}, the request the unified mapping fills"#,
                    at: 85, 15))
        }

        @Test("a create operation sending a multipart form instead of a JSON request")
        func multipartOnCreate() throws {
            let result = try Fixtures.mini().replacing(
                #""body": {"json": "create"}"#, with: #""body": {"multipart": {"fileField": "file"}}"#
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.operations.create",
                    #"the create operation needs "body": {"json": REQUEST}, the request the unified mapping fills"#,
                    at: 85, 15))
        }

        @Test("an upload operation without a multipart form")
        func uploadWithoutMultipart() throws {
            let result = try Self.addingOperation(
                #""upload": {"role": "upload", "method": "POST", "path": "/v1/files", "response": "upload"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.upload",
                    #"the upload operation needs "body": {"multipart": …} (at least its fileField)"#, at: 102, 15),
                ExpectedDiagnostic(
                    "$.operations.upload.response", #"names the response "upload", but "responses" has no such entry"#,
                    at: 102, 85))
        }

        @Test("a sync operation with another request than the create operation's is only a warning")
        func syncWithOtherRequest() throws {
            let result = try Self.addingOperation(
                #""generate": {"role": "sync", "method": "POST", "path": "/v1/sync", "body": {"json": "other"}, "response": "status"}"#
            ).replacing(#""requests": {"create": {"#, with: #""requests": {"other": {"fields": {}}, "create": {"#)
                .generate()
            #expect(!result.hasErrors)
            #expect(
                result.diagnostics.map(\.description) == [
                    #"Spec/mini.json:102:89: warning: $.operations.generate.body.json: the sync operation takes "other", not the create operation's "create"; the unified mapping fills "create""#
                ])
        }

        // MARK: Response formats

        @Test("an operation whose answer is not read names no response")
        func responseFormatNoneWithResponse() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status","#, with: #""response": "status", "responseFormat": "none","#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.response", "a none answer is not read, so it names no response", at: 103, 85))
        }

        @Test("an unknown response format lists the formats")
        func unknownResponseFormat() throws {
            let result = try Fixtures.mini().replacing(
                #""response": "status","#, with: #""response": "status", "responseFormat": "xml","#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.responseFormat",
                    #"must be one of "json", "none", "binary", "events", got "xml""#,
                    at: 103, 113))
        }

        // MARK: Responses and the roles their operations need

        @Test("an operation naming a response that does not exist")
        func operationResponseMissing() throws {
            let result = try Fixtures.mini().replacing(#""response": "status","#, with: #""response": "callback","#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.response",
                    #"names the response "callback", but "responses" has no such entry"#,
                    at: 103, 85))
        }

        @Test("a create operation whose response has no field with the role taskId")
        func createWithoutTaskID() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "The task id.", "role": "taskId", "#, with: #""description": "The task id.", "#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.create.response",
                    #"the create operation's response "create" needs a field with the role taskId"#, at: 86, 105),
                ExpectedDiagnostic(
                    "$.operations.create.samples[1].body",
                    "a create answer that is not an error must carry a task id (role taskId); none was found", at: 98,
                    19))
        }

        @Test("a status operation whose response has no field with the role state")
        func statusWithoutState() throws {
            let result = try Fixtures.mini().replacing(
                #""description": "See states.", "role": "state""#, with: #""description": "See states.""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.response",
                    #"the status operation's response "status" needs a field with the role state"#, at: 103, 85),
                ExpectedDiagnostic(
                    "$.operations.status.samples[0].body",
                    "a status answer that is not an error must carry a state (role state); none was found", at: 110, 19
                ),
                ExpectedDiagnostic(
                    "$.operations.status.samples[1].body",
                    "a status answer that is not an error must carry a state (role state); none was found", at: 116, 19
                ))
        }

        @Test("callbacks described without the response that reads them")
        func callbacksWithoutResponse() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {", with: "  \"callbacks\": {\"signed\": false},\n  \"errors\": {"
            ).generate()
            let missing = ExpectedDiagnostic("$.callbacks", #"missing required key "response""#, at: 80, 16)
            expectRejected(result, missing)
            expectRejectedWithExactly(result, missing)
        }

        @Test("callbacks naming a response that does not exist")
        func callbacksResponseMissing() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {",
                with: "  \"callbacks\": {\"response\": \"callback\", \"signed\": false},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.callbacks.response", #"names the response "callback", but "responses" has no such entry"#,
                    at: 80, 29))
        }

        @Test("errors naming a response that does not exist, in a spec without an envelope (toapis)")
        func errorsResponseMissing() throws {
            let result = try Fixtures.real("toapis").replacing(#""response": "error","#, with: #""response": "eror","#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.errors.response",
                    #"names the response "eror", but "responses" has no such entry; did you mean "error"?"#, at: 944, 17
                ))
        }

        @Test("errors without the response that reads error answers")
        func errorsWithoutResponse() throws {
            let result = try Fixtures.mini().replacing(#""response": "error", "#, with: "").generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.errors", #"missing required key "response""#, at: 80, 13))
        }

        @Test("errors without the response that reads error answers, in a spec without an envelope (toapis)")
        func errorsWithoutResponseNoEnvelope() throws {
            let result = try Fixtures.real("toapis").replacing("    \"response\": \"error\",\n", with: "").generate()
            let missing = ExpectedDiagnostic("$.errors", #"missing required key "response""#, at: 943, 13)
            expectRejected(result, missing)
            expectRejectedWithExactly(result, missing)
        }

        @Test("signed callbacks without their signature scheme")
        func signedWithoutSignature() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {",
                with: "  \"callbacks\": {\"response\": \"status\", \"signed\": true},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.callbacks.signed", #""signed": true needs "signature", the scheme the provider documents"#,
                    at: 80, 49))
        }

        @Test("errors naming a mistyped response in a spec with an envelope and an error response (apixo)")
        func errorsResponseTypoWithEnvelope() throws {
            let result = try Fixtures.real("apixo").replacing(#""response": "error","#, with: #""response": "eror","#)
                .generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.errors.response",
                    #"names the response "eror", but "responses" has no such entry; did you mean "error"?"#,
                    at: 759, 17))
        }

        // MARK: Response shapes and their own states

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
                    #"with an envelope, a response gives "data" (the payload under the envelope)"#, at: 78, 15),
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
                result, ExpectedDiagnostic("$.envelope.data", #""code" is also an envelope field"#, at: 54, 13))
        }

        static let createResponse = #""Answer to a create request.", "data": {"type": "Job"}"#

        @Test("a response's own states with no state that ends a task")
        func responseStatesWithoutTerminal() throws {
            let result = try Fixtures.mini().replacing(
                Self.createResponse, with: Self.createResponse + #", "states": {"queued": {"unified": "queued"}}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.create.states", "none of these states ends a task (succeeded, failed or cancelled)",
                    at: 77, 97))
        }

        @Test("a response's own states may end tasks through \"*\", what any other value means")
        func responseStatesWithOthers() throws {
            let result = try Fixtures.mini().replacing(
                Self.createResponse,
                with: Self.createResponse
                    + #", "states": {"queued": {"unified": "queued"}, "*": {"unified": "failed"}}"#
            ).generate()
            #expect(result.diagnostics.isEmpty, "\(result.report)")
        }

        @Test("\"*\" among the spec's own states")
        func otherStatesAtTopLevel() throws {
            let queued = #""queued": {"unified": "queued", "description": "Waiting."},"#
            let result = try Fixtures.mini().replacing(queued, with: queued + "\n    \"*\": {\"unified\": \"queued\"},")
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.states["*"]"#,
                    #""*" (any other value) belongs to a response's own states; the spec's states are listed one by one"#,
                    at: 45, 10))
        }

        @Test("a response with its own states but no field with the role state")
        func responseStatesWithoutStateField() throws {
            let result = try Fixtures.mini().replacing(
                #""data": {"type": "Job"}}"# + "\n  },",
                with: #""data": {"type": "Job"}},"#
                    + "\n    \"error\": {\"envelope\": false, \"fields\": {\"detail\": {\"type\": \"string\"}}, \"states\": {\"gone\": {\"unified\": \"failed\"}}}\n  },"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.error.states", "a response with its own states needs a field with the role state",
                    at: 79, 86))
        }

        @Test("a response's own error detection naming a field the response does not declare")
        func responseDetectUnknownField() throws {
            let result = try Fixtures.mini().replacing(
                Self.createResponse,
                with: Self.createResponse + #", "errors": {"detect": [{"field": "cod", "notIn": [0]}]}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.responses.create.errors.detect[0]", "names the field cod, which this response does not declare",
                    at: 77, 109))
        }
    }
}
