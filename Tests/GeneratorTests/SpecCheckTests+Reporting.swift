// How checks are reported: every problem of every file in one run, each in its own file, and nothing generated.

import Testing
import VideoGenGenerator

extension SpecCheckTests {
    @Suite("reporting")
    struct Reporting {
        @Test("every problem of a spec with several breaks, from loading to samples, is reported in one run")
        func everyProblemAtOnce() throws {
            let result = try Fixtures.mini()
                .replacing(#""https://api.mini.example""#, with: #""http://api.mini.example""#)  // identity
                // loader: range
                .replacing(#"{"minimum": 4, "maximum": 12}}"#, with: #"{"minimum": 4, "maximum": 2}}"#)
                .replacing(#""defaultModel""#, with: #""defaultModle""#)  // loader: keys
                .replacing(#"{"to": "options.duration"}"#, with: #"{"to": "options.duraton"}"#)  // mapping
                .replacing(#""done": {"unified": "succeeded""#, with: #""done": {"unified": "running""#)  // states
                .replacing(#""role": "failureMessage""#, with: #""role": "failMessage""#)  // roles
                .replacing(#""state": "done""#, with: #""state": ["done"]"#)  // samples
                .generate()
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.baseURL",
                    #"must be an https URL (the API key travels with every request), got "http://api.mini.example""#,
                    at: 9, 14),
                ExpectedDiagnostic("$.models[0].durationRange.maximum", "must be ≥ minimum (4), got 2", at: 12, 91),
                ExpectedDiagnostic(
                    "$.defaultModle", #"unknown key "defaultModle"; did you mean "defaultModel"?"#, at: 14, 19),
                ExpectedDiagnostic("$", #"missing required key "defaultModel""#, at: 1, 1),
                ExpectedDiagnostic(
                    "$.unified.duration.to",
                    "names the field options.duraton, which the request does not have; did you mean options.duration?",
                    at: 38, 24),
                ExpectedDiagnostic(
                    "$.states", #"no state maps to "succeeded"; waiting could never end with a result"#, at: 43, 13),
                ExpectedDiagnostic(
                    "$.types.Job.fields.reason.role",
                    #"unknown role "failMessage" (known roles: taskId, state, progress, queuePosition, videoURLs, failureCode, failureMessage, createdAt, completedAt, expiresAt, model, errorCode, errorMessage, errorDetail, errorType, uploadedURL, tasks, nextPage)"#,
                    at: 71, 79),
                ExpectedDiagnostic(
                    "$.operations.status.samples[0].body.data.state",
                    #"the sample does not decode: expected a string (the task state), got ["done"]"#, at: 110, 85))
        }

        @Test("problems in several files are all reported, each under its own file")
        func problemsInSeveralFiles() throws {
            let mini = try Fixtures.mini().replacing(#""id": "mini","#, with: #""id": "mimi","#)
            let toapis = try Fixtures.real("toapis").replacing(
                #""baseURL": "https://toapis.com""#, with: #""baseURL": "https://toapis.com/""#)
            let result = Generator().generate(specTexts: [(mini.file, mini.text), (toapis.file, toapis.text)])
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic(
                    "$.id",
                    #"the id "mimi" must equal the file name "mini" (users type it; the plugin names the output after the file)"#,
                    at: 4, 9),
                ExpectedDiagnostic("$.baseURL", "must not end with '/' (operation paths start with one)", at: 42, 14))
            #expect(
                result.errors.map(\.file) == ["Spec/mini.json", "Spec/toapis.json"], "diagnostics come in file order")
        }

        @Test("a file that is not JSON does not hide the problems of the others, and nothing is generated for any")
        func malformedFileDoesNotHideOthers() throws {
            let broken = SpecText(file: "Spec/broken.json", text: "{\n  \"id\": \"broken\",\n}\n")
            let mini = try Fixtures.mini().replacing(
                #""https://api.mini.example""#, with: #""http://api.mini.example""#)
            let good = try Fixtures.real("apixo")
            let result = Generator().generate(specTexts: [
                (broken.file, broken.text), (mini.file, mini.text), (good.file, good.text),
            ])
            expectRejectedWithExactly(
                result,
                ExpectedDiagnostic("$", "not valid JSON: unexpected character '}'", at: 3, 1),
                ExpectedDiagnostic(
                    "$.baseURL",
                    #"must be an https URL (the API key travels with every request), got "http://api.mini.example""#,
                    at: 9, 14))
        }
    }
}
