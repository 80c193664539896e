// Words for what a value schema expects, used in violation messages.

extension ValueSchema {
    /// What a valid value looks like: `an integer from 6 to 30`, `one of "480p", "720p"`.
    package var expectationText: String {
        if let allowed = constraints.allowedValues {
            return "one of " + allowed.map(\.briefDescription).joined(separator: ", ")
        }
        switch type {
        case .integer: return "an integer" + rangeText
        case .number: return "a number" + rangeText
        case .string: return "a string" + lengthText
        case .url:
            let schemes = constraints.effectiveSchemes
            let names =
                schemes.count == 2 && schemes.contains("http") && schemes.contains("https")
                ? "http or https"
                : schemes.count == 1
                    ? schemes[0] : schemes.dropLast().joined(separator: ", ") + " or " + (schemes.last ?? "")
            return Self.article(forLetters: names) + " " + names + " URL"
        case .array: return "an array" + itemsText
        default: return type.expectation
        }
    }

    fileprivate var rangeText: String {
        switch (constraints.minimum, constraints.maximum) {
        case (let minimum?, let maximum?): return " from \(Self.number(minimum)) to \(Self.number(maximum))"
        case (let minimum?, nil): return " of at least \(Self.number(minimum))"
        case (nil, let maximum?): return " of at most \(Self.number(maximum))"
        case (nil, nil): return ""
        }
    }

    fileprivate var lengthText: String {
        switch (constraints.minLength, constraints.maxLength) {
        case (let minimum?, let maximum?) where minimum == maximum:
            return " of exactly \(Self.count(minimum, "character"))"
        case (let minimum?, let maximum?): return " of \(minimum) to \(Self.count(maximum, "character"))"
        case (1, nil): return " that is not empty"
        case (let minimum?, nil): return " of at least \(Self.count(minimum, "character"))"
        case (nil, let maximum?): return " of at most \(Self.count(maximum, "character"))"
        case (nil, nil): return ""
        }
    }

    fileprivate var itemsText: String {
        switch (constraints.minItems, constraints.maxItems) {
        case (let minimum?, let maximum?) where minimum == maximum: return " of exactly \(Self.count(minimum, "item"))"
        case (let minimum?, let maximum?): return " of \(minimum) to \(Self.count(maximum, "item"))"
        case (let minimum?, nil): return " of at least \(Self.count(minimum, "item"))"
        case (nil, let maximum?): return " of at most \(Self.count(maximum, "item"))"
        case (nil, nil): return ""
        }
    }

    /// "an" before a scheme spelled out letter by letter whose first letter's name starts with a vowel sound
    /// (an http, an ftp, an s3), else "a" (a ws).
    package static func article(forLetters word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aefhilmnorsx".contains(first) ? "an" : "a"
    }

    /// "an" before a word starting with a vowel (an upload, an error), else "a" (a status).
    package static func article(forWord word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// `6`, `0.5`: integers without a fraction.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// What a conditional constraint asks for, after "must": `have 1 to 2 items`, `be one of 5, 10`,
    /// `be from 6 to 30`.
    static func constraintText(_ constraints: Constraints) -> String {
        if let allowed = constraints.allowedValues {
            return "be one of " + allowed.map(\.briefDescription).joined(separator: ", ")
        }
        var parts: [String] = []
        let schema = ValueSchema(type: .any, constraints: constraints)
        if constraints.minItems != nil || constraints.maxItems != nil {
            parts.append("have " + schema.itemsText.dropFirst(" of ".count))
        }
        if constraints.minimum != nil || constraints.maximum != nil {
            parts.append("be" + schema.rangeText)
        }
        if constraints.minLength != nil || constraints.maxLength != nil {
            parts.append("be a string" + schema.lengthText)
        }
        return parts.isEmpty ? "be as documented" : parts.joined(separator: " and ")
    }

    /// `1 item`, `3 items`.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
