// The command-line front of the generator: arguments in, diagnostics on stderr, files out, an exit status.

import Foundation

/// Runs the generator as a command: `videogen-generator --output DIR SPEC.json…` (or `--check SPEC.json…`).
public enum GeneratorCommand {
    /// The usage text.
    public static let usage = """
        usage: videogen-generator --output DIR [--consumer] SPEC.json...
               videogen-generator --check SPEC.json...

        Reads VideoGen spec files and writes one DIR/<spec>.generated.swift per spec plus
        DIR/ProviderCatalog.generated.swift. Problems are printed as FILE:LINE:COLUMN: error: $.path: message;
        with any error nothing is written and the exit status is 1. --check only checks. --consumer writes for a
        module other than VideoGen's own: the files import VideoGen and list their bindings in GeneratedProviders.
        """

    /// Runs with `arguments` (without the program name); returns the exit status.
    public static func run(_ arguments: [String], standardError: (String) -> Void) -> Int32 {
        var output: String?
        var checkOnly = false
        var forConsumer = false
        var specs: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--output":
                guard index + 1 < arguments.count else {
                    standardError("videogen-generator: error: --output needs a folder\n\(usage)\n")
                    return 2
                }
                output = arguments[index + 1]
                index += 1
            case "--check":
                checkOnly = true
            case "--consumer":
                forConsumer = true
            case "--help", "-h":
                standardError(usage + "\n")
                return 0
            default:
                if argument.hasPrefix("-") {
                    standardError("videogen-generator: error: unknown option \(argument)\n\(usage)\n")
                    return 2
                }
                specs.append(argument)
            }
            index += 1
        }
        guard !specs.isEmpty, checkOnly || output != nil else {
            standardError(usage + "\n")
            return 2
        }
        let result = Generator(forConsumer: forConsumer).generate(specFiles: specs)
        for diagnostic in result.diagnostics { standardError(diagnostic.description + "\n") }
        if result.hasErrors {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            standardError(
                "videogen-generator: \(count) error\(count == 1 ? "" : "s") in the spec files; nothing was written\n")
            return 1
        }
        guard !checkOnly, let output else { return 0 }
        do {
            try OutputWriter(directory: URL(fileURLWithPath: output)).write(result.outputs)
        } catch {
            standardError("videogen-generator: error: cannot write into \(output): \(error.localizedDescription)\n")
            return 1
        }
        return 0
    }
}
