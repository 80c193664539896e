// Test support for the per-provider validation tests: a provider's request schema and documented samples,
// bodies written as JSON text with exactly one change from a documented body, and assertions that name
// the field and the key words of a violation.

import Foundation
import Testing
import VideoGen

/// One provider's request schema and documented request samples.
struct ValidationHarness {
    let descriptor: ProviderDescriptor

    init(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        descriptor = try #require(
            ProviderCatalog.descriptor(for: id), "no provider \(id)", sourceLocation: sourceLocation)
    }

    /// The documented create-request sample `name`, as the descriptor holds it.
    func sample(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let sample = try #require(
            descriptor.samples.first { $0.name == name && $0.part == .request },
            "\(descriptor.id) has no create-request sample \(name)", sourceLocation: sourceLocation)
        return try JSONParser.parse(sample.json)
    }

    /// Every violation of the body `json`, read as the docs are written: a model they do not list is refused (the
    /// client's default only warns about it; see ``warnings(_:)``).
    func violations(_ json: String) throws -> [Violation] {
        RequestValidator.prepare(
            try JSONParser.parse(json), against: descriptor.createRequest, refusingUnknownModels: true
        )
        .violations
    }

    /// The warnings a default (not strict) check of the body `json` gives.
    func warnings(_ json: String) throws -> [Violation] {
        RequestValidator.prepare(try JSONParser.parse(json), against: descriptor.createRequest).warnings
    }

    /// Every violation of `json`, after checking that it differs from `base` exactly at the paths `changed`
    /// (so that a test isolates the one rule it is about).
    func violations(
        _ json: String, from base: JSONValue, changing changed: Set<String>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Violation] {
        let body = try JSONParser.parse(json)
        let differences = Set(jsonDifferences(base, body))
        #expect(
            differences == changed, "the body must differ from its documented base only at \(changed)",
            sourceLocation: sourceLocation)
        return RequestValidator.prepare(body, against: descriptor.createRequest, refusingUnknownModels: true).violations
    }

    /// Every violation of `json`, after checking that it differs from the documented sample `name` exactly at `changed`.
    func violations(
        _ json: String, fromSample name: String, changing changed: Set<String>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Violation] {
        try violations(
            json, from: sample(name, sourceLocation: sourceLocation), changing: changed, sourceLocation: sourceLocation)
    }
}

/// The field paths (as users write them) where two JSON values differ: a key present in only one object,
/// an array whose length changed, or a different value.
func jsonDifferences(_ a: JSONValue, _ b: JSONValue, at path: JSONPath = .root) -> [String] {
    switch (a, b) {
    case (.object(let left), .object(let right)):
        var keys = left.keys
        for key in right.keys where !keys.contains(key) { keys.append(key) }
        return keys.flatMap { key -> [String] in
            let childPath = path.appending(key: key)
            guard let l = left[key], let r = right[key] else { return [childPath.fieldPath] }
            return jsonDifferences(l, r, at: childPath)
        }
    case (.array(let left), .array(let right)) where left.count == right.count:
        return zip(left, right).enumerated().flatMap { jsonDifferences($1.0, $1.1, at: path.appending(index: $0)) }
    default:
        return a == b ? [] : [path.isRoot ? "body" : path.fieldPath]
    }
}

/// `text` with the one occurrence of `old` replaced by `new`; fails the test when `old` does not occur exactly once.
func edited(_ text: String, replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> String
{
    let parts = text.components(separatedBy: old)
    try #require(parts.count == 2, "\(old) must occur exactly once", sourceLocation: sourceLocation)
    return parts.joined(separator: new)
}

/// Expects no violation.
func expectValid(_ violations: [Violation], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(violations.isEmpty, "unexpected: \(violations.map(\.description))", sourceLocation: sourceLocation)
}

/// Expects exactly one violation, at `field`, whose message contains every one of `words`.
func expectOneViolation(
    _ violations: [Violation], at field: String, mentioning words: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(violations.count == 1, "got \(violations.map(\.description))", sourceLocation: sourceLocation)
    guard let violation = violations.first else { return }
    #expect(violation.fieldName == field, "got \(violation.description)", sourceLocation: sourceLocation)
    for word in words {
        #expect(
            violation.message.contains(word), "\(word) not in \(violation.description)", sourceLocation: sourceLocation)
    }
}
