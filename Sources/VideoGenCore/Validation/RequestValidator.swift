// Checks a request body against its schema and rules, collecting every violation.

import Foundation

/// Validates request bodies: field types and constraints first, then the cross-field rules.
///
/// It never stops at the first problem: every violation is reported, in a stable order
/// (fields depth-first in spec order, then rules in spec order).
package enum RequestValidator {
    /// Every violation of `schema` by `body`; empty when the body is valid. A model the body names (or, where the
    /// model travels in the URL, every model) decides which per-model fields apply; see
    /// ``prepare(_:against:model:refusingUnknownModels:)`` for the warnings and the body to send.
    package static func validate(_ body: JSONValue, against schema: RequestSchema) -> [Violation] {
        prepare(body, against: schema).violations
    }

    /// The violations of `schema` exactly as given (its fields and rules, no per-model resolution).
    static func check(_ body: JSONValue, against schema: RequestSchema) -> [Violation] {
        var violations: [Violation] = []
        check(body, as: ValueSchema(type: .object(schema.body)), at: .root, into: &violations)
        guard case .object = body else { return violations }
        for rule in schema.rules where rule.condition?.holds(on: body) ?? true {
            check(rule, on: body, into: &violations)
        }
        return violations
    }

    /// Every violation of `schema` by the JSON text `bytes`, a key repeated within one object included (JSON leaves
    /// it to each server whether the first or the last value counts, so a body that repeats a key means different
    /// things to different providers); throws when the text is not JSON.
    package static func validate(
        json bytes: some Collection<UInt8>, against schema: RequestSchema, maximumDepth: Int = 64
    ) throws(JSONParseError) -> [Violation] {
        try prepare(json: bytes, against: schema, maximumDepth: maximumDepth).violations
    }

    /// ``prepare(_:against:model:refusingUnknownModels:)`` for JSON text, a key repeated within one object reported
    /// as a violation; throws when the text is not JSON.
    package static func prepare(
        json bytes: some Collection<UInt8>, against schema: RequestSchema, model: String? = nil,
        refusingUnknownModels: Bool = false, maximumDepth: Int = 64
    ) throws(JSONParseError) -> PreparedRequest {
        let (body, locations) = try JSONParser.parseWithLocations(
            bytes, options: .init(maximumDepth: maximumDepth, duplicateKeys: .keepLast))
        var violations: [Violation] = []
        var reported: Set<JSONPath> = []
        for path in locations.duplicateKeys where reported.insert(path).inserted {
            violations.append(
                Violation(
                    path: path,
                    message:
                        "appears more than once in its object; send it once (providers differ on which value they keep)"
                ))
        }
        var prepared = prepare(body, against: schema, model: model, refusingUnknownModels: refusingUnknownModels)
        prepared.violations = violations + prepared.violations
        return prepared
    }

    /// Every violation of `schema` by one value at `path`.
    package static func validate(_ value: JSONValue, as schema: ValueSchema, at path: JSONPath = .root) -> [Violation] {
        var violations: [Violation] = []
        check(value, as: schema, at: path, into: &violations)
        return violations
    }

    // MARK: Values

    private static func check(
        _ value: JSONValue, as schema: ValueSchema, at path: JSONPath, into violations: inout [Violation]
    ) {
        func fail(_ found: String? = nil) {
            violations.append(
                Violation(
                    path: path,
                    message: "must be \(schema.expectationText), got \(found ?? value.briefDescription)",
                    value: value))
        }
        switch schema.type {
        case .string, .state, .failCode:
            guard case .string(let text) = value else { return fail() }
            if let allowed = schema.constraints.allowedValues, !allowed.contains(value) { return fail() }
            let length = text.count
            if let minimum = schema.constraints.minLength, length < minimum {
                return fail(length == 0 ? "an empty string" : ValueSchema.count(length, "character"))
            }
            if let maximum = schema.constraints.maxLength, length > maximum {
                return fail(ValueSchema.count(length, "character"))
            }
        case .integer:
            guard case .integer(let number) = value else { return fail() }
            checkAllowedAndRange(Double(number), value, schema, fail)
        case .number:
            guard let number = value.doubleValue else { return fail() }
            checkAllowedAndRange(number, value, schema, fail)
        case .boolean:
            guard case .bool = value else { return fail() }
            if let allowed = schema.constraints.allowedValues, !allowed.contains(value) { return fail() }
        case .url:
            guard case .string(let text) = value else { return fail() }
            if let problem = URLCheck.problem(with: text, schemes: schema.constraints.effectiveSchemes) {
                return fail(problem)
            }
        case .code:
            switch value {
            case .integer, .string: break
            default: return fail()
            }
        case .timestamp:
            guard value.doubleValue != nil else { return fail() }
        case .file:
            switch value {
            case .string(let text):
                if let problem = URLCheck.problem(with: text, schemes: schema.constraints.effectiveSchemes) {
                    return fail(problem)
                }
            case .object(let object):
                guard case .string? = object["url"] else { return fail() }
            default: return fail()
            }
        case .any:
            break
        case .array(let items, _):
            guard case .array(let elements) = value else { return fail() }
            let count = elements.count
            if let minimum = schema.constraints.minItems, count < minimum {
                fail(count == 0 ? "an empty array" : ValueSchema.count(count, "item"))
            } else if let maximum = schema.constraints.maxItems, count > maximum {
                fail(ValueSchema.count(count, "item"))
            }
            for (index, element) in elements.enumerated() {
                check(element, as: items, at: path.appending(index: index), into: &violations)
            }
        case .object(let object):
            guard case .object(let members) = value else { return fail() }
            checkObject(members, object, at: path, into: &violations)
        }
    }

    private static func checkAllowedAndRange(
        _ number: Double, _ value: JSONValue, _ schema: ValueSchema, _ fail: (String?) -> Void
    ) {
        if let allowed = schema.constraints.allowedValues {
            if !allowed.contains(where: { $0.looselyEquals(value) }) { fail(nil) }
            return
        }
        if let minimum = schema.constraints.minimum, number < minimum { return fail(nil) }
        if let maximum = schema.constraints.maximum, number > maximum { return fail(nil) }
    }

    private static func checkObject(
        _ members: JSONObject, _ schema: ObjectSchema, at path: JSONPath, into violations: inout [Violation]
    ) {
        for field in schema.fields {
            let fieldPath = path.appending(key: field.name)
            guard let value = members[field.name], !value.isNull else {
                if field.isRequired {
                    violations.append(
                        Violation(path: fieldPath, message: "is required (\(field.value.expectationText))"))
                }
                continue
            }
            check(value, as: field.value, at: fieldPath, into: &violations)
        }
        guard !schema.acceptsUnknownFields else { return }
        let known = schema.fields.map(\.name)
        for member in members where !known.contains(member.key) && !member.value.isNull {
            var message = "is not a documented field"
            if let suggestion = NameSuggestion.closest(to: member.key, among: known) {
                message += " (did you mean \(suggestion)?)"
            } else if !known.isEmpty {
                message += " (expected one of \(known.joined(separator: ", ")))"
            }
            violations.append(Violation(path: path.appending(key: member.key), message: message, value: member.value))
        }
    }

    // MARK: Rules

    private static func check(_ rule: RequestRule, on body: JSONValue, into violations: inout [Violation]) {
        let when = rule.condition.map { " when " + $0.explanation } ?? ""
        func add(_ path: JSONPath, _ generated: String) {
            violations.append(
                Violation(path: path, message: rule.message ?? generated, value: body.presentValue(at: path)))
        }
        switch rule.kind {
        case .required(let path):
            if body.presentValue(at: path) == nil { add(path, "is required" + when) }
        case .forbidden(let path):
            if body.presentValue(at: path) != nil { add(path, "must not be set" + when) }
        case .exclusive(let paths):
            let present = paths.filter { body.presentValue(at: $0) != nil }
            for path in present.dropFirst() {
                add(path, "cannot be combined with \(present[0].fieldPath)" + when)
            }
        case .requires(let path, let others):
            guard body.presentValue(at: path) != nil else { return }
            let also = rule.condition.map { " and " + $0.explanation } ?? ""
            for other in others where body.presentValue(at: other) == nil {
                add(other, "is required when \(path.fieldPath) is given\(also)")
            }
        case .atLeastOne(let paths):
            guard let first = paths.first, !paths.contains(where: { body.presentValue(at: $0) != nil }) else { return }
            let names = paths.map(\.fieldPath)
            let list =
                names.count == 2
                ? "\(names[0]) or \(names[1])" : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            add(first, "give \(list)" + when)
        case .constrained(let path, let constraints):
            guard let value = body.presentValue(at: path), let problem = Self.problem(value, constraints) else {
                return
            }
            if let message = rule.message {
                violations.append(
                    Violation(path: path, message: "\(message), got \(problem)", value: value))
            } else {
                add(path, "must \(ValueSchema.constraintText(constraints))\(when), got \(problem)")
            }
        case .allowedValues(let path, let values):
            guard let value = body.presentValue(at: path), !values.contains(where: { value.looselyEquals($0) }) else {
                return
            }
            let list = values.map(\.briefDescription).joined(separator: ", ")
            if let message = rule.message {
                violations.append(
                    Violation(path: path, message: "\(message), got \(value.briefDescription)", value: value))
            } else {
                add(path, "must be one of \(list)\(when), got \(value.briefDescription)")
            }
        }
    }
}

extension RequestValidator {
    /// What `value` shows that breaks `constraints` ("3 items", "12", "\"4K\""), or `nil` when it meets them.
    static func problem(_ value: JSONValue, _ constraints: Constraints) -> String? {
        if let allowed = constraints.allowedValues, !allowed.contains(where: { $0.looselyEquals(value) }) {
            return value.briefDescription
        }
        switch value {
        case .array(let items):
            if let minimum = constraints.minItems, items.count < minimum {
                return ValueSchema.count(items.count, "item")
            }
            if let maximum = constraints.maxItems, items.count > maximum {
                return ValueSchema.count(items.count, "item")
            }
        case .string(let text):
            let length = text.count
            if let minimum = constraints.minLength, length < minimum { return ValueSchema.count(length, "character") }
            if let maximum = constraints.maxLength, length > maximum { return ValueSchema.count(length, "character") }
        default:
            if let number = value.doubleValue {
                if let minimum = constraints.minimum, number < minimum { return value.briefDescription }
                if let maximum = constraints.maximum, number > maximum { return value.briefDescription }
            }
        }
        return nil
    }
}

extension ProviderDescriptor {
    /// Every violation of `body` against the request called `name`; a request the spec does not have is
    /// itself reported, so a body is never called valid against nothing.
    public func validate(_ body: JSONValue, asRequest name: String) -> [Violation] {
        prepare(body, asRequest: name).violations
    }

    /// Checks `body` against the request called `name` (`create` for a provider's create body) for `model` (read
    /// from the body when the spec says where it sits), with the fields given under a former name renamed: what
    /// ``VideoClient`` does before sending anything. A model the spec does not list is a warning, or with
    /// `refusingUnknownModels` a violation.
    public func prepare(
        _ body: JSONValue, asRequest name: String, model: String? = nil, refusingUnknownModels: Bool = false
    ) -> PreparedRequest {
        guard let schema = request(named: name) else {
            return PreparedRequest(
                body: body,
                violations: [Violation(path: .root, message: "\(displayName) has no request called \"\(name)\"")],
                warnings: [])
        }
        return RequestValidator.prepare(
            body, against: schema, model: model, refusingUnknownModels: refusingUnknownModels)
    }
}
