// Test support: finds providers and their documented samples by name (so a renamed sample fails loudly)
// and decodes them, or hand-written payloads, through the runtime.

import Testing
import VideoGen
import VideoGenTestSupport

/// Looks up documented samples and decodes payloads.
enum Fixtures {
    /// The descriptor of `provider`; a missing provider fails the test.
    static func descriptor(_ provider: String) throws -> ProviderDescriptor {
        try #require(ProviderCatalog.descriptor(for: provider), "no provider named \(provider) in ProviderCatalog")
    }

    /// The documented sample `name` of `provider`; a missing or renamed sample fails the test.
    static func sample(_ name: String, of provider: String) throws -> Sample {
        let descriptor = try descriptor(provider)
        return try #require(descriptor.samples.first { $0.name == name }, "\(provider) has no sample named \(name)")
    }

    /// The sample `name` of `provider` decoded by `PayloadDecoder`, as `kind` or else the response kind of its own kind.
    static func decodeSample(_ name: String, of provider: String, as kind: ResponseKind? = nil) throws -> DecodedPayload
    {
        let descriptor = try descriptor(provider)
        let sample = try #require(
            descriptor.samples.first { $0.name == name }, "\(provider) has no sample named \(name)")
        let responseKind = try #require(
            kind ?? descriptor.kind(of: sample).responseKind, "\(provider)/\(name) is a request sample")
        return try PayloadDecoder.decode(Array(sample.json.utf8), kind: responseKind, descriptor: descriptor)
    }

    /// The unified task of the sample `name`; an error report instead fails the test.
    static func sampleTask(_ name: String, of provider: String, as kind: ResponseKind? = nil) throws -> VideoTask {
        let payload = try decodeSample(name, of: provider, as: kind)
        return try #require(payload.taskValue, "expected \(provider)/\(name) to be a task, got \(payload)")
    }

    /// A hand-written payload of `provider` decoded by `PayloadDecoder`.
    static func decode(_ json: String, _ provider: String, as kind: ResponseKind, httpStatus: Int? = nil) throws
        -> DecodedPayload
    {
        try PayloadDecoder.decode(
            Array(json.utf8), kind: kind, descriptor: descriptor(provider), httpStatus: httpStatus)
    }

    /// The unified task of a hand-written payload; an error report instead fails the test.
    static func task(_ json: String, _ provider: String, as kind: ResponseKind, httpStatus: Int? = nil) throws
        -> VideoTask
    {
        let payload = try decode(json, provider, as: kind, httpStatus: httpStatus)
        return try #require(payload.taskValue, "expected a task, got \(payload)")
    }

    /// The error report of a hand-written payload; a task instead fails the test.
    static func providerError(_ json: String, _ provider: String, as kind: ResponseKind, httpStatus: Int? = nil) throws
        -> ProviderErrorReport
    {
        let payload = try decode(json, provider, as: kind, httpStatus: httpStatus)
        return try #require(payload.providerErrorValue, "expected a provider error, got \(payload)")
    }

    /// The `PayloadError` a hand-written payload of `provider` is refused with; decoding it fails the test.
    static func payloadError(_ json: String, _ provider: String, as kind: ResponseKind, httpStatus: Int? = nil) throws
        -> PayloadError
    {
        let descriptor = try descriptor(provider)
        return try #require(throws: PayloadError.self) {
            try PayloadDecoder.decode(Array(json.utf8), kind: kind, descriptor: descriptor, httpStatus: httpStatus)
        }
    }
}

extension DecodedPayload {
    /// The task, when the payload is one.
    var taskValue: VideoTask? {
        if case .task(let task) = self { return task }
        return nil
    }

    /// The error report, when the payload is one.
    var providerErrorValue: ProviderErrorReport? {
        if case .providerError(let report) = self { return report }
        return nil
    }
}
