// The unified VideoRequest mapped through each spec onto the provider's own body, compared with bodies written by
// hand from the docs: apixo nests under `input` with the model in the URL path, apimart's aspect ratio goes to
// `size` and resolution to `quality`, apimodels' resolution is `size` "720P"; fields a provider cannot honour and
// out-of-range values are errors in the caller's words.

import Foundation
import Testing
import VideoGen

extension ClientTests {
    @Suite("Unified request mapping")
    struct UnifiedMapping {
        static func client(_ provider: String) throws -> VideoClient {
            let clock = VirtualClock()
            return try ClientHarness.client(provider, transport: ScriptedTransport(clock: clock, []), clock: clock)
        }

        /// The violations of an `.invalidRequest`, or `nil` after recording what happened instead.
        static func violations(
            _ provider: String, _ request: VideoRequest, sourceLocation: SourceLocation = #_sourceLocation
        ) throws -> [String]? {
            let client = try client(provider)
            do {
                let native = try client.nativeRequest(for: request)
                Issue.record(
                    "expected .invalidRequest, got \(native.body.serialized())", sourceLocation: sourceLocation)
                return nil
            } catch {
                guard case .invalidRequest(let name, let violations) = error else {
                    Issue.record("expected .invalidRequest, got \(error)", sourceLocation: sourceLocation)
                    return nil
                }
                #expect(name == provider, sourceLocation: sourceLocation)
                return violations
            }
        }

        // MARK: The same request, four bodies

        static let kite = VideoRequest(
            prompt: "a red kite over the sea", duration: 10, aspectRatio: "16:9", resolution: "720p")

        @Test func apixoNestsUnderInputWithTheModelInThePath() throws {
            let client = try Self.client("apixo")
            let native = try client.nativeRequest(for: Self.kite)
            #expect(native.model == "grok-video")
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"input":{"mode":"text-to-video","prompt":"a red kite over the sea","duration":10,"resolution":"720p","aspect_ratio":"16:9"}}
                        """#))
            let http = try client.createHTTPRequest(for: Self.kite)
            #expect(http.method == "POST")
            #expect(http.url.absoluteString == "https://api.apixo.ai/api/v1/generateTask/grok-video")
            #expect(http.header("Authorization") == "Bearer \(ClientHarness.key)")
            #expect(http.body.flatMap { try? JSONParser.parse($0) } == native.body)
        }

        @Test func apimartPutsAspectRatioInSizeAndResolutionInQuality() throws {
            let native = try Self.client("apimart").nativeRequest(for: Self.kite)
            #expect(native.model == "grok-imagine-1.0-video-apimart")
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"model":"grok-imagine-1.0-video-apimart","prompt":"a red kite over the sea","size":"16:9","duration":10,"quality":"720p"}
                        """#))
        }

        @Test func apimodelsPutsResolutionInSizeInItsOwnWords() throws {
            let request = VideoRequest(
                prompt: "a red kite over the sea", duration: 10, aspectRatio: "16:9", resolution: "720p")
            let native = try Self.client("apimodels").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"model":"grok-video-3","prompt":"a red kite over the sea","aspect_ratio":"16:9","size":"720P","duration":10}
                        """#))
            var big = request
            big.resolution = "1080p"
            #expect(try Self.client("apimodels").nativeRequest(for: big).body["size"] == "1080P")
        }

        @Test func toapisBodyIsFlat() throws {
            let request = VideoRequest(
                prompt: "A golden retriever running on a green field in sunny weather", duration: 5, aspectRatio: "16:9"
            )
            let native = try Self.client("toapis").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"model":"grok-video-3","prompt":"A golden retriever running on a green field in sunny weather","duration":5,"aspect_ratio":"16:9"}
                        """#))
            let http = try Self.client("toapis").createHTTPRequest(for: request)
            #expect(http.url.absoluteString == "https://toapis.com/v1/videos/generations")
        }

        // MARK: Images, callbacks, models, extras

        @Test func apixoImageSwitchesToImageToVideo() throws {
            let request = VideoRequest(
                prompt: "make this scene into a short cinematic pan", duration: 6, resolution: "480p",
                imageURLs: ["https://example.com/ref.jpg"], extras: ["style": "fun"])
            let native = try Self.client("apixo").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"input":{"mode":"image-to-video","prompt":"make this scene into a short cinematic pan","duration":6,"resolution":"480p","style":"fun","image_urls":["https://example.com/ref.jpg"]}}
                        """#))
        }

        @Test func apixoCallbackURLSetsTheCallbackRequestType() throws {
            let request = VideoRequest(prompt: "a kite", callbackURL: "https://your-server.com/callback")
            let native = try Self.client("apixo").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"request_type":"callback","callback_url":"https://your-server.com/callback","input":{"mode":"text-to-video","prompt":"a kite"}}
                        """#))
        }

        /// `extras`: a bare name goes under the spec's extrasRoot (`input` on apixo), a root field by name stays
        /// at the root, a dotted path goes where it says and wins over the mapped value.
        @Test func apixoExtrasPlacement() throws {
            let request = VideoRequest(
                prompt: "a kite", duration: 10,
                extras: ["style": "spicy", "provider": "official", "input.duration": 12])
            let native = try Self.client("apixo").nativeRequest(for: request)
            #expect(native.body["input"]?["style"] == "spicy")
            #expect(native.body["input"]?["duration"] == 12)
            #expect(native.body["provider"] == "official")
            #expect(native.body["style"] == nil)
        }

        @Test func apixoTaskContinuationThroughExtras() throws {
            let request = VideoRequest(
                prompt: "turn this character into a walking animation", duration: 10, resolution: "720p",
                extras: ["task_id": "task_previous_grok_image", "index": 0, "style": "spicy"])
            let native = try Self.client("apixo").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"input":{"mode":"image-to-video","prompt":"turn this character into a walking animation","duration":10,"resolution":"720p","style":"spicy","task_id":"task_previous_grok_image","index":0}}
                        """#))
        }

        @Test func apimartModelAndImages() throws {
            let request = VideoRequest(
                prompt: "Bring the scene to life", model: "grok-imagine-1.5-video-apimart", duration: 10,
                imageURLs: ["https://example.com/start.png"])
            let native = try Self.client("apimart").nativeRequest(for: request)
            #expect(native.model == "grok-imagine-1.5-video-apimart")
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"model":"grok-imagine-1.5-video-apimart","prompt":"Bring the scene to life","duration":10,"image_urls":["https://example.com/start.png"]}
                        """#))
        }

        @Test func apimodelsImagesAndCallback() throws {
            let request = VideoRequest(
                prompt: "a cat", model: "veo-3.1", duration: 8,
                imageURLs: ["https://example.com/first.png", "https://example.com/last.png"],
                callbackURL: "https://your-server.com/webhook/video")
            let native = try Self.client("apimodels").nativeRequest(for: request)
            #expect(
                native.body
                    == expectedJSON(
                        #"""
                        {"model":"veo-3.1","prompt":"a cat","duration":8,"images":["https://example.com/first.png","https://example.com/last.png"],"callback_url":"https://your-server.com/webhook/video"}
                        """#))
        }

        // MARK: What a provider cannot honour

        /// toapis takes no resolution and no callback (spec notes): both are named, with what toapis accepts.
        @Test func toapisRefusesResolutionAndCallbackNamingWhatItAccepts() throws {
            let request = VideoRequest(
                prompt: "a dog", resolution: "720p", callbackURL: "https://your-server.com/callback")
            let violations = try #require(try Self.violations("toapis", request))
            #expect(violations.count == 2)
            let resolution = try #require(violations.first { $0.hasPrefix("resolution") })
            #expect(resolution.contains("not supported"))
            for accepted in ["model", "prompt", "duration", "aspect ratio", "image URLs"] {
                #expect(resolution.contains(accepted), "\(resolution) should name \(accepted)")
            }
            #expect(!resolution.contains("callback"))
            #expect(violations.contains { $0.hasPrefix("callback URL") && $0.contains("not supported") })
        }

        @Test func apimartRefusesACallbackURL() throws {
            let violations = try #require(
                try Self.violations(
                    "apimart", VideoRequest(prompt: "a dog", callbackURL: "https://your-server.com/callback")))
            #expect(violations.count == 1)
            let message = try #require(violations.first)
            #expect(message.hasPrefix("callback URL"))
            for accepted in ["model", "prompt", "duration", "aspect ratio", "resolution", "image URLs"] {
                #expect(message.contains(accepted), "\(message) should name \(accepted)")
            }
        }

        // MARK: Values out of range, in the caller's words

        @Test func outOfRangeValuesNameTheUnifiedField() throws {
            let apixo = try #require(
                try Self.violations("apixo", VideoRequest(prompt: "a kite", duration: 31, resolution: "1080p")))
            #expect(apixo.contains("duration (input.duration) must be an integer from 6 to 30, got 31"))
            #expect(
                apixo.contains {
                    $0.hasPrefix("resolution (input.resolution)") && $0.contains("480p") && $0.contains("720p")
                })

            let apimart = try #require(
                try Self.violations("apimart", VideoRequest(prompt: "a dog", duration: 5, aspectRatio: "4:3")))
            #expect(apimart.contains { $0.hasPrefix("duration") && $0.contains("6 to 30") && $0.contains("5") })
            #expect(
                apimart.contains { $0.hasPrefix("aspect ratio (size)") && $0.contains("16:9") && $0.contains("4:3") })

            let toapis = try #require(try Self.violations("toapis", VideoRequest(prompt: "a dog", aspectRatio: "1:1")))
            #expect(
                toapis.contains {
                    $0.hasPrefix("aspect ratio (aspect_ratio)") && $0.contains("16:9") && $0.contains("9:16")
                })

            let apimodels = try #require(
                try Self.violations("apimodels", VideoRequest(prompt: "a cat", duration: 6, resolution: "480p")))
            #expect(
                apimodels.contains {
                    $0.hasPrefix("duration") && $0.contains("5") && $0.contains("8") && $0.contains("10")
                })
            #expect(apimodels.contains { $0.hasPrefix("resolution (size)") && $0.contains("720P") })
        }

        @Test func apixoRefusesMoreThanOneImageButOnlyWarnsAboutAnUnknownModel() throws {
            let request = VideoRequest(
                prompt: "a kite", model: "grok-video-pro",
                imageURLs: ["https://example.com/a.jpg", "https://example.com/b.jpg"])
            let violations = try #require(try Self.violations("apixo", request))
            #expect(violations == ["image URLs (input.image_urls) must be an array of exactly 1 item, got 2 items"])
        }

        /// apimodels' grok-video-3-15s makes 15-second videos, and 15 is not a value of the duration parameter: the
        /// model fixes the duration, so asking for 15 sends no duration, and asking for another names the model.
        @Test func aDurationTheModelFixesIsAcceptedAndNotSent() throws {
            let client = try Self.client("apimodels")
            let native = try client.nativeRequest(
                for: VideoRequest(prompt: "a cat", model: "grok-video-3-15s", duration: 15))
            #expect(native.body == ["model": "grok-video-3-15s", "prompt": "a cat"])
            let violations = try #require(
                try Self.violations("apimodels", VideoRequest(prompt: "a cat", model: "grok-video-3-15s", duration: 10))
            )
            #expect(violations == ["duration must be 15 with grok-video-3-15s (it makes only that), got 10"])
        }

        /// Base64 images are refused: only http(s) URLs (toapis 002: "base64 is no longer supported").
        @Test func dataURIsAreRefused() throws {
            let violations = try #require(
                try Self.violations(
                    "toapis", VideoRequest(prompt: "a dog", imageURLs: ["data:image/png;base64,iVBORw0KGgo="])))
            #expect(violations.count == 1)
            #expect(violations.first?.hasPrefix("image URLs (image_urls") == true)
        }
    }
}
