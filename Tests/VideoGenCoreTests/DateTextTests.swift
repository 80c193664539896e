// Dates as text: ISO 8601 with any fraction and offset, provider patterns in declared time zones, and writing them
// back. Every expected instant is written by hand (seconds since 1970, worked out from the calendar).

import Foundation
import Testing
@_spi(Generated) import VideoGenCore

@Suite struct DateTextTests {
    /// 2025-06-06T10:30:00Z is 1749205800 s since 1970.
    static let june6 = 1_749_205_800.0

    @Test(arguments: [
        ("2025-06-06T10:30:00Z", june6),
        ("2025-06-06T10:30:00.5Z", june6 + 0.5),
        ("2025-06-06T10:30:00.367458Z", june6 + 0.367458),
        ("2025-06-06T18:30:00+08:00", june6),
        ("2025-06-06T18:30:00+0800", june6),
        ("2025-06-06T07:00:00-03:30", june6),
        ("2025-06-06 10:30:00Z", june6),
        ("2025-06-06T10:30Z", june6),
        ("2025-06-06", june6 - 10.5 * 3600),
        ("2024-02-29T00:00:00Z", 1_709_164_800.0),
    ])
    func iso8601(_ text: String, _ seconds: Double) throws {
        let date = try #require(DateText.iso8601(text), "\(text)")
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6, "\(text)")
    }

    @Test(arguments: [
        "", "2025-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2025-06-06T24:00:00Z", "2025-06-06T10:30:00+25:00",
        "yesterday", "2025-06-06T10:30:00Zjunk", "20250606",
    ])
    func notISO8601(_ text: String) {
        #expect(DateText.iso8601(text) == nil, "\(text)")
    }

    @Test func patternInAFixedOffset() throws {
        let pattern = try #require(DatePattern("yyyy-MM-dd HH:mm:ss", timeZone: "+08:00"))
        let date = try #require(DateText.date("2025-06-06 18:30:00", pattern: pattern))
        #expect(date.timeIntervalSince1970 == Self.june6)
        #expect(DateText.string(date, pattern: pattern) == "2025-06-06 18:30:00")
        #expect(DateText.date("2025-06-06T18:30:00", pattern: pattern) == nil)
        #expect(DateText.date("2025-06-06 18:30", pattern: pattern) == nil)
    }

    @Test func patternInAnIANAZoneFollowsDaylightSaving() throws {
        // New York is UTC-4 in June (EDT) and UTC-5 in January (EST).
        let pattern = try #require(DatePattern("yyyy/MM/dd HH:mm", timeZone: "America/New_York"))
        let june = try #require(DateText.date("2025/06/06 06:30", pattern: pattern))
        #expect(june.timeIntervalSince1970 == Self.june6)
        let january = try #require(DateText.date("2025/01/15 07:00", pattern: pattern))
        #expect(january.timeIntervalSince1970 == 1_736_942_400)  // 2025-01-15T12:00:00Z
    }

    @Test func patternWithFraction() throws {
        let pattern = try #require(DatePattern("yyyyMMddHHmmss.SSS", timeZone: "UTC"))
        let date = try #require(DateText.date("20250606103000.250", pattern: pattern))
        #expect(date.timeIntervalSince1970 == Self.june6 + 0.25)
        #expect(DateText.string(date, pattern: pattern) == "20250606103000.250")
    }

    @Test func patternsNeedADate() {
        #expect(DatePattern("HH:mm:ss") == nil)
        #expect(DatePattern("yyyy-MM-dd yyyy") == nil)
        #expect(DatePattern("dd.MM.yyyy") != nil)
    }

    @Test func timeZones() {
        #expect(DateText.isKnownTimeZone("UTC"))
        #expect(DateText.isKnownTimeZone("+05:30"))
        #expect(DateText.isKnownTimeZone("GMT-3"))
        #expect(DateText.isKnownTimeZone("Asia/Shanghai"))
        #expect(!DateText.isKnownTimeZone("Mars/Olympus_Mons"))
        #expect(!DateText.isKnownTimeZone("+25:00"))
        #expect(!DateText.isKnownTimeZone("CST"))
    }

    @Test func writingISO8601() {
        #expect(DateText.iso8601String(Date(timeIntervalSince1970: Self.june6)) == "2025-06-06T10:30:00Z")
        #expect(DateText.iso8601String(Date(timeIntervalSince1970: Self.june6 + 0.367)) == "2025-06-06T10:30:00.367Z")
        #expect(DateText.iso8601String(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(DateText.iso8601String(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    @Test func coercionReadsEachDeclaredForm() throws {
        let pattern = try #require(DatePattern("yyyy-MM-dd HH:mm:ss", timeZone: "+08:00"))
        #expect(
            Coercion.timestamp(.string("2025-06-06 18:30:00"), format: .pattern(pattern))
                == .date(Date(timeIntervalSince1970: Self.june6)))
        #expect(
            Coercion.timestamp(.string("2025-06-06T10:30:00Z"), format: .pattern(pattern))
                == .date(Date(timeIntervalSince1970: Self.june6)), "ISO text is accepted whatever the declaration")
        #expect(Coercion.timestamp(.string(""), format: .iso8601) == .unset)
        #expect(Coercion.timestamp(.string("soon"), format: .iso8601) == .invalid)
        #expect(
            Coercion.timestampValue(Date(timeIntervalSince1970: Self.june6), format: .iso8601) == "2025-06-06T10:30:00Z"
        )
        #expect(
            Coercion.timestampValue(Date(timeIntervalSince1970: Self.june6), format: .pattern(pattern))
                == "2025-06-06 18:30:00")
    }
}
