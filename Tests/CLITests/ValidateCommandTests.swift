// `videogen validate`: a provider-native create-request body against everything its spec says, one line per violation.
// Every expected line is written by hand from the provider's spec (and, for apimart, copied from README.md).

import Foundation
import Testing

@testable import VideoGenCLI

@Suite("videogen validate")
struct ValidateCommandTests {
    /// A documented valid request sample of each provider (the samples' bodies, verbatim).
    static let validBodies: [(provider: String, body: String)] = [
        (
            "apimodels",
            #"{"model": "grok-video-3", "prompt": "A cat playing piano in a jazz club, cinematic lighting", "aspect_ratio": "16:9"}"#
        ),
        (
            "toapis",
            #"{"model": "grok-video-3", "prompt": "A golden retriever running on a green field in sunny weather", "duration": 5, "aspect_ratio": "16:9"}"#
        ),
        (
            "apixo",
            #"{"request_type": "async", "input": {"mode": "text-to-video", "prompt": "a peaceful lakeside at sunset with gentle waves", "duration": 6, "resolution": "480p", "aspect_ratio": "3:2", "style": "normal"}}"#
        ),
        (
            "apimart",
            #"{"model": "grok-imagine-1.0-video-apimart", "prompt": "A dog running on the beach, sunny weather, slow motion", "size": "16:9", "duration": 6, "quality": "720p"}"#
        ),
    ]

    @Test("a documented valid request body: exit 0", arguments: validBodies.map(\.provider))
    func validBody(_ provider: String) async throws {
        let body = try #require(Self.validBodies.first { $0.provider == provider }?.body)
        let run = await runCLI(["validate", "--provider", provider], stdinText: body)
        #expect(run.status == .success, "\(run)")
        #expect(run.out == "valid \(provider) create request\n")
        #expect(run.err == "")
    }

    /// For each provider: a body breaking several things, and the lines validate must print, in order.
    static let invalidBodies: [(provider: String, body: String, lines: [String])] = [
        (
            "apixo",
            #"{"request_type": "callback", "input": {"mode": "image-to-video", "prompt": "", "duration": 31, "resolution": "1080p"}}"#,
            [
                "input.prompt: must be a string of 1 to 5000 characters, got an empty string",
                "input.duration: must be an integer from 6 to 30, got 31",
                #"input.resolution: must be one of "480p", "720p", got "1080p""#,
                #"callback_url: is required when request_type is "callback""#,
                #"input.image_urls: give input.image_urls or input.task_id when input.mode is "image-to-video""#,
            ]
        ),
        (
            "apimodels",
            #"{"model": "veo-3.1", "prompt": "a cat", "duration": 5, "generate_audio": true, "mode": "720p", "aspectratio": "16:9"}"#,
            [
                "aspectratio: is not a documented field (did you mean aspect_ratio?)",
                "duration: must be 8 with VEO models (they generate 8-second videos), got 5",
                "mode: is for kling-motion-control only; use size for other models",
            ]
        ),
        (
            "toapis",
            #"{"model": "grok-video-3", "duration": 0, "aspect_ratio": "4:3", "image_urls": ["data:image/png;base64,AAAA"]}"#,
            [
                "prompt: is required (a string that is not empty)",
                "duration: must be an integer of at least 1, got 0",
                #"aspect_ratio: must be one of "16:9", "9:16", got "4:3""#,
                "image_urls[0]: must be an http, https or asset URL, got a data: URI (inline images are not accepted; upload the image and pass its URL)",
            ]
        ),
        // README.md, "validate".
        (
            "apimart",
            #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog on the beach","duration":"6","size":"4:3"}"#,
            [
                #"size: must be one of "16:9", "9:16", "1:1", "3:2", "2:3", got "4:3""#,
                #"duration: must be an integer from 6 to 30, got "6""#,
            ]
        ),
    ]

    @Test(
        "an invalid body: exit 1, one line per violation naming the field path, a count on stderr",
        arguments: invalidBodies.map(\.provider))
    func invalidBody(_ provider: String) async throws {
        let entry = try #require(Self.invalidBodies.first { $0.provider == provider })
        let run = await runCLI(["validate", "--provider", provider], stdinText: entry.body)
        #expect(run.status == .invalidInput, "\(run)")
        #expect(run.out == entry.lines.map { $0 + "\n" }.joined())
        #expect(run.err == "\(entry.lines.count) violations of Spec/\(provider).json\n")
    }

    /// The docs' placeholder callback URL, "https://...", has no valid host, so it is refused before the rule.
    @Test("apixo's documented full body, which combines image_urls with task_id, is reported with the spec's message")
    func documentedInvalidSample() async {
        let body =
            #"{"request_type": "async", "callback_url": "https://...", "provider": "auto", "input": {"mode": "text-to-video", "prompt": "A cinematic city street after rain, soft reflections, slow camera push.", "duration": 6, "resolution": "480p", "aspect_ratio": "3:2", "style": "normal", "image_urls": ["https://example.com/ref.jpg"], "task_id": "task_previous_grok_image", "index": 0}}"#
        let run = await runCLI(["validate", "--provider", "apixo"], stdinText: body)
        #expect(run.status == .invalidInput, "\(run)")
        #expect(
            run.out == """
                callback_url: must be an http or https URL, got "https://..."
                input.task_id: send either image_urls or task_id + index, not both

                """)
        #expect(run.err == "2 violations of Spec/apixo.json\n")
    }

    @Test("--json prints one object with valid and every violation's path, message and value")
    func jsonOutput() async {
        let run = await runCLI(
            ["validate", "--provider", "apimart", "--json"],
            stdinText:
                #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog on the beach","duration":"6","size":"4:3"}"#
        )
        #expect(run.status == .invalidInput, "\(run)")
        #expect(
            run.out
                == #"{"valid":false,"violations":[{"path":"size","message":"must be one of \"16:9\", \"9:16\", \"1:1\", \"3:2\", \"2:3\", got \"4:3\"","value":"4:3"},{"path":"duration","message":"must be an integer from 6 to 30, got \"6\"","value":"6"}],"warnings":[]}"#
                + "\n")
        #expect(run.err == "")
        let valid = await runCLI(
            ["validate", "--provider", "apimart", "--json"],
            stdinText: #"{"model":"grok-imagine-1.0-video-apimart","prompt":"a dog"}"#)
        #expect(valid.status == .success)
        #expect(valid.out == #"{"valid":true,"violations":[],"warnings":[]}"# + "\n")
        // A model the spec does not list: valid, with a warning (an error with --strict-models).
        let unlisted = await runCLI(
            ["validate", "--provider", "apimart"],
            stdinText: #"{"model":"grok-imagine-2.0-video-apimart","prompt":"a dog"}"#)
        #expect(unlisted.status == .success, "\(unlisted)")
        #expect(unlisted.out == "valid apimart create request\n")
        #expect(
            unlisted.err.hasPrefix(
                #"warning: model: is "grok-imagine-2.0-video-apimart", which the spec does not list (did you mean grok-imagine-1.0-video-apimart?)"#
            ))
        let strict = await runCLI(
            ["validate", "--provider", "apimart", "--strict-models"],
            stdinText: #"{"model":"grok-imagine-2.0-video-apimart","prompt":"a dog"}"#)
        #expect(strict.status == .invalidInput, "\(strict)")
    }

    @Test("a body that is not JSON: exit 1, saying where")
    func notJSON() async {
        let run = await runCLI(["validate", "--provider", "toapis"], stdinText: "{model: 1}")
        #expect(run.status == .invalidInput)
        #expect(run.out == "")
        #expect(
            run.err
                == "videogen validate: error: standard input is not valid JSON: line 1, column 2 (at $): unexpected character 'm'\n"
        )
    }

    @Test("a body that is JSON but not an object: exit 1")
    func notAnObject() async {
        let run = await runCLI(["validate", "--provider", "toapis"], stdinText: "[1, 2]")
        #expect(run.status == .invalidInput)
        #expect(run.out == "body: must be an object, got [1,2]\n")
    }

    @Test("the body can come from a file")
    func fromFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.file(
            "body.json", Data(#"{"model": "grok-video-3", "prompt": "a dog", "duration": 0}"#.utf8))
        let run = await runCLI(["validate", "--provider", "toapis", path])
        #expect(run.status == .invalidInput)
        #expect(run.out == "duration: must be an integer of at least 1, got 0\n")
        #expect(run.err == "1 violation of Spec/toapis.json\n")
    }
}
