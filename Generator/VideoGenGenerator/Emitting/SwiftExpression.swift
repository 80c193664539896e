// Swift expressions for literals: printed on one line when short, one argument per line when not.

/// A Swift expression the emitter prints: a call, an array, or text as it is.
indirect enum SwiftExpression {
    /// Text printed as it is (`.string`, `6`, `"abc"`).
    case raw(String)
    /// `name(label: argument, …)`; unlabelled arguments have a `nil` label.
    case call(String, [(label: String?, value: SwiftExpression)])
    /// `[a, b]`.
    case array([SwiftExpression])

    /// The longest line the printer produces by joining.
    static let lineLimit = 120

    /// The expression on one line.
    var inline: String {
        var text = ""
        _ = appendInline(to: &text, budget: Int.max)
        return text
    }

    /// Appends the one-line form to `text`, giving up (returning `false`) as soon as `text` would exceed `budget`
    /// characters — so deciding whether a big expression fits on a line costs only the line's length.
    private func appendInline(to text: inout String, budget: Int) -> Bool {
        switch self {
        case .raw(let raw):
            text += raw
        case .call(let name, let arguments):
            text += name
            text += "("
            for (index, argument) in arguments.enumerated() {
                if index > 0 { text += ", " }
                if let label = argument.label {
                    text += label
                    text += ": "
                }
                guard text.utf8.count <= budget, argument.value.appendInline(to: &text, budget: budget) else {
                    return false
                }
            }
            text += ")"
        case .array(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                guard text.utf8.count <= budget, item.appendInline(to: &text, budget: budget) else { return false }
            }
            text += "]"
        }
        return text.utf8.count <= budget
    }

    /// Prints `prefix` + the expression + `suffix`, breaking it over lines where it is too long.
    func print(into printer: SwiftPrinter, prefix: String = "", suffix: String = "") {
        var single = prefix
        let budget = Self.lineLimit - printer.indentationWidth - suffix.utf8.count
        if appendInline(to: &single, budget: budget) || isAtomic {
            if isAtomic, single.utf8.count > budget { single = prefix + inline }
            printer.line(single + suffix)
            return
        }
        switch self {
        case .raw:
            printer.line(prefix + inline + suffix)
        case .call(let name, let arguments):
            printer.line(prefix + name + "(")
            printer.indented {
                for (index, argument) in arguments.enumerated() {
                    let label = argument.label.map { $0 + ": " } ?? ""
                    argument.value.print(into: printer, prefix: label, suffix: index == arguments.count - 1 ? "" : ",")
                }
            }
            printer.line(")" + suffix)
        case .array(let items):
            printer.line(prefix + "[")
            printer.indented {
                for item in items { item.print(into: printer, suffix: ",") }
            }
            printer.line("]" + suffix)
        }
    }

    private var isAtomic: Bool {
        switch self {
        case .raw: return true
        case .call(_, let arguments): return arguments.isEmpty
        case .array(let items): return items.isEmpty
        }
    }
}

/// Swift literal spellings.
enum SwiftLiteral {
    /// A string literal with escapes: `"a \"b\"\n"`.
    static func string(_ text: String) -> String {
        // Most texts need no escape at all: copy them in one piece.
        if !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A raw string literal (`#"…"#`) with enough `#` that the text cannot end it; newlines escaped.
    static func rawString(_ text: String) -> String {
        guard !text.contains("\n"), !text.contains("\r"), !text.unicodeScalars.contains(where: { $0.value < 0x20 })
        else {
            return string(text)
        }
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return hashes + "\"" + text + "\"" + hashes
    }

    /// A `Double` literal: `6`, `0.028`.
    static func number(_ value: Double) -> String {
        ValueSchemaText.number(value)
    }

    /// `nil` or the wrapped expression.
    static func optional<Value>(_ value: Value?, _ render: (Value) -> SwiftExpression) -> SwiftExpression {
        value.map(render) ?? .raw("nil")
    }

    /// A string or `nil`.
    static func optionalString(_ value: String?) -> SwiftExpression {
        .raw(value.map(string) ?? "nil")
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> SwiftExpression {
        .array(values.map { .raw(string($0)) })
    }
}
