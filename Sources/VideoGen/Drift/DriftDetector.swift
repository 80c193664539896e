// What a payload says that its provider's spec does not know: the first sign that a provider changed.

import Foundation
@_spi(Generated) import VideoGenCore

/// One difference between a payload and its spec.
public struct DriftFinding: Sendable, Hashable, CustomStringConvertible {
    /// What kind of difference it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A field the spec does not declare.
        case unknownField
        /// A state word the spec does not list.
        case unknownState
        /// A fail code the spec does not list.
        case unknownFailCode
        /// A model the spec does not list.
        case unknownModel
        /// A value of another type than the spec declares (a number sent as a string).
        case typeMismatch
        /// A value outside the spec's range, length or values.
        case outOfRange
        /// A field every documented answer of this kind carries, missing.
        case missingField
        /// The payload does not decode at all.
        case undecodable
    }

    /// What kind of difference it is.
    public var kind: Kind
    /// Where in the payload (the root for the payload as a whole).
    public var path: JSONPath
    /// What the spec expected, and what came.
    public var message: String

    /// Creates a finding.
    public init(kind: Kind, path: JSONPath, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `data.state: unknown state "moderating" (the spec lists pending, processing, success, failed)`.
    public var description: String {
        (path.components.isEmpty ? "payload" : path.fieldPath) + ": " + message
    }
}

/// Compares payloads with their provider's spec.
public enum DriftDetector {
    /// Everything `body`, an answer of the operation called `operation` (`status`, …) or, for `"callback"`, a body
    /// POSTed to the callback URL, says that the provider's spec does not know; the spec's own samples of that
    /// answer tell which fields are always there. An operation or callback the spec does not have is one finding.
    public static func findings(in body: JSONValue, of operation: String, descriptor: ProviderDescriptor)
        -> [DriftFinding]
    {
        let name =
            operation == "callback" ? descriptor.callbacks?.response : descriptor.operation(named: operation)?.response
        guard let name, let response = descriptor.response(named: name) else {
            return [
                DriftFinding(
                    kind: .undecodable, path: .root,
                    message: "\(descriptor.id) has no operation \"\(operation)\" with an answer to compare with")
            ]
        }
        return findings(
            in: body, response: response, descriptor: descriptor,
            documented: documentedAnswers(of: response, descriptor: descriptor))
    }

    /// Everything `body` (an answer read by `response`) says that the spec does not know. `documented` are the
    /// spec's samples of the same answer, which tell which fields are always there.
    package static func findings(
        in body: JSONValue, response: ResponseSchema, descriptor: ProviderDescriptor, documented: [JSONValue] = []
    ) -> [DriftFinding] {
        var findings: [DriftFinding] = []
        let context = Context(descriptor: descriptor, response: response)
        walk(body, ValueSchema(type: .object(response.body)), at: .root, context, into: &findings)
        for (parent, names) in alwaysPresent(in: documented, schema: response.body)
        where !names.contains(where: { body.value(at: parent.appending(key: $0)).map { !$0.isNull } ?? false }) {
            // Only under objects the payload has (a missing parent is reported once, for itself).
            guard parent.components.isEmpty || body.value(at: parent)?.objectValue != nil else { continue }
            findings.append(
                DriftFinding(
                    kind: .missingField, path: parent.appending(key: names[0]),
                    message: "is missing; every documented answer has it"))
        }
        return findings
    }

    /// The documented answers of `response` (its operations' samples and, for callbacks, the callback samples), parsed.
    package static func documentedAnswers(of response: ResponseSchema, descriptor: ProviderDescriptor) -> [JSONValue] {
        descriptor.samples.compactMap { sample -> JSONValue? in
            let readsIt: Bool
            switch sample.part {
            case .request: readsIt = false
            case .response:
                readsIt = sample.operation.flatMap(descriptor.operation(named:))?.response == response.name
            case .callback: readsIt = descriptor.callbacks?.response == response.name && sample.headers.isEmpty
            }
            guard readsIt, let body = try? JSONParser.parse(sample.json) else { return nil }
            if let status = sample.httpStatus, !(200..<300).contains(status) { return nil }
            return descriptor.errors.isError(body, detection: response.errorDetection) ? nil : body
        }
    }

    private struct Context {
        let descriptor: ProviderDescriptor
        let response: ResponseSchema
        var states: [String] {
            (response.states ?? descriptor.states).map(\.providerState)
        }
    }

    private static func walk(
        _ value: JSONValue, _ schema: ValueSchema, at path: JSONPath, _ context: Context,
        into findings: inout [DriftFinding], roles: [FieldRole] = []
    ) {
        if value.isNull { return }
        var value = value
        if schema.isEmbeddedJSON, case .string(let text) = value, let parsed = try? JSONParser.parse(text) {
            value = parsed
        }
        func add(_ kind: DriftFinding.Kind, _ message: String) {
            findings.append(DriftFinding(kind: kind, path: path, message: message))
        }
        func mismatch() {
            add(.typeMismatch, "is \(value.briefDescription), where the spec declares \(schema.type.expectation)")
        }
        switch schema.type {
        case .object(let object):
            guard case .object(let members) = value else { return mismatch() }
            for field in object.fields {
                for name in field.allNames {
                    guard let child = members[name] else { continue }
                    walk(
                        child, field.value, at: path.appending(key: name), context, into: &findings, roles: field.roles)
                    break
                }
            }
            // A free-form object (no declared fields), or one the spec says has more, is not drift.
            guard !object.fields.isEmpty, !object.expectsOtherFields else { return }
            let known = Set(object.fields.flatMap(\.allNames))
            for member in members where !known.contains(member.key) {
                findings.append(
                    DriftFinding(
                        kind: .unknownField, path: path.appending(key: member.key),
                        message: "is not a field the spec declares (\(member.value.kindDescription))"))
            }
        case .array(let items, let acceptsSingle):
            if case .array(let elements) = value {
                for (index, element) in elements.enumerated() {
                    walk(element, items, at: path.appending(index: index), context, into: &findings, roles: roles)
                }
            } else if acceptsSingle {
                walk(value, items, at: path, context, into: &findings, roles: roles)
            } else {
                mismatch()
            }
        case .state:
            guard let word = Coercion.text(value) else { return mismatch() }
            let listed = context.states
            let others = context.response.otherStates != nil
            if !listed.contains(word), !others {
                add(
                    .unknownState,
                    "unknown state \(JSONValue.string(word).briefDescription) (the spec lists \(listed.joined(separator: ", ")))"
                )
            }
        case .failCode:
            guard let code = Coercion.text(value) else { return mismatch() }
            let listed = context.descriptor.failCodes.map(\.code)
            if !listed.isEmpty, !listed.contains(code) {
                add(.unknownFailCode, "unknown fail code \(JSONValue.string(code).briefDescription)")
            }
        case .string:
            guard case .string(let text) = value else { return mismatch() }
            if roles.contains(.model), !context.descriptor.models.isEmpty, !context.descriptor.modelCatalogIsOpen,
                !context.descriptor.models.contains(where: { text == $0.id || text.hasSuffix("/" + $0.id) })
            {
                add(.unknownModel, "unknown model \(value.briefDescription)")
            }
            checkConstraints(value, schema, add)
        case .integer:
            guard case .integer = value else { return mismatch() }
            checkConstraints(value, schema, add)
        case .number:
            guard value.doubleValue != nil, value.stringValue == nil else { return mismatch() }
            checkConstraints(value, schema, add)
        case .boolean:
            guard case .bool = value else { return mismatch() }
        case .url:
            guard case .string = value else { return mismatch() }
        case .code:
            switch value {
            case .integer, .string: break
            default: mismatch()
            }
        case .timestamp(let format):
            let fits: Bool
            switch (format, value) {
            case (.seconds, .integer), (.seconds, .number), (.milliseconds, .integer), (.milliseconds, .number):
                fits = true
            case (.iso8601, .string(let text)): fits = DateText.iso8601(text) != nil
            case (.pattern(let pattern), .string(let text)): fits = DateText.date(text, pattern: pattern) != nil
            default: fits = false
            }
            if !fits {
                add(
                    .typeMismatch,
                    "is \(value.briefDescription), where the spec declares a time written \(format.specWord)")
            }
        case .file:
            switch value {
            case .string: break
            case .object(let object) where object["url"]?.stringValue != nil: break
            default: mismatch()
            }
        case .any:
            break
        }
    }

    /// Response enums are open and ranges are not enforced when decoding: both are drift.
    private static func checkConstraints(
        _ value: JSONValue, _ schema: ValueSchema, _ add: (DriftFinding.Kind, String) -> Void
    ) {
        if let allowed = schema.constraints.allowedValues, !allowed.contains(where: { $0.looselyEquals(value) }) {
            add(
                .outOfRange,
                "\(value.briefDescription) is not one of the spec's values (\(allowed.map(\.briefDescription).joined(separator: ", ")))"
            )
            return
        }
        if let number = value.doubleValue {
            if let minimum = schema.constraints.minimum, number < minimum {
                add(.outOfRange, "\(value.briefDescription) is below the spec's minimum")
            }
            if let maximum = schema.constraints.maximum, number > maximum {
                add(.outOfRange, "\(value.briefDescription) is above the spec's maximum")
            }
        }
    }

    /// The declared fields (under any of their names) that every documented answer carries, found through objects.
    private static func alwaysPresent(in documented: [JSONValue], schema: ObjectSchema) -> [(
        parent: JSONPath, names: [String]
    )] {
        guard !documented.isEmpty else { return [] }
        var found: [(parent: JSONPath, names: [String])] = []
        func carried(_ parent: JSONPath, _ names: [String], in body: JSONValue) -> Bool {
            names.contains { body.value(at: parent.appending(key: $0)).map { !$0.isNull } ?? false }
        }
        func visit(_ object: ObjectSchema, at path: JSONPath) {
            for field in object.fields where documented.allSatisfy({ carried(path, field.allNames, in: $0) }) {
                found.append((path, field.allNames))
                if case .object(let child) = field.value.type, !field.value.isEmbeddedJSON, field.aliases.isEmpty {
                    visit(child, at: path.appending(key: field.name))
                }
            }
        }
        visit(schema, at: .root)
        return found
    }
}
