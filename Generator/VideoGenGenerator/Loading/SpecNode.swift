// Typed, checked access to one value of a spec document; every mismatch becomes a diagnostic.

@_spi(Generated) import VideoGenCore

/// One value of a spec document and its path; accessors record a diagnostic and answer `nil` on mismatch.
struct SpecNode {
    /// The value.
    let value: JSONValue
    /// Where it is.
    let path: JSONPath
    /// The file it belongs to.
    let source: SpecSource

    /// Records an error at this value.
    func error(_ message: String) {
        source.error(at: path, message)
    }

    private func mismatch(_ expected: String) {
        error("must be \(expected), got \(value.briefDescription)")
    }

    /// The value as a string.
    var string: String? {
        if case .string(let text) = value { return text }
        mismatch("a string")
        return nil
    }

    /// The value as a non-empty string.
    var nonEmptyString: String? {
        guard let text = string else { return nil }
        if text.isEmpty { error("must not be empty") }
        return text.isEmpty ? nil : text
    }

    /// The value as an integer (a JSON number without fraction).
    var integer: Int? {
        if case .integer(let number) = value { return number }
        mismatch("an integer")
        return nil
    }

    /// The value as a number.
    var number: Double? {
        if let number = value.doubleValue { return number }
        mismatch("a number")
        return nil
    }

    /// The value as a boolean.
    var boolean: Bool? {
        if case .bool(let flag) = value { return flag }
        mismatch("true or false")
        return nil
    }

    /// The value's items as nodes.
    var array: [SpecNode]? {
        guard case .array(let items) = value else {
            mismatch("an array")
            return nil
        }
        return items.enumerated().map { SpecNode(value: $1, path: path.appending(index: $0), source: source) }
    }

    /// The value as an array of strings.
    var strings: [String]? {
        array?.compactMap(\.string)
    }

    /// The value as an object whose keys must come from `allowed`; `required` keys must be present.
    func object(allowed: [String], required: [String] = []) -> SpecObject? {
        guard case .object(let members) = value else {
            mismatch("an object")
            return nil
        }
        for member in members where !allowed.contains(member.key) {
            var message = "unknown key \"\(member.key)\""
            if let suggestion = SpecKeySuggestion.closest(to: member.key, among: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += " (known keys: \(allowed.joined(separator: ", ")))"
            }
            source.error(at: path.appending(key: member.key), message)
        }
        for key in required where members[key] == nil {
            error("missing required key \"\(key)\"")
        }
        return SpecObject(node: self, members: members)
    }

    /// The value as an object whose keys are free (names of fields, states, …), as (key, node) pairs in order.
    var entries: [(key: String, node: SpecNode)]? {
        guard case .object(let members) = value else {
            mismatch("an object")
            return nil
        }
        return members.map { ($0.key, SpecNode(value: $0.value, path: path.appending(key: $0.key), source: source)) }
    }
}

/// An object of a spec document whose keys were checked.
struct SpecObject {
    /// The object's own node.
    let node: SpecNode
    /// Its members.
    let members: JSONObject

    /// The node of `key`, if present.
    subscript(key: String) -> SpecNode? {
        members[key].map { SpecNode(value: $0, path: node.path.appending(key: key), source: node.source) }
    }

    /// Whether `key` is present.
    func has(_ key: String) -> Bool { members[key] != nil }
}

/// "Did you mean …?" for mistyped spec keys.
enum SpecKeySuggestion {
    /// The allowed key closest to `key`, when it is close enough to be a typo.
    static func closest(to key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased()
        if let match = allowed.first(where: { $0.lowercased() == lowered }) { return match }
        var best: (String, Int)?
        for candidate in allowed {
            let distance = editDistance(Array(lowered), Array(candidate.lowercased()))
            if distance <= 2, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
