// Raw request bodies are checked as strictly as the providers read them: integers must be JSON integers,
// `null` counts as absent, a body that is not an object is one violation at the root; and a typed request
// reports exactly what its raw JSON reports.

import Testing
import VideoGen

private func violations(_ provider: String, _ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String]
{
    try ValidationHarness(provider, sourceLocation: sourceLocation).violations(json).map(\.description)
}

private func rawViolations<Request: JSONModel>(of request: Request, matching json: String, provider: String) throws
    -> [Violation]
{
    let raw = try JSONParser.parse(json)
    #expect(request.jsonValue == raw, "the typed request must write the same body")
    let descriptor = try #require(ProviderCatalog.descriptor(for: provider))
    return RequestValidator.validate(raw, against: descriptor.createRequest)
}

@Suite struct RawBodyStrictnessTests {
    // MARK: Integers are JSON integers

    /// A string spelling the number, a fraction, and an integral number written with a fraction or an
    /// exponent are all refused, each quoted as it was sent.
    @Test(arguments: [
        (#""6""#, #"input.duration: must be an integer from 6 to 30, got "6""#),
        (#"" 6""#, #"input.duration: must be an integer from 6 to 30, got " 6""#),
        ("6.5", "input.duration: must be an integer from 6 to 30, got 6.5"),
        ("6.0", "input.duration: must be an integer from 6 to 30, got 6.0"),
        ("6e0", "input.duration: must be an integer from 6 to 30, got 6.0"),
        ("60E-1", "input.duration: must be an integer from 6 to 30, got 6.0"),
        ("true", "input.duration: must be an integer from 6 to 30, got true"),
        ("[6]", "input.duration: must be an integer from 6 to 30, got [6]"),
        (#"{"seconds":6}"#, #"input.duration: must be an integer from 6 to 30, got {"seconds":6}"#),
    ])
    func apixoDurationMustBeAJSONInteger(duration: String, message: String) throws {
        let body =
            #"{"input": {"mode": "text-to-video", "prompt": "a red kite over the sea", "duration": \#(duration)}}"#
        #expect(try violations("apixo", body) == [message])
    }

    @Test func apixoIntegersAccepted() throws {
        #expect(
            try violations(
                "apixo", #"{"input": {"mode": "text-to-video", "prompt": "a red kite over the sea", "duration": 6}}"#)
                == [])
        #expect(
            try violations(
                "apixo", #"{"input": {"mode": "image-to-video", "prompt": "walk", "task_id": "task_1", "index": 0}}"#)
                == [])
        #expect(
            try violations(
                "apixo", #"{"input": {"mode": "image-to-video", "prompt": "walk", "task_id": "task_1", "index": -0}}"#)
                == [])
    }

    @Test(arguments: [
        (#""0""#, #"input.index: must be an integer from 0 to 5, got "0""#),
        ("0.0", "input.index: must be an integer from 0 to 5, got 0.0"),
        ("1.5", "input.index: must be an integer from 0 to 5, got 1.5"),
    ])
    func apixoIndexMustBeAJSONInteger(index: String, message: String) throws {
        let body = #"{"input": {"mode": "image-to-video", "prompt": "walk", "task_id": "task_1", "index": \#(index)}}"#
        #expect(try violations("apixo", body) == [message])
    }

    /// 004: "Must be a plain number (e.g. 6), do not add quotes".
    @Test(arguments: [
        (#""6""#, #"duration: must be an integer from 6 to 30, got "6""#),
        ("6.5", "duration: must be an integer from 6 to 30, got 6.5"),
        ("6.0", "duration: must be an integer from 6 to 30, got 6.0"),
        ("1e1", "duration: must be an integer from 6 to 30, got 10.0"),
    ])
    func apimartDurationMustBeAJSONInteger(duration: String, message: String) throws {
        let body =
            #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog on the beach", "duration": \#(duration)}"#
        #expect(try violations("apimart", body) == [message])
    }

    @Test(arguments: [
        (#""5""#, #"duration: must be an integer of at least 1, got "5""#),
        ("5.0", "duration: must be an integer of at least 1, got 5.0"),
        ("5.5", "duration: must be an integer of at least 1, got 5.5"),
    ])
    func toapisDurationMustBeAJSONInteger(duration: String, message: String) throws {
        let body = #"{"model": "grok-video-3", "prompt": "a golden retriever", "duration": \#(duration)}"#
        #expect(try violations("toapis", body) == [message])
    }

    /// apimodels' page types duration as "number", but its values are the integers 5, 8 and 10; the VEO rule
    /// compares loosely, so a quoted "8" for VEO is reported once, by the field's own check.
    @Test(arguments: [
        ("grok-video-3", #""8""#, #"duration: must be one of 5, 8, 10, got "8""#),
        ("grok-video-3", "8.0", "duration: must be one of 5, 8, 10, got 8.0"),
        ("veo-3.1", #""8""#, #"duration: must be one of 5, 8, 10, got "8""#),
        ("veo-3.1", "8.0", "duration: must be one of 5, 8, 10, got 8.0"),
    ])
    func apimodelsDurationMustBeAJSONInteger(model: String, duration: String, message: String) throws {
        let body = #"{"model": "\#(model)", "prompt": "a cat playing piano", "duration": \#(duration)}"#
        #expect(try violations("apimodels", body) == [message])
    }

    @Test func otherTypesAreNotCoercedEither() throws {
        #expect(
            try violations("apixo", #"{"input": {"mode": "text-to-video", "prompt": 123}}"#)
                == ["input.prompt: must be a string of 1 to 5000 characters, got 123"])
        #expect(
            try violations("apimodels", #"{"model": "veo-3.1", "prompt": "a cat", "generate_audio": "false"}"#)
                == [#"generate_audio: must be true or false, got "false""#])
        #expect(
            try violations("apimodels", #"{"model": "veo-3.1", "prompt": "a cat", "generate_audio": 1}"#)
                == ["generate_audio: must be true or false, got 1"])
        #expect(
            try violations(
                "apimart",
                #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog", "image_urls": "https://example.com/a.png"}"#
            )
                == [#"image_urls: must be an array of at most 7 items, got "https://example.com/a.png""#])
    }

    // MARK: null counts as absent

    @Test func nullOptionalFieldsAreAbsent() throws {
        #expect(
            try violations(
                "apixo",
                """
                {"request_type": null, "callback_url": null, "provider": null,
                 "input": {"mode": "text-to-video", "prompt": "a kite", "duration": null, "resolution": null,
                           "aspect_ratio": null, "style": null, "image_urls": null, "task_id": null, "index": null}}
                """) == [])
        #expect(
            try violations(
                "apimart",
                """
                {"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog", "size": null, "duration": null, "quality": null, "image_urls": null}
                """) == [])
        #expect(
            try violations(
                "toapis",
                #"{"model": "grok-video-3", "prompt": "a dog", "duration": null, "aspect_ratio": null, "image_urls": null}"#
            ) == [])
        // Forbidden fields set to null are not set: no VEO-only or Kling-only complaint for Grok.
        #expect(
            try violations(
                "apimodels",
                """
                {"model": "grok-video-3", "prompt": "a cat", "generate_audio": null, "mode": null, "character_orientation": null,
                 "input_urls": null, "video_urls": null, "images": null, "size": null, "duration": null, "callback_url": null}
                """) == [])
    }

    @Test func nullRequiredFieldsAreMissing() throws {
        #expect(try violations("apixo", #"{"input": null}"#) == ["input: is required (an object)"])
        #expect(
            try violations("apixo", #"{"input": {"mode": null, "prompt": null}}"#) == [
                #"input.mode: is required (one of "text-to-video", "image-to-video", "first_and_last_frames", "omni_reference", "fast")"#,
                "input.prompt: is required (a string of 1 to 5000 characters)",
            ])
        #expect(
            try violations("apimart", #"{"model": null, "prompt": null}"#) == [
                #"model: is required (one of "grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart", "veo3.1-fast", "veo3.1-quality", "veo3.1-lite", "sora-2", "sora-2-pro", "MiniMax-Hailuo-2.3", "MiniMax-H3", "kling-v3", "kling-v3-omni", "kling-video-o1", "happyhorse-1.0", "Omni-Flash-Ext", "doubao-seedance-2.0", "doubao-seedance-2.0-fast")"#,
                "prompt: is required (a string that is not empty)",
            ])
        #expect(
            try violations("toapis", #"{"model": "grok-video-3", "prompt": null}"#) == [
                "prompt: is required (a string that is not empty)"
            ])
        #expect(
            try violations("apimodels", #"{"model": "grok-video-3", "prompt": null}"#)
                == [#"prompt: is required when model is not "kling-motion-control""#])
    }

    /// Rules see null as absent too: a callback with a null URL, task_id with a null index, image-to-video
    /// with both sources null, and image_urls next to a null task_id (not a combination).
    @Test func rulesTreatNullAsAbsent() throws {
        #expect(
            try violations(
                "apixo",
                #"{"request_type": "callback", "callback_url": null, "input": {"mode": "text-to-video", "prompt": "a kite"}}"#
            )
                == [#"callback_url: is required when request_type is "callback""#])
        #expect(
            try violations(
                "apixo", #"{"input": {"mode": "image-to-video", "prompt": "walk", "task_id": "task_1", "index": null}}"#
            )
                == ["input.index: is required when input.task_id is given"])
        #expect(
            try violations(
                "apixo",
                #"{"input": {"mode": "image-to-video", "prompt": "walk", "image_urls": null, "task_id": null}}"#)
                == [#"input.image_urls: give input.image_urls or input.task_id when input.mode is "image-to-video""#])
        #expect(
            try violations(
                "apixo",
                #"{"input": {"mode": "image-to-video", "prompt": "pan", "image_urls": ["https://example.com/ref.jpg"], "task_id": null, "index": null}}"#
            )
                == [])
        #expect(
            try violations(
                "apimodels",
                #"{"model": "kling-motion-control", "input_urls": null, "video_urls": ["https://example.com/dance.mp4"]}"#
            )
                == ["input_urls: is required with kling-motion-control (the character image URLs)"])
        // A null model is no model: the per-model rules do not apply, the model is simply missing.
        #expect(
            try violations("apimodels", #"{"model": null, "mode": "720p"}"#)
                == [
                    #"model: is required (one of "grok-video-3", "grok-video-3-10s", "grok-video-3-15s", "grok-video-3-official", "veo-3.1-fast", "veo-3.1", "kling-motion-control", "seedance-2.5", "seedance-2.0-fast", "seedance-2.0", "seedance-2.0-official", "veo-3.1-fast-fhd", "kling-v2-6", "minimax-h3", "minimax-h3-lite", "wan-2.7-i2v-spicy")"#
                ])
    }

    /// Inside an array a null is an item, not an absence.
    @Test func nullItemIsAnItem() throws {
        #expect(
            try violations(
                "apimart", #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog", "image_urls": [null]}"#)
                == ["image_urls[0]: must be an http or https URL, got null"])
        #expect(
            try violations("apixo", #"{"input": {"mode": "image-to-video", "prompt": "pan", "image_urls": [null]}}"#)
                == ["input.image_urls[0]: must be an http or https URL, got null"])
    }

    // MARK: A body that is not an object

    @Test(arguments: ["apixo", "apimodels", "toapis", "apimart"])
    func wrongTopLevelTypesAreOneViolationAtTheRoot(provider: String) throws {
        let harness = try ValidationHarness(provider)
        for (json, message) in [
            ("[]", "must be an object, got []"),
            (
                #"[{"model": "grok-video-3", "prompt": "a dog"}]"#,
                #"must be an object, got [{"model":"grok-video-3","prompt":"a dog"}]"#
            ),
            (#""a dog running on the beach""#, #"must be an object, got "a dog running on the beach""#),
            ("42", "must be an object, got 42"),
            ("6.5", "must be an object, got 6.5"),
            ("true", "must be an object, got true"),
            ("null", "must be an object, got null"),
        ] {
            let violations = try harness.violations(json)
            #expect(violations.count == 1, "\(provider) \(json): \(violations)")
            #expect(violations.first?.path == .root)
            #expect(violations.first?.fieldName == "body")
            #expect(violations.first?.message == message)
            #expect(violations.first?.description == "body: " + message)
        }
    }

    /// An empty object is an object: it gets the field violations, not a root one.
    @Test func emptyObjectReportsItsMissingFields() throws {
        #expect(try violations("apixo", "{}") == ["input: is required (an object)"])
        #expect(
            try violations("toapis", "{}") == [
                #"model: is required (one of "grok-video-3", "sora-2", "sora-2-pro", "sora-2-vip", "sora-2-vvip", "sora-2-official", "veo3.1-fast", "veo3.1-quality", "veo3", "viduq3-pro", "gemini_omni_flash", "gemini-omni-flash", "gemini_omni", "wan2.6-flash", "doubao-seedance-1-5-pro", "seedance-2-fast", "seedance-2-mini", "grok-imagine-1.0-video")"#,
                "prompt: is required (a string that is not empty)",
            ])
    }

    // MARK: Typed requests report what their raw JSON reports

    @Test func typedApixoRequestMatchesRawJSON() throws {
        let typed = Apixo.CreateRequest(
            input: .init(mode: .textToVideo, prompt: "a red kite over the sea", duration: 31))
        let raw = try rawViolations(
            of: typed,
            matching: #"{"input": {"mode": "text-to-video", "prompt": "a red kite over the sea", "duration": 31}}"#,
            provider: "apixo")
        #expect(typed.validate() == raw)
        #expect(typed.validate().map(\.description) == ["input.duration: must be an integer from 6 to 30, got 31"])
    }

    @Test func typedApixoRequestBreakingRulesMatchesRawJSON() throws {
        let typed = Apixo.CreateRequest(
            requestType: .callback,
            routing: .official,
            input: .init(
                mode: .imageToVideo, prompt: "", imageURLs: ["ftp://example.com/ref.jpg"],
                taskID: "task_previous_grok_image", index: 9))
        let json = """
            {"request_type": "callback", "provider": "official",
             "input": {"mode": "image-to-video", "prompt": "", "image_urls": ["ftp://example.com/ref.jpg"],
                       "task_id": "task_previous_grok_image", "index": 9}}
            """
        let raw = try rawViolations(of: typed, matching: json, provider: "apixo")
        #expect(typed.validate() == raw)
        #expect(
            typed.validate().map(\.description) == [
                "input.prompt: must be a string of 1 to 5000 characters, got an empty string",
                #"input.image_urls[0]: must be an http or https URL, got "ftp://example.com/ref.jpg""#,
                "input.index: must be an integer from 0 to 5, got 9",
                #"callback_url: is required when request_type is "callback""#,
                "input.task_id: send either image_urls or task_id + index, not both",
            ])
    }

    @Test func typedDocumentedApixoRequestIsValidLikeItsJSON() throws {
        let typed = Apixo.CreateRequest(
            requestType: .callback, callbackURL: "https://your-server.com/callback", routing: .official,
            input: .init(
                mode: .imageToVideo, prompt: "turn this character into a walking animation", duration: 10,
                resolution: ._720p, style: .spicy, taskID: "task_previous_grok_image", index: 0))
        let sample = try ValidationHarness("apixo").sample("request-task-continuation")
        #expect(typed.jsonValue == sample)
        #expect(typed.validate() == [])
        #expect(try Apixo.CreateRequest(json: sample) == typed)
    }

    @Test func typedApimartRequestMatchesRawJSON() throws {
        let typed = Apimart.CreateRequest(
            model: .grokImagine1_0VideoApimart, prompt: "a dog on the beach", size: ._16x9, duration: 5,
            quality: ._720p,
            imageURLs: ["https://example.com/start.png", "start.png"])
        let json =
            #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "a dog on the beach", "size": "16:9", "duration": 5, "quality": "720p", "image_urls": ["https://example.com/start.png", "start.png"]}"#
        let raw = try rawViolations(of: typed, matching: json, provider: "apimart")
        #expect(typed.validate() == raw)
        #expect(
            typed.validate().map(\.description) == [
                "duration: must be an integer from 6 to 30, got 5",
                #"image_urls[1]: must be an http or https URL, got "start.png""#,
            ])
    }

    @Test func typedApimodelsRequestMatchesRawJSON() throws {
        let typed = Apimodels.CreateRequest(
            model: .veo3_1, prompt: "a cat playing piano", duration: ._5, generateAudio: true, mode: ._1080p)
        let json =
            #"{"model": "veo-3.1", "prompt": "a cat playing piano", "duration": 5, "generate_audio": true, "mode": "1080p"}"#
        let raw = try rawViolations(of: typed, matching: json, provider: "apimodels")
        #expect(typed.validate() == raw)
        #expect(
            typed.validate().map(\.description) == [
                "duration: must be 8 with VEO models (they generate 8-second videos), got 5",
                "mode: is for kling-motion-control only; use size for other models",
            ])
        let kling = Apimodels.CreateRequest(model: .klingMotionControl, inputURLs: [], mode: ._720p)
        let klingRaw = try rawViolations(
            of: kling, matching: #"{"model": "kling-motion-control", "input_urls": [], "mode": "720p"}"#,
            provider: "apimodels")
        #expect(kling.validate() == klingRaw)
        #expect(
            kling.validate().map(\.description) == [
                "input_urls: must be an array of at least 1 item, got an empty array",
                "video_urls: is required with kling-motion-control (the motion reference video URLs)",
            ])
    }

    @Test func typedToapisRequestMatchesRawJSON() throws {
        let typed = Toapis.CreateRequest(
            model: .grokVideo3, prompt: "", duration: 0, aspectRatio: ._9x16, imageURLs: ["data:image/png;base64,AAAA"])
        let json =
            #"{"model": "grok-video-3", "prompt": "", "duration": 0, "aspect_ratio": "9:16", "image_urls": ["data:image/png;base64,AAAA"]}"#
        let raw = try rawViolations(of: typed, matching: json, provider: "toapis")
        #expect(typed.validate() == raw)
        #expect(
            typed.validate().map(\.description) == [
                "prompt: must be a string that is not empty, got an empty string",
                "duration: must be an integer of at least 1, got 0",
                "image_urls[0]: must be an http, https or asset URL, got a data: URI (inline images are not accepted; upload the image and pass its URL)",
            ])
    }

    /// Every documented request sample, read strictly into its typed request, validates as its raw JSON does.
    @Test func documentedSamplesReadIntoTypedRequestsValidateTheSame() throws {
        let samples = try [
            ("apixo", ValidationHarness("apixo").descriptor.samples),
            ("apimodels", ValidationHarness("apimodels").descriptor.samples),
            ("toapis", ValidationHarness("toapis").descriptor.samples),
            ("apimart", ValidationHarness("apimart").descriptor.samples),
        ]
        var checked = 0
        for (provider, list) in samples {
            for sample in list where sample.part == .request {
                let raw = try violations(provider, sample.json)
                let typed: [String]
                switch provider {
                case "apixo": typed = try Apixo.CreateRequest(jsonText: sample.json).validate().map(\.description)
                case "apimodels":
                    typed = try Apimodels.CreateRequest(jsonText: sample.json).validate().map(\.description)
                case "toapis": typed = try Toapis.CreateRequest(jsonText: sample.json).validate().map(\.description)
                default: typed = try Apimart.CreateRequest(jsonText: sample.json).validate().map(\.description)
                }
                #expect(typed == raw, "\(provider) \(sample.name)")
                checked += 1
            }
        }
        #expect(checked == 9)
    }
}
