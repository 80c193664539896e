// Conditions over a JSON body, used by request rules, the unified mapping and error detection.

/// A condition on the values of a JSON body, written in a spec as `{"field": …, "equals": …}` and friends.
package indirect enum Condition: Sendable, Hashable {
    /// The field is present and equals the value.
    case equals(JSONPath, JSONValue)
    /// The field is present and differs from the value.
    case notEquals(JSONPath, JSONValue)
    /// The field is present and equals one of the values.
    case isOneOf(JSONPath, [JSONValue])
    /// The field is present and equals none of the values.
    case isNoneOf(JSONPath, [JSONValue])
    /// The field is present (`true`) or absent (`false`); `null` counts as absent.
    case isPresent(JSONPath, Bool)
    /// Every condition holds.
    case all([Condition])
    /// At least one condition holds.
    case any([Condition])
    /// The condition does not hold.
    case not(Condition)

    /// Whether the condition holds on `body`.
    package func holds(on body: JSONValue) -> Bool {
        switch self {
        case .equals(let path, let expected):
            guard let value = body.presentValue(at: path) else { return false }
            return value.looselyEquals(expected)
        case .notEquals(let path, let expected):
            guard let value = body.presentValue(at: path) else { return false }
            return !value.looselyEquals(expected)
        case .isOneOf(let path, let values):
            guard let value = body.presentValue(at: path) else { return false }
            return values.contains { value.looselyEquals($0) }
        case .isNoneOf(let path, let values):
            guard let value = body.presentValue(at: path) else { return false }
            return !values.contains { value.looselyEquals($0) }
        case .isPresent(let path, let expected):
            return (body.presentValue(at: path) != nil) == expected
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(on: body) }
        case .any(let conditions):
            return conditions.contains { $0.holds(on: body) }
        case .not(let condition):
            return !condition.holds(on: body)
        }
    }

    /// Every field path the condition reads.
    package var referencedPaths: [JSONPath] {
        switch self {
        case .equals(let path, _), .notEquals(let path, _), .isOneOf(let path, _), .isNoneOf(let path, _),
            .isPresent(let path, _):
            return [path]
        case .all(let conditions), .any(let conditions):
            return conditions.flatMap(\.referencedPaths)
        case .not(let condition):
            return condition.referencedPaths
        }
    }

    /// The condition in words: `request_type is "callback"`, `model is not one of "a", "b"`.
    package var explanation: String {
        switch self {
        case .equals(let path, let value):
            return "\(path.fieldPath) is \(value.briefDescription)"
        case .notEquals(let path, let value):
            return "\(path.fieldPath) is not \(value.briefDescription)"
        case .isOneOf(let path, let values):
            return "\(path.fieldPath) is one of \(values.map(\.briefDescription).joined(separator: ", "))"
        case .isNoneOf(let path, let values):
            return "\(path.fieldPath) is not one of \(values.map(\.briefDescription).joined(separator: ", "))"
        case .isPresent(let path, let present):
            return "\(path.fieldPath) is \(present ? "given" : "not given")"
        case .all(let conditions):
            return conditions.map(\.explanation).joined(separator: " and ")
        case .any(let conditions):
            return conditions.map(\.explanation).joined(separator: " or ")
        case .not(let condition):
            return "not (\(condition.explanation))"
        }
    }
}

extension JSONValue {
    /// The value at `path`, unless it is missing or `null`.
    package func presentValue(at path: JSONPath) -> JSONValue? {
        guard let value = value(at: path), !value.isNull else { return nil }
        return value
    }

    /// Equality that compares numbers by value and lets a string equal the number it spells (`"200"` and `200`).
    package func looselyEquals(_ other: JSONValue) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)):
            return Double(a) == b
        case (.string(let text), .integer), (.string(let text), .number):
            return Self.number(spelledBy: text).map { $0.looselyEquals(other) } ?? false
        case (.integer, .string(let text)), (.number, .string(let text)):
            return Self.number(spelledBy: text).map { self.looselyEquals($0) } ?? false
        default:
            return false
        }
    }
}

extension JSONValue {
    /// The number a string spells in JSON's own number syntax (`"200"`, `"200.0"`, `"1e2"`), or `nil`
    /// (so `"0x10"`, `"inf"` and `" 7 "` with inner spaces are not numbers).
    static func number(spelledBy text: String) -> JSONValue? {
        let trimmed = text.trimmingASCIIWhitespace()
        guard let first = trimmed.first, first == "-" || first.isNumber else { return nil }
        guard let value = try? JSONParser.parse(trimmed) else { return nil }
        switch value {
        case .integer, .number: return value
        default: return nil
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
