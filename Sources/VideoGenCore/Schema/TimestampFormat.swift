// How a provider writes points in time: numbers since 1970, ISO 8601 text, or text in a pattern of its own.

/// The form a `timestamp` field takes on the wire.
package enum TimestampFormat: Sendable, Hashable {
    /// A number of seconds since 1970-01-01T00:00:00Z.
    case seconds
    /// A number of milliseconds since 1970-01-01T00:00:00Z.
    case milliseconds
    /// ISO 8601 text: `2025-06-06T10:30:00Z`, with any number of fraction digits and any offset.
    case iso8601
    /// Text in a pattern of the provider's own, such as `2025-06-06 10:30:00`, in a declared time zone.
    case pattern(DatePattern)

    /// What a reader expected, for messages: "a timestamp (…)".
    package static func expectation(_ format: TimestampFormat?) -> String {
        switch format {
        case .pattern(let pattern)?: return "a time written \(pattern.text) (\(pattern.timeZone))"
        case .iso8601?: return "an ISO 8601 date-time"
        default: return "a timestamp (seconds or milliseconds since 1970, or ISO 8601 text)"
        }
    }

    /// The spec's word for the form (`seconds`, `iso8601`, or the pattern itself).
    package var specWord: String {
        switch self {
        case .seconds: return "seconds"
        case .milliseconds: return "milliseconds"
        case .iso8601: return "iso8601"
        case .pattern(let pattern): return pattern.text
        }
    }
}

/// A date pattern such as `yyyy-MM-dd HH:mm:ss` and the time zone its times are in.
///
/// Tokens: `yyyy` (year), `MM` (month), `dd` (day), `HH` (hour, 0–23), `mm` (minute), `ss` (second) and `SSS`
/// (fraction of a second, 1–9 digits when read); every other character stands for itself.
package struct DatePattern: Sendable, Hashable {
    /// One piece of a pattern.
    package enum Piece: Sendable, Hashable {
        /// A number: which component, and how many digits it is written with.
        case component(Component, digits: Int)
        /// Characters that stand for themselves.
        case literal(String)
    }

    /// The components a pattern can hold.
    package enum Component: String, Sendable, Hashable {
        /// The year.
        case year
        /// The month, 1–12.
        case month
        /// The day of the month.
        case day
        /// The hour, 0–23.
        case hour
        /// The minute.
        case minute
        /// The second.
        case second
        /// The fraction of a second.
        case fraction
    }

    /// The pattern as the spec writes it.
    package let text: String
    /// The pieces, in order.
    package let pieces: [Piece]
    /// The time zone: `UTC`, a fixed offset such as `+08:00`, or an IANA identifier such as `Asia/Shanghai`.
    package let timeZone: String

    /// Parses `text`; `nil` when it holds no date (a pattern needs at least a year, a month and a day).
    package init?(_ text: String, timeZone: String = "UTC") {
        var pieces: [Piece] = []
        var literal = ""
        var characters = Substring(text)
        let tokens: [(String, Component)] = [
            ("yyyy", .year), ("MM", .month), ("dd", .day), ("HH", .hour), ("mm", .minute), ("ss", .second),
            ("SSS", .fraction),
        ]
        while let first = characters.first {
            if let (token, component) = tokens.first(where: { characters.hasPrefix($0.0) }) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.component(component, digits: token.count))
                characters = characters.dropFirst(token.count)
            } else {
                literal.append(first)
                characters = characters.dropFirst()
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        let components = pieces.compactMap { piece -> Component? in
            if case .component(let component, _) = piece { return component }
            return nil
        }
        guard components.contains(.year), components.contains(.month), components.contains(.day),
            Set(components).count == components.count
        else { return nil }
        self.text = text
        self.pieces = pieces
        self.timeZone = timeZone
    }
}
