// `videogen decode`: decodes a provider payload into the unified task.

import Foundation
import VideoGen

/// Decodes a create answer, status answer or callback body into the unified task.
enum DecodeCommand: Command {
    static let name = "decode"
    static let valuedOptions: Set<String> = ["--provider", "--kind"]
    static let flagOptions: Set<String> = ["--json"]
    static let summary = "decode a provider payload (create/status answer, callback) into the unified task"

    /// The payload kinds the command accepts, as typed on the command line.
    static let kinds: [(word: String, kind: ResponseKind)] = [
        ("create-response", .create), ("status-response", .status), ("result-response", .result),
        ("cancel-response", .cancel), ("callback", .callback), ("sync-response", .sync),
    ]

    static var help: String {
        """
        usage: videogen decode --provider PROVIDER --kind KIND [--json] FILE|-

        Decodes a payload a provider sent into VideoGen's unified task, accepting every documented form
        (old and new field names, JSON inside strings, a string or a list of URLs, seconds or milliseconds).

          --provider P   one of: \(ProviderCatalog.identifiers.joined(separator: ", "))
          --kind KIND    what the payload is (as the provider documents it): \(kinds.prefix(2).map(\.word).joined(separator: ", ")),
                         \(kinds.dropFirst(2).prefix(2).map(\.word).joined(separator: ", ")),
                         \(kinds.dropFirst(4).map(\.word).joined(separator: ", "))
          --json         print exactly one JSON object: {"provider", "taskId", "handle", "state",
                         "providerState", "progress", "queuePosition", "videoURLs", "videos", "failure",
                         "createdAt", "completedAt"}; each video is {"url", "contentType", "byteCount",
                         "fileName"}

        state is queued, running, succeeded, failed, cancelled or unknown; dates are ISO 8601 in UTC.
        Exit status: 0 decoded (a failed task too), 1 malformed payload, 2 usage, 3 the payload is the
        provider reporting an error.
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let descriptor = try CommandLineTool.descriptor(named: arguments.value("--provider"))
        guard let word = arguments.value("--kind") else {
            throw CommandFailure.usage("--kind is required (\(kinds.map(\.word).joined(separator: ", ")))")
        }
        let documented = kinds.filter { descriptor.response(for: $0.kind) != nil }
        guard let kind = kinds.first(where: { $0.word == word })?.kind else {
            throw CommandFailure.usage("unknown kind \"\(word)\" (kinds: \(kinds.map(\.word).joined(separator: ", ")))")
        }
        guard descriptor.response(for: kind) != nil else {
            throw CommandFailure.usage(
                "\(descriptor.id) documents no \(word) payload (it documents: \(documented.map(\.word).joined(separator: ", ")))"
            )
        }
        let path = try CommandLineTool.inputPath(arguments)
        let data = try InputReader.read(path, console: console)
        let decoded: DecodedPayload
        do {
            decoded = try PayloadDecoder.decode(data, kind: kind, descriptor: descriptor)
        } catch {
            throw CommandFailure.invalid("malformed \(descriptor.id) \(word): \(error)")
        }
        switch decoded {
        case .providerError(let report):
            console.err("\(report)\n")
            if arguments.has("--json") {
                console.out(
                    CommandFailure(status: .providerError, message: report.description).jsonValue.serialized() + "\n")
            }
            return .providerError
        case .task(let task):
            console.out(arguments.has("--json") ? task.jsonValue.serialized() + "\n" : TaskSummary.text(task))
            return .success
        }
    }
}
