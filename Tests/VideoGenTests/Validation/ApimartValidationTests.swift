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

    @Test func severalProblemsAreAllReportedInOrder() throws {
        let body =
            #"{"quality": "1080p", "duration": 31, "size": "4:3", "image_urls": ["ftp://example.com/a.png", "https://example.com/b.png", "b.png"], "aspect_ratio": "16:9"}"#
        let violations = try apimart.violations(body)
        #expect(violations.count == 8)
        #expect(
            violations.map(\.description) == [
                #"model: is required (one of "grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart")"#,
                "prompt: is required (a string that is not empty)",
                #"size: must be one of "16:9", "9:16", "1:1", "3:2", "2:3", got "4:3""#,
                "duration: must be an integer from 6 to 30, got 31",
                #"quality: must be one of "480p", "720p", got "1080p""#,
                #"image_urls[0]: must be an http or https URL, got "ftp://example.com/a.png""#,
                #"image_urls[2]: must be an http or https URL, got "b.png""#,
                "aspect_ratio: is not a documented field (expected one of model, prompt, size, duration, quality, image_urls)",
            ])
    }
}
