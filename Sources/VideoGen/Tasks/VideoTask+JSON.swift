// The task as the JSON object `videogen decode --json` and friends print.

import Foundation

extension VideoTask {
    /// `{"provider", "taskId", "state", "providerState", "progress", "videoURLs", "failure", "createdAt", "completedAt"}`,
    /// with dates in ISO 8601 (UTC) and absent values as `null`.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        object["provider"] = .string(provider)
        object["taskId"] = taskID.map(JSONValue.string) ?? .null
        object["state"] = .string(state.rawValue)
        object["providerState"] = providerState.map(JSONValue.string) ?? .null
        object["progress"] = progress.map(JSONValue.integer) ?? .null
        object["videoURLs"] = .array(videoURLs.map(JSONValue.string))
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
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let fraction = Int(milliseconds - seconds * 1000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        func two(_ value: Int?) -> String {
            let v = value ?? 0
            return v < 10 ? "0\(v)" : "\(v)"
        }
        var year = String(parts.year ?? 1970)
        while year.count < 4 { year = "0" + year }
        var text =
            "\(year)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
        if fraction > 0 {
            text += "." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + String(fraction)
        }
        return text + "Z"
    }
}
