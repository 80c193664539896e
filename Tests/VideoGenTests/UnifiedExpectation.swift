// Test support: the unified view of a decoded payload as plain values (dates as ISO 8601 text), so the
// per-provider tests can write down by hand what the docs say and compare whole values at once.

import Foundation
import Testing
import VideoGen

/// What a payload should decode to: a task or the provider's error.
enum ExpectedPayload: Sendable, Hashable {
    /// A task with these values.
    case task(TaskView)
    /// A provider error with these values.
    case providerError(ErrorView)
    /// An upload answer giving the file's URL.
    case uploaded(String)

    /// The view of a decoded payload, for comparison with a hand-written expectation.
    init(_ payload: DecodedPayload) {
        switch payload {
        case .task(let task): self = .task(TaskView(task))
        case .providerError(let report): self = .providerError(ErrorView(report))
        }
    }
}

/// A `VideoTask` as plain values, with its dates as ISO 8601 UTC text.
struct TaskView: Sendable, Hashable {
    var provider: String
    var taskID: String?
    var state: TaskState
    var providerState: String?
    var progress: Int?
    var videoURLs: [String]
    var failureCode: String?
    var failureMessage: String?
    var createdAt: String?
    var completedAt: String?
    var expiresAt: String?
    var model: String?

    /// A hand-written expectation; a failure is `failureMessage` (with `failureCode` when the provider gives one).
    init(
        provider: String, taskID: String?, state: TaskState, providerState: String?, progress: Int? = nil,
        videoURLs: [String] = [], failureCode: String? = nil, failureMessage: String? = nil,
        createdAt: String? = nil, completedAt: String? = nil, expiresAt: String? = nil, model: String? = nil
    ) {
        self.provider = provider
        self.taskID = taskID
        self.state = state
        self.providerState = providerState
        self.progress = progress
        self.videoURLs = videoURLs
        self.failureCode = failureCode
        self.failureMessage = failureMessage
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.expiresAt = expiresAt
        self.model = model
    }

    /// The view of a decoded task.
    init(_ task: VideoTask) {
        self.init(
            provider: task.provider, taskID: task.taskID, state: task.state, providerState: task.providerState,
            progress: task.progress, videoURLs: task.videoURLs, failureCode: task.failure?.code,
            failureMessage: task.failure?.message, createdAt: task.createdAt.map(ISO8601Text.string(from:)),
            completedAt: task.completedAt.map(ISO8601Text.string(from:)),
            expiresAt: task.expiresAt.map(ISO8601Text.string(from:)), model: task.model)
    }
}

/// A `ProviderErrorReport` as plain values.
struct ErrorView: Sendable, Hashable {
    var provider: String
    var httpStatus: Int?
    var code: String?
    var message: String
    var type: String?

    /// A hand-written expectation.
    init(provider: String, httpStatus: Int? = nil, code: String?, message: String, type: String? = nil) {
        self.provider = provider
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.type = type
    }

    /// The view of a decoded error report.
    init(_ report: ProviderErrorReport) {
        self.init(
            provider: report.provider, httpStatus: report.httpStatus, code: report.code, message: report.message,
            type: report.type)
    }
}

/// One documented response sample and what it must decode to, written by hand from the provider's docs.
struct SampleExpectation: Sendable, CustomTestStringConvertible {
    /// The sample's name in the spec.
    var sample: String
    /// What the docs say it means.
    var expected: ExpectedPayload
    /// How to read it when its operation has no role but answers a task (a status stream's events); `nil`: the
    /// kind of its operation's role.
    var readAs: ResponseKind? = nil

    var testDescription: String { sample }
}

/// Checks one provider's hand-written expectations.
enum UnifiedCheck {
    /// Decodes the sample and compares its unified view with the expectation.
    static func check(
        _ expectation: SampleExpectation, provider: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let descriptor = try Fixtures.descriptor(provider)
        let sample = try #require(descriptor.samples.first { $0.name == expectation.sample })
        if let operation = sample.operation, descriptor.operation(named: operation)?.role == .upload {
            let outcome = try PayloadDecoder.decodeUpload(
                Array(sample.json.utf8), descriptor: descriptor, httpStatus: nil)
            let view: ExpectedPayload
            switch outcome {
            case .uploaded(let url): view = .uploaded(url)
            case .providerError(let report): view = .providerError(ErrorView(report))
            }
            #expect(view == expectation.expected, "\(provider)/\(expectation.sample)", sourceLocation: sourceLocation)
            return
        }
        let payload = try Fixtures.decodeSample(expectation.sample, of: provider, as: expectation.readAs)
        #expect(
            ExpectedPayload(payload) == expectation.expected, "\(provider)/\(expectation.sample)",
            sourceLocation: sourceLocation)
    }

    /// Whether `expectations` cover exactly the response samples (every kind but create-request) of `provider`,
    /// but those in `leftOut` (samples that describe no unified task: the caller says why in a comment; each must
    /// exist and be a response or callback sample).
    static func checkCoverage(
        _ expectations: [SampleExpectation], provider: String, leftOut: Set<String> = []
    ) throws {
        let all = try Fixtures.descriptor(provider).samples.filter { $0.part != .request }.map(\.name)
        #expect(
            leftOut.isSubset(of: Set(all)),
            "left out but not a response sample of \(provider): \(leftOut.subtracting(all).sorted())")
        let responseSamples = all.filter { !leftOut.contains($0) }
        #expect(
            Set(expectations.map(\.sample)) == Set(responseSamples),
            "every response sample of \(provider) needs a hand-written expectation")
        #expect(expectations.count == responseSamples.count, "one expectation per response sample of \(provider)")
    }

    /// Compares a task's CLI JSON (`VideoTask.jsonValue`) with hand-written JSON text (member order aside).
    static func checkCLIJSON(
        _ task: VideoTask, equals expectedText: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try JSONParser.parse(expectedText)
        #expect(task.jsonValue == expected, sourceLocation: sourceLocation)
    }
}
