// ISO8601Text, the date format of the CLI JSON (and of the unified expectations in these tests): UTC, with
// milliseconds only when there are some. Expected strings computed by hand with `date -u -d @SECONDS`.

import Foundation
import Testing
import VideoGen

@Suite("ISO8601Text")
struct ISO8601TextTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_000_000_000, "2001-09-09T01:46:40Z"),
        (951_782_399, "2000-02-28T23:59:59Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (1_705_123_450, "2024-01-13T05:24:10Z"),
        (1_767_965_610.929, "2026-01-09T13:33:30.929Z"),
        (1_767_965_652.317, "2026-01-09T13:34:12.317Z"),
        (1_705_123_450.05, "2024-01-13T05:24:10.050Z"),
        (1_705_123_450.007, "2024-01-13T05:24:10.007Z"),
        (4_102_444_800, "2100-01-01T00:00:00Z"),
    ])
    func formatsUTCWithMillisecondsOnlyWhenPresent(_ seconds: Double, _ expected: String) {
        #expect(ISO8601Text.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }
}
