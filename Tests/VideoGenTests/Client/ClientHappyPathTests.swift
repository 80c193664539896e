// Create → poll → video URL for each provider, against bodies written by hand from the provider docs: the exact
// requests sent (method, URL, key header, body) and the finished task the client returns.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Happy path per provider")
    struct HappyPath {
        /// apixo (003): POST /api/v1/generateTask/grok-video with the body nested under `input`, then
        /// GET /api/v1/statusTask/grok-video?taskId=…; resultJson is a JSON string holding resultUrls.
        @Test func apixoCreatesPollsAndReturnsTheVideoURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#),
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"pending","createTime":1767965610929}}"#
                    ),
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"processing","createTime":1767965610929}}"#
                    ),
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"success","resultJson":"{\"resultUrls\":[\"https://r2.apixo.ai/video.mp4\"]}","createTime":1767965610929,"completeTime":1767965652317,"costTime":41388}}"#
                    ),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let request = VideoRequest(
                prompt: "a peaceful lakeside at sunset with gentle waves", duration: 6, aspectRatio: "3:2",
                resolution: "480p")
            let task = try await clock.outcome { try await client.generate(request) }.value()

            #expect(task?.state == .succeeded)
            #expect(task?.providerState == "success")
            #expect(task?.taskID == "task_12345678")
            #expect(task?.videoURLs == ["https://r2.apixo.ai/video.mp4"])
            #expect(milliseconds(task?.createdAt) == 1_767_965_610_929)
            #expect(milliseconds(task?.completedAt) == 1_767_965_652_317)

            let sent = transport.requests
            try #require(sent.count == 4)
            #expect(sent[0].method == "POST")
            #expect(sent[0].url.absoluteString == "https://api.apixo.ai/api/v1/generateTask/grok-video")
            #expect(sent[0].header("Authorization") == "Bearer \(ClientHarness.key)")
            #expect(sent[0].header("Content-Type") == "application/json")
            #expect(
                sent[0].json
                    == expectedJSON(
                        #"""
                        {"input":{"mode":"text-to-video","prompt":"a peaceful lakeside at sunset with gentle waves","duration":6,"resolution":"480p","aspect_ratio":"3:2"}}
                        """#))
            for status in sent.dropFirst() {
                #expect(status.method == "GET")
                #expect(
                    status.url.absoluteString
                        == "https://api.apixo.ai/api/v1/statusTask/grok-video?taskId=task_12345678")
                #expect(status.header("Authorization") == "Bearer \(ClientHarness.key)")
                #expect(status.body == nil)
            }
        }

        /// toapis (002 + STATUS-ENDPOINTS): no envelope; GET /v1/videos/generations/{id}; URL in result.data[0].url.
        @Test func toapisCreatesPollsAndReturnsTheVideoURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"queued","progress":0,"created_at":1768380224,"metadata":{}}"#
                    ),
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"in_progress","progress":65,"created_at":1768380224}"#
                    ),
                    .json(
                        200,
                        #"{"id":"video_abc123def456","object":"generation.task","model":"grok-video-3","status":"completed","progress":100,"created_at":1768380224,"completed_at":1768380514,"expires_at":1768466914,"result":{"type":"video","data":[{"url":"https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4","format":"mp4"}]}}"#
                    ),
                ])
            let client = try ClientHarness.client("toapis", transport: transport, clock: clock)
            let request = VideoRequest(
                prompt: "A golden retriever running on a green field in sunny weather", duration: 5, aspectRatio: "16:9"
            )
            let task = try await clock.outcome { try await client.generate(request) }.value()

            #expect(task?.state == .succeeded)
            #expect(task?.taskID == "video_abc123def456")
            #expect(task?.progress == 100)
            #expect(task?.videoURLs == ["https://files.dashlyai.cc/sora/7712af45-ca35-4a15-b800-f20ea623665b.mp4"])
            // created_at 1768380224 s, completed_at 1768380514 s, expires_at 1768466914 s (seconds, not ms).
            #expect(milliseconds(task?.createdAt) == 1_768_380_224_000)
            #expect(milliseconds(task?.completedAt) == 1_768_380_514_000)
            #expect(milliseconds(task?.expiresAt) == 1_768_466_914_000)

            let sent = transport.requests
            try #require(sent.count == 3)
            #expect(sent[0].method == "POST")
            #expect(sent[0].url.absoluteString == "https://toapis.com/v1/videos/generations")
            #expect(sent[0].header("Authorization") == "Bearer \(ClientHarness.key)")
            #expect(
                sent[0].json
                    == expectedJSON(
                        #"""
                        {"model":"grok-video-3","prompt":"A golden retriever running on a green field in sunny weather","duration":5,"aspect_ratio":"16:9"}
                        """#))
            #expect(sent[1].method == "GET")
            #expect(sent[1].url.absoluteString == "https://toapis.com/v1/videos/generations/video_abc123def456")
            #expect(sent[2].url.absoluteString == "https://toapis.com/v1/videos/generations/video_abc123def456")
        }

        /// apimart (004 + STATUS-ENDPOINTS): envelope {code, data}; GET /v1/tasks/{id}; url is an array.
        @Test func apimartCreatesPollsAndReturnsTheVideoURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"data":{"id":"task_01JNXXXXXXXXXXXXXXXXXX","status":"submitted","progress":0,"created":1710000000,"type":"video"}}"#
                    ),
                    .json(
                        200,
                        #"{"code":200,"data":{"created":1710000000,"estimated_time":600,"id":"task_01JNXXXXXXXXXXXXXXXXXX","progress":91,"status":"processing"}}"#
                    ),
                    .json(
                        200,
                        #"{"code":200,"data":{"actual_time":155,"completed":1710000155,"created":1710000000,"estimated_time":600,"id":"task_01JNXXXXXXXXXXXXXXXXXX","progress":100,"result":{"videos":[{"expires_at":1710086555,"url":["https://upload.apimart.ai/f/video/9998234998953836-video_task_01JNXXXXXXXXXXXXXXXXXX.mp4"]}]},"status":"completed"}}"#
                    ),
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let request = VideoRequest(
                prompt: "A dog running on the beach, sunny weather, slow motion", duration: 6, aspectRatio: "16:9",
                resolution: "720p")
            let task = try await clock.outcome { try await client.generate(request) }.value()

            #expect(task?.state == .succeeded)
            #expect(task?.providerState == "completed")
            #expect(task?.taskID == "task_01JNXXXXXXXXXXXXXXXXXX")
            #expect(
                task?.videoURLs == [
                    "https://upload.apimart.ai/f/video/9998234998953836-video_task_01JNXXXXXXXXXXXXXXXXXX.mp4"
                ])
            #expect(milliseconds(task?.createdAt) == 1_710_000_000_000)

            let sent = transport.requests
            try #require(sent.count == 3)
            #expect(sent[0].method == "POST")
            #expect(sent[0].url.absoluteString == "https://api.apimart.ai/v1/videos/generations")
            #expect(
                sent[0].json
                    == expectedJSON(
                        #"""
                        {"model":"grok-imagine-1.0-video-apimart","prompt":"A dog running on the beach, sunny weather, slow motion","size":"16:9","duration":6,"quality":"720p"}
                        """#))
            #expect(sent[1].method == "GET")
            #expect(sent[1].url.absoluteString == "https://api.apimart.ai/v1/tasks/task_01JNXXXXXXXXXXXXXXXXXX")
            #expect(sent[1].header("Authorization") == "Bearer \(ClientHarness.key)")
        }

        /// apimodels (000): envelope {code, msg, data}; GET /api/v1/video/generations?task_id=…; resultUrls.
        @Test func apimodelsCreatesPollsAndReturnsTheVideoURL() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"msg":"success","data":{"taskId":"clx9task0001","state":"pending"}}"#),
                    .json(200, #"{"code":200,"msg":"success","data":{"taskId":"clx9task0001","state":"processing"}}"#),
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"taskId":"clx9task0001","state":"completed","resultUrls":["https://cdn.example.com/video.mp4"],"createTime":1705123450000,"completeTime":1705123500000}}"#
                    ),
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let request = VideoRequest(
                prompt: "A cat playing piano in a jazz club, cinematic lighting", aspectRatio: "16:9")
            let task = try await clock.outcome { try await client.generate(request) }.value()

            #expect(task?.state == .succeeded)
            #expect(task?.taskID == "clx9task0001")
            #expect(task?.videoURLs == ["https://cdn.example.com/video.mp4"])
            #expect(milliseconds(task?.createdAt) == 1_705_123_450_000)
            #expect(milliseconds(task?.completedAt) == 1_705_123_500_000)

            let sent = transport.requests
            try #require(sent.count == 3)
            #expect(sent[0].method == "POST")
            #expect(sent[0].url.absoluteString == "https://apimodels.app/api/v1/video/generations")
            #expect(
                sent[0].json
                    == expectedJSON(
                        #"""
                        {"model":"grok-video-3","prompt":"A cat playing piano in a jazz club, cinematic lighting","aspect_ratio":"16:9"}
                        """#))
            #expect(sent[1].method == "GET")
            #expect(sent[1].url.absoluteString == "https://apimodels.app/api/v1/video/generations?task_id=clx9task0001")
        }

        /// apimodels' older page (001) answers with task_id/status/videos: the client reads both shapes in one wait.
        @Test func apimodelsOlderFieldNamesDuringAWait() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"task_id":"clx9task0002","status":"pending","model":"cloud-video/grok-video-3"}}"#
                    ),
                    .json(
                        200,
                        #"{"code":200,"msg":"success","data":{"task_id":"clx9task0002","status":"completed","model":"cloud-video/grok-video-3","videos":["https://cdn.example.com/older.mp4"],"created_at":1705123450000,"completed_at":1705123500000}}"#
                    ),
                ])
            let client = try ClientHarness.client("apimodels", transport: transport, clock: clock)
            let task = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a cat")) }.value()
            #expect(task?.taskID == "clx9task0002")
            #expect(task?.videoURLs == ["https://cdn.example.com/older.mp4"])
            #expect(transport.requests.last?.query["task_id"] == "clx9task0002")
        }

        /// A failed task ends the wait with `.taskFailed`, carrying apixo's fail code and message (003).
        @Test func apixoFailedTaskThrowsTaskFailedWithTheProvidersCodeAndMessage() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(200, #"{"code":200,"message":"success","data":{"taskId":"task_12345678"}}"#),
                    .json(
                        200,
                        #"{"code":200,"message":"success","data":{"taskId":"task_12345678","state":"failed","failCode":"CONTENT_VIOLATION","failMsg":"Content does not meet safety guidelines"}}"#
                    ),
                ])
            let client = try ClientHarness.client("apixo", transport: transport, clock: clock)
            let error = try await clock.outcome { try await client.generate(VideoRequest(prompt: "a lake")) }.error()
            guard case .taskFailed(let task)? = error else {
                Issue.record("expected .taskFailed, got \(String(describing: error))")
                return
            }
            #expect(
                task.failure
                    == TaskFailure(code: "CONTENT_VIOLATION", message: "Content does not meet safety guidelines"))
            #expect(task.taskID == "task_12345678")
            #expect(
                error?.description
                    == "apixo: task task_12345678 failed: Content does not meet safety guidelines [CONTENT_VIOLATION]")
        }

        /// apimart documents a `cancelled` state: the wait ends with `.taskCancelled`.
        @Test func apimartCancelledTaskThrowsTaskCancelled() async throws {
            let clock = VirtualClock()
            let transport = ScriptedTransport(
                clock: clock,
                [
                    .json(
                        200,
                        #"{"code":200,"data":{"id":"task_01KCANCEL","status":"cancelled","progress":40,"created":1765000891}}"#
                    )
                ])
            let client = try ClientHarness.client("apimart", transport: transport, clock: clock)
            let error = try await clock.outcome {
                try await client.wait(for: TaskHandle(provider: "apimart", taskID: "task_01KCANCEL"))
            }.error()
            guard case .taskCancelled(let task)? = error else {
                Issue.record("expected .taskCancelled, got \(String(describing: error))")
                return
            }
            #expect(task.providerState == "cancelled")
        }
    }
}
