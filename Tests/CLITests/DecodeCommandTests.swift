// `videogen decode`: documented payloads of each provider into the unified task, with every expected value written by
// hand from the provider's docs (dates converted to UTC by hand); provider errors exit 3; malformed payloads exit 1.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@testable import VideoGenCLI

@Suite("videogen decode")
struct DecodeCommandTests {
    /// The twelve keys of `decode --json`, in the documented order.
    static let taskKeys = [
        "provider", "taskId", "handle", "state", "providerState", "progress", "queuePosition", "videoURLs", "videos",
        "failure",
        "createdAt", "completedAt",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let provider: String
        let kind: String
        let payload: String
        let expected: String
        var testDescription: String { "\(provider) \(kind): \(payload.prefix(60))…" }
    }

    /// One documented success payload per provider, and the exact line `decode --json` must print.
    static let successCases: [Case] = [
        // README.md, the main job.
        Case(
            provider: "apixo", kind: "status-response",
            payload:
                #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965652317,"costTime":41388}}"#,
            expected:
                #"{"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"succeeded","providerState":"success","progress":null,"queuePosition":null,"videoURLs":["https://r2.apixo.ai/video.mp4"],"videos":[{"url":"https://r2.apixo.ai/video.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2026-01-09T13:33:30.929Z","completedAt":"2026-01-09T13:34:12.317Z"}"#
        ),
        // apimodels page 001, older field names (task_id, status, videos, created_at, completed_at).
        Case(
            provider: "apimodels", kind: "status-response",
            payload:
                #"{"code":200,"msg":"success","data":{"task_id":"clxxx...","status":"completed","model":"cloud-video/grok-video-3","videos":["https://...video.mp4"],"created_at":1705123450000,"completed_at":1705123500000}}"#,
            expected:
                #"{"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"succeeded","providerState":"completed","progress":null,"queuePosition":null,"videoURLs":["https://...video.mp4"],"videos":[{"url":"https://...video.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2024-01-13T05:24:10Z","completedAt":"2024-01-13T05:25:00Z"}"#
        ),
        // toapis STATUS-ENDPOINTS sample 2: no envelope, the URL in result.data[0].url, seconds.
        Case(
            provider: "toapis", kind: "status-response",
            payload:
                #"{"id":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","object":"generation.task","model":"sora-2","status":"completed","progress":100,"created_at":1768380222,"completed_at":1768380514,"expires_at":1768466914,"result":{"type":"video","data":[{"url":"https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4","format":"mp4"}]}}"#,
            expected:
                #"{"provider":"toapis","taskId":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","handle":"toapis:video_7497f4d5-3a88-44c7-923a-967fa7d941a0","state":"succeeded","providerState":"completed","progress":100,"queuePosition":null,"videoURLs":["https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4"],"videos":[{"url":"https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2026-01-14T08:43:42Z","completedAt":"2026-01-14T08:48:34Z"}"#
        ),
        // apimart STATUS-ENDPOINTS sample 2: result.videos[].url is an array.
        Case(
            provider: "apimart", kind: "status-response",
            payload:
                #"{"code":200,"data":{"actual_time":155,"completed":1765001046,"created":1765000891,"estimated_time":600,"id":"task_01KBS40K78KGHZ9SDBWQSGSXRK","progress":100,"result":{"videos":[{"expires_at":1765087446,"url":["https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4"]}]},"status":"completed"}}"#,
            expected:
                #"{"provider":"apimart","taskId":"task_01KBS40K78KGHZ9SDBWQSGSXRK","handle":"apimart:task_01KBS40K78KGHZ9SDBWQSGSXRK","state":"succeeded","providerState":"completed","progress":100,"queuePosition":null,"videoURLs":["https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4"],"videos":[{"url":"https://upload.apimart.ai/f/video/9998234998953836-video_task_01KBS40K78KGHZ9SDBWQSGSXRK.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2025-12-06T06:01:31Z","completedAt":"2025-12-06T06:04:06Z"}"#
        ),
    ]

    /// More documented forms: failures, create answers, callbacks, old and new shapes.
    static let otherCases: [Case] = [
        Case(
            provider: "apixo", kind: "status-response",
            payload:
                #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"failed","failCode":"CONTENT_VIOLATION","failMsg":"Content does not meet safety guidelines"}}"#,
            expected:
                #"{"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"failed","providerState":"failed","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":{"code":"CONTENT_VIOLATION","message":"Content does not meet safety guidelines"},"createdAt":null,"completedAt":null}"#
        ),
        Case(
            provider: "apixo", kind: "status-response",
            payload:
                #"{"code":200,"message":"success","data":{"taskId":"task_abc123xyz789","state":"processing","createTime":1704067200000}}"#,
            expected:
                #"{"provider":"apixo","taskId":"task_abc123xyz789","handle":"apixo:task_abc123xyz789","state":"running","providerState":"processing","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":"2024-01-01T00:00:00Z","completedAt":null}"#
        ),
        Case(
            provider: "apixo", kind: "create-response",
            payload: #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#,
            expected:
                #"{"provider":"apixo","taskId":"task_12345678","handle":"apixo:task_12345678","state":"queued","providerState":null,"progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":null,"completedAt":null}"#
        ),
        // The callback body is the status body; resultJson already parsed is accepted too, and task_id / status aliases.
        Case(
            provider: "apixo", kind: "callback",
            payload:
                #"{"code":200,"message":"success","data":{"task_id":"task_9","status":"success","resultJson":{"resultUrls":"https://r2.apixo.ai/one.mp4"}}}"#,
            expected:
                #"{"provider":"apixo","taskId":"task_9","handle":"apixo:task_9","state":"succeeded","providerState":"success","progress":null,"queuePosition":null,"videoURLs":["https://r2.apixo.ai/one.mp4"],"videos":[{"url":"https://r2.apixo.ai/one.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":null,"completedAt":null}"#
        ),
        Case(
            provider: "apimodels", kind: "create-response",
            payload: #"{"code":200,"msg":"success","data":{"taskId":"clxxx...","state":"pending"}}"#,
            expected:
                #"{"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"queued","providerState":"pending","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":null,"completedAt":null}"#
        ),
        Case(
            provider: "apimodels", kind: "status-response",
            payload:
                #"{"code":200,"msg":"success","data":{"task_id":"clxxx...","status":"failed","model":"cloud-video/grok-video-3","error":"Content policy violation"}}"#,
            expected:
                #"{"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"failed","providerState":"failed","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":{"code":null,"message":"Content policy violation"},"createdAt":null,"completedAt":null}"#
        ),
        Case(
            provider: "apimodels", kind: "callback",
            payload:
                #"{"code":200,"msg":"success","data":{"taskId":"clxxx...","model":"<provider>/<model_name>","state":"completed","param":"{\"model\":\"grok-video-3\"}","resultJson":"{\"resultUrls\":[\"https://r2.apimodels.app/videos/xxx.mp4\"],\"videoDuration\":5}","failCode":null,"failMsg":null,"costTime":12345,"completeTime":1705123500000,"createTime":1705123450000}}"#,
            expected:
                #"{"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"succeeded","providerState":"completed","progress":null,"queuePosition":null,"videoURLs":["https://r2.apimodels.app/videos/xxx.mp4"],"videos":[{"url":"https://r2.apimodels.app/videos/xxx.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":"2024-01-13T05:24:10Z","completedAt":"2024-01-13T05:25:00Z"}"#
        ),
        Case(
            provider: "apimodels", kind: "callback",
            payload:
                #"{"code":200,"msg":"success","data":{"taskId":"clxxx...","state":"failed","resultJson":null,"failCode":null,"failMsg":"Content policy violation","completeTime":1705123500000,"createTime":1705123450000}}"#,
            expected:
                #"{"provider":"apimodels","taskId":"clxxx...","handle":"apimodels:clxxx...","state":"failed","providerState":"failed","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":{"code":null,"message":"Content policy violation"},"createdAt":"2024-01-13T05:24:10Z","completedAt":"2024-01-13T05:25:00Z"}"#
        ),
        Case(
            provider: "toapis", kind: "status-response",
            payload:
                #"{"id":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","object":"generation.task","model":"sora-2","status":"failed","progress":0,"created_at":1768380222,"error":{"code":"generation_failed","message":"Generation failed: Content violates the content policy"}}"#,
            expected:
                #"{"provider":"toapis","taskId":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","handle":"toapis:video_7497f4d5-3a88-44c7-923a-967fa7d941a0","state":"failed","providerState":"failed","progress":0,"queuePosition":null,"videoURLs":[],"videos":[],"failure":{"code":"generation_failed","message":"Generation failed: Content violates the content policy"},"createdAt":"2026-01-14T08:43:42Z","completedAt":null}"#
        ),
        Case(
            provider: "toapis", kind: "status-response",
            payload:
                #"{"id":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","object":"generation.task","model":"sora-2","status":"in_progress","progress":65,"created_at":1768380222}"#,
            expected:
                #"{"provider":"toapis","taskId":"video_7497f4d5-3a88-44c7-923a-967fa7d941a0","handle":"toapis:video_7497f4d5-3a88-44c7-923a-967fa7d941a0","state":"running","providerState":"in_progress","progress":65,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":"2026-01-14T08:43:42Z","completedAt":null}"#
        ),
        // A live create answer with an empty status, which the spec lists as queued.
        Case(
            provider: "toapis", kind: "create-response",
            payload:
                #"{"id":"video_abc123def456","task_id":"video_abc123def456","object":"video","model":"grok-video-3","status":"","progress":0,"created_at":1768380224,"metadata":{}}"#,
            expected:
                #"{"provider":"toapis","taskId":"video_abc123def456","handle":"toapis:video_abc123def456","state":"queued","providerState":"","progress":0,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":"2026-01-14T08:43:44Z","completedAt":null}"#
        ),
        // The newer create page answers an array of {task_id, status}.
        Case(
            provider: "apimart", kind: "create-response",
            payload: #"{"code":200,"data":[{"task_id":"task_01JN...","status":"submitted"}]}"#,
            expected:
                #"{"provider":"apimart","taskId":"task_01JN...","handle":"apimart:task_01JN...","state":"queued","providerState":"submitted","progress":null,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":null,"completedAt":null}"#
        ),
        Case(
            provider: "apimart", kind: "create-response",
            payload:
                #"{"code":200,"data":{"id":"task_01JNXXXXXXXXXXXXXXXXXX","status":"submitted","progress":0,"created":1710000000,"type":"video"}}"#,
            expected:
                #"{"provider":"apimart","taskId":"task_01JNXXXXXXXXXXXXXXXXXX","handle":"apimart:task_01JNXXXXXXXXXXXXXXXXXX","state":"queued","providerState":"submitted","progress":0,"queuePosition":null,"videoURLs":[],"videos":[],"failure":null,"createdAt":"2024-03-09T16:00:00Z","completedAt":null}"#
        ),
        // Older pages show result.videos[].url as a plain string.
        Case(
            provider: "apimart", kind: "status-response",
            payload:
                #"{"code":200,"data":{"id":"task_2","status":"completed","result":{"videos":[{"url":"https://upload.apimart.ai/a.mp4"},{"url":["https://upload.apimart.ai/b.mp4"]}]}}}"#,
            expected:
                #"{"provider":"apimart","taskId":"task_2","handle":"apimart:task_2","state":"succeeded","providerState":"completed","progress":null,"queuePosition":null,"videoURLs":["https://upload.apimart.ai/a.mp4","https://upload.apimart.ai/b.mp4"],"videos":[{"url":"https://upload.apimart.ai/a.mp4","contentType":null,"byteCount":null,"fileName":null},{"url":"https://upload.apimart.ai/b.mp4","contentType":null,"byteCount":null,"fileName":null}],"failure":null,"createdAt":null,"completedAt":null}"#
        ),
    ]

    @Test("--json prints exactly the hand-written task object", arguments: successCases + otherCases)
    func decodesDocumentedPayload(_ testCase: Case) async {
        let run = await runCLI(
            ["decode", "--provider", testCase.provider, "--kind", testCase.kind, "--json"], stdinText: testCase.payload)
        #expect(run.status == .success, "\(run)")
        #expect(run.out == testCase.expected + "\n")
        #expect(run.err == "")
    }

    @Test("--json prints exactly one JSON object with exactly the twelve documented keys", arguments: successCases)
    func jsonShape(_ testCase: Case) async throws {
        let run = await runCLI(
            ["decode", "--provider", testCase.provider, "--kind", testCase.kind, "--json"], stdinText: testCase.payload)
        #expect(run.out.hasSuffix("\n") && run.out.filter { $0 == "\n" }.count == 1, "one line")
        let value = try JSONParser.parse(run.out)
        let object = try #require(value.objectValue, "not an object: \(run.out)")
        #expect(object.keys == Self.taskKeys)
    }

    @Test("without --json: a few lines for people")
    func humanSummary() async {
        let run = await runCLI(
            ["decode", "--provider", "toapis", "--kind", "status-response"], stdinText: Self.successCases[2].payload)
        #expect(run.status == .success)
        #expect(
            run.out == """
                toapis task video_7497f4d5-3a88-44c7-923a-967fa7d941a0: succeeded (toapis says "completed")
                progress: 100%
                video: https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4
                created: 2026-01-14T08:43:42Z
                completed: 2026-01-14T08:48:34Z
                URLs expire: 2026-01-15T08:48:34Z

                """)
    }

    // MARK: Provider errors (exit 3)

    static let errorCases: [(provider: String, kind: String, payload: String, stderr: String)] = [
        (
            "apixo", "create-response", #"{"code":400,"message":"Insufficient credits","data":null}"#,
            "apixo: Insufficient credits (code 400)\n"
        ),
        (
            "apixo", "create-response",
            #"{"code":400,"message":"Invalid request","data":{"error":"Missing required field: input.prompt"}}"#,
            "apixo: Invalid request: Missing required field: input.prompt (code 400)\n"
        ),
        ("apixo", "status-response", #"{"code":"401","message":"Unauthorized"}"#, "apixo: Unauthorized (code 401)\n"),
        (
            "apimodels", "status-response", #"{"code":402,"msg":"Insufficient credits","data":null}"#,
            "apimodels: Insufficient credits (code 402)\n"
        ),
        (
            "apimodels", "create-response", #"{"code":401,"message":"Invalid API key"}"#,
            "apimodels: Invalid API key (code 401)\n"
        ),
        (
            "toapis", "status-response", #"{"error":{"code":404,"message":"Task not found","type":"not_found_error"}}"#,
            "toapis: Task not found (code 404, not_found_error)\n"
        ),
        ("toapis", "create-response", #"{"success":false,"message":"File too large"}"#, "toapis: File too large\n"),
        (
            "apimart", "status-response",
            #"{"code":400,"error":{"code":400,"message":"Invalid task ID","type":"invalid_request_error"}}"#,
            "apimart: Invalid task ID (code 400, invalid_request_error)\n"
        ),
        (
            "apimart", "create-response",
            #"{"error":{"code":"rate_limit","message":"Too many requests","type":"rate_limit_error"}}"#,
            "apimart: Too many requests (code rate_limit, rate_limit_error)\n"
        ),
    ]

    @Test(
        "a payload that is the provider reporting an error: exit 3, the provider's message on stderr",
        arguments: errorCases.indices)
    func providerError(_ index: Int) async {
        let entry = Self.errorCases[index]
        for json in [true, false] {
            let run = await runCLI(
                ["decode", "--provider", entry.provider, "--kind", entry.kind] + (json ? ["--json"] : []),
                stdinText: entry.payload)
            #expect(run.status == .providerError, "\(run)")
            #expect(json ? isJSONError(run.out, status: .providerError) : run.out == "", "\(run)")
            #expect(run.err == entry.stderr)
        }
    }

    // MARK: Malformed payloads (exit 1)

    static let malformedCases: [(provider: String, kind: String, payload: String, stderr: String)] = [
        (
            "apixo", "status-response", #"{"code": 200,"#,
            "videogen decode: error: malformed apixo status-response: not JSON: line 1, column 14 (at $): unexpected end of input\n"
        ),
        (
            "apixo", "status-response", #"{"code":200,"message":"success","data":{"taskId":"t1","state":["success"]}}"#,
            #"videogen decode: error: malformed apixo status-response: data.state: expected a string (the task state), got ["success"]"#
                + "\n"
        ),
        (
            "apixo", "status-response",
            #"{"code":200,"message":"success","data":{"taskId":"t1","state":"success","resultJson":"{not json}"}}"#,
            "videogen decode: error: malformed apixo status-response: data.resultJson: holds a string that is not valid JSON (line 1, column 2 (at $): unexpected character 'n')\n"
        ),
        (
            "apixo", "status-response",
            #"{"code":200,"message":"success","data":{"taskId":"t1","state":"success","resultJson":"{\"resultUrls\":[42]}"}}"#,
            "videogen decode: error: malformed apixo status-response: data.resultJson.resultUrls[0]: expected a URL string, got 42\n"
        ),
        (
            "apixo", "status-response", #"{"code":200,"message":"success","data":"task_1"}"#,
            #"videogen decode: error: malformed apixo status-response: data: expected an object, got "task_1""# + "\n"
        ),
        (
            "apimodels", "status-response",
            #"{"code":200,"msg":"success","data":{"taskId":"c1","state":"completed","createTime":"yesterday"}}"#,
            #"videogen decode: error: malformed apimodels status-response: data.createTime: expected a timestamp (seconds or milliseconds since 1970, or ISO 8601 text), got "yesterday""#
                + "\n"
        ),
        // Beyond the year 9999 a number is not a time: refused, rather than read as a year in the millions.
        (
            "apimodels", "status-response",
            #"{"code":200,"msg":"success","data":{"taskId":"c1","state":"completed","createTime":99999999999999999}}"#,
            "videogen decode: error: malformed apimodels status-response: data.createTime: expected a timestamp (seconds or milliseconds since 1970, or ISO 8601 text), got 99999999999999999\n"
        ),
        (
            "toapis", "status-response", #"{"id":"v1","status":"in_progress","progress":"half"}"#,
            #"videogen decode: error: malformed toapis status-response: progress: expected a number (the progress), got "half""#
                + "\n"
        ),
        (
            "toapis", "status-response", "[1, 2]",
            "videogen decode: error: malformed toapis status-response: expected a JSON object, got an array\n"
        ),
        (
            "toapis", "create-response", #"{"object":"generation.task","status":"queued"}"#,
            "videogen decode: error: malformed toapis create-response: id: is missing: a create answer must carry the new task's id\n"
        ),
        (
            "apimart", "status-response", #"{"code":200,"data":{"id":"task_1"}}"#,
            "videogen decode: error: malformed apimart status-response: data.status: is missing: the payload carries no task state\n"
        ),
    ]

    @Test("a malformed payload: exit 1, naming what is wrong and where", arguments: malformedCases.indices)
    func malformedPayload(_ index: Int) async {
        let entry = Self.malformedCases[index]
        let run = await runCLI(
            ["decode", "--provider", entry.provider, "--kind", entry.kind, "--json"], stdinText: entry.payload)
        #expect(run.status == .invalidInput, "\(run)")
        #expect(isJSONError(run.out, status: .invalidInput), "\(run)")
        #expect(run.err == entry.stderr)
    }

    @Test("every documented response sample decodes; exactly the documented error answers exit 3")
    func everyDocumentedSample() async throws {
        // Written by hand from the specs' samples: the ones that show the provider answering with an error.
        let errorSamples: Set<String> = [
            "apixo/create-error", "apixo/create-error-invalid", "toapis/status-not-found",
            "apimart/status-invalid-task", "replicate/create-throttled", "fal/submit-validation-error",
            "apimodels/create-invalid-model", "apimodels/create-error-invalid-input",
            "apimodels/create-error-without-msg",
            "apimodels/status-task-not-found", "apimart/create-invalid-duration",
        ]
        // Documented answers that are not of a video task (a text model's output, a signature test vector): the
        // unified decoder calls them malformed (exit 1).
        let notVideo: Set<String> = ["replicate/get-succeeded-hello-world", "replicate/callback-signature-vector"]
        let kinds: [SampleKind: String] = [
            .createResponse: "create-response", .statusResponse: "status-response", .callback: "callback",
            .syncResponse: "sync-response",
        ]
        var seen: Set<String> = []
        for provider in ProviderCatalog.identifiers {
            let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
            for sample in descriptor.samples {
                guard let kind = kinds[descriptor.kind(of: sample)] else { continue }
                let name = "\(provider)/\(sample.name)"
                seen.insert(name)
                let run = await runCLI(
                    ["decode", "--provider", provider, "--kind", kind, "--json"], stdinText: sample.json)
                let expected: VideoGenCLI.ExitStatus =
                    errorSamples.contains(name) ? .providerError : notVideo.contains(name) ? .invalidInput : .success
                #expect(run.status == expected, "\(name): \(run)")
            }
        }
        #expect(errorSamples.isSubset(of: seen))
        #expect(
            seen.count == 48 + 5 + 8,
            "the specs document 10 (apixo) + 17 (apimodels) + 11 (toapis) + 10 (apimart) + 5 (replicate) + 8 (fal) create, status, sync and callback samples"
        )
    }
}
