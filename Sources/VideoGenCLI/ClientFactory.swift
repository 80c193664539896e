// Builds the client a command needs: provider, key (environment or file, never an argument), sandbox, base URL.

import Foundation
import VideoGen

/// The options every network command shares.
enum ClientOptions {
    /// Options that take a value.
    static let valued: Set<String> = ["--provider", "--base-url", "--api-key-file", "--timeout"]
    /// Flags.
    static let flags: Set<String> = ["--sandbox", "--json"]
    /// The flag of the commands that send a model the spec may not list (create, call).
    static let strictModels = "--strict-models"
    /// The option of the commands that poll.
    static let pollInterval = "--poll-interval"

    /// The help lines for these options.
    static let help = """
          --sandbox            run against the built-in sandbox: no network, no key, tasks finish in 3-6 s
                               (VIDEOGEN_SANDBOX_DURATION=S or MIN-MAX sets how long they take)
          --base-url URL       send to another server (https; plain http only for localhost/127.0.0.1/::1)
          --api-key-file PATH  read the API key from a file (default: the VIDEOGEN_API_KEY environment variable)
          --json               print exactly one JSON object on stdout (the task; or {"error", "task"} on failure)
        """

    /// The help line for `--strict-models`.
    static let strictModelsHelp = """
          --strict-models      refuse a model the spec does not list (by default: sent, with a warning)
        """

    /// The help line for `--poll-interval`.
    static let pollIntervalHelp = """
          --poll-interval S    poll every S seconds (growing with backoff) instead of the provider's advice
        """

    /// The environment variable holding the API key.
    static let keyVariable = "VIDEOGEN_API_KEY"

    /// The longest `--timeout` accepted: a year.
    static let maximumTimeout: Double = 365 * 86_400
}

/// Makes clients for commands.
enum ClientFactory {
    /// Polling for sandbox runs in real time: sandbox tasks take seconds, whatever the provider advises.
    static let sandboxPolling = PollingPolicy(
        firstWaitSeconds: 1, intervalSeconds: 1, maximumIntervalSeconds: 2, backoffMultiplier: 1.2)

    /// The API key from `--api-key-file` or the environment; `nil` when neither gives one. A key file that others
    /// can read earns a warning (as ssh gives for private keys).
    static func apiKey(_ arguments: Arguments, console: Console) throws(CommandFailure) -> APIKey? {
        if let path = arguments.value("--api-key-file") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .usage("cannot read the API key file \(path)")
            }
            guard data.count <= 64 * 1024, let text = String(data: data, encoding: .utf8) else {
                throw .usage("the API key file \(path) does not hold a key (expected a short line of text)")
            }
            let key = APIKey(text)
            guard !key.secret.isEmpty else { throw .usage("the API key file \(path) is empty") }
            warnIfShared(path, console: console)
            return key
        }
        if let value = console.environment[ClientOptions.keyVariable] {
            let key = APIKey(value)
            return key.secret.isEmpty ? nil : key
        }
        return nil
    }

    /// Warns on stderr when `path` can be read by its group or by others.
    static func warnIfShared(_ path: String, console: Console) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0
        else { return }
        let octal = String(mode & 0o777, radix: 8)
        console.err(
            "videogen: warning: the API key file \(path) can be read by other users (mode \(octal)); run chmod 600 \(path)\n"
        )
    }

    /// A client for `descriptor` as the arguments ask; `requireKey: false` for dry runs.
    static func client(
        for descriptor: ProviderDescriptor, _ arguments: Arguments, console: Console, requireKey: Bool = true
    ) throws(CommandFailure) -> VideoClient {
        let sandbox = arguments.has("--sandbox")
        var configuration = ClientConfiguration()
        if let text = arguments.value("--base-url") {
            guard let url = URL(string: text), url.scheme != nil else {
                throw .usage("--base-url \(text) is not a URL")
            }
            configuration.baseURL = url
        }
        if let text = arguments.value(ClientOptions.pollInterval) {
            guard let seconds = Double(text), seconds >= 0.1, seconds.isFinite else {
                throw .usage("--poll-interval takes a number of seconds (0.1 or more), got \(text)")
            }
            configuration.polling = PollingPolicy(
                firstWaitSeconds: seconds, intervalSeconds: seconds, maximumIntervalSeconds: max(seconds, 30))
        }
        configuration.refusesUnknownModels = arguments.has("--strict-models")
        // Warnings about the request (an unlisted model, a renamed or deprecated field) are worth a line on stderr.
        configuration.observer = { event in
            if event.name == VideoGenEvent.requestWarning {
                console.err("videogen: warning: \(event.message.escapingControlCharacters)\n")
            }
        }
        var key = try apiKey(arguments, console: console)
        if sandbox {
            let durations = try sandboxDurations(console)
            let settings = SandboxTransport.Settings(
                taskDurationSeconds: durations, seed: UInt64(Date().timeIntervalSince1970 * 1000))
            configuration.transport = SandboxTransport(descriptor: descriptor, settings: settings)
            if arguments.value(ClientOptions.pollInterval) == nil { configuration.polling = sandboxPolling }
            key = key ?? APIKey("sandbox")
        } else if key == nil {
            if requireKey {
                throw .usage(
                    "no API key: set \(ClientOptions.keyVariable) (or pass --api-key-file PATH) — or add --sandbox to try it offline"
                )
            }
            key = APIKey("placeholder-key")
        }
        do {
            return try VideoClient(
                descriptor: descriptor, apiKey: key ?? APIKey("sandbox"), configuration: configuration)
        } catch {
            throw CommandFailure(status: .usage, message: error.description)
        }
    }

    /// How long sandbox tasks take: `VIDEOGEN_SANDBOX_DURATION` (`S` or `MIN-MAX` seconds), else 3–6 s.
    static func sandboxDurations(_ console: Console) throws(CommandFailure) -> ClosedRange<Double> {
        guard let text = console.environment["VIDEOGEN_SANDBOX_DURATION"], !text.isEmpty else { return 3...6 }
        let parts = text.split(separator: "-", maxSplits: 1).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let low = parts.first ?? nil, let high = parts.last ?? nil, low > 0, high >= low, high <= 3600 else {
            throw .usage("VIDEOGEN_SANDBOX_DURATION takes seconds (e.g. 20) or a range (e.g. 5-30), got \(text)")
        }
        return low...high
    }

    /// The `--timeout` value in seconds, if given: a positive number of seconds, at most a year.
    static func timeout(_ arguments: Arguments) throws(CommandFailure) -> Double? {
        guard let text = arguments.value("--timeout") else { return nil }
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            throw .usage("--timeout takes a positive number of seconds, got \(text)")
        }
        guard seconds <= ClientOptions.maximumTimeout else {
            throw .usage("--timeout takes at most \(Int(ClientOptions.maximumTimeout)) seconds (a year), got \(text)")
        }
        return seconds
    }

    /// The exit status and message for an error of the client.
    static func failure(_ error: VideoGenError) -> CommandFailure {
        let status: ExitStatus
        switch error {
        case .invalidRequest, .unsupported, .cancelled: status = .invalidInput
        case .configuration: status = .usage
        case .providerError, .rateLimited, .malformedResponse, .transport: status = .providerError
        case .taskFailed, .taskCancelled: status = .taskFailed
        case .timedOut, .callTimedOut: status = .timedOut
        }
        return CommandFailure(status: status, message: error.description)
    }
}
