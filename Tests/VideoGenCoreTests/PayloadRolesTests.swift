// Reading answers through roles: one field feeding two roles, files as URLs or objects, progress as a fraction, the
// queue position, and dates in ISO 8601 or a provider's own pattern. Values are written by hand.

import Foundation
import Testing
@_spi(Generated) import VideoGenCore

@Suite struct PayloadRolesTests {
    static func field(_ name: String, _ type: ValueType, _ roles: [FieldRole], fraction: Bool = false) -> FieldSchema {
        FieldSchema(name: name, value: ValueSchema(type: type, isFraction: fraction), roles: roles)
    }

    static func read(_ body: String, _ fields: [FieldSchema]) throws -> RoleValues {
        try PayloadReader.read(JSONParser.parse(body), as: ObjectSchema(fields: fields, acceptsUnknownFields: true))
    }

    @Test func oneFieldFeedsTwoRoles() throws {
        // A callback whose body code is both the outcome and the failure code.
        let fields = [
            Self.field("request_id", .string, [.taskId]), Self.field("code", .code, [.state, .failureCode]),
        ]
        let failed = try Self.read(#"{"request_id": "r1", "code": 422}"#, fields)
        #expect(failed.taskID == "r1")
        #expect(failed.state == "422")
        #expect(failed.failureCode == "422")
    }

    @Test func filesAreURLsOrObjects() throws {
        let fields = [
            Self.field("video", .file, [.videoURLs]),
            Self.field("extra", .array(ValueSchema(type: .file), acceptsSingle: true), [.videoURLs]),
        ]
        let values = try Self.read(
            #"""
            {"video": {"url": "https://v3.fal.media/files/a.mp4", "content_type": "video/mp4", "file_size": 4404019,
                       "file_name": "output.mp4"},
             "extra": ["https://cdn.example/b.mp4", {"url": "https://cdn.example/c.mp4", "mime_type": "video/webm"}]}
            """#, fields)
        #expect(
            values.videoFiles == [
                FileValues(
                    url: "https://v3.fal.media/files/a.mp4", contentType: "video/mp4", byteCount: 4_404_019,
                    fileName: "output.mp4"),
                FileValues(url: "https://cdn.example/b.mp4"),
                FileValues(url: "https://cdn.example/c.mp4", contentType: "video/webm"),
            ])
        #expect(
            values.videoURLs == [
                "https://v3.fal.media/files/a.mp4", "https://cdn.example/b.mp4", "https://cdn.example/c.mp4",
            ])
        let lone = try Self.read(#"{"extra": "https://cdn.example/d.mp4"}"#, fields)
        #expect(lone.videoURLs == ["https://cdn.example/d.mp4"])
    }

    @Test func aFileObjectWithoutItsURLIsNamed() {
        #expect(throws: PayloadError(path: ["video", "url"], message: "is missing: a file object needs its url")) {
            try Self.read(#"{"video": {"content_type": "video/mp4"}}"#, [Self.field("video", .file, [.videoURLs])])
        }
        #expect(throws: PayloadError.self) {
            try Self.read(#"{"video": {"url": "file:///etc/passwd"}}"#, [Self.field("video", .file, [.videoURLs])])
        }
    }

    @Test func progressAsAFractionIsReadInPercent() throws {
        let values = try Self.read(#"{"p": 0.42}"#, [Self.field("p", .number, [.progress], fraction: true)])
        #expect(values.progress == 42)
        let percent = try Self.read(#"{"p": 42}"#, [Self.field("p", .integer, [.progress])])
        #expect(percent.progress == 42)
    }

    @Test func queuePosition() throws {
        let values = try Self.read(
            #"{"queue_position": 3}"#, [Self.field("queue_position", .integer, [.queuePosition])])
        #expect(values.queuePosition == 3)
        #expect(throws: PayloadError.self) {
            try Self.read(#"{"queue_position": "soon"}"#, [Self.field("queue_position", .integer, [.queuePosition])])
        }
    }

    @Test func datesInTheirDeclaredForms() throws {
        let pattern = try #require(DatePattern("yyyy-MM-dd HH:mm:ss", timeZone: "+08:00"))
        let fields = [
            Self.field("created_at", .timestamp(.iso8601), [.createdAt]),
            Self.field("finished", .timestamp(.pattern(pattern)), [.completedAt]),
        ]
        let values = try Self.read(
            #"{"created_at": "2023-12-06T13:59:38.367458Z", "finished": "2025-06-06 18:30:00"}"#, fields)
        // 2023-12-06T13:59:38Z is 1701871178 s since 1970.
        #expect(abs((values.createdAt?.timeIntervalSince1970 ?? 0) - 1_701_871_178.367458) < 1e-6)
        #expect(values.completedAt == Date(timeIntervalSince1970: 1_749_205_800))
        #expect(throws: PayloadError.self) { try Self.read(#"{"finished": "June 6"}"#, fields) }
    }
}
