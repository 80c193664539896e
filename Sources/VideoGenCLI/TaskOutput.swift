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
        let shown = handle.map { String(describing: $0).escapingControlCharacters }
        if let shown { console.out("handle: \(shown)\n") }
        if let shown, !task.state.isTerminal {
            console.out("follow it: videogen wait \(shown)\(sandbox ? " --sandbox" : "")\n")
        }
    }

    /// Waits for `handle`, showing progress on stderr (a live line on a terminal that is not `dumb`, a plain line per change
    /// otherwise),
    /// and prints the final task. Errors map to exit statuses; a failed task still prints (as the outcome), and a
    /// wait that times out carries its last known task into the error (with `--json`, the error object).
    static func follow(
        _ handle: TaskHandle, client: VideoClient, timeout: Double?, json: Bool, sandbox: Bool, console: Console
    ) async throws -> ExitStatus {
        let clock = client.configuration.clock
        let start = clock.now()
        var lastState = ""
        var drewLive = false
        func show(_ task: VideoTask) {
            let elapsed = Int(TimeBounds.clamp(clock.now() - start))
            let percent = task.progress.map { " \($0)%" } ?? ""
            let state =
                "\(handle.provider) \(handle.taskID.escapingControlCharacters): \(task.state.rawValue)\(percent)"
            let line = state + " (\(elapsed / 60):\(String(format: "%02d", elapsed % 60)))"
            if console.redrawsProgress {
                console.errControl("\r\u{1B}[2K")
                console.err(line)
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
            var failure = ClientFactory.failure(error)
            switch error {
            case .taskFailed(let task), .taskCancelled(let task):
                if json { console.out(task.jsonValue.serialized() + "\n") } else { console.out(TaskSummary.text(task)) }
                failure.printedOutcome = true
            case .timedOut(let task, _):
                failure.task = task
            default:
                break
            }
            throw failure
        }
    }
}
