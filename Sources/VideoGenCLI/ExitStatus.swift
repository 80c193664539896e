// The exit statuses of `videogen`: a scriptable contract.

import VideoGen

/// What `videogen` exits with.
enum ExitStatus: Int32 {
    /// Done: valid, decoded, or the task succeeded.
    case success = 0
    /// Invalid input: a body that breaks the spec, a malformed payload, bad values, an input that cannot be read
    /// (or an output that cannot be written).
    case invalidInput = 1
    /// Usage: unknown command, option or provider; a kind the provider does not document; no API key.
    case usage = 2
    /// The provider (or HTTP) reported an error.
    case providerError = 3
    /// The task failed or was cancelled.
    case taskFailed = 4
    /// Waiting timed out.
    case timedOut = 5
}

/// A failure that ends a command with a status and a message for stderr (and, with `--json`, an error object on
/// stdout).
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String
    /// The last known state of the task concerned, when there is one (a wait that timed out).
    var task: VideoTask?
    /// Whether the command already printed its outcome on stdout (a failed task prints the task itself).
    var printedOutcome = false

    init(status: ExitStatus, message: String, task: VideoTask? = nil, printedOutcome: Bool = false) {
        self.status = status
        self.message = message
        self.task = task
        self.printedOutcome = printedOutcome
    }

    static func usage(_ message: String) -> CommandFailure { CommandFailure(status: .usage, message: message) }
    static func invalid(_ message: String) -> CommandFailure { CommandFailure(status: .invalidInput, message: message) }

    /// `{"error": {"exitStatus", "message"}, "task": …}`: what `--json` prints when a command fails without a task
    /// outcome of its own.
    var jsonValue: JSONValue {
        var error = JSONObject()
        error["exitStatus"] = .integer(Int(status.rawValue))
        error["message"] = .string(message)
        var object = JSONObject()
        object["error"] = .object(error)
        object["task"] = task?.jsonValue ?? .null
        return .object(object)
    }
}
