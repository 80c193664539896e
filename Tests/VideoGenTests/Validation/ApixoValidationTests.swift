// apixo.ai create requests against Spec/apixo.json: every constraint and rule, each with an accepted and a
// rejected body. Bodies are the request examples of page 003 (and the input table of STATUS-ENDPOINTS),
// written out by hand, with one change each; the harness checks the change against the spec's samples.
// REAL-TRAFFIC adds three modes, veo's generationType and the wrapper's optional source.

import Testing
import VideoGen

/// 003, "Example, Text-to-Video".
private let textToVideo = """
    {
      "request_type": "async",
      "input": {
        "mode": "text-to-video",
        "prompt": "a peaceful lakeside at sunset with gentle waves",
        "duration": 6,
        "resolution": "480p",
        "aspect_ratio": "3:2",
        "style": "normal"
      }
    }
    """

/// 003, "Image-to-Video (with reference image)".
private let imageToVideo = """
    {
      "request_type": "async",
      "provider": "value",
      "input": {
        "mode": "image-to-video",
        "prompt": "make this scene into a short cinematic pan",
        "duration": 6,
        "resolution": "480p",
        "image_urls": ["https://example.com/ref.jpg"],
        "style": "fun"
      }
    }
    """

/// 003, "Image-to-Video (task continuation)".
private let taskContinuation = """
    {
      "request_type": "callback",
      "callback_url": "https://your-server.com/callback",
      "provider": "official",
      "input": {
        "mode": "image-to-video",
        "prompt": "turn this character into a walking animation",
        "duration": 10,
        "resolution": "720p",
        "task_id": "task_previous_grok_image",
        "index": 0,
        "style": "spicy"
      }
    }
    """

/// 003, "Request Body": every field at once, image_urls and task_id + index together.
private let allFields = """
    {
      "request_type": "async",
      "callback_url": "https://...",
      "provider": "auto",
      "input": {
        "mode": "text-to-video",
        "prompt": "A cinematic city street after rain, soft reflections, slow camera push.",
        "duration": 6,
        "resolution": "480p",
        "aspect_ratio": "3:2",
        "style": "normal",
        "image_urls": ["https://example.com/ref.jpg"],
        "task_id": "task_previous_grok_image",
        "index": 0
      }
    }
    """

@Suite struct ApixoValidationTests {
    let apixo: ValidationHarness

    init() throws {
        apixo = try ValidationHarness("apixo")
    }

    // MARK: Documented samples

    @Test func documentedSamplesAreThePagesExamples() throws {
        #expect(try apixo.sample("request-text-to-video") == JSONParser.parse(textToVideo))
        #expect(try apixo.sample("request-image-to-video") == JSONParser.parse(imageToVideo))
        #expect(try apixo.sample("request-task-continuation") == JSONParser.parse(taskContinuation))
        #expect(try apixo.sample("request-all-fields") == JSONParser.parse(allFields))
    }

    @Test func documentedExamplesAreAccepted() throws {
        expectValid(try apixo.violations(textToVideo))
        expectValid(try apixo.violations(imageToVideo))
        expectValid(try apixo.violations(taskContinuation))
    }

    /// The "Request Body" sample shows image_urls and task_id + index together, which the Tips forbid, and its
    /// callback URL is the placeholder "https://...", which has no valid host: it reports exactly the violations
    /// its `violates` list names, the URL's and the one for the exclusive rule.
    @Test func allFieldsSampleReportsExactlyItsDocumentedViolations() throws {
        let sample = try #require(apixo.descriptor.samples.first { $0.name == "request-all-fields" })
        #expect(sample.violates == ["callback_url", "input.task_id"])
        let violations = try apixo.violations(sample.json)
        #expect(violations.map(\.fieldName) == sample.violates)
        #expect(
            violations.map(\.description) == [
                #"callback_url: must be an http or https URL, got "https://...""#,
                "input.task_id: send either image_urls or task_id + index, not both",
            ])
    }

    // MARK: request_type and callback_url

    @Test func requestTypeCallbackAccepted() throws {
        expectValid(try apixo.violations(taskContinuation))
    }

    @Test func requestTypeOutsideItsEnum() throws {
        let body = try edited(textToVideo, replacing: #""request_type": "async""#, with: #""request_type": "sync""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["request_type"]),
            at: "request_type", mentioning: ["must be one of", #""async", "callback""#, #"got "sync""#])
    }

    @Test func requestTypeIsOptional() throws {
        let body = try edited(textToVideo, replacing: #""request_type": "async","#, with: "")
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["request_type"]))
    }

    /// "callback_url: required when request_type=callback".
    @Test func callbackURLRequiredForCallbackRequests() throws {
        let body = try edited(
            taskContinuation, replacing: #""callback_url": "https://your-server.com/callback","#, with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["callback_url"]),
            at: "callback_url", mentioning: ["is required when request_type is \"callback\""])
    }

    @Test func nullCallbackURLIsMissing() throws {
        let body = try edited(taskContinuation, replacing: #""https://your-server.com/callback""#, with: "null")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["callback_url"]),
            at: "callback_url", mentioning: ["is required when request_type is \"callback\""])
    }

    /// A callback URL with async requests is not forbidden (it is simply not used).
    @Test func callbackURLWithAsyncRequestAccepted() throws {
        let body = try edited(
            textToVideo, replacing: #""request_type": "async","#,
            with: #""request_type": "async", "callback_url": "https://your-server.com/callback","#)
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["callback_url"]))
    }

    @Test(arguments: [
        ("ftp://your-server.com/callback", ["http or https URL", #"got "ftp://your-server.com/callback""#]),
        ("your-server.com/callback", ["http or https URL", #"got "your-server.com/callback""#]),
        ("https://", ["http or https URL", #"got "https://""#]),
        ("https://your server.com/callback", ["http or https URL", #"got "https://your server.com/callback""#]),
    ])
    func callbackURLMustBeHTTPURL(url: String, words: [String]) throws {
        let body = try edited(taskContinuation, replacing: "https://your-server.com/callback", with: url)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["callback_url"]),
            at: "callback_url", mentioning: words)
    }

    @Test func plainHTTPCallbackAccepted() throws {
        let body = try edited(
            taskContinuation, replacing: "https://your-server.com/callback",
            with: "http://your-server.com:8080/hooks/apixo?id=7")
        expectValid(try apixo.violations(body, fromSample: "request-task-continuation", changing: ["callback_url"]))
    }

    // MARK: provider

    @Test(arguments: ["auto", "value", "official"])
    func providerValuesAccepted(provider: String) throws {
        let body = try edited(imageToVideo, replacing: #""provider": "value""#, with: #""provider": "\#(provider)""#)
        expectValid(try apixo.violations(body))
    }

    @Test func providerOutsideItsEnum() throws {
        let body = try edited(imageToVideo, replacing: #""provider": "value""#, with: #""provider": "fastest""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["provider"]),
            at: "provider", mentioning: ["must be one of", #""auto", "value", "official""#, #"got "fastest""#])
    }

    // MARK: input

    @Test func inputIsRequired() throws {
        let violations = try apixo.violations(
            #"{"request_type": "async"}"#, fromSample: "request-text-to-video", changing: ["input"])
        expectOneViolation(violations, at: "input", mentioning: ["is required", "an object"])
    }

    @Test func inputMustBeAnObject() throws {
        let body = #"{"request_type": "async", "input": "a peaceful lakeside at sunset with gentle waves"}"#
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input"]),
            at: "input", mentioning: ["must be an object", #"got "a peaceful lakeside"#])
    }

    // MARK: input.mode

    @Test func modeIsRequired() throws {
        let body = try edited(textToVideo, replacing: #""mode": "text-to-video","#, with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.mode"]),
            at: "input.mode", mentioning: ["is required", #""text-to-video", "image-to-video""#])
    }

    @Test func modeOutsideItsEnum() throws {
        let body = try edited(textToVideo, replacing: #""mode": "text-to-video""#, with: #""mode": "video-to-video""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.mode"]),
            at: "input.mode",
            mentioning: ["must be one of", #""text-to-video", "image-to-video""#, #"got "video-to-video""#])
    }

    /// REAL-TRAFFIC: modes seen in traffic (which models take them is not shown).
    @Test(arguments: ["first_and_last_frames", "omni_reference", "fast"])
    func modesSeenInTrafficAccepted(mode: String) throws {
        let body = try edited(textToVideo, replacing: #""mode": "text-to-video""#, with: #""mode": "\#(mode)""#)
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.mode"]))
    }

    /// REAL-TRAFFIC: veo's camelCase generationType, REFERENCE_2_VIDEO or TEXT_2_VIDEO.
    @Test func generationTypeTakesItsTwoValues() throws {
        for value in ["REFERENCE_2_VIDEO", "TEXT_2_VIDEO"] {
            let body = try edited(
                textToVideo, replacing: #""style": "normal""#,
                with: #""style": "normal", "generationType": "\#(value)""#)
            expectValid(
                try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.generationType"]))
        }
        let body = try edited(
            textToVideo, replacing: #""style": "normal""#,
            with: #""style": "normal", "generationType": "IMAGE_2_VIDEO""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.generationType"]),
            at: "input.generationType",
            mentioning: ["must be one of", #""REFERENCE_2_VIDEO", "TEXT_2_VIDEO""#, #"got "IMAGE_2_VIDEO""#])
    }

    /// REAL-TRAFFIC: the MCP server sends an optional source.
    @Test func sourceAccepted() throws {
        let body = try edited(
            textToVideo, replacing: #""request_type": "async","#, with: #""request_type": "async", "source": "mcp","#)
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["source"]))
    }

    // MARK: input.prompt: 1–5000 characters

    @Test func promptIsRequired() throws {
        let body = try edited(
            textToVideo, replacing: #""prompt": "a peaceful lakeside at sunset with gentle waves","#, with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.prompt"]),
            at: "input.prompt", mentioning: ["is required", "1 to 5000 characters"])
    }

    @Test func emptyPromptRefused() throws {
        let body = try edited(textToVideo, replacing: "a peaceful lakeside at sunset with gentle waves", with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.prompt"]),
            at: "input.prompt", mentioning: ["1 to 5000 characters", "got an empty string"])
    }

    @Test func promptOf5001CharactersRefused() throws {
        let body = try edited(
            textToVideo, replacing: "a peaceful lakeside at sunset with gentle waves",
            with: String(repeating: "w", count: 5001))
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.prompt"]),
            at: "input.prompt", mentioning: ["1 to 5000 characters", "got 5001 characters"])
    }

    @Test func promptOf5000CharactersAccepted() throws {
        let body = try edited(
            textToVideo, replacing: "a peaceful lakeside at sunset with gentle waves",
            with: String(repeating: "w", count: 5000))
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.prompt"]))
        let emoji = try edited(
            textToVideo, replacing: "a peaceful lakeside at sunset with gentle waves",
            with: String(repeating: "🌅", count: 5000))
        expectValid(try apixo.violations(emoji, fromSample: "request-text-to-video", changing: ["input.prompt"]))
        let single = try edited(textToVideo, replacing: "a peaceful lakeside at sunset with gentle waves", with: "湖")
        expectValid(try apixo.violations(single, fromSample: "request-text-to-video", changing: ["input.prompt"]))
    }

    @Test func promptMustBeAString() throws {
        let body = try edited(
            textToVideo, replacing: #""a peaceful lakeside at sunset with gentle waves""#,
            with: #"["a lake", "at sunset"]"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.prompt"]),
            at: "input.prompt", mentioning: ["must be a string", #"got ["a lake","at sunset"]"#])
    }

    // MARK: input.duration: integer 6–30

    @Test(arguments: ["6", "7", "15", "30"])
    func durationsInRangeAccepted(duration: String) throws {
        let body = try edited(textToVideo, replacing: #""duration": 6"#, with: #""duration": \#(duration)"#)
        expectValid(try apixo.violations(body))
    }

    @Test(arguments: [
        ("5", "got 5"), ("31", "got 31"), ("0", "got 0"), ("-6", "got -6"),
        (#""6""#, #"got "6""#), ("6.5", "got 6.5"), ("6.0", "got 6.0"),
    ])
    func durationsRefused(duration: String, got: String) throws {
        let body = try edited(textToVideo, replacing: #""duration": 6"#, with: #""duration": \#(duration)"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.duration"]),
            at: "input.duration", mentioning: ["must be an integer from 6 to 30", got])
    }

    @Test func durationIsOptional() throws {
        let body = try edited(textToVideo, replacing: #""duration": 6,"#, with: "")
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.duration"]))
    }

    // MARK: input.resolution, aspect_ratio, style

    @Test func resolution720pAccepted() throws {
        let body = try edited(textToVideo, replacing: #""resolution": "480p""#, with: #""resolution": "720p""#)
        expectValid(try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.resolution"]))
    }

    @Test(arguments: ["1080p", "480P", "720"])
    func resolutionOutsideItsEnum(resolution: String) throws {
        let body = try edited(
            textToVideo, replacing: #""resolution": "480p""#, with: #""resolution": "\#(resolution)""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.resolution"]),
            at: "input.resolution", mentioning: ["must be one of", #""480p", "720p""#, #"got "\#(resolution)""#])
    }

    @Test(arguments: ["1:1", "3:2", "2:3", "16:9", "9:16"])
    func documentedAspectRatiosAccepted(ratio: String) throws {
        let body = try edited(textToVideo, replacing: #""aspect_ratio": "3:2""#, with: #""aspect_ratio": "\#(ratio)""#)
        expectValid(try apixo.violations(body))
    }

    @Test(arguments: ["4:3", "21:9", "16x9"])
    func aspectRatioOutsideItsEnum(ratio: String) throws {
        let body = try edited(textToVideo, replacing: #""aspect_ratio": "3:2""#, with: #""aspect_ratio": "\#(ratio)""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.aspect_ratio"]),
            at: "input.aspect_ratio",
            mentioning: ["must be one of", #""1:1", "3:2", "2:3", "16:9", "9:16""#, #"got "\#(ratio)""#])
    }

    @Test(arguments: ["fun", "normal", "spicy"])
    func documentedStylesAccepted(style: String) throws {
        let body = try edited(textToVideo, replacing: #""style": "normal""#, with: #""style": "\#(style)""#)
        expectValid(try apixo.violations(body))
    }

    @Test func styleOutsideItsEnum() throws {
        let body = try edited(textToVideo, replacing: #""style": "normal""#, with: #""style": "Spicy""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.style"]),
            at: "input.style", mentioning: ["must be one of", #""fun", "normal", "spicy""#, #"got "Spicy""#])
    }

    // MARK: input.image_urls: at most one http(s) URL

    @Test func twoImagesRefused() throws {
        let body = try edited(
            imageToVideo, replacing: #"["https://example.com/ref.jpg"]"#,
            with: #"["https://example.com/ref.jpg", "https://example.com/ref2.jpg"]"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls"]),
            at: "input.image_urls", mentioning: ["exactly 1 item", "got 2 items"])
    }

    @Test func emptyImageListRefused() throws {
        let body = try edited(imageToVideo, replacing: #"["https://example.com/ref.jpg"]"#, with: "[]")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls"]),
            at: "input.image_urls", mentioning: ["exactly 1 item", "got an empty array"])
    }

    @Test func imageURLsMustBeAnArray() throws {
        let body = try edited(
            imageToVideo, replacing: #"["https://example.com/ref.jpg"]"#, with: #""https://example.com/ref.jpg""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls"]),
            at: "input.image_urls", mentioning: ["must be an array", #"got "https://example.com/ref.jpg""#])
    }

    @Test(arguments: [
        ("ftp://example.com/ref.jpg", [#"got "ftp://example.com/ref.jpg""#]),
        ("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==", ["data: URI", "upload the image"]),
        (String(repeating: "iVBORw0KGgoAAAANSUhEUg", count: 12), ["looks like inline data"]),
        ("example.com/ref.jpg", [#"got "example.com/ref.jpg""#]),
        ("https://example.com/my ref.jpg", [#"got "https://example.com/my ref.jpg""#]),
    ])
    func imageURLMustBeHTTPURL(url: String, words: [String]) throws {
        let body = try edited(imageToVideo, replacing: "https://example.com/ref.jpg", with: url)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls[0]"]),
            at: "input.image_urls[0]", mentioning: ["must be an http or https URL"] + words)
    }

    @Test func plainHTTPImageAccepted() throws {
        let body = try edited(
            imageToVideo, replacing: "https://example.com/ref.jpg", with: "http://cdn.example.com/images/ref.jpg?v=2")
        expectValid(try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls[0]"]))
    }

    // MARK: input.task_id and input.index

    @Test func emptyTaskIDRefused() throws {
        let body = try edited(taskContinuation, replacing: #""task_previous_grok_image""#, with: #""""#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.task_id"]),
            at: "input.task_id", mentioning: ["not empty", "got an empty string"])
    }

    @Test func taskIDMustBeAString() throws {
        let body = try edited(taskContinuation, replacing: #""task_previous_grok_image""#, with: "12345")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.task_id"]),
            at: "input.task_id", mentioning: ["must be a string", "got 12345"])
    }

    @Test(arguments: ["0", "3", "5"])
    func indexesZeroToFiveAccepted(index: String) throws {
        let body = try edited(taskContinuation, replacing: #""index": 0"#, with: #""index": \#(index)"#)
        expectValid(try apixo.violations(body))
    }

    @Test(arguments: [("6", "got 6"), ("-1", "got -1"), (#""0""#, #"got "0""#), ("0.5", "got 0.5")])
    func indexesRefused(index: String, got: String) throws {
        let body = try edited(taskContinuation, replacing: #""index": 0"#, with: #""index": \#(index)"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.index"]),
            at: "input.index", mentioning: ["must be an integer from 0 to 5", got])
    }

    // MARK: Rules: image_urls XOR task_id + index; task_id with index; image-to-video needs one

    /// Tips: "For image-to-video, send either image_urls or task_id + index, not both."
    @Test func imageURLsAndTaskIDTogetherRefused() throws {
        let body = try edited(
            taskContinuation, replacing: #""index": 0,"#,
            with: #""index": 0, "image_urls": ["https://example.com/ref.jpg"],"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.image_urls"]),
            at: "input.task_id", mentioning: ["either image_urls or task_id + index, not both"])
    }

    @Test func taskIDWithoutIndexRefused() throws {
        let body = try edited(taskContinuation, replacing: #""index": 0,"#, with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.index"]),
            at: "input.index", mentioning: ["is required when input.task_id is given"])
    }

    @Test func indexWithoutTaskIDRefused() throws {
        let body = try edited(imageToVideo, replacing: #""style": "fun""#, with: #""style": "fun", "index": 2"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.index"]),
            at: "input.task_id", mentioning: ["is required when input.index is given"])
    }

    @Test func imageToVideoWithoutImageOrTaskRefused() throws {
        let body = try edited(imageToVideo, replacing: #""image_urls": ["https://example.com/ref.jpg"],"#, with: "")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls"]),
            at: "input.image_urls",
            mentioning: [#"give input.image_urls or input.task_id when input.mode is "image-to-video""#])
    }

    @Test func imageToVideoWithNullImageRefused() throws {
        let body = try edited(imageToVideo, replacing: #"["https://example.com/ref.jpg"]"#, with: "null")
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-image-to-video", changing: ["input.image_urls"]),
            at: "input.image_urls",
            mentioning: [#"give input.image_urls or input.task_id when input.mode is "image-to-video""#])
    }

    /// Either source alone is enough: the two documented image-to-video examples use one each.
    @Test func imageToVideoWithEitherSourceAccepted() throws {
        expectValid(try apixo.violations(imageToVideo))
        expectValid(try apixo.violations(taskContinuation))
    }

    // MARK: Unknown fields

    @Test func unknownInputFieldListsTheKnownOnes() throws {
        let body = try edited(textToVideo, replacing: #""style": "normal""#, with: #""style": "normal", "seed": 42"#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["input.seed"]),
            at: "input.seed",
            mentioning: [
                "is not a documented field",
                "expected one of mode, prompt, duration, resolution, aspect_ratio, style, image_urls, task_id, index",
            ])
    }

    /// A documented optional field renamed: the old name is simply absent, the new one is refused.
    @Test(arguments: [
        (
            #""aspect_ratio": "3:2""#, #""aspectRatio": "3:2""#, "aspect_ratio", "aspectRatio",
            "did you mean aspect_ratio?"
        ),
        (#""resolution": "480p""#, #""resolutoin": "480p""#, "resolution", "resolutoin", "did you mean resolution?"),
        (
            #""duration": 6"#, #""durationSeconds": 6"#, "duration", "durationSeconds",
            "expected one of mode, prompt, duration"
        ),
    ])
    func renamedInputField(old: String, new: String, documentedName: String, wrongName: String, words: String) throws {
        let body = try edited(textToVideo, replacing: old, with: new)
        let violations = try apixo.violations(
            body, fromSample: "request-text-to-video",
            changing: ["input.\(documentedName)", "input.\(wrongName)"])
        expectOneViolation(violations, at: "input.\(wrongName)", mentioning: ["is not a documented field", words])
    }

    @Test func misspelledTaskIDSuggestsTaskID() throws {
        let body = try edited(
            taskContinuation, replacing: #""task_id": "task_previous_grok_image","#,
            with: #""task_id": "task_previous_grok_image", "taskId": "task_previous_grok_image","#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["input.taskId"]),
            at: "input.taskId", mentioning: ["is not a documented field (did you mean task_id?)"])
    }

    @Test func misspelledCallbackURLSuggestsCallbackURL() throws {
        let body = try edited(
            taskContinuation, replacing: #""callback_url": "https://your-server.com/callback","#,
            with:
                #""callback_url": "https://your-server.com/callback", "callbackUrl": "https://your-server.com/callback","#
        )
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-task-continuation", changing: ["callbackUrl"]),
            at: "callbackUrl", mentioning: ["is not a documented field (did you mean callback_url?)"])
    }

    /// apixo takes the model in the URL path, not in the body.
    @Test func modelInTheBodyRefused() throws {
        let body = try edited(
            textToVideo, replacing: #""request_type": "async","#,
            with: #""request_type": "async", "model": "grok-video","#)
        expectOneViolation(
            try apixo.violations(body, fromSample: "request-text-to-video", changing: ["model"]),
            at: "model",
            mentioning: [
                "is not a documented field", "expected one of request_type, callback_url, provider, source, input",
            ])
    }

    // MARK: Several problems at once

    /// Every problem is reported, fields first (depth-first, in spec order, unknown keys after their object's
    /// declared fields), then the rules in spec order.
    @Test func severalProblemsAreAllReportedInOrder() throws {
        let body = """
            {
              "extra": true,
              "request_type": "callback",
              "provider": "fastest",
              "input": {
                "index": 9,
                "colour": "red",
                "mode": "image-to-video",
                "prompt": "",
                "duration": 31,
                "resolution": "1080p"
              }
            }
            """
        let violations = try apixo.violations(body)
        #expect(violations.count == 10)
        #expect(
            violations.map(\.description) == [
                #"provider: must be one of "auto", "value", "official", got "fastest""#,
                "input.prompt: must be a string of 1 to 5000 characters, got an empty string",
                "input.duration: must be an integer from 6 to 30, got 31",
                #"input.resolution: must be one of "480p", "720p", got "1080p""#,
                "input.index: must be an integer from 0 to 5, got 9",
                "input.colour: is not a documented field (expected one of mode, prompt, duration, resolution, aspect_ratio, style, image_urls, task_id, index, generationType)",
                "extra: is not a documented field (expected one of request_type, callback_url, provider, source, input)",
                #"callback_url: is required when request_type is "callback""#,
                "input.task_id: is required when input.index is given",
                #"input.image_urls: give input.image_urls or input.task_id when input.mode is "image-to-video""#,
            ])
    }
}
