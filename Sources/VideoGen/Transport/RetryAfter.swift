// Parses Retry-After: a number of seconds or an HTTP date.

import Foundation
@_spi(Generated) import VideoGenCore

/// The `Retry-After` header.
public enum RetryAfter {
    /// The wait the header asks for, in seconds (never negative; as large as the server says, up to
    /// ``TimeBounds/maximumSeconds``), or `nil` when unparsable. The client decides whether to wait that long.
    public static func seconds(from value: String, now: Date = Date()) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), !seconds.isNaN { return TimeBounds.clamp(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return TimeBounds.clamp(date.timeIntervalSince(now)) }
        }
        return nil
    }
}
