// Replicate and fal request rules, each accepted and refused, for the model that has them: bodies written by hand from
// replicate.md (the model pages' input schemas) and fal.md (the models' input tables).

import Foundation
import Testing
import VideoGen

@Suite("Replicate and fal request rules")
struct ReplicateFalValidationTests {
    static func prepare(_ provider: String, _ model: String, _ json: String, strict: Bool = false) throws
        -> PreparedRequest
    {
        let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
        return RequestValidator.prepare(
            try JSONParser.parse(json), against: descriptor.createRequest, model: model, refusingUnknownModels: strict)
    }

    // MARK: Replicate (the model in the path, its input under "input")

    @Test func klingNeedsAStartImage() throws {
        let ok = try Self.prepare(
            "replicate", "kwaivgi/kling-v2.1",
            #"{"input": {"prompt": "a kite", "start_image": "https://example.com/a.png", "duration": 5}}"#)
        #expect(ok.isValid, "\(ok.violations)")
        let missing = try Self.prepare("replicate", "kwaivgi/kling-v2.1", #"{"input": {"prompt": "a kite"}}"#)
        #expect(
            missing.violations.map(\.description) == [
                #"input.start_image: is required with kwaivgi/kling-v2.1 ("You must use a start image with kling-v2.1")"#
            ])
    }

    @Test func klingTakesAnEndImageOnlyInProMode() throws {
        let base =
            #""prompt": "a kite", "start_image": "https://example.com/a.png", "end_image": "https://example.com/b.png""#
        #expect(try Self.prepare("replicate", "kwaivgi/kling-v2.1", #"{"input": {\#(base), "mode": "pro"}}"#).isValid)
        let standard = try Self.prepare(
            "replicate", "kwaivgi/kling-v2.1", #"{"input": {\#(base), "mode": "standard"}}"#)
        #expect(
            standard.violations.map(\.description) == [
                #"input.mode: must be pro when end_image is set ("pro mode is required when this parameter is set"), got "standard""#
            ])
        let unset = try Self.prepare("replicate", "kwaivgi/kling-v2.1", #"{"input": {\#(base)}}"#)
        #expect(unset.violations.map(\.path) == [["input", "mode"]])
        let mode = try Self.prepare(
            "replicate", "kwaivgi/kling-v2.1",
            #"{"input": {"prompt": "a", "start_image": "https://example.com/a.png", "mode": "ultra"}}"#)
        #expect(mode.violations.map(\.description) == [#"input.mode: must be one of "standard", "pro", got "ultra""#])
    }

    @Test func wanDurationIsTwoToFifteenSeconds() throws {
        #expect(
            try Self.prepare("replicate", "wan-video/wan-2.7-t2v", #"{"input": {"prompt": "a", "duration": 15}}"#)
                .isValid)
        let long = try Self.prepare(
            "replicate", "wan-video/wan-2.7-t2v", #"{"input": {"prompt": "a", "duration": 16}}"#)
        #expect(long.violations.map(\.description) == ["input.duration: must be an integer from 2 to 15, got 16"])
    }

    @Test func aModelsOwnFieldIsNotAnothers() throws {
        // start_image is kling's; veo-3-fast takes "image".
        let veo = try Self.prepare(
            "replicate", "google/veo-3-fast", #"{"input": {"prompt": "a", "start_image": "https://example.com/a.png"}}"#
        )
        #expect(veo.violations.map(\.path) == [["input", "start_image"]])
        // The webhook must be https (replicate.md: "an HTTPS URL").
        let webhook = try Self.prepare(
            "replicate", "google/veo-3-fast", #"{"input": {"prompt": "a"}, "webhook": "http://example.com/hook"}"#)
        #expect(webhook.violations.map(\.path) == [["webhook"]])
    }

    @Test func anUnlistedReplicateModelIsCheckedAgainstTheListedOnes() throws {
        let other = try Self.prepare(
            "replicate", "minimax/video-01", #"{"input": {"prompt": "a", "duration": "six", "prompt_optimizer": true}}"#
        )
        // duration is an integer for every listed model; prompt_optimizer is unknown, and accepted.
        #expect(other.violations.map(\.path) == [["input", "duration"]])
        #expect(other.warnings.map(\.path) == [["model"]])
    }

    // MARK: fal (the model in the path, its input the whole body)

    @Test func veoDurationsAreWordsWithAnS() throws {
        #expect(
            try Self.prepare("fal", "fal-ai/veo3", #"{"prompt": "a", "duration": "8s", "aspect_ratio": "9:16"}"#)
                .isValid)
        let number = try Self.prepare("fal", "fal-ai/veo3", #"{"prompt": "a", "duration": 8}"#)
        #expect(number.violations.map(\.description) == [#"duration: must be one of "4s", "6s", "8s", got 8"#])
        let ratio = try Self.prepare("fal", "fal-ai/veo3", #"{"prompt": "a", "aspect_ratio": "auto"}"#)
        #expect(ratio.violations.map(\.description) == [#"aspect_ratio: must be one of "16:9", "9:16", got "auto""#])
        // "auto" is the image-to-video model's.
        #expect(
            try Self.prepare("fal", "fal-ai/veo3/image-to-video", #"{"prompt": "a", "aspect_ratio": "auto"}"#).isValid)
    }

    @Test func klingAndHailuoNeedAnImage() throws {
        for model in [
            "fal-ai/kling-video/v2.1/standard/image-to-video", "fal-ai/minimax/hailuo-02/standard/image-to-video",
        ] {
            let missing = try Self.prepare("fal", model, #"{"prompt": "a"}"#)
            #expect(missing.violations.map(\.path) == [["image_url"]], "\(model)")
        }
        let hailuo = try Self.prepare(
            "fal", "fal-ai/minimax/hailuo-02/standard/image-to-video",
            #"{"prompt": "a", "image_url": "https://example.com/a.png", "duration": "5"}"#)
        #expect(hailuo.violations.map(\.description) == [#"duration: must be one of "6", "10", got "5""#])
        #expect(
            try Self.prepare(
                "fal", "fal-ai/kling-video/v2.1/standard/image-to-video",
                #"{"prompt": "a", "image_url": "https://example.com/a.png", "duration": "10"}"#
            ).isValid)
    }

    @Test func strictModelsRefuseAnUnlistedFalModel() throws {
        let strict = try Self.prepare("fal", "fal-ai/veo4", #"{"prompt": "a"}"#, strict: true)
        #expect(strict.violations.count == 1)
        #expect(strict.violations.first?.message.contains("did you mean fal-ai/veo3?") == true)
    }

    /// The unified request takes each model's own spelling: 8 → "8s" for veo3, 10 → "10" for kling, and the one image
    /// goes to image_url.
    @Test func unifiedRequestsUseEachModelsOwnMapping() throws {
        let client = try VideoClient(provider: "fal", apiKey: APIKey("fal-test"))
        let veo = try client.nativeRequest(for: VideoRequest(prompt: "a kite", duration: 8))
        #expect(veo.body == ["prompt": "a kite", "duration": "8s"])
        let kling = try client.nativeRequest(
            for: VideoRequest(
                prompt: "a kite", model: "fal-ai/kling-video/v2.1/standard/image-to-video", duration: 10,
                imageURLs: ["https://example.com/a.png"]))
        #expect(kling.body == ["prompt": "a kite", "duration": "10", "image_url": "https://example.com/a.png"])
        #expect(throws: VideoGenError.self) {
            try client.nativeRequest(
                for: VideoRequest(
                    prompt: "a kite", model: "fal-ai/kling-video/v2.1/standard/image-to-video",
                    imageURLs: ["https://example.com/a.png", "https://example.com/b.png"]))
        }
    }
}
