// `videogen cancel`: asks the provider to cancel a task, where its spec documents a cancel operation.

import VideoGen

/// Cancels a task from its handle.
enum CancelCommand: Command {
    static let name = "cancel"
    static let summary = "cancel a task, from its handle (where the provider documents cancelling)"
    static let valuedOptions = ClientOptions.valued
    static let flagOptions = ClientOptions.flags
    static var help: String {
        """
        usage: videogen cancel HANDLE [--timeout S] [--json] [--sandbox] [--base-url URL] [--api-key-file PATH]
               videogen cancel --provider P TASK_ID [...]

        Asks the provider to cancel the task and prints what it then reports. Only providers whose spec documents
        a cancel operation can cancel (videogen providers P lists the operations); with the others nothing is sent.
        A task that had already finished keeps its outcome.

          --timeout S          give up after S seconds, retries included (default 120)
        \(ClientOptions.help)

        Exit status: 0 answered (the task is printed whatever its state), 1 the provider documents no cancel,
        2 usage, 3 provider or HTTP error, 5 no answer in time.
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let handle = try HandleArgument.handle(arguments)
        guard let descriptor = ProviderCatalog.descriptor(for: handle.provider) else {
            throw CommandFailure.usage("unknown provider \(handle.provider)")
        }
        guard descriptor.operation(role: .cancel) != nil else {
            throw CommandFailure.invalid(
                "\(descriptor.displayName) does not document cancelling a task, so nothing was sent (its operations: \(descriptor.operations.map(\.name).joined(separator: ", ")))"
            )
        }
        let timeout = try ClientFactory.timeout(arguments)
        let client = try ClientFactory.client(for: descriptor, arguments, console: console)
        let task: VideoTask
        do { task = try await client.cancel(handle, timeoutSeconds: timeout) } catch {
            throw ClientFactory.failure(error)
        }
        TaskOutput.print(
            task, handle: handle, json: arguments.has("--json"), sandbox: arguments.has("--sandbox"), console: console)
        return .success
    }
}
