// `videogen call`: runs any operation a provider's spec documents, by name, checked before anything is sent.

import Foundation
import VideoGen

/// Calls one of a provider's operations.
enum CallCommand: Command {
    static let name = "call"
    static let summary = "run any operation the provider documents (status, upload, credits…), by name"
    static let valuedOptions = ClientOptions.valued.union([
        "--task", "--model", "--param", "--content-type", "--output",
    ])
    static let flagOptions = ClientOptions.flags.union(["--dry-run", ClientOptions.strictModels])
    static var help: String {
        """
        usage: videogen call --provider P OPERATION [--task ID] [--model M] [--param NAME=JSON]... [FILE|-]
                             [--content-type T] [--output PATH] [--dry-run] [--json] [--timeout S] [--sandbox]
                             [--base-url URL] [--api-key-file PATH] [--strict-models]

        Fills the operation's parameters, reads its body from FILE, checks everything against the spec, sends
        it, and prints the answer as the operation's typed model reads it (and the task, when it describes one).
        `videogen providers P` lists a provider's operations and their parameters.

          OPERATION            the operation's name in the spec
          --task ID            the task id, for an operation that takes one (a handle provider:ID works too)
          --model M            the model, for an operation that takes one (default: the provider's)
          --param NAME=JSON    a parameter of the operation, or a field of its upload form, by its name in the
                               spec; a JSON value (a bare word is taken as a string)
          FILE|-               the JSON body, or for an upload the file to send; - reads standard input
          --content-type T     the uploaded file's type (default: from its extension)
          --output PATH        where to write a file the operation answers with
          --dry-run            print the exact HTTP request (key shown as ***) and send nothing
          --timeout S          give up after S seconds, retries included (default 120)
        \(ClientOptions.help)
        \(ClientOptions.strictModelsHelp)

        With --json: {"provider", "operation", "httpStatus", "answer", "task", "tasks"}.
        Exit status: 0 answered, 1 invalid input, 2 usage, 3 provider or HTTP error, 5 no answer in time.

        example: videogen call --provider \(ProviderCatalog.identifiers.first ?? "PROVIDER") status --task sbx_1 --sandbox
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        // Every argument is checked before anything is sent.
        let descriptor = try CommandLineTool.descriptor(named: arguments.value("--provider"))
        guard let operationName = arguments.positionals.first else {
            throw CommandFailure.usage(
                "name an operation (\(descriptor.id): \(descriptor.operations.map(\.name).joined(separator: ", ")))")
        }
        guard let operation = descriptor.operation(named: operationName) else {
            throw CommandFailure.usage(
                "\(descriptor.id) has no operation \"\(operationName.escapingControlCharacters)\" (operations: \(descriptor.operations.map(\.name).joined(separator: ", ")))"
            )
        }
        guard arguments.positionals.count <= 2 else {
            throw CommandFailure.usage("unexpected argument \(arguments.positionals[2].escapingControlCharacters)")
        }
        let call = try self.call(operation, descriptor: descriptor, arguments, console: console)
        if operation.responseFormat == .binary, arguments.value("--output") == nil, !arguments.has("--dry-run") {
            throw CommandFailure.usage("\(operation.name) answers with a file: give --output PATH")
        }
        let timeout = try ClientFactory.timeout(arguments)
        let dryRun = arguments.has("--dry-run")
        let client = try ClientFactory.client(for: descriptor, arguments, console: console, requireKey: !dryRun)
        if dryRun {
            let http: HTTPRequest
            do { http = try client.httpRequest(for: call) } catch { throw ClientFactory.failure(error) }
            console.out(DryRun.text(client.redacted(http), json: arguments.has("--json")))
            return .success
        }
        let result: OperationResult
        do { result = try await client.perform(call, timeoutSeconds: timeout) } catch {
            throw ClientFactory.failure(error)
        }
        if let path = arguments.value("--output") {
            do { try result.body.write(to: URL(fileURLWithPath: path)) } catch {
                throw CommandFailure.invalid("cannot write \(path): \(error.localizedDescription)")
            }
        }
        let answer = try typedAnswer(result, descriptor: descriptor)
        print(result, answer: answer, client: client, json: arguments.has("--json"), console: console)
        return .success
    }

    /// The call the arguments describe, checked against the operation's parameters and body.
    private static func call(
        _ operation: ProviderOperation, descriptor: ProviderDescriptor, _ arguments: Arguments, console: Console
    ) throws(CommandFailure) -> OperationCall {
        var call = OperationCall(operation.name, model: arguments.value("--model"))
        if let text = arguments.value("--task") {
            if let handle = TaskHandle(text), handle.provider == descriptor.id {
                call.taskID = handle.taskID
                call.model = call.model ?? handle.model
            } else {
                call.taskID = text
            }
        }
        var formFields: [String: String?] = [:]
        let formNames: Set<String>
        if case .multipart(let form) = operation.body {
            formNames = Set(form.fields.map(\.name))
        } else {
            formNames = []
        }
        for parameter in arguments.all("--param") {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw .usage("--param takes NAME=JSON, got \(parameter.escapingControlCharacters)")
            }
            let name = String(parameter[..<equals])
            let text = String(parameter[parameter.index(after: equals)...])
            if formNames.contains(name) {
                formFields[name] = text
                continue
            }
            guard operation.parameters.contains(where: { $0.name == name }) else {
                let known = operation.parameters.map(\.name) + formNames.sorted()
                throw .usage(
                    "\(operation.name) has no parameter \"\(name.escapingControlCharacters)\" (\(known.isEmpty ? "it takes none" : "parameters: " + known.joined(separator: ", ")))"
                )
            }
            call.parameters[name] = (try? JSONParser.parse(text)) ?? .string(text)
        }
        let path = arguments.positionals.count == 2 ? arguments.positionals[1] : nil
        switch operation.body {
        case .none:
            if let path {
                throw .usage("\(operation.name) sends no body; unexpected argument \(path.escapingControlCharacters)")
            }
        case .json:
            guard let path else {
                throw .usage("\(operation.name) sends a JSON body: give FILE, or - for standard input")
            }
            let data = try InputReader.read(path, console: console)
            do {
                call.body = try JSONParser.parse(data)
            } catch {
                throw .invalid("\(path == "-" ? "standard input" : path) is not JSON: \(error)")
            }
        case .multipart:
            guard let path else { throw .usage("\(operation.name) uploads a file: give FILE, or - for standard input") }
            let data = try InputReader.read(path, console: console)
            let fileName = path == "-" ? "upload" : URL(fileURLWithPath: path).lastPathComponent
            let contentType = arguments.value("--content-type") ?? MediaType.guess(fileName: fileName)
            call.upload = MultipartUpload(data: data, fileName: fileName, contentType: contentType, fields: formFields)
        }
        return call
    }

    /// The answer read through the operation's generated typed model (the provider's own JSON for specs without
    /// one); a body the model cannot read is a malformed answer.
    private static func typedAnswer(_ result: OperationResult, descriptor: ProviderDescriptor) throws(CommandFailure)
        -> JSONValue?
    {
        guard let binding = ProviderCatalog.binding(for: descriptor.id) else { return result.json }
        do {
            return try binding.typedJSON(of: result)
        } catch {
            throw ClientFactory.failure(error)
        }
    }

    private static func print(
        _ result: OperationResult, answer: JSONValue?, client: VideoClient, json: Bool, console: Console
    ) {
        let handle = result.task.flatMap(client.handle(for:))
        if json {
            var object = JSONObject()
            object["provider"] = .string(result.provider)
            object["operation"] = .string(result.operation)
            object["httpStatus"] = .integer(result.httpStatus)
            object["answer"] = answer ?? .null
            object["task"] = result.task?.jsonValue ?? .null
            object["tasks"] = .array(result.tasks.map(\.jsonValue))
            console.out(JSONValue.object(object).serialized() + "\n")
            return
        }
        console.out("HTTP \(result.httpStatus)\n")
        if let answer {
            console.out(answer.serialized(pretty: true) + "\n")
        } else if !result.body.isEmpty {
            console.out("(\(result.body.count) bytes)\n")
        }
        if let task = result.task {
            console.out("\n" + TaskSummary.text(task))
            if let handle { console.out("handle: \(String(describing: handle).escapingControlCharacters)\n") }
        }
        for task in result.tasks {
            console.out("\n" + TaskSummary.text(task))
        }
    }
}

/// Content types of files to upload, from their extension.
enum MediaType {
    /// The content type of `fileName`, or `application/octet-stream`.
    static func guess(fileName: String) -> String {
        let types = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "gif": "image/gif",
            "heic": "image/heic", "mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm",
            "mp3": "audio/mpeg", "wav": "audio/wav", "json": "application/json", "txt": "text/plain",
        ]
        let ext = URL(fileURLWithPath: fileName).pathExtension.lowercased()
        return types[ext] ?? "application/octet-stream"
    }
}
