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

    /// The samples that are response bodies (every kind but create-request).
    static var responses: [ProviderSample] {
        all.filter { $0.kind.responseKind != nil }
    }

    /// The response samples that are the provider reporting an error, listed by hand from the docs.
    static let errorSampleNames: Set<String> = [
        "apimart/status-invalid-task", "apixo/create-error", "apixo/create-error-invalid", "toapis/status-not-found",
    ]

    /// The response samples that describe a task (upload answers describe a file).
    static var taskResponses: [ProviderSample] {
        responses.filter { !errorSampleNames.contains($0.testDescription) && $0.kind != .uploadResponse }
    }
}

@Suite("Documented samples round-trip")
struct SampleRoundTripTests {
    /// Every sample name of every spec, in file order, copied by hand from Spec/*.json.
    static let handListedSamples: [String: [String]] = [
        "apimart": [
            "request-curl", "request-text-to-video", "request-image-to-video",
            "create-submitted", "create-submitted-array",
            "status-processing", "status-completed", "status-invalid-task",
            "upload-success",
        ],
        "apimodels": [
            "request-text-to-video",
            "create-pending", "create-pending-older",
            "status-completed", "status-failed", "status-completed-older", "status-failed-older",
            "upload-success",
            "callback-completed", "callback-failed",
        ],
        "apixo": [
            "request-all-fields", "request-text-to-video", "request-image-to-video", "request-task-continuation",
            "create-success", "create-error", "create-error-invalid",
            "status-running", "status-success", "status-failed",
        ],
        "toapis": [
            "request-text-to-video",
            "create-queued", "create-live-pending", "create-live-empty-status",
            "status-in-progress", "status-completed", "status-failed", "status-not-found",
            "upload-success",
        ],
    ]

    @Test func catalogHoldsTheFourProviders() {
        #expect(ProviderCatalog.identifiers.sorted() == ["apimart", "apimodels", "apixo", "toapis"])
    }

    @Test func noSampleIsLost() throws {
        // 9 (apimart) + 10 (apimodels) + 10 (apixo) + 9 (toapis), counted in the spec files.
        #expect(ProviderSample.all.count == 38)
        // 6 + 9 + 6 + 8 response samples; the rest are create-request bodies. 4 of them are error answers, 3 upload
        // answers.
        #expect(ProviderSample.responses.count == 29)
        #expect(ProviderSample.taskResponses.count == 22)
        for (provider, names) in Self.handListedSamples {
            #expect(try Fixtures.descriptor(provider).samples.map(\.name) == names, "samples of \(provider)")
        }
    }

    @Test(arguments: ProviderSample.all)
    func typedModelRoundTrip(_ item: ProviderSample) throws {
        let model = try #require(
            Self.typedModel(item), "\(item.provider) has no typed model for \(item.kind.rawValue)")
        try Self.roundTrip(model, sampleText: item.sample.json)
    }

    /// The typed model the sample's provider declares for the sample's kind.
    private static func typedModel(_ item: ProviderSample) -> (any JSONModel.Type)? {
        TypedModelTable.model(item.provider, item.kind)
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

    @Test(arguments: ProviderSample.responses)
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
