// The task as the JSON object `videogen decode --json` and friends print.

import Foundation
@_spi(Generated) import VideoGenCore

extension VideoTask {
    /// `{"provider", "taskId", "handle", "state", "providerState", "progress", "queuePosition", "videoURLs", "videos",
    /// "failure", "createdAt", "completedAt"}`, with dates in ISO 8601 (UTC) and absent values as `null`; each video
    /// is `{"url", "contentType", "byteCount", "fileName"}`.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        object["provider"] = .string(provider)
        object["taskId"] = taskID.map(JSONValue.string) ?? .null
        object["handle"] =
            (handle ?? taskID.map { TaskHandle(provider: provider, taskID: $0) }).map { .string($0.description) }
            ?? .null
        object["state"] = .string(state.rawValue)
        object["providerState"] = providerState.map(JSONValue.string) ?? .null
        object["progress"] = progress.map(JSONValue.integer) ?? .null
        object["queuePosition"] = queuePosition.map(JSONValue.integer) ?? .null
        object["videoURLs"] = .array(videoURLs.map(JSONValue.string))
        object["videos"] = .array(
            videos.map { video in
                var file = JSONObject()
                file["url"] = .string(video.url)
                file["contentType"] = video.contentType.map(JSONValue.string) ?? .null
                file["byteCount"] = video.byteCount.map(JSONValue.integer) ?? .null
                file["fileName"] = video.fileName.map(JSONValue.string) ?? .null
                return .object(file)
            })
        object["failure"] =
            failure.map { failure in
                var value = JSONObject()
                value["code"] = failure.code.map(JSONValue.string) ?? .null
                value["message"] = .string(failure.message)
                return .object(value)
            } ?? .null
        object["createdAt"] = createdAt.map { .string(ISO8601Text.string(from: $0)) } ?? .null
        object["completedAt"] = completedAt.map { .string(ISO8601Text.string(from: $0)) } ?? .null
        return .object(object)
    }
}

/// ISO 8601 in UTC, with milliseconds only when there are some: `2024-01-13T05:24:10Z`, `2026-01-09T13:33:30.929Z`.
public enum ISO8601Text {
    /// The text of `date`.
    public static func string(from date: Date) -> String {
        DateText.iso8601String(date)
    }
}
