// Dispatches `videogen COMMAND …` to its command and turns failures into messages and exit statuses.

import Foundation
import VideoGen

/// A `videogen` subcommand.
protocol Command: Sendable {
    /// The word that selects it.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The full `--help` text; it names every option of ``valuedOptions`` and ``flagOptions`` and no other.
    static var help: String { get }
    /// The options that take a value.
    static var valuedOptions: Set<String> { get }
    /// The options that take none.
    static var flagOptions: Set<String> { get }
    /// Runs with the arguments after the command word.
    /// Throws ``CommandFailure`` for anything that ends the command early.
    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus
}

/// A command in the tool's list: its words and its entry point, captured from a concrete ``Command`` type
/// (calling an async requirement through an existential metatype crashes Swift 6.3's SIL generation).
struct CommandEntry: Sendable {
    let name: String
    let summary: String
    let help: @Sendable () -> String
    /// Every option the command accepts, valued ones first, each sorted.
    let valuedOptions: [String]
    let flagOptions: [String]
    let run: @Sendable ([String], Console) async throws -> ExitStatus

    init<C: Command>(_ type: C.Type) {
        name = C.name
        summary = C.summary
        let helpText = C.help
        help = { helpText }
        valuedOptions = C.valuedOptions.sorted()
        flagOptions = C.flagOptions.sorted()
        run = { try await C.run($0, console: $1) }
    }
}

/// The `videogen` tool.
enum CommandLineTool {
    /// The commands, in the order `--help` lists them.
    static var commands: [CommandEntry] {
        [
            CommandEntry(CreateCommand.self), CommandEntry(StatusCommand.self), CommandEntry(WaitCommand.self),
            CommandEntry(CancelCommand.self), CommandEntry(CallCommand.self), CommandEntry(ProvidersCommand.self),
            CommandEntry(ValidateCommand.self), CommandEntry(DecodeCommand.self), CommandEntry(CheckCommand.self),
        ]
    }

    /// The top-level help.
    static var help: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let list = commands.map {
            "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary
        }
        return """
            videogen — create AI videos on any provider VideoGen has a spec for, and check their payloads.

            usage: videogen [--spec FILE]... COMMAND [OPTIONS]
                   videogen --version

            commands:
            \(list.joined(separator: "\n"))

            providers: \(ProviderCatalog.identifiers.joined(separator: ", "))

            --spec FILE loads a provider spec for this run (checked as the build checks; repeatable), so every command
            works with it like with a built-in provider.
            Run `videogen help COMMAND` (or `videogen COMMAND --help`) for a command's options.
            Exit statuses: 0 success, 1 invalid input, 2 usage, 3 provider or HTTP error, 4 task failed or cancelled, 5 timed out.

            """
    }

    /// Runs `videogen` with `arguments` (without the program name).
    static func run(_ arguments: [String], console: Console) async -> ExitStatus {
        let status = await dispatch(arguments, console: console)
        if let problem = console.health.outputFailure {
            // What the command printed is lost; say so where it can still be read, and never claim success.
            console.err("videogen: error: cannot write to standard output: \(problem)\n")
            return status == .success ? .invalidInput : status
        }
        return status
    }

    private static func dispatch(_ arguments: [String], console: Console) async -> ExitStatus {
        // `--spec FILE` (repeatable) before the command loads a spec for this run, checked as the build checks.
        var arguments = arguments
        while arguments.first == "--spec" || arguments.first?.hasPrefix("--spec=") == true {
            let path: String
            if let first = arguments.first, first.hasPrefix("--spec=") {
                path = String(first.dropFirst("--spec=".count))
                arguments.removeFirst()
            } else {
                guard arguments.count >= 2 else {
                    console.err("videogen: error: --spec needs a spec file\n")
                    return .usage
                }
                path = arguments[1]
                arguments.removeFirst(2)
            }
            if let status = loadSpec(path, console: console) { return status }
        }
        guard let first = arguments.first else {
            console.err(help)
            return .usage
        }
        if first == "help", arguments.count > 1 {
            // `videogen help COMMAND` is `videogen COMMAND --help`.
            guard arguments.count == 2, let command = commands.first(where: { $0.name == arguments[1] }) else {
                console.err(
                    "videogen help: error: unknown command \"\(arguments.dropFirst().joined(separator: " ").escapingControlCharacters)\" (commands: \(commands.map(\.name).joined(separator: ", ")))\n"
                )
                return .usage
            }
            let text = command.help()
            console.out(text.hasSuffix("\n") ? text : text + "\n")
            return .success
        }
        if first == "--help" || first == "-h" || first == "help" {
            console.out(help)
            return .success
        }
        if first == "--version" {
            console.out(VideoGenVersion.current + "\n")
            return .success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.err(
                "videogen: error: unknown command \"\(first)\" (commands: \(commands.map(\.name).joined(separator: ", ")))\n"
            )
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            let text = command.help()
            console.out(text.hasSuffix("\n") ? text : text + "\n")
            return .success
        }
        // With --json, every outcome is exactly one JSON object on stdout, errors included.
        let json = rest.contains("--json")
        do {
            return try await command.run(rest, console)
        } catch let failure as CommandFailure {
            console.err("videogen \(command.name): error: \(failure.message)\n")
            if failure.status == .usage { console.err("Run `videogen \(command.name) --help` for usage.\n") }
            if json, !failure.printedOutcome { console.out(failure.jsonValue.serialized() + "\n") }
            return failure.status
        } catch {
            let failure = CommandFailure(status: .invalidInput, message: String(describing: error))
            console.err("videogen \(command.name): error: \(failure.message)\n")
            if json { console.out(failure.jsonValue.serialized() + "\n") }
            return failure.status
        }
    }

    /// Loads the spec at `path` and makes its provider known for this run; on failure prints the diagnostics as the
    /// build does and returns the usage status.
    private static func loadSpec(_ path: String, console: Console) -> ExitStatus? {
        let descriptor: ProviderDescriptor
        do {
            descriptor = try ProviderDescriptor.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            for line in error.diagnostics { console.err(line.escapingControlCharactersExceptLayout + "\n") }
            let count = error.diagnostics.filter { $0.contains(": error: ") }.count
            console.err(
                "videogen: error: \(path.escapingControlCharacters) is not a usable spec (\(count) error\(count == 1 ? "" : "s"))\n"
            )
            return .usage
        }
        do {
            try ProviderCatalog.register(descriptor)
        } catch {
            console.err("videogen: error: --spec \(path.escapingControlCharacters): \(error.description)\n")
            return .usage
        }
        return nil
    }

    /// The descriptor of a provider named on the command line, or a usage failure listing the known ones.
    static func descriptor(named name: String?) throws(CommandFailure) -> ProviderDescriptor {
        guard let name, !name.isEmpty else {
            throw .usage("--provider is required (providers: \(ProviderCatalog.identifiers.joined(separator: ", ")))")
        }
        guard let descriptor = ProviderCatalog.descriptor(for: name) else {
            throw .usage(
                "unknown provider \"\(name)\" (providers: \(ProviderCatalog.identifiers.joined(separator: ", ")))")
        }
        return descriptor
    }

    /// The single FILE (or `-`) argument of a command.
    static func inputPath(_ arguments: Arguments) throws(CommandFailure) -> String {
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw .usage(
                arguments.positionals.isEmpty
                    ? "give a FILE, or - for standard input"
                    : "give one FILE, got \(arguments.positionals.count) arguments")
        }
        return path
    }
}
