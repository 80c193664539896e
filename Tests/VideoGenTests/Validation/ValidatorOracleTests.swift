// A seeded property test: thousands of random apixo and apimart create bodies, each judged by the
// RequestValidator (with the spec's schema) and by an independent oracle written here from the provider docs
// alone (page 003 and the apixo section of STATUS-ENDPOINTS; page 004). Both must agree on whether the body
// is valid and on the set of field paths at fault. The oracle never reads the spec or the descriptor.

import Testing
import VideoGen
import VideoGenTestSupport

/// The seeded generator, so every run builds the same bodies (SplitMix64, shared by the test targets).
private typealias SplitMix64 = FuzzRandom

// MARK: Random bodies

/// Builds random create bodies: mostly documented values, with absent, null, mistyped and out-of-range ones mixed in.
private struct BodyGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func percent(_ chance: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < chance
    }

    mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &random)]
    }

    /// Adds `name` with the valid value, the invalid one, `null`, or nothing.
    mutating func add(
        _ name: String, to members: inout [(String, JSONValue)],
        absent: Int = 35, null: Int = 4, bad: Int = 10,
        valid validValue: JSONValue, invalid invalidValue: JSONValue
    ) {
        let roll = Int.random(in: 0..<100, using: &random)
        if roll < absent { return }
        if roll < absent + null {
            members.append((name, .null))
            return
        }
        if roll < absent + null + bad {
            members.append((name, invalidValue))
            return
        }
        members.append((name, validValue))
    }

    /// The members in a random order, as an object.
    mutating func object(_ members: [(String, JSONValue)]) -> JSONValue {
        var shuffled = members
        shuffled.shuffle(using: &random)
        return .object(JSONObject(shuffled.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }

    static let goodURLs: [String] = [
        "https://example.com/ref.jpg", "http://cdn.example.org/images/a.png?x=1", "HTTPS://EXAMPLE.COM/B.PNG",
        "https://your-server.com/callback", "http://localhost:8080/hook", "https://user@example.com:8443/a.png#frame",
    ]

    static let badURLs: [JSONValue] = [
        "ftp://example.com/a.jpg", "data:image/png;base64,iVBORw0KGgo=", "example.com/a.jpg", "https://",
        "https://exa mple.com/a.jpg", "/images/a.png", "", "javascript:alert(1)", "https://example.com/a\tb.png",
        .string(String(repeating: "iVBORw0KGgoAAAANSUhEUg", count: 12)), 7, .null, ["https://example.com/a.jpg"],
    ]

    mutating func url() -> JSONValue {
        percent(85) ? .string(pick(Self.goodURLs)) : pick(Self.badURLs)
    }

    static let promptCharacters: [Character] = [
        "a", "Z", " ", "0", ",", "é", "e\u{301}", "中", "🌅", "🇫🇷", "👩‍👩‍👧‍👦", "\"", "\\", "\n",
    ]

    mutating func prompt(maximum: Int) -> JSONValue {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<2: return .string(String(repeating: pick(["w", "🌅", "e\u{301}"] as [String]), count: maximum))
        case 2..<4: return .string(String(repeating: pick(["w", "🌅", "e\u{301}"] as [String]), count: maximum + 1))
        default:
            let length = Int.random(in: 1...40, using: &random)
            return .string(String((0..<length).map { _ in pick(Self.promptCharacters) }))
        }
    }

    mutating func badPrompt() -> JSONValue {
        pick(["", 42, ["a kite"], true])
    }

    mutating func duration() -> JSONValue {
        .integer(Int.random(in: 6...30, using: &random))
    }

    mutating func badDuration() -> JSONValue {
        pick([0, 5, 31, 100, -6, "6", "10", 6.5, .number(6.0), .number(10.0), true])
    }

    mutating func urlList(maximumCount: Int) -> JSONValue {
        let count = pick([0, 1, 1, 1, 1, 1, 1, 2, maximumCount])
        return .array((0..<count).map { _ in url() })
    }

    mutating func rootThatIsNotAnObject() -> JSONValue {
        pick([[], "a kite", 6, .null, true, [["input": ["mode": "text-to-video", "prompt": "a kite"]]]])
    }

    // apixo: {request_type, callback_url, provider, input: {mode, prompt, duration, resolution, aspect_ratio, style, image_urls, task_id, index}}

    mutating func apixoBody() -> JSONValue {
        if percent(3) { return rootThatIsNotAnObject() }
        var members: [(String, JSONValue)] = []
        add(
            "request_type", to: &members, valid: pick(["async", "callback"]),
            invalid: pick(["sync", "Callback", 1, true]))
        add("callback_url", to: &members, absent: 40, valid: .string(pick(Self.goodURLs)), invalid: pick(Self.badURLs))
        add(
            "provider", to: &members, valid: pick(["auto", "value", "official"]), invalid: pick(["fastest", "AUTO", 0]))
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<3: break
        case 3..<5: members.append(("input", .null))
        case 5..<7: members.append(("input", pick(["a kite", [1, 2]])))
        default: members.append(("input", apixoInput()))
        }
        if percent(5) {
            members.append(pick([("model", "grok-video"), ("callbackUrl", "https://your-server.com/callback")]))
        }
        return object(members)
    }

    private mutating func apixoInput() -> JSONValue {
        var members: [(String, JSONValue)] = []
        // The image-to-video source: mostly none (text-to-video), a reference image, or a task + index as
        // documented; sometimes each of the three drawn on its own, so the combinations the Tips forbid come up too.
        let plan = Int.random(in: 0..<100, using: &random)
        let (imageAbsent, taskAbsent, indexAbsent): (Int, Int, Int)
        switch plan {
        case 0..<45: (imageAbsent, taskAbsent, indexAbsent) = (100, 100, 100)
        case 45..<67: (imageAbsent, taskAbsent, indexAbsent) = (0, 100, 100)
        case 67..<89: (imageAbsent, taskAbsent, indexAbsent) = (100, 0, 0)
        default: (imageAbsent, taskAbsent, indexAbsent) = (45, 45, 45)
        }
        let mode: JSONValue =
            plan < 45
            ? (percent(85) ? "text-to-video" : "image-to-video")
            : (percent(85) ? "image-to-video" : "text-to-video")
        add(
            "mode", to: &members, absent: 4, null: 2, bad: 4, valid: mode, invalid: pick(["video", "TEXT-TO-VIDEO", 1]))
        add("prompt", to: &members, absent: 4, null: 2, bad: 4, valid: prompt(maximum: 5000), invalid: badPrompt())
        add("duration", to: &members, valid: duration(), invalid: badDuration())
        add("resolution", to: &members, valid: pick(["480p", "720p"]), invalid: pick(["1080p", "480P", 480]))
        add(
            "aspect_ratio", to: &members,
            valid: pick(["1:1", "3:2", "2:3", "16:9", "9:16"]), invalid: pick(["4:3", "16x9", 1.5]))
        add("style", to: &members, valid: pick(["fun", "normal", "spicy"]), invalid: pick(["Fun", "anime", ""]))
        add(
            "image_urls", to: &members, absent: imageAbsent, valid: urlList(maximumCount: 3),
            invalid: pick(["https://example.com/ref.jpg", 7, ["url": "https://example.com/ref.jpg"]]))
        add(
            "task_id", to: &members, absent: taskAbsent, valid: pick(["task_previous_grok_image", "t", "任务_1"]),
            invalid: pick(["", 12, ["t"]]))
        add(
            "index", to: &members, absent: indexAbsent, valid: .integer(Int.random(in: 0...5, using: &random)),
            invalid: pick([6, -1, "0", 1.5, .number(2.0)]))
        if percent(5) {
            members.append(pick([("seed", 42), ("imageUrls", ["https://example.com/ref.jpg"]), ("taskId", "t")]))
        }
        return object(members)
    }

    // apimart: {model, prompt, size, duration, quality, image_urls}

    mutating func apimartBody() -> JSONValue {
        if percent(3) { return rootThatIsNotAnObject() }
        var members: [(String, JSONValue)] = []
        add(
            "model", to: &members, absent: 4, null: 2, bad: 5,
            valid: pick(["grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart"]),
            invalid: pick(["grok-imagine-1.0-video", "grok-video-3", 1]))
        add("prompt", to: &members, absent: 4, null: 2, bad: 4, valid: prompt(maximum: 300), invalid: badPrompt())
        add(
            "size", to: &members, valid: pick(["16:9", "9:16", "1:1", "3:2", "2:3"]),
            invalid: pick(["4:3", "16x9", 16]))
        add("duration", to: &members, valid: duration(), invalid: badDuration())
        add("quality", to: &members, valid: pick(["480p", "720p"]), invalid: pick(["1080p", "720P", 720]))
        add(
            "image_urls", to: &members, absent: 50, valid: urlList(maximumCount: 4),
            invalid: pick(["https://example.com/start.png", ["url": "https://example.com/start.png"], false]))
        if percent(5) {
            members.append(
                pick([("aspect_ratio", "16:9"), ("imageUrls", ["https://example.com/a.png"]), ("resolution", "720p")]))
        }
        return object(members)
    }
}

// MARK: The oracle, from the docs

/// What the provider docs say about a body, in plain Swift. It records the field paths at fault, and a
/// word for each reason (only used to check that the random bodies reach every rule).
private struct Oracle {
    var paths: Set<String> = []
    var reasons: Set<String> = []

    mutating func fault(_ path: String, _ reason: String) {
        paths.insert(path)
        reasons.insert(reason)
    }

    /// A value that is there: `null` counts as absent.
    static func given(_ value: JSONValue?) -> JSONValue? {
        guard let value, value != .null else { return nil }
        return value
    }

    /// "Publicly accessible image URLs (http:// or https://)", no base64 and no data: URIs.
    static func isHTTPURL(_ value: JSONValue) -> Bool {
        guard case .string(let text) = value, !text.contains(where: \.isWhitespace) else { return false }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst("https://".count)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst("http://".count)
        } else {
            return false
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        return !host.isEmpty
    }

    static func isString(_ value: JSONValue, from minimum: Int, to maximum: Int) -> Bool {
        guard case .string(let text) = value else { return false }
        return text.count >= minimum && text.count <= maximum
    }

    static func isInteger(_ value: JSONValue, from minimum: Int, to maximum: Int) -> Bool {
        guard case .integer(let number) = value else { return false }
        return number >= minimum && number <= maximum
    }

    static func isOneOf(_ value: JSONValue, _ words: [String]) -> Bool {
        guard case .string(let text) = value else { return false }
        return words.contains(text)
    }

    /// Checks a list of URLs; `maximumCount` nil when the docs give no count.
    mutating func checkURLList(_ value: JSONValue, at path: String, exactlyOne: Bool) {
        guard case .array(let items) = value else { return fault(path, "image_urls type") }
        if exactlyOne && items.count != 1 { fault(path, "image_urls count") }
        for (index, item) in items.enumerated() where !Self.isHTTPURL(item) {
            fault("\(path)[\(index)]", "image URL")
        }
    }

    /// apixo, page 003 and STATUS-ENDPOINTS: request_type async|callback (callback needs callback_url);
    /// provider auto|value|official; REAL-TRAFFIC: an optional string source, the modes first_and_last_frames,
    /// omni_reference and fast, and veo's generationType REFERENCE_2_VIDEO|TEXT_2_VIDEO (the random bodies use
    /// none of these); input required: mode text-to-video|image-to-video (required),
    /// prompt 1–5000 characters (required), duration integer 6–30, resolution 480p|720p,
    /// aspect_ratio 1:1|3:2|2:3|16:9|9:16, style fun|normal|spicy; image-to-video takes image_urls (at most
    /// one http(s) URL) or task_id + index (0–5), never both.
    static func apixo(_ body: JSONValue) -> Oracle {
        var oracle = Oracle()
        guard case .object(let root) = body else {
            oracle.fault("body", "not an object")
            return oracle
        }
        for key in root.keys where !["request_type", "callback_url", "provider", "source", "input"].contains(key) {
            oracle.fault(key, "unknown field")
        }
        let requestType = given(root["request_type"])
        if let requestType, !isOneOf(requestType, ["async", "callback"]) {
            oracle.fault("request_type", "request_type")
        }
        let callbackURL = given(root["callback_url"])
        if let callbackURL, !isHTTPURL(callbackURL) { oracle.fault("callback_url", "callback URL") }
        if let provider = given(root["provider"]), !isOneOf(provider, ["auto", "value", "official"]) {
            oracle.fault("provider", "provider")
        }
        if let source = given(root["source"]), !isString(source, from: 0, to: .max) { oracle.fault("source", "source") }
        if requestType == .string("callback") && callbackURL == nil {
            oracle.fault("callback_url", "callback needs callback_url")
        }

        guard let inputValue = given(root["input"]) else {
            oracle.fault("input", "input missing")
            return oracle
        }
        guard case .object(let input) = inputValue else {
            oracle.fault("input", "input type")
            return oracle
        }
        let inputFields = [
            "mode", "prompt", "duration", "resolution", "aspect_ratio", "style", "image_urls", "task_id", "index",
            "generationType",
        ]
        for key in input.keys where !inputFields.contains(key) { oracle.fault("input.\(key)", "unknown input field") }

        let mode = given(input["mode"])
        if let mode {
            let modes = ["text-to-video", "image-to-video", "first_and_last_frames", "omni_reference", "fast"]
            if !isOneOf(mode, modes) { oracle.fault("input.mode", "mode") }
        } else {
            oracle.fault("input.mode", "mode missing")
        }
        if let prompt = given(input["prompt"]) {
            if !isString(prompt, from: 1, to: 5000) { oracle.fault("input.prompt", "prompt") }
        } else {
            oracle.fault("input.prompt", "prompt missing")
        }
        if let duration = given(input["duration"]), !isInteger(duration, from: 6, to: 30) {
            oracle.fault("input.duration", "duration")
        }
        if let resolution = given(input["resolution"]), !isOneOf(resolution, ["480p", "720p"]) {
            oracle.fault("input.resolution", "resolution")
        }
        if let ratio = given(input["aspect_ratio"]), !isOneOf(ratio, ["1:1", "3:2", "2:3", "16:9", "9:16"]) {
            oracle.fault("input.aspect_ratio", "aspect_ratio")
        }
        if let style = given(input["style"]), !isOneOf(style, ["fun", "normal", "spicy"]) {
            oracle.fault("input.style", "style")
        }
        if let type = given(input["generationType"]), !isOneOf(type, ["REFERENCE_2_VIDEO", "TEXT_2_VIDEO"]) {
            oracle.fault("input.generationType", "generationType")
        }
        let images = given(input["image_urls"])
        if let images { oracle.checkURLList(images, at: "input.image_urls", exactlyOne: true) }
        let taskID = given(input["task_id"])
        if let taskID, !isString(taskID, from: 1, to: .max) { oracle.fault("input.task_id", "task_id") }
        let index = given(input["index"])
        if let index, !isInteger(index, from: 0, to: 5) { oracle.fault("input.index", "index") }

        if images != nil && taskID != nil { oracle.fault("input.task_id", "image_urls and task_id together") }
        if taskID != nil && index == nil { oracle.fault("input.index", "task_id without index") }
        if index != nil && taskID == nil { oracle.fault("input.task_id", "index without task_id") }
        if mode == .string("image-to-video") && images == nil && taskID == nil {
            oracle.fault("input.image_urls", "image-to-video without a source")
        }
        return oracle
    }

    /// apimart, page 004 (and the 1.5 model of STATUS-ENDPOINTS): model required; prompt required;
    /// size 16:9|9:16|1:1|3:2|2:3; duration a plain integer 6–30; quality 480p|720p; image_urls an array of http(s)
    /// URLs. REAL-TRAFFIC: the other models, and the parameters some of them take on top of page 004's (grok: at most
    /// 7 image_urls; Omni-Flash-Ext: duration 4, 6, 8 or 10; kling-v3: aspect_ratio and mode; happyhorse-1.0,
    /// doubao-seedance-2.0 and MiniMax-H3: resolution; MiniMax-H3 also images with roles, reference videos and audio,
    /// and frame images). A body whose model is not listed (or absent) is checked against what every listed model
    /// accepts: other fields pass, and duration only has to be an integer (Omni-Flash-Ext's four values and page 004's
    /// range together set no range). The random bodies use the two grok models, or models that are not listed.
    static let apimartModels = [
        "grok-imagine-1.0-video-apimart", "grok-imagine-1.5-video-apimart", "veo3.1-fast", "veo3.1-quality",
        "veo3.1-lite", "sora-2", "sora-2-pro", "MiniMax-Hailuo-2.3", "MiniMax-H3", "kling-v3", "kling-v3-omni",
        "kling-video-o1", "happyhorse-1.0", "Omni-Flash-Ext", "doubao-seedance-2.0", "doubao-seedance-2.0-fast",
    ]

    static let apimartOwnFields: [String: [String]] = [
        "kling-v3": ["aspect_ratio", "mode"], "happyhorse-1.0": ["resolution"], "doubao-seedance-2.0": ["resolution"],
        "MiniMax-H3": [
            "resolution", "image_with_roles", "video_urls", "audio_urls", "first_frame_image", "last_frame_image",
        ],
    ]

    static func apimart(_ body: JSONValue) -> Oracle {
        var oracle = Oracle()
        guard case .object(let root) = body else {
            oracle.fault("body", "not an object")
            return oracle
        }
        var listedModel: String?
        if let model = given(root["model"]) {
            if isOneOf(model, apimartModels), case .string(let name) = model {
                listedModel = name
            } else {
                oracle.fault("model", "model")
            }
        } else {
            oracle.fault("model", "model missing")
        }
        if let listedModel {
            let known =
                ["model", "prompt", "size", "duration", "quality", "image_urls"] + (apimartOwnFields[listedModel] ?? [])
            for key in root.keys where !known.contains(key) { oracle.fault(key, "unknown field") }
        }
        if let prompt = given(root["prompt"]) {
            if !isString(prompt, from: 1, to: .max) { oracle.fault("prompt", "prompt") }
        } else {
            oracle.fault("prompt", "prompt missing")
        }
        if let size = given(root["size"]), !isOneOf(size, ["16:9", "9:16", "1:1", "3:2", "2:3"]) {
            oracle.fault("size", "size")
        }
        if let duration = given(root["duration"]) {
            switch listedModel {
            case nil: if !isInteger(duration, from: .min, to: .max) { oracle.fault("duration", "duration") }
            case "Omni-Flash-Ext":
                if ![4, 6, 8, 10].contains(where: { duration == .integer($0) }) {
                    oracle.fault("duration", "duration")
                }
            default: if !isInteger(duration, from: 6, to: 30) { oracle.fault("duration", "duration") }
            }
        }
        if let quality = given(root["quality"]), !isOneOf(quality, ["480p", "720p"]) {
            oracle.fault("quality", "quality")
        }
        if let images = given(root["image_urls"]) {
            oracle.checkURLList(images, at: "image_urls", exactlyOne: false)
            if listedModel?.hasPrefix("grok-imagine-") == true, case .array(let items) = images, items.count > 7 {
                oracle.fault("image_urls", "image_urls count")
            }
        }
        return oracle
    }
}

// MARK: The comparison

@Suite struct ValidatorOracleTests {
    /// Runs `count` random bodies through the validator and the oracle; returns how many were valid and
    /// which oracle reasons occurred.
    private func compare(
        provider: String, seed: UInt64, count: Int,
        body: (inout BodyGenerator) -> JSONValue, oracle: (JSONValue) -> Oracle
    ) throws -> (valid: Int, reasons: [String: Int]) {
        let request = try #require(ProviderCatalog.descriptor(for: provider)).createRequest
        var generator = BodyGenerator(seed: seed)
        var valid = 0
        var reasons: [String: Int] = [:]
        var mismatches: [String] = []
        for number in 0..<count {
            let value = body(&generator)
            let expected = oracle(value)
            // The oracle reads the docs literally: a model they do not list is refused (strict).
            let violations = RequestValidator.prepare(value, against: request, refusingUnknownModels: true).violations
            let reported = Set(violations.map(\.fieldName))
            if violations.isEmpty != expected.paths.isEmpty || reported != expected.paths {
                mismatches.append(
                    """
                    \(provider) body #\(number) (seed \(seed)): \(JSONWriter.string(value))
                      oracle:    \(expected.paths.sorted()) \(expected.reasons.sorted())
                      validator: \(violations.map(\.description))
                    """)
            }
            if expected.paths.isEmpty { valid += 1 }
            for reason in expected.reasons { reasons[reason, default: 0] += 1 }
        }
        #expect(
            mismatches.count == 0,
            "\(mismatches.count) of \(count) bodies disagree; first ones:\n\(mismatches.prefix(5).joined(separator: "\n"))"
        )
        return (valid, reasons)
    }

    @Test func apixoValidatorAgreesWithTheDocs() throws {
        let count = 2_500
        let result = try compare(
            provider: "apixo", seed: 0x00A9_1C0D_0C5E_ED01, count: count,
            body: { $0.apixoBody() }, oracle: Oracle.apixo)
        // The bodies must be a fair mix, and reach every documented constraint and rule.
        #expect(result.valid >= count / 10, "only \(result.valid) valid bodies")
        #expect(result.valid <= count * 9 / 10, "\(result.valid) valid bodies")
        for reason in [
            "not an object", "unknown field", "request_type", "callback URL", "provider", "callback needs callback_url",
            "input missing", "input type", "unknown input field", "mode", "mode missing", "prompt", "prompt missing",
            "duration", "resolution", "aspect_ratio", "style", "image_urls type", "image_urls count", "image URL",
            "task_id", "index", "image_urls and task_id together", "task_id without index", "index without task_id",
            "image-to-video without a source",
        ] {
            #expect(
                result.reasons[reason, default: 0] >= 5,
                "only \(result.reasons[reason, default: 0]) bodies for \(reason)")
        }
    }

    @Test func apimartValidatorAgreesWithTheDocs() throws {
        let count = 2_500
        let result = try compare(
            provider: "apimart", seed: 0x00A9_1A27_0C5E_ED02, count: count,
            body: { $0.apimartBody() }, oracle: Oracle.apimart)
        #expect(result.valid >= count / 10, "only \(result.valid) valid bodies")
        #expect(result.valid <= count * 9 / 10, "\(result.valid) valid bodies")
        for reason in [
            "not an object", "unknown field", "model", "model missing", "prompt", "prompt missing", "size", "duration",
            "quality", "image_urls type", "image URL",
        ] {
            #expect(
                result.reasons[reason, default: 0] >= 5,
                "only \(result.reasons[reason, default: 0]) bodies for \(reason)")
        }
    }

    /// The generator is deterministic: the same seed builds the same bodies.
    @Test func sameSeedSameBodies() {
        var first = BodyGenerator(seed: 42)
        var second = BodyGenerator(seed: 42)
        for _ in 0..<50 {
            #expect(first.apixoBody() == second.apixoBody())
            #expect(first.apimartBody() == second.apimartBody())
        }
    }

    /// The oracle's own URL rule, checked on hand-picked values, so a disagreement is not the oracle's fault.
    @Test func oracleURLRule() {
        for url in [
            "https://example.com/ref.jpg", "HTTP://EXAMPLE.COM", "https://user@example.com:8443/a.png#f",
            "http://localhost:8080/hook",
        ] {
            #expect(Oracle.isHTTPURL(.string(url)), "\(url)")
        }
        for url in [
            "ftp://example.com/a.jpg", "data:image/png;base64,AAAA", "https://", "https://:8080/a", "https://a b.com",
            "example.com/a.jpg", "https://example.com/a.png\r", "",
        ] {
            #expect(!Oracle.isHTTPURL(.string(url)), "\(url)")
        }
        #expect(!Oracle.isHTTPURL(7))
    }
}
