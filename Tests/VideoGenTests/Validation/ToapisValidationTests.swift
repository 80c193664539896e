// toapis.com create requests against Spec/toapis.json: every constraint, each with an accepted and a rejected
// body, starting from page 002's curl body and changing one thing. The spec has no cross-field rules.
// REAL-TRAFFIC adds the models seen in traffic, metadata, image_with_roles, audio and asset:// image values.

import Testing
import VideoGen

/// 002, the curl body of POST /v1/videos/generations.
private let curlBody = """
    {
        "model": "grok-video-3",
        "prompt": "A golden retriever running on a green field in sunny weather",
        "duration": 5,
        "aspect_ratio": "16:9"
      }
    """

@Suite struct ToapisValidationTests {
    let toapis: ValidationHarness

    init() throws {
        toapis = try ValidationHarness("toapis")
    }

    @Test func documentedSampleIsThePagesExampleAndValid() throws {
        #expect(try toapis.sample("request-text-to-video") == JSONParser.parse(curlBody))
        expectValid(try toapis.violations(curlBody))
        #expect(toapis.descriptor.createRequest.rules.isEmpty)
    }

    // MARK: model

    @Test(arguments: ["grok-video", "grok-video-3-10s", "sora-3", "gemini omni flash"])
    func onlyTheListedModels(model: String) throws {
        let body = try edited(curlBody, replacing: #""grok-video-3""#, with: #""\#(model)""#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["model"]),
            at: "model",
            mentioning: [#"must be one of the listed models "grok-video-3", "sora-2""#, #"got "\#(model)""#])
    }

    /// REAL-TRAFFIC: the models seen in traffic, both spellings of gemini omni flash among them.
    @Test(arguments: [
        "sora-2", "sora-2-pro", "sora-2-vip", "sora-2-vvip", "sora-2-official", "veo3.1-fast", "veo3.1-quality", "veo3",
        "viduq3-pro", "gemini_omni_flash", "gemini-omni-flash", "gemini_omni", "wan2.6-flash",
        "doubao-seedance-1-5-pro",
        "seedance-2-fast", "seedance-2-mini", "grok-imagine-1.0-video",
    ])
    func modelsSeenInTrafficAccepted(model: String) throws {
        let body = try edited(curlBody, replacing: #""grok-video-3""#, with: #""\#(model)""#)
        expectValid(try toapis.violations(body, fromSample: "request-text-to-video", changing: ["model"]))
    }

    /// REAL-TRAFFIC: metadata options, images with roles (up to 9), audio, and asset:// image values.
    @Test func realTrafficFieldsAccepted() throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#,
            with: #"""
                "aspect_ratio": "16:9", "image_urls": ["asset://dog"], "audio": true,
                "image_with_roles": [{"url": "https://example.com/a.png", "role": "reference_image"}],
                "metadata": {"n": 1, "watermark": false, "hd": true, "private": true, "style": "anime",
                  "generation_type": "frame", "resolution": "720p", "enable_gif": false,
                  "reference_urls": ["asset://ref"], "character_1": "cat"}
                """#)
        expectValid(
            try toapis.violations(
                body, fromSample: "request-text-to-video",
                changing: ["image_urls", "audio", "image_with_roles", "metadata"]))
    }

    @Test func tenImagesWithRolesRefused() throws {
        let item = #"{"url": "https://example.com/a.png", "role": "reference_image"}"#
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#,
            with:
                #""aspect_ratio": "16:9", "image_with_roles": [\#(Array(repeating: item, count: 10).joined(separator: ", "))]"#
        )
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["image_with_roles"]),
            at: "image_with_roles", mentioning: ["must be an array of at most 9 items", "got 10 items"])
    }

    /// Documented as required although it has a default.
    @Test func modelIsRequired() throws {
        let body = try edited(curlBody, replacing: #""model": "grok-video-3","#, with: "")
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["model"]),
            at: "model", mentioning: ["is required", #""grok-video-3""#])
    }

    // MARK: prompt

    @Test func promptIsRequired() throws {
        let body = try edited(
            curlBody, replacing: #""prompt": "A golden retriever running on a green field in sunny weather","#, with: ""
        )
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["prompt"]),
            at: "prompt", mentioning: ["is required", "a string that is not empty"])
    }

    @Test func emptyPromptRefused() throws {
        let body = try edited(
            curlBody, replacing: "A golden retriever running on a green field in sunny weather", with: "")
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["prompt"]),
            at: "prompt", mentioning: ["must be a string that is not empty", "got an empty string"])
    }

    @Test func longPromptAccepted() throws {
        let body = try edited(
            curlBody, replacing: "A golden retriever running on a green field in sunny weather",
            with: String(repeating: "A golden retriever. ", count: 600))
        expectValid(try toapis.violations(body, fromSample: "request-text-to-video", changing: ["prompt"]))
    }

    // MARK: duration: an integer (examples 5 or 10)

    @Test(arguments: ["1", "5", "10", "15"])
    func positiveIntegerDurationsAccepted(duration: String) throws {
        let body = try edited(curlBody, replacing: #""duration": 5"#, with: #""duration": \#(duration)"#)
        expectValid(try toapis.violations(body))
    }

    @Test(arguments: [
        ("0", "must be an integer of at least 1, got 0"), ("-5", "must be an integer of at least 1, got -5"),
        (#""5""#, #"must be an integer of at least 1, got "5""#), ("5.5", "must be an integer of at least 1, got 5.5"),
        ("5.0", "must be an integer of at least 1, got 5.0"),
    ])
    func durationsRefused(duration: String, message: String) throws {
        let body = try edited(curlBody, replacing: #""duration": 5"#, with: #""duration": \#(duration)"#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["duration"]),
            at: "duration", mentioning: [message])
    }

    @Test func durationIsOptional() throws {
        let body = try edited(curlBody, replacing: #""duration": 5,"#, with: "")
        expectValid(try toapis.violations(body, fromSample: "request-text-to-video", changing: ["duration"]))
    }

    // MARK: aspect_ratio: 16:9 or 9:16

    @Test func portraitAccepted() throws {
        let body = try edited(curlBody, replacing: #""16:9""#, with: #""9:16""#)
        expectValid(try toapis.violations(body, fromSample: "request-text-to-video", changing: ["aspect_ratio"]))
    }

    @Test(arguments: ["1:1", "3:2", "landscape"])
    func otherAspectRatiosRefused(ratio: String) throws {
        let body = try edited(curlBody, replacing: #""16:9""#, with: #""\#(ratio)""#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["aspect_ratio"]),
            at: "aspect_ratio", mentioning: [#"must be one of "16:9", "9:16""#, #"got "\#(ratio)""#])
    }

    // MARK: image_urls: public http(s) URLs only, no base64

    @Test(arguments: [
        #"["https://example.com/dog.png"]"#,
        #"["http://example.com/dog.png", "https://files.example.com/dog-2.webp"]"#,
        "[]",
    ])
    func imageURLsAccepted(list: String) throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "image_urls": \#(list)"#)
        expectValid(try toapis.violations(body, fromSample: "request-text-to-video", changing: ["image_urls"]))
    }

    /// 002: "we no longer support passing base64 image data directly in image_urls".
    @Test(arguments: [
        (
            String(repeating: "/9j/4AAQSkZJRgABAQAAAQABAAD", count: 10),
            "looks like inline data (base64?), not a URL; upload the image"
        ),
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ", "upload the image and pass its URL"),
        ("ftp://example.com/dog.png", #"got "ftp://example.com/dog.png""#),
        ("dog.png", #"got "dog.png""#),
    ])
    func imageURLsRefused(url: String, words: String) throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "image_urls": ["https://example.com/ok.png", "\#(url)"]"#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["image_urls"]),
            at: "image_urls[1]", mentioning: ["must be an http, https or asset URL", words])
    }

    @Test func imageURLsMustBeAnArray() throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "image_urls": "https://example.com/dog.png""#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["image_urls"]),
            at: "image_urls", mentioning: ["must be an array", #"got "https://example.com/dog.png""#])
    }

    // MARK: Unknown fields

    @Test func misspelledImageURLsSuggestsIt() throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "imageUrls": ["https://example.com/dog.png"]"#)
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: ["imageUrls"]),
            at: "imageUrls", mentioning: ["is not a documented field (did you mean image_urls?)"])
    }

    /// toapis documents no callbacks and no top-level resolution parameter (REAL-TRAFFIC shows metadata.resolution).
    @Test(arguments: [
        #""callback_url": "https://your-server.com/callback""#, #""resolution": "720p""#, #""size": "16:9""#,
    ])
    func undocumentedParametersRefused(member: String) throws {
        let body = try edited(
            curlBody, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", \#(member)"#)
        let name = try #require(member.split(separator: "\"").first.map(String.init))
        expectOneViolation(
            try toapis.violations(body, fromSample: "request-text-to-video", changing: [name]),
            at: name,
            mentioning: [
                "is not a documented field (expected one of model, prompt, duration, aspect_ratio, image_urls, image_with_roles, audio, metadata)"
            ])
    }

    // MARK: Several problems at once

    /// sora-2 is a listed model (REAL-TRAFFIC), so the model is not among the problems.
    @Test func severalProblemsAreAllReportedInOrder() throws {
        let body =
            #"{"image_urls": ["data:image/png;base64,AAAA"], "aspect_ratio": "4:3", "duration": "10", "prompt": "", "model": "sora-2", "size": "720x1280"}"#
        let violations = try toapis.violations(body)
        #expect(violations.count == 5)
        #expect(
            violations.map(\.description) == [
                "prompt: must be a string that is not empty, got an empty string",
                #"duration: must be an integer of at least 1, got "10""#,
                #"aspect_ratio: must be one of "16:9", "9:16", got "4:3""#,
                "image_urls[0]: must be an http, https or asset URL, got a data: URI (inline images are not accepted; upload the image and pass its URL)",
                "size: is not a documented field (expected one of model, prompt, duration, aspect_ratio, image_urls, image_with_roles, audio, metadata)",
            ])
    }
}
