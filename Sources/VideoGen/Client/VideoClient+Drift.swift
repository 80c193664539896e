// Drift met in live traffic: what an answer says that the spec does not know, told to the app's observer once.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoClient {
    /// Reports to the observer what `body`, an answer of `operation` read by `response`, says that the spec does not
    /// know — each difference once per client. Never with the key or a request body; the message names the field and
    /// the unexpected value (a state word, a code, a type).
    func reportDrift(in body: JSONValue, response: ResponseSchema, operation: ProviderOperation) {
        guard let observer = configuration.observer else { return }
        let documented = drift.documented(response, descriptor: descriptor)
        for finding in DriftDetector.findings(
            in: body, response: response, descriptor: descriptor, documented: documented)
        where drift.isNew(finding, operation: operation.name) {
            observer(
                VideoGenEvent(
                    name: VideoGenEvent.drift, level: .warning, provider: descriptor.id,
                    message: "\(descriptor.id) \(operation.name): \(apiKey.redact(finding.description))",
                    metadata: [
                        "operation": operation.name, "kind": finding.kind.rawValue, "field": finding.path.fieldPath,
                    ]))
        }
    }
}

/// The drift a client already reported, and the documented answers of each response (parsed once).
final class DriftMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<String> = []
    private var answers: [String: [JSONValue]] = [:]

    /// Whether `finding` of `operation` has not been reported yet (and marks it reported).
    func isNew(_ finding: DriftFinding, operation: String) -> Bool {
        lock.withLock { seen.insert("\(operation) \(finding.kind.rawValue) \(finding.description)").inserted }
    }

    /// The documented answers `response` reads.
    func documented(_ response: ResponseSchema, descriptor: ProviderDescriptor) -> [JSONValue] {
        if let known = lock.withLock({ answers[response.name] }) { return known }
        let parsed = DriftDetector.documentedAnswers(of: response, descriptor: descriptor)
        lock.withLock { answers[response.name] = parsed }
        return parsed
    }
}
