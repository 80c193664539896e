// Spec checks on identity and Swift names: id and file name, baseURL, swiftName, models, states, Swift keywords and
// clashing names, and names shared across specs (Checking/SpecChecker.swift, +Fields.swift, Pipeline/Generator.swift).

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("identity and states")
    struct Identity {
        @Test("an id that differs from the file name")
        func idDiffersFromFileName() throws {
            let result = try Fixtures.mini().replacing(#""id": "mini","#, with: #""id": "mimi","#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.id",
                    #"the id "mimi" must equal the file name "mini" (users type it; the plugin names the output after the file)"#,
                    at: 4, 9))
            #expect(
                result.diagnostics.first?.description
                    == #"Spec/mini.json:4:9: error: $.id: the id "mimi" must equal the file name "mini" (users type it; the plugin names the output after the file)"#
            )
        }

        @Test("an id with capitals, even when it matches the file name")
        func idWithCapitals() throws {
            let result = try Fixtures.mini().replacing(#""id": "mini","#, with: #""id": "Mini","#).named(
                "Spec/Mini.json"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.id", #"an id is lowercase letters, digits and '-', starting with a letter, got "Mini""#, at: 4, 9
                ))
        }

        @Test("a baseURL that is not https")
        func baseURLNotHTTPS() throws {
            let result = try Fixtures.mini().replacing(
                #""https://api.mini.example""#, with: #""http://api.mini.example""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.baseURL",
                    #"must be an https URL (the API key travels with every request), got "http://api.mini.example""#,
                    at: 9, 14))
        }

        @Test("a baseURL with a trailing slash")
        func baseURLTrailingSlash() throws {
            let result = try Fixtures.mini().replacing(
                #""https://api.mini.example""#, with: #""https://api.mini.example/""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.baseURL", "must not end with '/' (operation paths start with one)", at: 9, 14))
        }

        @Test("a swiftName that is not UpperCamelCase")
        func swiftNameLowercase() throws {
            let result = try Fixtures.mini().replacing(#""swiftName": "Mini""#, with: #""swiftName": "mini""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.swiftName", #""mini" is not an UpperCamelCase Swift identifier"#, at: 5, 16))
        }

        @Test("a swiftName Swift or VideoGen already uses")
        func swiftNameReserved() throws {
            let result = try Fixtures.mini().replacing(#""swiftName": "Mini""#, with: #""swiftName": "Type""#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.swiftName", #""Type" is a name Swift or VideoGen already uses; choose another swiftName"#, at: 5,
                    16))
        }

        @Test("an auth header that is not a header name")
        func authHeaderWithColon() throws {
            let result = try Fixtures.mini().replacing(
                #""header": "Authorization""#, with: #""header": "Authorization:""#
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.auth.header", #"must be a header name, got "Authorization:""#, at: 10, 22)
            )
        }

        @Test("a defaultModel that is not a model of the catalogue")
        func defaultModelUnknown() throws {
            let result = try Fixtures.mini().replacing(
                #""defaultModel": "mini-video""#, with: #""defaultModel": "maxi-video""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.defaultModel", #""maxi-video" is not the id of a model in "models" (mini-video)"#, at: 14, 19))
        }

        @Test("a model listed twice")
        func modelListedTwice() throws {
            let result = try Fixtures.mini().replacing(
                #""maximum": 12}}"#, with: "\"maximum\": 12}},\n    {\"id\": \"mini-video\", \"name\": \"Again\"}"
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.models[1].id", #"the model "mini-video" is listed twice"#, at: 13, 12))
        }

        @Test("polling advice whose interval exceeds its timeout")
        func pollingIntervalAboveTimeout() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {",
                with: "  \"polling\": {\"intervalSeconds\": 60, \"timeoutSeconds\": 30},\n  \"errors\": {"
            ).generate()
            // The limit is printed as the spec writes it (30, not 30.0), like every other whole number in messages.
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.polling.intervalSeconds", "must not exceed timeoutSeconds (30)", at: 80, 34))
        }

        @Test("a rate limit of zero")
        func zeroRateLimit() throws {
            let result = try Fixtures.mini().replacing(
                "  \"errors\": {", with: "  \"limits\": {\"requestsPerMinute\": 0},\n  \"errors\": {"
            ).generate()
            expectRejectedWithExactly(
                result, ExpectedDiagnostic("$.limits.requestsPerMinute", "must be greater than 0, got 0", at: 80, 35))
        }

        // MARK: States

        @Test("no state maps to succeeded")
        func noSucceededState() throws {
            let result = try Fixtures.mini().replacing(
                #""done": {"unified": "succeeded""#, with: #""done": {"unified": "running""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states", #"no state maps to "succeeded"; waiting could never end with a result"#, at: 43, 13))
        }

        @Test("no state maps to failed")
        func noFailedState() throws {
            let result = try Fixtures.mini().replacing(
                #""error": {"unified": "failed""#, with: #""error": {"unified": "cancelled""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states", #"no state maps to "failed"; waiting could never end with a failure"#, at: 43, 13))
        }

        @Test("a state mapped to a word that is not a unified state")
        func unknownUnifiedState() throws {
            let result = try Fixtures.mini().replacing(
                #""done": {"unified": "succeeded""#, with: #""done": {"unified": "finished""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.done.unified",
                    #"must be one of queued, running, succeeded, failed, cancelled, got "finished""#, at: 46, 25),
                ExpectedDiagnostic(
                    "$.states", #"no state maps to "succeeded"; waiting could never end with a result"#, at: 43, 13))
        }

        @Test("a state mapped to unknown, which only the decoder may produce")
        func stateMappedToUnknown() throws {
            let result = try Fixtures.mini().replacing(
                #""queued": {"unified": "queued""#, with: #""queued": {"unified": "unknown""#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.queued.unified",
                    #"must be one of queued, running, succeeded, failed, cancelled, got "unknown""#, at: 44, 27))
        }
    }

    @Suite("Swift names")
    struct SwiftNames {
        static let imageURLsField = #""image_urls": {"type": "array""#

        /// The mini spec with `field` added to the request before image_urls (on line 29).
        static func addingRequestField(_ field: String) throws -> SpecText {
            try Fixtures.mini().replacing(imageURLsField, with: field + ",\n      " + imageURLsField)
        }

        @Test("a field named like a Swift keyword (default), and the advice that fixes it")
        func keywordField() throws {
            let result = try Self.addingRequestField(
                #""default": {"type": "boolean", "description": "Use the defaults."}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.default",
                    #"the field "default" becomes the property `default`, a Swift keyword; add a "swiftName""#, at: 29,
                    18))
            let fixed = try Self.addingRequestField(
                #""default": {"type": "boolean", "description": "Use the defaults.", "swiftName": "useDefaults"}"#
            ).generate()
            #expect(fixed.diagnostics.isEmpty, "\(fixed.report)")
        }

        @Test("a field named like a member generated code declares (validate)")
        func reservedMemberField() throws {
            let result = try Self.addingRequestField(#""validate": {"type": "boolean", "description": "Check only."}"#)
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.validate",
                    #"the field "validate" becomes the property `validate`, which generated code already declares; add a "swiftName""#,
                    at: 29, 19))
        }

        @Test("a field whose name gives no Swift identifier")
        func fieldWithoutIdentifier() throws {
            let result = try Self.addingRequestField(#""123": {"type": "boolean", "description": "Odd."}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.requests.create.fields["123"]"#,
                    #"the field "123" gives no usable Swift property name ("123"); add a "swiftName""#, at: 29, 14))
        }

        @Test("an enum value that is a Swift keyword (case), and the advice that fixes it")
        func keywordEnumValue() throws {
            let spec = try Fixtures.mini().replacing(
                #""enum": ["16:9", "9:16"]"#, with: #""enum": ["16:9", "9:16", "case"]"#)
            let result = spec.generate()
            // The advice names "enumNames" (which names enum cases), not "swiftName" (which renames the field's property).
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.enum[2]",
                    #"the enum value "case" becomes `case`, a Swift keyword; name its case in the field's "enumNames" ({"value": "caseName"})"#,
                    at: 25, 102))
            // Following the advice fixes it.
            let fixed = try spec.replacing(
                #""default": "16:9"}"#, with: #""default": "16:9", "enumNames": {"case": "caseName"}}"#
            ).generate()
            #expect(fixed.diagnostics.isEmpty, "\(fixed.report)")
        }

        @Test("a state named like a Swift keyword, and the advice that fixes it")
        func keywordState() throws {
            let queued = #""queued": {"unified": "queued", "description": "Waiting."},"#
            let result = try Fixtures.mini().replacing(
                queued, with: queued + "\n    \"case\": {\"unified\": \"queued\", \"description\": \"Odd.\"},"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.case", #"the state "case" becomes `case`, a Swift keyword; add a "swiftName""#, at: 45, 13
                ))
            let fixed = try Fixtures.mini().replacing(
                queued,
                with: queued
                    + "\n    \"case\": {\"unified\": \"queued\", \"description\": \"Odd.\", \"swiftName\": \"caseState\"},"
            ).generate()
            #expect(fixed.diagnostics.isEmpty, "\(fixed.report)")
        }

        @Test("two fields that become the same Swift property")
        func clashingProperties() throws {
            let result = try Fixtures.mini().replacing(
                #""minItems": 1, "maxItems": 2}"#,
                with:
                    "\"minItems\": 1, \"maxItems\": 2},\n      \"imageUrls\": {\"type\": \"array\", \"description\": \"Also images.\", \"items\": {\"type\": \"url\"}}"
            ).generate()
            expectRejected(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.imageUrls",
                    #"the fields "image_urls" and "imageUrls" both become the Swift property `imageURLs`; give one a swiftName"#,
                    at: 30, 20))
        }

        @Test("two enum values that become the same Swift case")
        func clashingEnumCases() throws {
            let result = try Fixtures.mini().replacing(
                #""enum": ["16:9", "9:16"]"#, with: #""enum": ["16:9", "9:16", "16x9"]"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.requests.create.fields.options.fields.aspect_ratio.enum[2]",
                    #"the enum values "16:9" and "16x9" both become the Swift case `_16x9`; name one in the field's "enumNames""#,
                    at: 25, 102))
        }

        @Test("two states that become the same Swift case")
        func clashingStates() throws {
            let running = #""running": {"unified": "running", "description": "Generating."},"#
            let result = try Fixtures.mini().replacing(
                running,
                with: running + "\n    \"Running\": {\"unified\": \"running\", \"description\": \"Also generating.\"},"
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.states.Running",
                    #"the state "Running" and the state "running" both become the Swift case `running`; give one a swiftName"#,
                    at: 46, 16))
        }

        // MARK: Operations, their arguments and the types they declare

        @Test("two operations that become the same Swift method")
        func clashingOperationMethods() throws {
            let result = try SpecCheckTests.Operations.addingOperation(
                #""get-credits": {"method": "GET", "path": "/v1/credits", "response": "status"}, "getCredits": {"method": "GET", "path": "/v1/credits/all", "response": "status"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.getCredits",
                    #"the operations "get-credits" and "getCredits" both become the method `getCredits`"#, at: 102, 98))
        }

        @Test("an operation name that gives no Swift method name")
        func operationWithoutMethodName() throws {
            let result = try SpecCheckTests.Operations.addingOperation(
                #""123": {"method": "GET", "path": "/v1/credits", "response": "status"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    #"$.operations["123"]"#,
                    #"the operation name "123" gives no usable Swift method name ("123"); rename it (operation names are lowerCamelCase words)"#,
                    at: 102, 12))
        }

        @Test("an operation named like a member the generated client declares (perform)")
        func operationNamedLikeClientMember() throws {
            let result = try SpecCheckTests.Operations.addingOperation(
                #""perform": {"method": "GET", "path": "/v1/credits", "response": "status"}"#
            ).generate()
            #expect(result.errors.map(\.path.description) == ["$.operations.perform"], "\(result.report)")
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.perform",
                    "the operation \"perform\" becomes the method `perform`, which the generated client already declares; rename it",
                    at: 102, 16))
        }

        @Test("a parameter that becomes an argument the method already has (timeoutSeconds)")
        func clashingArgumentLabels() throws {
            let result = try SpecCheckTests.Operations.addingStatusParameter(
                #""timeout_seconds": {"in": "query", "type": "integer"}"#
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.timeout_seconds",
                    #"the parameter becomes the argument `timeoutSeconds`, which another argument of `status` already uses; set "swiftName""#,
                    at: 104, 85))
        }

        @Test("a parameter named like a Swift keyword (default)")
        func keywordParameter() throws {
            let result = try SpecCheckTests.Operations.addingStatusParameter(#""default": {"in": "query"}"#).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.operations.status.parameters.default",
                    #"the parameter "default" gives no usable Swift argument name ("default"); set "swiftName""#,
                    at: 104, 77))
        }

        @Test("a named type and a response that become the same Swift type")
        func clashingTypeNames() throws {
            let result = try Fixtures.mini().replacing(
                "    }\n  },\n  \"responses\"",
                with:
                    "    },\n    \"CreateResponse\": {\"fields\": {\"note\": {\"type\": \"string\"}}}\n  },\n  \"responses\""
            ).generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.types.CreateResponse",
                    "the Swift type `Mini.CreateResponse` would be declared twice; rename one of the requests, responses, types or parameters",
                    at: 75, 23))
        }

        // MARK: Across specs

        @Test("two specs with the same swiftName")
        func sameSwiftNameInTwoSpecs() throws {
            let mini = try Fixtures.mini()
            let tiny = try mini.replacing(#""id": "mini","#, with: #""id": "tiny","#).named("Spec/tiny.json")
            let result = Generator().generate(specTexts: [(mini.file, mini.text), (tiny.file, tiny.text)])
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$.swiftName", "the Swift name `Mini` is already used by Spec/mini.json", at: 5, 16))
            #expect(result.errors.map(\.file) == ["Spec/tiny.json"])
        }

        @Test("two spec files with the same name in different folders")
        func sameFileNameInTwoFolders() throws {
            let mini = try Fixtures.mini()
            let copy = mini.named("Other/mini.json")
            let result = Generator().generate(specTexts: [(mini.file, mini.text), (copy.file, copy.text)])
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$", "Spec/mini.json and this file both generate mini.generated.swift; spec file names must differ",
                    at: 1, 1),
                ExpectedDiagnostic("$.id", #"the id "mini" is already used by Spec/mini.json"#, at: 4, 9),
                ExpectedDiagnostic("$.swiftName", "the Swift name `Mini` is already used by Spec/mini.json", at: 5, 16))
            #expect(Set(result.errors.map(\.file)) == ["Other/mini.json"])
        }
    }
}
