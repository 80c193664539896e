// Every documented sample of every provider: present (counted by hand from Spec/*.json), decoded by its typed
// model, unchanged through `jsonValue` and through Codable, and (responses) decoded by PayloadDecoder.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

/// One documented sample of one provider, as a test argument.
struct ProviderSample: Sendable, CustomTestStringConvertible {
    var provider: String
    var sample: Sample
    var kind: SampleKind

    var testDescription: String { "\(provider)/\(sample.name)" }

    /// Every sample of every provider in the catalog, in catalog and spec order.
    static var all: [ProviderSample] {
        ProviderCatalog.bindings.flatMap { binding in
            binding.descriptor.samples.map {
                ProviderSample(provider: binding.descriptor.id, sample: $0, kind: binding.descriptor.kind(of: $0))
            }
        }
    }

    /// The samples that are response bodies the unified decoder reads (answers of operations with a role but list,
    /// and callbacks).
    static var responses: [ProviderSample] {
        all.filter { $0.kind.responseKind != nil && $0.kind != .listResponse }
    }

    /// The response samples that are the provider reporting an error, listed by hand from the docs.
    static let errorSampleNames: Set<String> = [
        "apimart/status-invalid-task", "apixo/create-error", "apixo/create-error-invalid", "toapis/status-not-found",
        "replicate/create-throttled", "fal/submit-validation-error", "fal/cancel-already-completed",
        // REAL-TRAFFIC's error envelopes (constructed from the shapes it gives).
        "apimodels/create-invalid-model", "apimodels/create-error-invalid-input", "apimodels/create-error-without-msg",
        "apimodels/status-task-not-found", "apimart/create-invalid-duration",
    ]

    /// Documented answers that are not of a video task, listed by hand: Replicate's hello-world text model (R2), the
    /// Standard Webhooks signature vector, and fal's wrapped text result (F4). The unified decoder refuses a
    /// "succeeded" without a video (UnifiedReplicateTests and UnifiedFalTests check that).
    static let notVideoSampleNames: Set<String> = [
        "replicate/get-succeeded-hello-world", "replicate/callback-signature-vector", "fal/result-completed-wrapped",
    ]

    /// The response samples that describe a video task (upload answers describe a file).
    static var taskResponses: [ProviderSample] {
        responses.filter {
            !errorSampleNames.contains($0.testDescription) && !notVideoSampleNames.contains($0.testDescription)
                && $0.kind != .uploadResponse
        }
    }
}

@Suite("Documented samples round-trip")
struct SampleRoundTripTests {
    /// Every sample name of every spec, in file order, copied by hand from Spec/*.json.
    static let handListedSamples: [String: [String]] = [
        "apimart": [
            "request-curl", "request-text-to-video", "request-image-to-video",
            "create-submitted", "create-submitted-array", "create-invalid-duration",
            "status-processing", "status-completed", "status-invalid-task",
            "status-completed-string-url", "status-success-unified-id", "status-failed-prohibited",
            "status-error-flagged",
            "upload-success",
        ],
        "apimodels": [
            "request-text-to-video",
            "create-pending", "create-pending-older",
            "create-failed-moderation", "create-invalid-model", "create-error-invalid-input",
            "create-error-without-msg",
            "status-completed", "status-failed", "status-completed-older", "status-failed-older",
            "status-kling-completed", "status-aliases-completed", "status-output-url", "status-aliases-failed",
            "status-task-not-found",
            "upload-success",
            "asset-active", "asset-moderation", "record-settled",
            "callback-completed", "callback-failed",
        ],
        "apixo": [
            "request-all-fields", "request-text-to-video", "request-image-to-video", "request-task-continuation",
            "create-success", "create-error", "create-error-invalid",
            "status-running", "status-success", "status-failed", "status-failed-sensitive", "status-gateway-mock",
            "callback-success", "callback-failed",
        ],
        "toapis": [
            "request-text-to-video",
            "create-queued", "create-live-pending", "create-live-empty-status",
            "create-apimart-shape", "create-mock-task-id",
            "status-in-progress", "status-completed", "status-failed", "status-not-found",
            "status-submitted", "status-gemini-omni-flash",
            "upload-success",
        ],
        "replicate": [
            "request-seedance-deadline", "request-minimax-cancel-example", "request-kling-input",
            "create-starting", "create-throttled",
            "request-version-hello-world", "request-version-webhook",
            "get-succeeded-hello-world", "list-hello-world", "webhook-secret", "file-created",
            "webhook-starting", "callback-signature-vector",
        ],
        "fal": [
            "request-fast-sdxl", "request-flux-webhook", "submit-queued", "submit-with-webhook",
            "submit-validation-error",
            "status-in-queue",
            "stream-event-1", "stream-event-2", "stream-event-3", "stream-event-4", "stream-event-5",
            "result-completed-wrapped", "cancel-requested", "cancel-already-completed", "run-image-output",
            "webhook-ok", "webhook-error", "webhook-payload-not-serializable",
        ],
    ]

    @Test func catalogHoldsTheSixProviders() {
        #expect(
            ProviderCatalog.identifiers.sorted() == ["apimart", "apimodels", "apixo", "fal", "replicate", "toapis"])
    }

    @Test func noSampleIsLost() throws {
        // 14 (apimart) + 22 (apimodels) + 14 (apixo) + 13 (toapis) + 13 (replicate) + 18 (fal), counted in the spec
        // files.
        #expect(ProviderSample.all.count == 94)
        // Answers the unified decoder reads: 11 + 18 + 10 + 12, + 6 for replicate (create ×2, get, the upload, the two
        // callbacks) and 11 for fal (submit ×3, status, result, cancel ×2, run, the three webhooks); not the role-less
        // operations' (fal's stream events, replicate's webhook secret, apimodels' asset and record answers) nor lists.
        // 12 are error answers, 4 upload answers, 3 not of a video.
        #expect(ProviderSample.responses.count == 51 + 6 + 11)
        #expect(ProviderSample.taskResponses.count == 39 + 2 + 8)
        for (provider, names) in Self.handListedSamples {
            #expect(try Fixtures.descriptor(provider).samples.map(\.name) == names, "samples of \(provider)")
        }
    }

    @Test(arguments: ProviderSample.all)
    func typedModelRoundTrip(_ item: ProviderSample) throws {
        let model = try #require(
            Self.typedModel(item), "\(item.provider) has no typed model for \(item.sample.operation ?? "callbacks")")
        try Self.roundTrip(model, sampleText: item.sample.json)
    }

    /// The typed model the sample's provider declares for the sample's operation and part.
    private static func typedModel(_ item: ProviderSample) -> (any JSONModel.Type)? {
        TypedModelTable.model(item.provider, operation: item.sample.operation, part: item.sample.part)
    }

    /// Decodes the sample with `Model`, then checks that `jsonValue` and Codable both give the same value back.
    private static func roundTrip<Model: JSONModel>(_: Model.Type, sampleText: String) throws {
        let decoded = try Model(json: JSONParser.parse(sampleText))

        let encoded = decoded.jsonValue
        let again = try Model(json: encoded)
        #expect(again == decoded)
        #expect(again.jsonValue == encoded)

        let data = try JSONEncoder().encode(decoded)
        #expect(try JSONParser.parse(data) == encoded, "Codable writes what jsonValue holds")
        #expect(try JSONDecoder().decode(Model.self, from: data) == decoded)
        #expect(
            try JSONDecoder().decode(Model.self, from: Data(sampleText.utf8)) == decoded,
            "JSONDecoder reads the sample as init(json:) does")
    }

    @Test(
        arguments: ProviderSample.responses.filter { !ProviderSample.notVideoSampleNames.contains($0.testDescription) })
    func responseSampleDecodesWithoutPayloadError(_ item: ProviderSample) throws {
        let kind = try #require(item.kind.responseKind)
        let descriptor = try Fixtures.descriptor(item.provider)
        if kind == .upload {
            #expect(throws: Never.self) {
                try PayloadDecoder.decodeUpload(Array(item.sample.json.utf8), descriptor: descriptor, httpStatus: nil)
            }
            return
        }
        #expect(throws: Never.self) {
            try PayloadDecoder.decode(Array(item.sample.json.utf8), kind: kind, descriptor: descriptor)
        }
    }

    /// What the typed model writes back keeps everything the unified task needs: decoding the re-encoded
    /// value gives the same task as decoding the sample.
    /// (Error samples are left out: the kind's typed model, not the error model, reads them, and it has no
    /// place for the error's details.)
    @Test(arguments: ProviderSample.taskResponses)
    func reencodedTaskSampleDecodesToTheSameTask(_ item: ProviderSample) throws {
        let kind = try #require(item.kind.responseKind)
        let descriptor = try Fixtures.descriptor(item.provider)
        let original = try PayloadDecoder.decode(Array(item.sample.json.utf8), kind: kind, descriptor: descriptor)
        let task = try #require(original.taskValue, "\(item.testDescription) should describe a task")
        let model = try #require(Self.typedModel(item))
        let reencoded = try Self.reencode(model, sampleText: item.sample.json)
        #expect(try PayloadDecoder.decode(reencoded, kind: kind, descriptor: descriptor) == .task(task))
    }

    private static func reencode<Model: JSONModel>(_: Model.Type, sampleText: String) throws -> JSONValue {
        try Model(json: JSONParser.parse(sampleText)).jsonValue
    }
}
