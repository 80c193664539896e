// The exit statuses of `videogen`: a scriptable contract.

/// What `videogen` exits with.
enum ExitStatus: Int32 {
    /// Done: valid, decoded, or the task succeeded.
    case success = 0
    /// Invalid input: a body that breaks the spec, a malformed payload, bad values.
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

/// A failure that ends a command with a status and a message for stderr.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String

    static func usage(_ message: String) -> CommandFailure { CommandFailure(status: .usage, message: message) }
    static func invalid(_ message: String) -> CommandFailure { CommandFailure(status: .invalidInput, message: message) }
}
