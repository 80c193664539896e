// Parses Retry-After: a number of seconds or an HTTP date.

import Foundation

/// The `Retry-After` header.
public enum RetryAfter {
    /// The wait the header asks for, in seconds (never negative, at most a day), or `nil` when unparsable.
    public static func seconds(from value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), seconds.isFinite { return min(max(0, seconds), 86_400) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return min(max(0, date.timeIntervalSince(now)), 86_400) }
        }
        return nil
    }
}
