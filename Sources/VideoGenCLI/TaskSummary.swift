// The short human-readable summary of a task.

import VideoGen

/// Formats a task for people.
enum TaskSummary {
    /// A few lines: provider, id and state, progress, URLs, failure, times.
    static func text(_ task: VideoTask) -> String {
        var lines: [String] = []
        let state =
            task.providerState.map { "\(task.state.rawValue) (\(task.provider) says \"\($0)\")" } ?? task.state.rawValue
        lines.append("\(task.provider) task \(task.taskID ?? "(no id)"): \(state)")
        if let progress = task.progress { lines.append("progress: \(progress)%") }
        for url in task.videoURLs { lines.append("video: \(url)") }
        if let failure = task.failure {
            lines.append("failure: \(failure.message)" + (failure.code.map { " [\($0)]" } ?? ""))
        }
        if let date = task.createdAt { lines.append("created: \(ISO8601Text.string(from: date))") }
        if let date = task.completedAt { lines.append("completed: \(ISO8601Text.string(from: date))") }
        if let date = task.expiresAt { lines.append("URLs expire: \(ISO8601Text.string(from: date))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
