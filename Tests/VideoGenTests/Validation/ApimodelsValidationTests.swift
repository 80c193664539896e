// apimodels.app create requests against Spec/apimodels.json: every constraint and rule, each with an accepted
// and a rejected body. The Grok body is the curl example of pages 000/001; the VEO and Kling bodies are
// written by hand from page 001's "Request Parameters" (text-to-video, and motion control), since the pages
// show no example for them. Each rejected body changes one thing.

import Testing
import VideoGen

/// 000 "Step 1: Create task" (identical on 001 "Code Examples").
private let grok = """
    {
    "model": "grok-video-3",
    "prompt": "A cat playing piano in a jazz club, cinematic lighting",
    "aspect_ratio": "16:9"
    }
    """

/// 001 "For Text-to-Video (Grok, VEO)" with every parameter: VEO takes 8 s, first/last frame images and audio.
private let veo = """
    {
    "model": "veo-3.1-fast",
    "prompt": "A cat playing piano in a jazz club, cinematic lighting",
    "aspect_ratio": "16:9",
    "size": "4K",
    "duration": 8,
    "images": ["https://example.com/first-frame.png", "https://example.com/last-frame.png"],
    "generate_audio": true,
    "callback_url": "https://your-server.com/callback"
    }
    """

/// 001 "For Motion Control (Kling)": model, input_urls and video_urls (required), mode and character_orientation.
private let kling = """
    {
    "model": "kling-motion-control",
    "input_urls": ["https://example.com/character.png"],
    "video_urls": ["https://example.com/dance.mp4"],
    "mode": "720p",
    "character_orientation": "video"
    }
    """

@Suite struct ApimodelsValidationTests {
    let apimodels: ValidationHarness
    let veoBase: JSONValue
    let klingBase: JSONValue

    init() throws {
        apimodels = try ValidationHarness("apimodels")
        veoBase = try JSONParser.parse(veo)
        klingBase = try JSONParser.parse(kling)
    }

    // MARK: Documented and hand-written bases

    @Test func documentedSampleIsThePagesExample() throws {
        #expect(try apimodels.sample("request-text-to-video") == JSONParser.parse(grok))
        #expect(apimodels.descriptor.samples.filter { $0.part == .request }.allSatisfy { $0.violates.isEmpty })
    }

    @Test func basesAreAccepted() throws {
        expectValid(try apimodels.violations(grok))
        expectValid(try apimodels.violations(veo))
        expectValid(try apimodels.violations(kling))
    }

    // MARK: model

    /// The models of pages 000/001, and those REAL-TRAFFIC saw (the seedance, minimax, wan and kling-v2-6 ids).
    @Test(arguments: [
        "grok-video-3", "grok-video-3-10s", "grok-video-3-15s", "grok-video-3-official", "veo-3.1-fast", "veo-3.1",
        "seedance-2.5", "seedance-2.0-fast", "seedance-2.0", "seedance-2.0-official", "veo-3.1-fast-fhd", "kling-v2-6",
        "minimax-h3", "minimax-h3-lite", "wan-2.7-i2v-spicy",
    ])
    func textToVideoModelsAccepted(model: String) throws {
        let body = try edited(grok, replacing: #""grok-video-3""#, with: #""\#(model)""#)
        expectValid(try apimodels.violations(body))
    }

    @Test(arguments: ["grok-video-4", "veo-3", "Grok-Video-3", "p-video"])
    func modelOutsideItsEnum(model: String) throws {
        let body = try edited(grok, replacing: #""grok-video-3""#, with: #""\#(model)""#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["model"]),
            at: "model",
            mentioning: [
                "must be one of", #""grok-video-3", "grok-video-3-10s""#, #""kling-motion-control""#,
                #"got "\#(model)""#,
            ])
    }

    @Test func modelIsRequired() throws {
        let body = try edited(grok, replacing: #""model": "grok-video-3","#, with: "")
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["model"]),
            at: "model", mentioning: ["is required", #""veo-3.1""#])
    }

    // MARK: prompt: required except for Kling

    @Test func promptRequiredForGrok() throws {
        let body = try edited(
            grok, replacing: #""prompt": "A cat playing piano in a jazz club, cinematic lighting","#, with: "")
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["prompt"]),
            at: "prompt", mentioning: [#"is required when model is not "kling-motion-control""#])
    }

    @Test func promptRequiredForVEO() throws {
        let body = try edited(
            veo, replacing: #""prompt": "A cat playing piano in a jazz club, cinematic lighting","#, with: "")
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["prompt"]),
            at: "prompt", mentioning: ["is required when model is not"])
    }

    @Test func emptyPromptRefused() throws {
        let body = try edited(grok, replacing: "A cat playing piano in a jazz club, cinematic lighting", with: "")
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["prompt"]),
            at: "prompt", mentioning: ["must be a string that is not empty", "got an empty string"])
    }

    /// Motion control takes no prompt (its parameter list has none), but one is not refused either.
    @Test func promptOptionalForKling() throws {
        expectValid(try apimodels.violations(kling))
        let body = try edited(
            kling, replacing: #""mode": "720p","#, with: #""mode": "720p", "prompt": "the character dances","#)
        expectValid(try apimodels.violations(body, from: klingBase, changing: ["prompt"]))
    }

    // MARK: aspect_ratio, size

    @Test(arguments: ["1:1", "16:9", "9:16", "2:3", "3:2"])
    func documentedAspectRatiosAccepted(ratio: String) throws {
        let body = try edited(grok, replacing: #""16:9""#, with: #""\#(ratio)""#)
        expectValid(try apimodels.violations(body))
    }

    @Test func aspectRatioOutsideItsEnum() throws {
        let body = try edited(grok, replacing: #""16:9""#, with: #""4:3""#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["aspect_ratio"]),
            at: "aspect_ratio", mentioning: ["must be one of", #""1:1", "16:9", "9:16", "2:3", "3:2""#, #"got "4:3""#])
    }

    @Test(arguments: ["720P", "1080P", "4K"])
    func documentedSizesAccepted(size: String) throws {
        let body = try edited(veo, replacing: #""size": "4K""#, with: #""size": "\#(size)""#)
        expectValid(try apimodels.violations(body))
    }

    /// The sizes are written in capitals; the lowercase words of the unified resolution are not accepted raw.
    @Test(arguments: ["4k", "1080p", "8K"])
    func sizeOutsideItsEnum(size: String) throws {
        let body = try edited(veo, replacing: #""size": "4K""#, with: #""size": "\#(size)""#)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["size"]),
            at: "size", mentioning: ["must be one of", #""720P", "1080P", "4K""#, #"got "\#(size)""#])
    }

    // MARK: duration: 5, 8 or 10; VEO: 8

    @Test(arguments: ["5", "8", "10"])
    func grokDurationsAccepted(duration: String) throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "duration": \#(duration)"#)
        expectValid(try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["duration"]))
    }

    @Test(arguments: [("6", "got 6"), ("15", "got 15"), (#""8""#, #"got "8""#), ("8.5", "got 8.5")])
    func durationsOutsideTheList(duration: String, got: String) throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "duration": \#(duration)"#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["duration"]),
            at: "duration", mentioning: ["must be one of 5, 8, 10", got])
    }

    /// 001: "VEO generates 8-second videos".
    @Test(arguments: ["5", "10"])
    func veoDurationOtherThanEightRefused(duration: String) throws {
        let body = try edited(veo, replacing: #""duration": 8"#, with: #""duration": \#(duration)"#)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["duration"]),
            at: "duration", mentioning: ["must be 8 with VEO models (they generate 8-second videos), got \(duration)"])
    }

    @Test func veoDurationRuleAppliesToBothVEOModels() throws {
        let body = try edited(veo, replacing: #""veo-3.1-fast""#, with: #""veo-3.1""#)
        expectValid(try apimodels.violations(body, from: veoBase, changing: ["model"]))
        let five = try edited(body, replacing: #""duration": 8"#, with: #""duration": 5"#)
        expectOneViolation(
            try apimodels.violations(five), at: "duration",
            mentioning: ["must be 8 with VEO models (they generate 8-second videos), got 5"])
    }

    /// REAL-TRAFFIC: veo-3.1-fast-fhd is a VEO model, so the VEO rules (8 s, generate_audio) take it in.
    @Test func veoFastFHDFollowsTheVEORules() throws {
        let body = try edited(veo, replacing: #""veo-3.1-fast""#, with: #""veo-3.1-fast-fhd""#)
        expectValid(try apimodels.violations(body, from: veoBase, changing: ["model"]))
        let five = try edited(body, replacing: #""duration": 8"#, with: #""duration": 5"#)
        expectOneViolation(
            try apimodels.violations(five), at: "duration",
            mentioning: ["must be 8 with VEO models (they generate 8-second videos), got 5"])
    }

    /// REAL-TRAFFIC: seedance-2.5 takes its own duration, 4-30 or -1 (models[].fields), instead of 5, 8 or 10.
    @Test(arguments: ["-1", "4", "6", "15", "30"])
    func seedanceDurationsAccepted(duration: String) throws {
        let body = try edited(
            edited(grok, replacing: #""grok-video-3""#, with: #""seedance-2.5""#),
            replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "duration": \#(duration)"#)
        expectValid(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["model", "duration"]))
    }

    @Test(arguments: ["0", "3", "31", "-2"])
    func seedanceDurationsOutsideItsRange(duration: String) throws {
        let body = try edited(
            edited(grok, replacing: #""grok-video-3""#, with: #""seedance-2.5""#),
            replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "duration": \#(duration)"#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["model", "duration"]),
            at: "duration", mentioning: ["must be one of -1, 4, 5, 6", "29, 30", "got \(duration)"])
    }

    @Test func veoWithoutDurationAccepted() throws {
        let body = try edited(veo, replacing: #""duration": 8,"#, with: "")
        expectValid(try apimodels.violations(body, from: veoBase, changing: ["duration"]))
    }

    /// A VEO duration outside the general list breaks both the list and the VEO rule: both are reported.
    @Test func veoDurationOutsideTheListBreaksBothRules() throws {
        let body = try edited(veo, replacing: #""duration": 8"#, with: #""duration": 6"#)
        let violations = try apimodels.violations(body, from: veoBase, changing: ["duration"])
        #expect(
            violations.map(\.description) == [
                "duration: must be one of 5, 8, 10, got 6",
                "duration: must be 8 with VEO models (they generate 8-second videos), got 6",
            ])
    }

    // MARK: images

    @Test func firstAndLastFrameImagesAccepted() throws {
        expectValid(try apimodels.violations(veo))
        let grokImage = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "images": ["https://example.com/first-frame.png"]"#)
        expectValid(try apimodels.violations(grokImage, fromSample: "request-text-to-video", changing: ["images"]))
    }

    @Test(arguments: [
        ("ftp://example.com/last-frame.png", #"got "ftp://example.com/last-frame.png""#),
        ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ", "upload the image"),
        ("last-frame.png", #"got "last-frame.png""#),
    ])
    func imagesMustBeHTTPURLs(url: String, words: String) throws {
        let body = try edited(veo, replacing: "https://example.com/last-frame.png", with: url)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["images[1]"]),
            at: "images[1]", mentioning: ["must be an http, https or asset URL", words])
    }

    @Test func imagesMustBeAnArray() throws {
        let body = try edited(
            veo, replacing: #"["https://example.com/first-frame.png", "https://example.com/last-frame.png"]"#,
            with: #""https://example.com/first-frame.png""#)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["images"]),
            at: "images", mentioning: ["must be an array", #"got "https://example.com/first-frame.png""#])
    }

    // MARK: generate_audio: VEO only

    @Test func generateAudioAcceptedForBothVEOModels() throws {
        expectValid(try apimodels.violations(veo))
        let body = try edited(veo, replacing: #""veo-3.1-fast""#, with: #""veo-3.1""#)
        expectValid(try apimodels.violations(body, from: veoBase, changing: ["model"]))
        let off = try edited(veo, replacing: #""generate_audio": true"#, with: #""generate_audio": false"#)
        expectValid(try apimodels.violations(off, from: veoBase, changing: ["generate_audio"]))
    }

    @Test func generateAudioMustBeABoolean() throws {
        let body = try edited(veo, replacing: #""generate_audio": true"#, with: #""generate_audio": "true""#)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["generate_audio"]),
            at: "generate_audio", mentioning: ["must be true or false", #"got "true""#])
    }

    /// 001: "generate_audio: Generate audio track (VEO only)" — refused for Grok even when false, and for
    /// grok-video-3-10s although its model table row says "Audio+Video" (the spec follows the parameter table).
    @Test(arguments: [
        ("grok-video-3", "true"), ("grok-video-3", "false"), ("grok-video-3-10s", "true"),
        ("grok-video-3-official", "true"),
    ])
    func generateAudioRefusedForGrok(model: String, flag: String) throws {
        let body = try edited(
            edited(grok, replacing: #""grok-video-3""#, with: #""\#(model)""#),
            replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "generate_audio": \#(flag)"#)
        let changed: Set<String> = model == "grok-video-3" ? ["generate_audio"] : ["model", "generate_audio"]
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: changed),
            at: "generate_audio", mentioning: ["is for VEO models", "veo-3.1-fast", "veo-3.1"])
    }

    @Test func generateAudioRefusedForGrokSample() throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "generate_audio": true"#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["generate_audio"]),
            at: "generate_audio", mentioning: ["is for VEO models (veo-3.1-fast, veo-3.1, veo-3.1-fast-fhd) only"])
    }

    @Test func generateAudioRefusedForKling() throws {
        let body = try edited(kling, replacing: #""mode": "720p","#, with: #""mode": "720p", "generate_audio": true,"#)
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["generate_audio"]),
            at: "generate_audio", mentioning: ["is for VEO models"])
    }

    // MARK: callback_url

    @Test func callbackURLAccepted() throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "callback_url": "https://your-server.com/webhook/video""#)
        expectValid(try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["callback_url"]))
    }

    @Test(arguments: [
        "ftp://your-server.com/callback", "your-server.com/callback", "https:// your-server.com/callback",
    ])
    func callbackURLMustBeHTTPURL(url: String) throws {
        let body = try edited(veo, replacing: "https://your-server.com/callback", with: url)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["callback_url"]),
            at: "callback_url", mentioning: ["must be an http or https URL", #"got "\#(url)""#])
    }

    // MARK: Kling motion control: input_urls and video_urls required; mode and character_orientation its own

    @Test func klingWithoutOptionalParametersAccepted() throws {
        let body = try edited(
            kling, replacing: ",\n\"mode\": \"720p\",\n\"character_orientation\": \"video\"", with: "")
        expectValid(try apimodels.violations(body, from: klingBase, changing: ["mode", "character_orientation"]))
    }

    @Test func klingNeedsInputURLs() throws {
        let body = try edited(kling, replacing: #""input_urls": ["https://example.com/character.png"],"#, with: "")
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["input_urls"]),
            at: "input_urls", mentioning: ["is required with kling-motion-control (the character image URLs)"])
    }

    @Test func klingNeedsVideoURLs() throws {
        let body = try edited(kling, replacing: #""video_urls": ["https://example.com/dance.mp4"],"#, with: "")
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["video_urls"]),
            at: "video_urls", mentioning: ["is required with kling-motion-control (the motion reference video URLs)"])
    }

    @Test func klingWithNullVideoURLsRefused() throws {
        let body = try edited(kling, replacing: #"["https://example.com/dance.mp4"]"#, with: "null")
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["video_urls"]),
            at: "video_urls", mentioning: ["is required with kling-motion-control (the motion reference video URLs)"])
    }

    @Test func emptyInputURLsRefused() throws {
        let body = try edited(kling, replacing: #"["https://example.com/character.png"]"#, with: "[]")
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["input_urls"]),
            at: "input_urls", mentioning: ["must be an array of at least 1 item", "got an empty array"])
    }

    @Test func emptyVideoURLsRefused() throws {
        let body = try edited(kling, replacing: #"["https://example.com/dance.mp4"]"#, with: "[]")
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["video_urls"]),
            at: "video_urls", mentioning: ["must be an array of at least 1 item", "got an empty array"])
    }

    @Test func klingURLsMustBeHTTPURLs() throws {
        let image = try edited(
            kling, replacing: "https://example.com/character.png", with: "file:///Users/me/character.png")
        expectOneViolation(
            try apimodels.violations(image, from: klingBase, changing: ["input_urls[0]"]),
            at: "input_urls[0]",
            mentioning: ["must be an http, https or asset URL", #"got "file:///Users/me/character.png""#])
        let video = try edited(
            kling, replacing: "https://example.com/dance.mp4", with: "data:video/mp4;base64,AAAAIGZ0eXBpc29t")
        expectOneViolation(
            try apimodels.violations(video, from: klingBase, changing: ["video_urls[0]"]),
            at: "video_urls[0]", mentioning: ["data: URI", "upload"])
    }

    /// REAL-TRAFFIC: image values may be asset:// URIs (what POST /api/v1/assets answers).
    @Test func assetURIsAccepted() throws {
        let images = try edited(veo, replacing: "https://example.com/last-frame.png", with: "asset://old")
        expectValid(try apimodels.violations(images, from: veoBase, changing: ["images[1]"]))
        let character = try edited(kling, replacing: "https://example.com/character.png", with: "asset://character")
        expectValid(try apimodels.violations(character, from: klingBase, changing: ["input_urls[0]"]))
    }

    @Test func severalKlingInputsAccepted() throws {
        let body = try edited(
            kling, replacing: #"["https://example.com/character.png"]"#,
            with: #"["https://example.com/character.png", "https://example.com/character-back.png"]"#)
        expectValid(try apimodels.violations(body, from: klingBase, changing: ["input_urls"]))
    }

    @Test(arguments: ["720p", "1080p"])
    func klingModesAccepted(mode: String) throws {
        let body = try edited(kling, replacing: #""mode": "720p""#, with: #""mode": "\#(mode)""#)
        expectValid(try apimodels.violations(body))
    }

    @Test(arguments: ["4K", "720P", "480p"])
    func klingModeOutsideItsEnum(mode: String) throws {
        let body = try edited(kling, replacing: #""mode": "720p""#, with: #""mode": "\#(mode)""#)
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["mode"]),
            at: "mode", mentioning: ["must be one of", #""720p", "1080p""#, #"got "\#(mode)""#])
    }

    @Test(arguments: ["image", "video"])
    func characterOrientationsAccepted(orientation: String) throws {
        let body = try edited(
            kling, replacing: #""character_orientation": "video""#, with: #""character_orientation": "\#(orientation)""#
        )
        expectValid(try apimodels.violations(body))
    }

    @Test func characterOrientationOutsideItsEnum() throws {
        let body = try edited(
            kling, replacing: #""character_orientation": "video""#, with: #""character_orientation": "left""#)
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["character_orientation"]),
            at: "character_orientation", mentioning: ["must be one of", #""image", "video""#, #"got "left""#])
    }

    @Test func modeRefusedForOtherModels() throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "mode": "1080p""#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["mode"]),
            at: "mode", mentioning: ["is for kling-motion-control only", "use size"])
    }

    @Test func characterOrientationRefusedForOtherModels() throws {
        let body = try edited(
            veo, replacing: #""generate_audio": true,"#,
            with: #""generate_audio": true, "character_orientation": "image","#)
        expectOneViolation(
            try apimodels.violations(body, from: veoBase, changing: ["character_orientation"]),
            at: "character_orientation", mentioning: ["is for kling-motion-control only"])
    }

    /// input_urls and video_urls are "kling-motion-control only" (page 001 lists them only under "For Motion
    /// Control (Kling)"), like mode and character_orientation, so a Grok body carrying Kling's URLs is refused
    /// rather than accepted with the URLs silently ignored by the provider.
    @Test(arguments: [
        (
            #""input_urls": ["https://example.com/character.png"]"#, "input_urls",
            "is for kling-motion-control only; other models take reference images in images"
        ),
        (#""video_urls": ["https://example.com/dance.mp4"]"#, "video_urls", "is for kling-motion-control only"),
    ])
    func klingURLsRefusedForOtherModels(member: String, field: String, message: String) throws {
        let body = try edited(grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", \#(member)"#)
        let violations = try apimodels.violations(body, fromSample: "request-text-to-video", changing: [field])
        #expect(violations.map(\.description) == ["\(field): \(message)"])
    }

    // MARK: Unknown fields

    @Test func misspelledAspectRatioSuggestsIt() throws {
        let body = try edited(grok, replacing: #""aspect_ratio""#, with: #""aspectRatio""#)
        expectOneViolation(
            try apimodels.violations(
                body, fromSample: "request-text-to-video", changing: ["aspect_ratio", "aspectRatio"]),
            at: "aspectRatio", mentioning: ["is not a documented field (did you mean aspect_ratio?)"])
    }

    /// Other providers call the reference images image_urls; apimodels calls them images.
    @Test func imageURLsSuggestsImages() throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#,
            with: #""aspect_ratio": "16:9", "imageUrls": ["https://example.com/a.png"]"#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["imageUrls"]),
            at: "imageUrls", mentioning: ["is not a documented field (did you mean images?)"])
    }

    @Test func misspelledKlingFieldSuggestsIt() throws {
        let body = try edited(
            kling, replacing: #""mode": "720p","#,
            with: #""mode": "720p", "videoUrls": ["https://example.com/dance.mp4"],"#)
        expectOneViolation(
            try apimodels.violations(body, from: klingBase, changing: ["videoUrls"]),
            at: "videoUrls", mentioning: ["is not a documented field (did you mean video_urls?)"])
    }

    @Test func unknownFieldListsTheKnownOnes() throws {
        let body = try edited(
            grok, replacing: #""aspect_ratio": "16:9""#, with: #""aspect_ratio": "16:9", "negative_prompt": "blurry""#)
        expectOneViolation(
            try apimodels.violations(body, fromSample: "request-text-to-video", changing: ["negative_prompt"]),
            at: "negative_prompt",
            mentioning: [
                "expected one of model, prompt, aspect_ratio, size, duration, images, generate_audio, callback_url, input_urls, video_urls, mode, character_orientation"
            ])
    }

    // MARK: Several problems at once

    @Test func severalProblemsAreAllReportedInOrder() throws {
        let body = """
            {
            "seed": 1,
            "mode": "720p",
            "images": "https://example.com/first-frame.png",
            "duration": 6,
            "size": "8K",
            "prompt": "",
            "model": "veo-3.1"
            }
            """
        let violations = try apimodels.violations(body)
        #expect(violations.count == 7)
        #expect(
            violations.map(\.description) == [
                "prompt: must be a string that is not empty, got an empty string",
                #"size: must be one of "720P", "1080P", "4K", got "8K""#,
                "duration: must be one of 5, 8, 10, got 6",
                #"images: must be an array, got "https://example.com/first-frame.png""#,
                "seed: is not a documented field (expected one of model, prompt, aspect_ratio, size, duration, images, generate_audio, callback_url, input_urls, video_urls, mode, character_orientation)",
                "duration: must be 8 with VEO models (they generate 8-second videos), got 6",
                "mode: is for kling-motion-control only; use size for other models",
            ])
    }

    @Test func klingMissingEverythingReportsBoth() throws {
        let violations = try apimodels.violations(#"{"model": "kling-motion-control"}"#)
        #expect(violations.map(\.fieldName) == ["input_urls", "video_urls"])
    }
}
