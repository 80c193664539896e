// A small argument parser: options with values, repeatable options, flags and positionals.

/// Parsed command-line arguments of one command.
struct Arguments {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// The options that may be given more than once (each time adds a value); any other valued option given twice is
    /// a usage error rather than the last one silently winning.
    static let repeatable: Set<String> = ["--image", "--param"]

    /// Parses `arguments`: `valued` options take the next argument (`--kind X` or `--kind=X`), `flagNames` take none.
    init(_ arguments: [String], valued: Set<String>, flags flagNames: Set<String>) throws(CommandFailure) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if flagNames.contains(name) {
                if inlineValue != nil { throw .usage("\(name) takes no value") }
                flags.insert(name)
            } else if valued.contains(name) {
                if values[name] != nil, !Self.repeatable.contains(name) {
                    throw .usage("\(name) is given twice (it takes one value)")
                }
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw .usage("\(name) needs a value") }
                    values[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                let known = (valued.union(flagNames)).sorted().joined(separator: ", ")
                throw .usage("unknown option \(name)" + (known.isEmpty ? "" : " (options: \(known))"))
            }
        }
    }

    /// Parses `arguments` with the options `command` accepts.
    init<C: Command>(_ arguments: [String], of command: C.Type) throws(CommandFailure) {
        try self.init(arguments, valued: C.valuedOptions, flags: C.flagOptions)
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func has(_ name: String) -> Bool { flags.contains(name) }
}
