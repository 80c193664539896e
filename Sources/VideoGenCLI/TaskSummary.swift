// The short human-readable summary of a task.

import VideoGen

/// Formats a task for people.
enum TaskSummary {
    /// A few lines: provider, id and state, progress, URLs, failure, times.
    static func text(_ task: VideoTask) -> String {
        // Every value from the provider is escaped on its own: a line feed in a message cannot forge a line.
        func safe(_ text: String) -> String { text.escapingControlCharacters }
        var lines: [String] = []
        let state =
            task.providerState.map { "\(task.state.rawValue) (\(task.provider) says \"\(safe($0))\")" }
            ?? task.state.rawValue
        lines.append("\(task.provider) task \(task.taskID.map(safe) ?? "(no id)"): \(state)")
        if let progress = task.progress { lines.append("progress: \(progress)%") }
        for url in task.videoURLs { lines.append("video: \(safe(url))") }
        if let failure = task.failure {
            lines.append("failure: \(safe(failure.message))" + (failure.code.map { " [\(safe($0))]" } ?? ""))
        }
        if let date = task.createdAt { lines.append("created: \(ISO8601Text.string(from: date))") }
        if let date = task.completedAt { lines.append("completed: \(ISO8601Text.string(from: date))") }
        if let date = task.expiresAt { lines.append("URLs expire: \(ISO8601Text.string(from: date))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
