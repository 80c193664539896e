// `videogen check`: drift detection over captured payloads — what they say that the provider's spec does not know.

import Foundation
import VideoGen

/// Compares captured payloads (or recorded fixtures) with the provider's spec.
enum CheckCommand: Command {
    static let name = "check"
    static let valuedOptions: Set<String> = ["--provider", "--kind"]
    static let flagOptions: Set<String> = ["--json"]
    static let summary = "report what captured payloads say that the provider's spec does not know (drift)"
    static var help: String {
        """
        usage: videogen check --provider P [--kind KIND] [--json] PATH...

        Reads each payload (a file, or every .json file below a folder; a fixture that RecordingTransport wrote
        names its own operation) and reports, per payload, everything the spec does not know: fields it does not
        declare (by JSON path), states, fail codes and models it does not list, values of another type or outside
        its range, fields every documented answer has that are missing, and payloads that do not decode.

          --provider P   one of: \(ProviderCatalog.identifiers.joined(separator: ", "))
          --kind KIND    what the payloads are: \(DecodeCommand.kinds.prefix(3).map(\.word).joined(separator: ", ")),
                         \(DecodeCommand.kinds.dropFirst(3).map(\.word).joined(separator: ", ")), or an operation's name;
                         by default each payload's kind is inferred when only one fits
          --json         print {"drift": Bool, "payloads": [{"path", "read as", "findings": [{"kind", "path",
                         "message"}]}]}

        Exit status: 0 nothing drifted, 1 something did (or a payload could not be read), 2 usage.
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let descriptor = try CommandLineTool.descriptor(named: arguments.value("--provider"))
        guard !arguments.positionals.isEmpty else { throw CommandFailure.usage("give payload files or folders") }
        let forced = try arguments.value("--kind").map { word throws(CommandFailure) in
            try response(named: word, descriptor)
        }
        var files: [String] = []
        for path in arguments.positionals { files += try payloadFiles(path) }
        var reports: [JSONValue] = []
        var drifted = false
        for file in files {
            let (readAs, findings) = check(file, descriptor: descriptor, forced: forced, console: console)
            drifted = drifted || !findings.isEmpty
            if arguments.has("--json") {
                reports.append(
                    .object([
                        "path": .string(file), "read as": readAs.map(JSONValue.string) ?? .null,
                        "findings": .array(
                            findings.map {
                                .object([
                                    "kind": .string($0.kind.rawValue), "path": .string($0.path.fieldPath),
                                    "message": .string($0.message),
                                ])
                            }),
                    ]))
            } else if findings.isEmpty {
                console.out("\(file.escapingControlCharacters): no drift (read as \(readAs ?? "?"))\n")
            } else {
                for finding in findings {
                    console.out("\(file.escapingControlCharacters): \(finding.description.escapingControlCharacters)\n")
                }
            }
        }
        if arguments.has("--json") {
            console.out(JSONValue.object(["drift": .bool(drifted), "payloads": .array(reports)]).serialized() + "\n")
        } else {
            console.err(
                "\(files.count) payload\(files.count == 1 ? "" : "s") checked against \(descriptor.specFile): \(drifted ? "drift found" : "no drift")\n"
            )
        }
        return drifted ? .invalidInput : .success
    }

    /// The response a `--kind` word or operation name reads.
    static func response(named word: String, _ descriptor: ProviderDescriptor) throws(CommandFailure) -> ResponseSchema
    {
        if let kind = DecodeCommand.kinds.first(where: { $0.word == word })?.kind,
            let response = descriptor.response(for: kind)
        {
            return response
        }
        if let name = descriptor.operation(named: word)?.response, let response = descriptor.response(named: name) {
            return response
        }
        throw .usage(
            "\(descriptor.id) has no payload kind or operation \"\(word.escapingControlCharacters)\" (operations: \(descriptor.operations.map(\.name).joined(separator: ", ")))"
        )
    }

    /// `path` itself, or every `.json` file below it, in name order.
    static func payloadFiles(_ path: String) throws(CommandFailure) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .usage("cannot read \(path.escapingControlCharacters): no such file")
        }
        guard isFolder.boolValue else { return [path] }
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let entry = enumerator?.nextObject() as? String {
            if entry.hasSuffix(".json") { found.append((path as NSString).appendingPathComponent(entry)) }
        }
        return found.sorted()
    }

    /// What the payload in `file` was read as, and its drift.
    static func check(_ file: String, descriptor: ProviderDescriptor, forced: ResponseSchema?, console: Console)
        -> (String?, [DriftFinding])
    {
        let data: Data
        do {
            data = try InputReader.read(file, console: console)
        } catch {
            return (nil, [DriftFinding(kind: .undecodable, path: .root, message: error.message)])
        }
        guard var body = try? JSONParser.parse(data, options: .init(maximumDepth: PayloadDecoder.maximumDepth)) else {
            return (nil, [DriftFinding(kind: .undecodable, path: .root, message: "is not JSON")])
        }
        var candidates = forced.map { [$0] } ?? []
        var status: Int?
        if let fixture = Fixture(json: body) {
            body = fixture.body
            status = fixture.status
            if forced == nil, let name = fixture.operation.flatMap(descriptor.operation(named:))?.response,
                let response = descriptor.response(named: name)
            {
                candidates = [response]
            }
        }
        if let status, !(200..<300).contains(status) {
            return ("an error answer (\(status))", [])
        }
        if descriptor.errors.isError(body) { return ("an error answer", []) }
        if candidates.isEmpty {
            candidates = readable(descriptor)
        }
        var best: (ResponseSchema, [DriftFinding])?
        var tied: [String] = []
        for response in candidates {
            let findings = findings(body, response, descriptor)
            if best == nil || findings.count < best?.1.count ?? 0 {
                best = (response, findings)
                tied = [response.name]
            } else if findings.count == best?.1.count {
                tied.append(response.name)
            }
        }
        guard let (response, findings) = best else { return (nil, []) }
        if tied.count > 1, !findings.isEmpty {
            return (
                nil,
                [
                    DriftFinding(
                        kind: .undecodable, path: .root,
                        message:
                            "fits none of the answers cleanly and several equally (\(tied.joined(separator: ", "))); give --kind"
                    )
                ]
            )
        }
        return (response.name, findings)
    }

    /// Every response an operation or the callbacks read (each once).
    static func readable(_ descriptor: ProviderDescriptor) -> [ResponseSchema] {
        var names = descriptor.operations.compactMap(\.response)
        if let callbacks = descriptor.callbacks { names.append(callbacks.response) }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted && $0 != descriptor.errors.response }.compactMap(
            descriptor.response(named:))
    }

    /// The drift of `body` read by `response`, a payload that does not decode included.
    static func findings(_ body: JSONValue, _ response: ResponseSchema, _ descriptor: ProviderDescriptor)
        -> [DriftFinding]
    {
        var findings = DriftDetector.findings(
            in: body, response: response, descriptor: descriptor,
            documented: DriftDetector.documentedAnswers(of: response, descriptor: descriptor))
        do {
            _ = try PayloadReader.read(body, as: response.body)
        } catch {
            findings.append(DriftFinding(kind: .undecodable, path: error.path, message: error.message))
        }
        return findings
    }
}
