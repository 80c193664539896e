// `videogen status` and `videogen wait`: follow a task from its handle alone.

import VideoGen

/// Reads the task a command names: `HANDLE` (provider:taskId) or `--provider P TASK_ID`.
enum HandleArgument {
    static func handle(_ arguments: Arguments) throws(CommandFailure) -> TaskHandle {
        guard arguments.positionals.count == 1, let text = arguments.positionals.first else {
            throw .usage("give a task handle (provider:taskId), or --provider P TASK_ID")
        }
        if let provider = arguments.value("--provider") {
            let descriptor = try CommandLineTool.descriptor(named: provider)
            return TaskHandle(provider: descriptor.id, taskID: text)
        }
        guard let handle = TaskHandle(text) else {
            throw .usage(
                "\"\(text)\" is not a task handle; write provider:taskId (e.g. \(ProviderCatalog.identifiers.first ?? "provider"):task_12345678) or use --provider P TASK_ID"
            )
        }
        _ = try CommandLineTool.descriptor(named: handle.provider)
        return handle
    }
}

/// Shows a task's current state.
enum StatusCommand: Command {
    static let name = "status"
    static let summary = "show a task's current state, from its handle"
    static let valuedOptions = ClientOptions.valued
    static let flagOptions = ClientOptions.flags
    static var help: String {
        """
        usage: videogen status HANDLE [--timeout S] [--json] [--sandbox] [--base-url URL] [--api-key-file PATH]
               videogen status --provider P TASK_ID [...]

        HANDLE is provider:taskId (or provider/model:taskId), as create prints it.

          --timeout S          give up after S seconds, retries included (default 120)
        \(ClientOptions.help)

        Exit status: 0 answered (whatever the state), 2 usage, 3 provider or HTTP error, 5 no answer in time.
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let handle = try HandleArgument.handle(arguments)
        guard let descriptor = ProviderCatalog.descriptor(for: handle.provider) else {
            throw CommandFailure.usage("unknown provider \(handle.provider)")
        }
        let timeout = try ClientFactory.timeout(arguments)
        let client = try ClientFactory.client(for: descriptor, arguments, console: console)
        let task: VideoTask
        do { task = try await client.status(handle, timeoutSeconds: timeout) } catch {
            throw ClientFactory.failure(error)
        }
        TaskOutput.print(
            task, handle: handle, json: arguments.has("--json"), sandbox: arguments.has("--sandbox"), console: console)
        return .success
    }
}

/// Waits for a task to finish.
enum WaitCommand: Command {
    static let name = "wait"
    static let summary = "wait for a task to finish, showing progress, and print its video URL"
    static let valuedOptions = ClientOptions.valued.union([ClientOptions.pollInterval])
    static let flagOptions = ClientOptions.flags
    static var help: String {
        """
        usage: videogen wait HANDLE [--timeout S] [--poll-interval S] [--json] [--sandbox] [--base-url URL]
                             [--api-key-file PATH]
               videogen wait --provider P TASK_ID [...]

        Polls as the provider advises (first wait, interval) with jittered backoff, within its rate limits,
        retrying 429, 5xx and network errors, until the task ends or --timeout S passes.

          --timeout S          give up waiting after S seconds (default: the provider's advice, else 900)
        \(ClientOptions.help)
        \(ClientOptions.pollIntervalHelp)

        Exit status: 0 succeeded, 2 usage, 3 provider or HTTP error, 4 task failed or cancelled, 5 timed out.
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let handle = try HandleArgument.handle(arguments)
        guard let descriptor = ProviderCatalog.descriptor(for: handle.provider) else {
            throw CommandFailure.usage("unknown provider \(handle.provider)")
        }
        let timeout = try ClientFactory.timeout(arguments)
        let client = try ClientFactory.client(for: descriptor, arguments, console: console)
        return try await TaskOutput.follow(
            handle, client: client, timeout: timeout, json: arguments.has("--json"),
            sandbox: arguments.has("--sandbox"), console: console)
    }
}
