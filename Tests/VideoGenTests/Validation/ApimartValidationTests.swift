// apimart.ai create requests against Spec/apimart.json: every constraint, each with an accepted and a rejected
// body, starting from page 004's examples and changing one thing. The spec has no cross-field rules.

import Testing
import VideoGen

/// 004, the curl body of POST /v1/videos/generations.
private let curlBody = """
    {
        "model": "grok-imagine-1.0-video-apimart",
        "prompt": "A dog running on the beach, sunny weather, slow motion",
        "size": "16:9",
        "duration": 6,
        "quality": "720p"
      }
    """

/// 004, "Case 1: Text-to-Video".
private let textToVideo = """
    {
      "model": "grok-imagine-1.0-video-apimart",
      "prompt": "A dog running on the beach, sunny weather, slow motion",
      "size": "16:9",
      "duration": 6
    }
    """

/// 004, "Case 2: Image-to-Video".
private let imageToVideo = """
    {
      "model": "grok-imagine-1.0-video-apimart",
      "prompt": "Bring the scene to life with natural dynamic effects",
      "image_urls": ["https://example.com/start.png"],
      "size": "16:9",
      "duration": 10,
      "quality": "720p"
    }
    """

@Suite struct ApimartValidationTests {
    let apimart: ValidationHarness

    init() throws {
        apimart = try ValidationHarness("apimart")
    }

    @Test func documentedSamplesAreThePagesExamplesAndValid() throws {
        #expect(try apimart.sample("request-curl") == JSONParser.parse(curlBody))
        #expect(try apimart.sample("request-text-to-video") == JSONParser.parse(textToVideo))
        #expect(try apimart.sample("request-image-to-video") == JSONParser.parse(imageToVideo))
        expectValid(try apimart.violations(curlBody))
        expectValid(try apimart.violations(textToVideo))
        expectValid(try apimart.violations(imageToVideo))
        #expect(apimart.descriptor.createRequest.rules.isEmpty)
    }

    /// The README's example: a quoted duration and an undocumented size, both reported, in field order.
    @Test func readmeExampleReportsBothProblems() throws {
        let violations = try apimart.violations(
            #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog on the beach","duration":"6","size":"4:3"}"#)
        #expect(
            violations.map(\.description) == [
                #"size: must be one of "16:9", "9:16", "1:1", "3:2", "2:3", got "4:3""#,
                #"duration: must be an integer from 6 to 30, got "6""#,
            ])
    }

    // MARK: model

    /// grok-imagine-1.5-video-apimart comes from apimart's newer create page (STATUS-ENDPOINTS).
    @Test func newerModelAccepted() throws {
        let body = try edited(
            curlBody, replacing: "grok-imagine-1.0-video-apimart", with: "grok-imagine-1.5-video-apimart")
        expectValid(try apimart.violations(body, fromSample: "request-curl", changing: ["model"]))
    }

    @Test(arguments: ["grok-imagine-1.0-video", "grok-video-3", "grok-imagine-2.0-video-apimart"])
    func modelOutsideItsEnum(model: String) throws {
        let body = try edited(curlBody, replacing: "grok-imagine-1.0-video-apimart", with: model)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["model"]),
            at: "model",
            mentioning: [
                #"must be one of the listed models "grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart""#,
                #"got "\#(model)""#,
            ])
    }

    @Test func modelIsRequired() throws {
        let body = try edited(curlBody, replacing: #""model": "grok-imagine-1.0-video-apimart","#, with: "")
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["model"]),
            at: "model", mentioning: ["is required", #""grok-imagine-1.0-video-apimart""#])
    }

    // MARK: prompt

    @Test func promptIsRequired() throws {
        let body = try edited(
            curlBody, replacing: #""prompt": "A dog running on the beach, sunny weather, slow motion","#, with: "")
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["prompt"]),
            at: "prompt", mentioning: ["is required", "a string that is not empty"])
    }

    @Test func nullPromptIsMissing() throws {
        let body = try edited(
            curlBody, replacing: #""A dog running on the beach, sunny weather, slow motion""#, with: "null")
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["prompt"]),
            at: "prompt", mentioning: ["is required"])
    }

    @Test func emptyPromptRefused() throws {
        let body = try edited(curlBody, replacing: "A dog running on the beach, sunny weather, slow motion", with: "")
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["prompt"]),
            at: "prompt", mentioning: ["must be a string that is not empty", "got an empty string"])
    }

    /// "supports multiple languages".
    @Test(arguments: ["一只狗在阳光明媚的海滩上奔跑，慢动作", "Un perro corriendo en la playa", "🐕🏖️"])
    func promptsInOtherLanguagesAccepted(prompt: String) throws {
        let body = try edited(
            curlBody, replacing: "A dog running on the beach, sunny weather, slow motion", with: prompt)
        expectValid(try apimart.violations(body, fromSample: "request-curl", changing: ["prompt"]))
    }

    // MARK: size

    @Test(arguments: ["16:9", "9:16", "1:1", "3:2", "2:3"])
    func documentedSizesAccepted(size: String) throws {
        let body = try edited(curlBody, replacing: #""size": "16:9""#, with: #""size": "\#(size)""#)
        expectValid(try apimart.violations(body))
    }

    @Test(arguments: ["4:3", "1280x720", "720p"])
    func sizeOutsideItsEnum(size: String) throws {
        let body = try edited(curlBody, replacing: #""size": "16:9""#, with: #""size": "\#(size)""#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["size"]),
            at: "size", mentioning: [#"must be one of "16:9", "9:16", "1:1", "3:2", "2:3""#, #"got "\#(size)""#])
    }

    // MARK: duration: a plain integer, 6–30

    @Test(arguments: ["6", "10", "29", "30"])
    func durationsInRangeAccepted(duration: String) throws {
        let body = try edited(curlBody, replacing: #""duration": 6"#, with: #""duration": \#(duration)"#)
        expectValid(try apimart.violations(body))
    }

    /// 004: "Must be a plain number (e.g. 6), do not add quotes, otherwise an error will occur".
    @Test(arguments: [
        ("5", "got 5"), ("31", "got 31"), ("0", "got 0"),
        (#""6""#, #"got "6""#), (#""10""#, #"got "10""#), ("6.5", "got 6.5"), ("6.0", "got 6.0"), ("true", "got true"),
    ])
    func durationsRefused(duration: String, got: String) throws {
        let body = try edited(curlBody, replacing: #""duration": 6"#, with: #""duration": \#(duration)"#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["duration"]),
            at: "duration", mentioning: ["must be an integer from 6 to 30", got])
    }

    @Test func durationIsOptional() throws {
        let body = try edited(curlBody, replacing: #""duration": 6,"#, with: "")
        expectValid(try apimart.violations(body, fromSample: "request-curl", changing: ["duration"]))
    }

    // MARK: quality

    @Test func standardQualityAccepted() throws {
        let body = try edited(curlBody, replacing: #""quality": "720p""#, with: #""quality": "480p""#)
        expectValid(try apimart.violations(body, fromSample: "request-curl", changing: ["quality"]))
    }

    @Test(arguments: ["1080p", "720P", "hd"])
    func qualityOutsideItsEnum(quality: String) throws {
        let body = try edited(curlBody, replacing: #""quality": "720p""#, with: #""quality": "\#(quality)""#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["quality"]),
            at: "quality", mentioning: [#"must be one of "480p", "720p""#, #"got "\#(quality)""#])
    }

    // MARK: image_urls

    /// No item count is documented ("the first image is used").
    @Test func severalImagesAccepted() throws {
        let body = try edited(
            imageToVideo, replacing: #"["https://example.com/start.png"]"#,
            with: #"["https://example.com/start.png", "http://example.com/second.jpg"]"#)
        expectValid(try apimart.violations(body, fromSample: "request-image-to-video", changing: ["image_urls"]))
    }

    @Test(arguments: [
        ("ftp://example.com/start.png", #"got "ftp://example.com/start.png""#),
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==", "upload the image and pass its URL"),
        ("start.png", #"got "start.png""#),
        ("https://example.com/my start.png", #"got "https://example.com/my start.png""#),
    ])
    func imageURLsMustBeHTTPURLs(url: String, words: String) throws {
        let body = try edited(imageToVideo, replacing: "https://example.com/start.png", with: url)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-image-to-video", changing: ["image_urls[0]"]),
            at: "image_urls[0]", mentioning: ["must be an http or https URL", words])
    }

    @Test func imageURLsMustBeAnArray() throws {
        let body = try edited(
            imageToVideo, replacing: #"["https://example.com/start.png"]"#, with: #""https://example.com/start.png""#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-image-to-video", changing: ["image_urls"]),
            at: "image_urls", mentioning: ["must be an array", #"got "https://example.com/start.png""#])
    }

    // MARK: Unknown fields

    @Test func misspelledImageURLsSuggestsIt() throws {
        let body = try edited(imageToVideo, replacing: #""image_urls""#, with: #""imageUrls""#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-image-to-video", changing: ["image_urls", "imageUrls"]),
            at: "imageUrls", mentioning: ["is not a documented field (did you mean image_urls?)"])
    }

    @Test func misspelledDurationSuggestsIt() throws {
        let body = try edited(curlBody, replacing: #""duration""#, with: #""duraton""#)
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: ["duration", "duraton"]),
            at: "duraton", mentioning: ["is not a documented field (did you mean duration?)"])
    }

    /// apimart's aspect ratio is `size` and its resolution is `quality`.
    @Test(arguments: [#""aspect_ratio": "16:9""#, #""resolution": "720p""#])
    func otherProvidersNamesRefused(member: String) throws {
        let body = try edited(curlBody, replacing: #""quality": "720p""#, with: #""quality": "720p", \#(member)"#)
        let name = try #require(member.split(separator: "\"").first.map(String.init))
        expectOneViolation(
            try apimart.violations(body, fromSample: "request-curl", changing: [name]),
            at: name,
            mentioning: [
                "is not a documented field (expected one of model, prompt, size, duration, quality, image_urls)"
            ])
    }

    // MARK: Several problems at once

    /// With a grok model, every problem is reported in spec order.
    @Test func severalProblemsAreAllReportedInOrder() throws {
        let body =
            #"{"model": "grok-imagine-1.0-video-apimart", "quality": "1080p", "duration": 31, "size": "4:3", "image_urls": ["ftp://example.com/a.png", "https://example.com/b.png", "b.png"], "aspect_ratio": "16:9"}"#
        let violations = try apimart.violations(body)
        #expect(violations.count == 7)
        #expect(
            violations.map(\.description) == [
                "prompt: is required (a string that is not empty)",
                #"size: must be one of "16:9", "9:16", "1:1", "3:2", "2:3", got "4:3""#,
                "duration: must be an integer from 6 to 30, got 31",
                #"quality: must be one of "480p", "720p", got "1080p""#,
                #"image_urls[0]: must be an http or https URL, got "ftp://example.com/a.png""#,
                #"image_urls[2]: must be an http or https URL, got "b.png""#,
                "aspect_ratio: is not a documented field (expected one of model, prompt, size, duration, quality, image_urls)",
            ])
    }

    /// Without a model, the body is checked against what every listed model accepts (the per-model parameters of
    /// REAL-TRAFFIC): duration 31 and aspect_ratio pass, since Omni-Flash-Ext's durations and page 004's range set no
    /// range together and kling-v3 takes aspect_ratio.
    @Test func withoutAModelTheListedModelsTogetherApply() throws {
        let body =
            #"{"quality": "1080p", "duration": 31, "size": "4:3", "image_urls": ["ftp://example.com/a.png", "https://example.com/b.png", "b.png"], "aspect_ratio": "16:9"}"#
        let violations = try apimart.violations(body)
        #expect(
            violations.map(\.description) == [
                #"model: is required (one of "grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart", "veo3.1-fast", "veo3.1-quality", "veo3.1-lite", "sora-2", "sora-2-pro", "MiniMax-Hailuo-2.3", "MiniMax-H3", "kling-v3", "kling-v3-omni", "kling-video-o1", "happyhorse-1.0", "Omni-Flash-Ext", "doubao-seedance-2.0", "doubao-seedance-2.0-fast")"#,
                "prompt: is required (a string that is not empty)",
                #"size: must be one of "16:9", "9:16", "1:1", "3:2", "2:3", got "4:3""#,
                #"quality: must be one of "480p", "720p", got "1080p""#,
                #"image_urls[0]: must be an http or https URL, got "ftp://example.com/a.png""#,
                #"image_urls[2]: must be an http or https URL, got "b.png""#,
            ])
    }

    // MARK: REAL-TRAFFIC: models with their own parameters

    @Test func grokTakesAtMostSevenImages() throws {
        let seven = Array(repeating: #""https://example.com/a.png""#, count: 7).joined(separator: ", ")
        let body = try edited(
            curlBody, replacing: #""quality": "720p""#, with: #""quality": "720p", "image_urls": [\#(seven)]"#)
        expectValid(try apimart.violations(body, fromSample: "request-curl", changing: ["image_urls"]))
        let eight = try edited(
            curlBody, replacing: #""quality": "720p""#,
            with: #""quality": "720p", "image_urls": [\#(seven), "https://example.com/h.png"]"#)
        expectOneViolation(
            try apimart.violations(eight, fromSample: "request-curl", changing: ["image_urls"]),
            at: "image_urls", mentioning: ["must be an array of at most 7 items", "got 8 items"])
    }

    @Test func omniFlashExtTakesFourDurations() throws {
        for duration in [4, 6, 8, 10] {
            let body = #"{"model": "Omni-Flash-Ext", "prompt": "a dog", "duration": \#(duration)}"#
            expectValid(try apimart.violations(body))
        }
        let five = #"{"model": "Omni-Flash-Ext", "prompt": "a dog", "duration": 5}"#
        #expect(try apimart.violations(five).map(\.description) == ["duration: must be one of 4, 6, 8, 10, got 5"])
    }

    @Test func klingV3TakesAspectRatioAndMode() throws {
        let body = #"{"model": "kling-v3", "prompt": "a dog", "aspect_ratio": "16:9", "mode": "4k"}"#
        expectValid(try apimart.violations(body))
        let mode = #"{"model": "kling-v3", "prompt": "a dog", "mode": "ultra"}"#
        #expect(
            try apimart.violations(mode).map(\.description) == [
                #"mode: must be one of "std", "pro", "4k", got "ultra""#
            ])
    }

    @Test func resolutionsAreEachModelsOwn() throws {
        expectValid(try apimart.violations(#"{"model": "happyhorse-1.0", "prompt": "a dog", "resolution": "1080P"}"#))
        #expect(
            try apimart.violations(#"{"model": "happyhorse-1.0", "prompt": "a dog", "resolution": "1080p"}"#)
                .map(\.description) == [#"resolution: must be one of "720P", "1080P", got "1080p""#])
        expectValid(
            try apimart.violations(
                #"{"model": "doubao-seedance-2.0", "prompt": "a dog", "size": "16:9", "resolution": "480p"}"#))
        expectValid(
            try apimart.violations(
                #"{"model": "MiniMax-H3", "prompt": "a dog", "resolution": "2K", "first_frame_image": "https://example.com/f.png", "image_with_roles": [{"url": "https://example.com/a.png", "role": "reference"}], "video_urls": ["https://example.com/v.mp4"], "audio_urls": ["https://example.com/a.mp3"]}"#
            ))
        // A grok model takes no resolution: its quality says it.
        #expect(
            try apimart.violations(
                #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog", "resolution": "720p"}"#
            ).map(\.description) == [
                "resolution: is not a documented field (expected one of model, prompt, size, duration, quality, image_urls)"
            ])
    }
}
