// Prints tasks and follows waits: one JSON object on stdout, or a summary; progress on stderr.

import Foundation
import VideoGen

/// Prints the outcome of create, status and wait.
enum TaskOutput {
    /// Prints `task` as JSON or as a summary with its handle.
    static func print(_ task: VideoTask, handle: TaskHandle?, json: Bool, sandbox: Bool, console: Console) {
        if json {
            console.out(task.jsonValue.serialized() + "\n")
            return
        }
        console.out(TaskSummary.text(task))
        if let handle { console.out("handle: \(handle)\n") }
        if let handle, !task.state.isTerminal {
            console.out("follow it: videogen wait \(handle)\(sandbox ? " --sandbox" : "")\n")
        }
    }

    /// Waits for `handle`, showing progress on stderr (a live line on a terminal, plain lines otherwise),
    /// and prints the final task. Errors map to exit statuses; a failed task still prints.
    static func follow(
        _ handle: TaskHandle, client: VideoClient, timeout: Double?, json: Bool, sandbox: Bool, console: Console
    ) async throws -> ExitStatus {
        let clock = client.configuration.clock
        let start = clock.now()
        var lastState = ""
        var drewLive = false
        func show(_ task: VideoTask) {
            let elapsed = Int(clock.now() - start)
            let percent = task.progress.map { " \($0)%" } ?? ""
            let state = "\(handle.provider) \(handle.taskID): \(task.state.rawValue)\(percent)"
            let line = state + " (\(elapsed / 60):\(String(format: "%02d", elapsed % 60)))"
            if console.errIsTerminal {
                console.err("\r\u{1B}[2K" + line)
                drewLive = true
            } else if state != lastState {
                console.err(line + "\n")
            }
            lastState = state
        }
        func endLive() {
            if drewLive { console.err("\n") }
            drewLive = false
        }
        do {
            var final: VideoTask?
            for try await task in client.updates(for: handle, timeoutSeconds: timeout) {
                show(task)
                final = task
            }
            endLive()
            guard let final else {
                throw CommandFailure(status: .providerError, message: "the wait ended without an answer")
            }
            print(final, handle: handle, json: json, sandbox: sandbox, console: console)
            return .success
        } catch let error as VideoGenError {
            endLive()
            switch error {
            case .taskFailed(let task), .taskCancelled(let task):
                if json { console.out(task.jsonValue.serialized() + "\n") } else { console.out(TaskSummary.text(task)) }
            case .timedOut(let task?, _):
                if json { console.out(task.jsonValue.serialized() + "\n") }
            default:
                break
            }
            throw ClientFactory.failure(error)
        }
    }
}
