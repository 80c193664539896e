// Reads and writes dates as text — ISO 8601 with any fraction and offset, and provider patterns in a declared time
// zone — without formatters: exact, allocation-light, and the same on every platform.

import Foundation

/// Dates as text.
package enum DateText {
    // MARK: Reading

    /// An ISO 8601 date-time (`2025-06-06T10:30:00Z`, `…00.367458+08:00`, `…00+0800`, a space instead of `T`), or
    /// `nil`. A date without a time is midnight UTC; a time without an offset is UTC.
    package static func iso8601(_ text: String) -> Date? {
        var scanner = DigitScanner(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
            scanner.skip("-"), let day = scanner.number(digits: 2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var fraction = 0.0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else {
                return nil
            }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
                if scanner.skip(".") || scanner.skip(",") {
                    guard let value = scanner.fraction() else { return nil }
                    fraction = value
                }
            }
        }
        var offset = 0
        if !scanner.isAtEnd {
            guard let parsed = offsetSeconds(String(scanner.rest)) else { return nil }
            offset = parsed
        }
        return date(year, month, day, hour, minute, second, fraction, offset: offset)
    }

    /// The date `text` spells in `pattern`, or `nil` when it does not follow the pattern.
    package static func date(_ text: String, pattern: DatePattern) -> Date? {
        var scanner = DigitScanner(text)
        var parts: [DatePattern.Component: Int] = [:]
        var fraction = 0.0
        for piece in pattern.pieces {
            switch piece {
            case .literal(let literal):
                guard scanner.skip(literal) else { return nil }
            case .component(.fraction, _):
                guard let value = scanner.fraction() else { return nil }
                fraction = value
            case .component(let component, let digits):
                guard let value = scanner.number(digits: digits) else { return nil }
                parts[component] = value
            }
        }
        guard scanner.isAtEnd, let year = parts[.year], let month = parts[.month], let day = parts[.day] else {
            return nil
        }
        let hour = parts[.hour] ?? 0
        let minute = parts[.minute] ?? 0
        let second = parts[.second] ?? 0
        guard let utc = date(year, month, day, hour, minute, second, fraction, offset: 0) else { return nil }
        // The zone's offset at that wall-clock time (found from the UTC reading, then corrected once for DST edges).
        guard var offset = offsetSeconds(pattern.timeZone, at: utc) else { return nil }
        if let corrected = offsetSeconds(pattern.timeZone, at: utc.addingTimeInterval(-Double(offset))) {
            offset = corrected
        }
        return utc.addingTimeInterval(-Double(offset))
    }

    /// Whether `zone` names a time zone this platform knows (`UTC`, an offset, or an IANA identifier).
    package static func isKnownTimeZone(_ zone: String) -> Bool {
        offsetSeconds(zone, at: Date(timeIntervalSince1970: 0)) != nil
    }

    // MARK: Writing

    /// `2025-06-06T10:30:00Z`, with a fraction only when the date has one: milliseconds (`.367Z`), or microseconds
    /// (`.367458Z`) when the date is that precise.
    package static func iso8601String(_ date: Date) -> String {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        guard microseconds.isFinite, abs(microseconds) < 2.5e17 else { return "1970-01-01T00:00:00Z" }
        let total = Int64(microseconds)
        var seconds = total / 1_000_000
        var micros = total % 1_000_000
        if micros < 0 {
            micros += 1_000_000
            seconds -= 1
        }
        let (civil, time) = civilDate(seconds)
        let base =
            "\(pad(civil.year, 4))-\(pad(civil.month, 2))-\(pad(civil.day, 2))T\(pad(time / 3600, 2)):\(pad(time / 60 % 60, 2)):\(pad(time % 60, 2))"
        let fraction =
            micros == 0 ? "" : micros % 1000 == 0 ? ".\(pad(Int(micros / 1000), 3))" : ".\(pad(Int(micros), 6))"
        return base + fraction + "Z"
    }

    /// `date` written in `pattern`, in the pattern's time zone.
    package static func string(_ date: Date, pattern: DatePattern) -> String {
        let offset = offsetSeconds(pattern.timeZone, at: date) ?? 0
        let local = date.timeIntervalSince1970 + Double(offset)
        guard local.isFinite, abs(local) < 2.5e11 else { return "" }
        let whole = Int64(local.rounded(.down))
        let (civil, time) = civilDate(whole)
        var text = ""
        for piece in pattern.pieces {
            switch piece {
            case .literal(let literal): text += literal
            case .component(let component, let digits):
                switch component {
                case .year: text += pad(civil.year, digits)
                case .month: text += pad(civil.month, digits)
                case .day: text += pad(civil.day, digits)
                case .hour: text += pad(time / 3600, digits)
                case .minute: text += pad(time / 60 % 60, digits)
                case .second: text += pad(time % 60, digits)
                case .fraction:
                    let scale = pow(10.0, Double(digits))
                    text += pad(Int(((local - Double(whole)) * scale).rounded(.down)), digits)
                }
            }
        }
        return text
    }

    // MARK: Calendar arithmetic

    /// Seconds since 1970 for a UTC wall-clock time, or `nil` for an impossible one.
    static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ fraction: Double,
        offset: Int
    ) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let days = daysFromCivil(year, month, day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date and the second of the day of `seconds` since 1970.
    private static func civilDate(_ seconds: Int64) -> (civil: (year: Int, month: Int, day: Int), time: Int) {
        var days = Int(seconds / 86_400)
        var time = Int(seconds % 86_400)
        if time < 0 {
            time += 86_400
            days -= 1
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return ((yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day), time)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
    }

    // MARK: Time zones

    /// The offset of `zone` from UTC in seconds: `Z`, `UTC`, `GMT`, `+08:00`, `+0800`, `+08`, `UTC+8`, `GMT-03:30`.
    static func offsetSeconds(_ zone: String) -> Int? {
        var text = Substring(zone)
        if text == "Z" || text == "z" || text == "UTC" || text == "GMT" { return 0 }
        if text.hasPrefix("UTC") || text.hasPrefix("GMT") { text = text.dropFirst(3) }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let hours: Int
        let minutes: Int
        if digits.count <= 2 {
            hours = Int(digits) ?? 0
            minutes = 0
        } else {
            let split = digits.index(digits.endIndex, offsetBy: -2)
            hours = Int(digits[..<split]) ?? 0
            minutes = Int(digits[split...]) ?? 0
        }
        guard hours <= 18, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The offset of `zone` (fixed, or an IANA identifier) at `date`.
    static func offsetSeconds(_ zone: String, at date: Date) -> Int? {
        if let fixed = offsetSeconds(zone) { return fixed }
        guard zone.contains("/"), let timeZone = TimeZone(identifier: zone) else { return nil }
        return timeZone.secondsFromGMT(for: date)
    }
}

/// Reads digits and literals from the front of a text.
private struct DigitScanner {
    private var text: Substring

    init(_ text: String) { self.text = Substring(text) }

    var isAtEnd: Bool { text.isEmpty }
    var rest: Substring { text }

    /// Skips `literal` if the text starts with it.
    mutating func skip(_ literal: String) -> Bool {
        guard text.hasPrefix(literal) else { return false }
        text = text.dropFirst(literal.count)
        return true
    }

    /// Exactly `digits` ASCII digits, as a number.
    mutating func number(digits: Int) -> Int? {
        let head = text.prefix(digits)
        guard head.count == digits, head.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(head) else {
            return nil
        }
        text = text.dropFirst(digits)
        return value
    }

    /// One to nine fraction digits (more are read and ignored), as a fraction of a second.
    mutating func fraction() -> Double? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        text = text.dropFirst(digits.count)
        let kept = digits.prefix(9)
        guard let value = Double(kept) else { return nil }
        return value / pow(10.0, Double(kept.count))
    }
}
