// Lenient conversions of response values, shared by the payload reader and the generated typed models.

import Foundation

/// Tolerant readings of JSON values: providers send ids as numbers, numbers as strings, and so on.
package enum Coercion {
    /// A string, or the decimal text of a number.
    package static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number):
            return number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        default: return nil
        }
    }

    /// A number, or a string that spells one.
    package static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        case .string(let text):
            // JSON's own number syntax only: "0x10", "inf" and "nan" are not numbers.
            guard let number = JSONValue.number(spelledBy: text)?.doubleValue, number.isFinite else { return nil }
            return number
        default: return nil
        }
    }

    /// An integer, an integral number, or a string that spells one.
    package static func integer(_ value: JSONValue) -> Int? {
        switch value {
        case .integer(let number): return number
        case .number(let number):
            guard number.rounded() == number, abs(number) < 9.0e15 else { return nil }
            return Int(number)
        case .string(let text):
            guard case .integer(let number)? = JSONValue.number(spelledBy: text) else { return nil }
            return number
        default: return nil
        }
    }

    /// A boolean, or the strings `true` and `false`.
    package static func boolean(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string("true"): return true
        case .string("false"): return false
        default: return nil
        }
    }

    /// A message: a string, or the `message`/`msg` string of an object (`{"code": 1, "message": "…"}`).
    package static func message(_ value: JSONValue) -> String? {
        if case .string(let text) = value { return text }
        if case .object(let object) = value {
            for key in ["message", "msg", "error", "detail"] {
                if case .string(let text)? = object[key] { return text }
            }
        }
        return nil
    }

    /// A point in time: a number of seconds or milliseconds since 1970, a string spelling such a number, ISO 8601
    /// text, or text in the declared `format`'s pattern. The unit is told by the magnitude: 1e11 seconds is the year
    /// 5138 and 1e11 milliseconds is 1973, so whichever unit a spec declares, a value on the other side of that line
    /// is in the other unit. Zero and negative numbers mean "not set"; so does an empty string.
    package static func timestamp(_ value: JSONValue, format: TimestampFormat? = nil) -> TimestampReading {
        if case .string(let text) = value, JSONValue.number(spelledBy: text) == nil {
            if text.isEmpty { return .unset }
            if case .pattern(let pattern)? = format, let date = DateText.date(text, pattern: pattern) {
                return .date(date)
            }
            guard let date = DateText.iso8601(text) else { return .invalid }
            return .date(date)
        }
        guard let number = number(value) else { return .invalid }
        guard number > 0 else { return .unset }
        let seconds = number >= 1e11 ? number / 1000 : number
        // Beyond the year 9999 a timestamp is not a time but garbage; refuse it rather than print year 506713.
        guard seconds < latestSeconds else { return .invalid }
        return .date(Date(timeIntervalSince1970: seconds))
    }

    /// The first second of the year 10000: later timestamps are refused.
    package static let latestSeconds: Double = 253_402_300_800

    /// Encodes a date back into the form a provider sends for `format` (a date outside ±the year 10000, which no
    /// reading produces, is written as a plain number rather than trapping).
    package static func timestampValue(_ date: Date, format: TimestampFormat) -> JSONValue {
        let seconds = date.timeIntervalSince1970
        let value: Double
        switch format {
        case .iso8601: return .string(DateText.iso8601String(date))
        case .pattern(let pattern): return .string(DateText.string(date, pattern: pattern))
        case .seconds: value = seconds
        case .milliseconds: value = (seconds * 1000).rounded()
        }
        guard value.isFinite, abs(value) < 9.0e15 else { return .number(value.isFinite ? value : 0) }
        return value.rounded() == value ? .integer(Int(value)) : .number(value)
    }
}

/// The outcome of reading a timestamp.
package enum TimestampReading: Sendable, Hashable {
    /// A point in time.
    case date(Date)
    /// Zero or negative: the provider has not set it.
    case unset
    /// Not a number, a numeric string or an ISO 8601 date.
    case invalid
}
