// Sandbox task ids carry everything about the task (creation time, duration, fate), so any process can answer
// a status query for it: `videogen create --sandbox` in one run, `videogen status` in the next.

import Foundation
@_spi(Generated) import VideoGenCore

/// What a sandbox task is, encoded in its id: `sbx_<created ms>_<duration ms>_<serial>[_f]` in base 36.
struct SandboxTaskID: Hashable {
    /// Creation time, milliseconds since 1970.
    var createdMilliseconds: Int64
    /// How long the task runs, in milliseconds.
    var durationMilliseconds: Int64
    /// A per-sandbox serial number, so ids never collide.
    var serial: Int64
    /// Whether the task ends in failure (its prompt asked for it).
    var fails: Bool

    var text: String {
        "sbx_\(String(createdMilliseconds, radix: 36))_\(String(durationMilliseconds, radix: 36))_\(String(serial, radix: 36))"
            + (fails ? "_f" : "")
    }

    init(createdMilliseconds: Int64, durationMilliseconds: Int64, serial: Int64, fails: Bool) {
        self.createdMilliseconds = createdMilliseconds
        self.durationMilliseconds = durationMilliseconds
        self.serial = serial
        self.fails = fails
    }

    /// Parses an id; `nil` for anything the sandbox did not make.
    init?(_ text: String) {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 4 || (parts.count == 5 && parts[4] == "f"), parts[0] == "sbx",
            let created = Int64(parts[1], radix: 36), let duration = Int64(parts[2], radix: 36),
            let serial = Int64(parts[3], radix: 36),
            created >= 0, duration >= 0, duration < 86_400_000
        else { return nil }
        self.init(createdMilliseconds: created, durationMilliseconds: duration, serial: serial, fails: parts.count == 5)
    }

    var createdAt: Date { Date(timeIntervalSince1970: Double(createdMilliseconds) / 1000) }
    var finishesAt: Date { Date(timeIntervalSince1970: Double(createdMilliseconds + durationMilliseconds) / 1000) }
}
