// `videogen create`: creates a video from unified flags on any provider (or shows the request it would send).

import Foundation
import VideoGen

/// Creates a task, optionally waiting for it.
enum CreateCommand: Command {
    static let name = "create"
    static let summary = "create a video from unified options (add --wait to follow it, --dry-run to see the request)"
    static let valuedOptions = ClientOptions.valued.union([
        "--prompt", "--model", "--duration", "--aspect-ratio", "--resolution", "--image", "--callback-url", "--param",
        ClientOptions.pollInterval,
    ])
    static let flagOptions = ClientOptions.flags.union(["--wait", "--dry-run", ClientOptions.strictModels])
    static var help: String {
        """
        usage: videogen create --provider P --prompt TEXT [--model M] [--duration N] [--aspect-ratio R]
                               [--resolution R] [--image URL]... [--callback-url URL] [--param KEY=JSON]...
                               [--wait] [--timeout S] [--poll-interval S] [--sandbox] [--dry-run] [--json]
                               [--base-url URL] [--api-key-file PATH] [--strict-models]

        Maps the unified options onto the provider's own request (its spec says where each goes), checks it
        against every documented rule, and sends it. An option the provider cannot honour is an error that says
        what it accepts.

          --provider P         one of: \(ProviderCatalog.identifiers.joined(separator: ", "))
          --prompt TEXT        what the video shows
          --model M            a model of the provider (videogen providers lists them); default: the provider's
          --duration N         seconds
          --aspect-ratio R     e.g. 16:9
          --resolution R       e.g. 720p
          --image URL          a reference image (http/https; repeat for several)
          --callback-url URL   the provider POSTs the result there (verify it before trusting it)
          --param KEY=JSON     a provider-specific field: a body path (input.style) or a name; JSON value
                               (a bare word is taken as a string: --param style=spicy)
          --wait               wait for the result, showing progress on stderr
          --timeout S          give up after S seconds: on the create alone, or with --wait on the create and the
                               wait together (default: 120 s for the create, the provider's advice or 900 s
                               for the wait)
          --dry-run            print the exact HTTP request (key shown as ***) and send nothing
        \(ClientOptions.help)
        \(ClientOptions.strictModelsHelp)
        \(ClientOptions.pollIntervalHelp)

        Exit status: 0 created (or, with --wait, succeeded), 1 invalid input, 2 usage, 3 provider or HTTP error,
        4 task failed or cancelled, 5 timed out.

        example: videogen create --provider \(ProviderCatalog.identifiers.first ?? "PROVIDER") --prompt "a red kite over the sea" --sandbox --wait
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        guard arguments.positionals.isEmpty else {
            throw CommandFailure.usage("unexpected argument \(arguments.positionals[0])")
        }
        // Every argument is checked before anything billable is sent.
        let descriptor = try CommandLineTool.descriptor(named: arguments.value("--provider"))
        let request = try videoRequest(arguments)
        let dryRun = arguments.has("--dry-run")
        let wait = arguments.has("--wait")
        if !wait, arguments.value(ClientOptions.pollInterval) != nil {
            throw CommandFailure.usage("--poll-interval needs --wait (without it, create does not poll)")
        }
        let timeout = try ClientFactory.timeout(arguments)
        let client = try ClientFactory.client(for: descriptor, arguments, console: console, requireKey: !dryRun)
        if dryRun {
            let http: HTTPRequest
            do { http = try client.createHTTPRequest(for: request) } catch { throw ClientFactory.failure(error) }
            console.out(DryRun.text(client.redacted(http), json: arguments.has("--json")))
            return .success
        }
        let clock = client.configuration.clock
        let start = clock.now()
        let task: VideoTask
        do {
            // --timeout bounds the create alone, or (with --wait) the create and the wait together.
            task = try await client.create(request, timeoutSeconds: timeout)
        } catch {
            throw ClientFactory.failure(error)
        }
        let handle = client.handle(for: task)
        let sandbox = arguments.has("--sandbox")
        guard wait, let handle, !task.state.isTerminal else {
            TaskOutput.print(task, handle: handle, json: arguments.has("--json"), sandbox: sandbox, console: console)
            return task.state == .failed || task.state == .cancelled ? .taskFailed : .success
        }
        if !arguments.has("--json") { console.err("created \(String(describing: handle).escapingControlCharacters)\n") }
        return try await TaskOutput.follow(
            handle, client: client, timeout: timeout.map { max(0.001, $0 - (clock.now() - start)) },
            json: arguments.has("--json"), sandbox: sandbox, console: console)
    }

    /// The unified request the flags describe.
    static func videoRequest(_ arguments: Arguments) throws(CommandFailure) -> VideoRequest {
        guard let prompt = arguments.value("--prompt") else { throw .usage("--prompt is required") }
        var request = VideoRequest(prompt: prompt)
        request.model = arguments.value("--model")
        if let text = arguments.value("--duration") {
            guard let seconds = Int(text) else {
                throw .invalid("--duration takes a whole number of seconds, got \(text)")
            }
            request.duration = seconds
        }
        request.aspectRatio = arguments.value("--aspect-ratio")
        request.resolution = arguments.value("--resolution")
        request.imageURLs = arguments.all("--image")
        request.callbackURL = arguments.value("--callback-url")
        for parameter in arguments.all("--param") {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw .usage("--param takes KEY=JSON, got \(parameter)")
            }
            let key = String(parameter[..<equals])
            let text = String(parameter[parameter.index(after: equals)...])
            request.extras[key] = (try? JSONParser.parse(text)) ?? .string(text)
        }
        return request
    }
}

/// Prints a request instead of sending it.
enum DryRun {
    /// The request as text (method, URL, headers, pretty body) or as `{"method", "url", "headers", "body"}`.
    static func text(_ request: HTTPRequest, json: Bool) -> String {
        let body = request.body.flatMap { try? JSONParser.parse($0) }
        if json {
            var headers = JSONObject()
            for header in request.headers { headers[header.name] = .string(header.value) }
            var object = JSONObject()
            object["method"] = .string(request.method)
            object["url"] = .string(request.url.absoluteString)
            object["headers"] = .object(headers)
            object["body"] = body ?? .null
            return JSONValue.object(object).serialized() + "\n"
        }
        var lines =
            ["\(request.method) \(request.url.absoluteString)"] + request.headers.map { "\($0.name): \($0.value)" }
        if let body {
            lines += ["", body.serialized(pretty: true)]
        } else if let bytes = request.body, !bytes.isEmpty {
            lines += ["", "(\(bytes.count) bytes, not shown)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
