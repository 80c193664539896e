// `videogen validate`: checks a provider-native create-request body against the provider's spec.

import Foundation
import VideoGen

/// Validates a create-request body, reporting every violation.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "check a provider-native create-request body against the provider's spec"
    static let valuedOptions: Set<String> = ["--provider", "--model"]
    static let flagOptions: Set<String> = ["--json", "--strict-models"]
    static var help: String {
        """
        usage: videogen validate --provider PROVIDER [--model M] [--strict-models] [--json] FILE|-

        Checks a create-request body, written in the provider's own format, against everything its spec says:
        types (integers must be JSON integers), enums, ranges, lengths, item counts, URL rules and the rules
        across fields. Every violation is printed, one per line, as FIELD: what was expected, got what.

          --provider P       one of: \(ProviderCatalog.identifiers.joined(separator: ", "))
          --model M          the model, for providers that take it in the URL (its own parameters apply)
          --strict-models    a model the spec does not list is an error (by default: a warning, and the body is
                             checked against what the listed models accept)
          --json             print {"valid": Bool, "violations": [{"path", "message", "value"}],
                             "warnings": [{"path", "message", "value"}]} instead

        Warnings (a model the spec does not list, deprecated or renamed fields) go to stderr and do not fail.
        Exit status: 0 valid, 1 invalid (or not JSON), 2 usage.

        example: videogen validate --provider \(ProviderCatalog.identifiers.first ?? "PROVIDER") body.json
        """
    }

    static func run(_ arguments: [String], console: Console) async throws -> ExitStatus {
        let arguments = try Arguments(arguments, of: Self.self)
        let descriptor = try CommandLineTool.descriptor(named: arguments.value("--provider"))
        let path = try CommandLineTool.inputPath(arguments)
        let data = try InputReader.read(path, console: console)
        let prepared: PreparedRequest
        do {
            prepared = try RequestValidator.prepare(
                json: data, against: descriptor.createRequest, model: arguments.value("--model"),
                refusingUnknownModels: arguments.has("--strict-models"), maximumDepth: PayloadDecoder.maximumDepth)
        } catch {
            throw CommandFailure.invalid("\(path == "-" ? "standard input" : path) is not valid JSON: \(error)")
        }
        let violations = prepared.violations
        func items(_ list: [Violation]) -> JSONValue {
            .array(
                list.map { violation in
                    var item = JSONObject()
                    item["path"] = .string(violation.fieldName)
                    item["message"] = .string(violation.message)
                    item["value"] = violation.value ?? .null
                    return .object(item)
                })
        }
        if arguments.has("--json") {
            var object = JSONObject()
            object["valid"] = .bool(violations.isEmpty)
            object["violations"] = items(violations)
            object["warnings"] = items(prepared.warnings)
            console.out(JSONValue.object(object).serialized() + "\n")
            return violations.isEmpty ? .success : .invalidInput
        }
        for warning in prepared.warnings {
            console.err("warning: \(warning.description.escapingControlCharacters)\n")
        }
        if violations.isEmpty {
            console.out("valid \(descriptor.id) create request\n")
        } else {
            for violation in violations { console.out(violation.description + "\n") }
            let count = violations.count
            console.err("\(count) violation\(count == 1 ? "" : "s") of \(descriptor.specFile)\n")
        }
        return violations.isEmpty ? .success : .invalidInput
    }
}
