// A small indenting printer that generated Swift is written into.

/// Collects lines of Swift with indentation; no templates, no syntax trees.
final class SwiftPrinter {
    private(set) var lines: [String] = []
    private var level = 0
    private var indents: [String] = [""]
    /// Spaces per indentation level.
    let indentWidth = 4

    /// The current indentation.
    var indentation: String {
        while indents.count <= level { indents.append(String(repeating: " ", count: indents.count * indentWidth)) }
        return indents[level]
    }

    /// The width of the current indentation.
    var indentationWidth: Int { level * indentWidth }

    /// Adds a line at the current indentation (an empty line stays empty).
    func line(_ text: String = "") {
        lines.append(text.isEmpty ? "" : indentation + text)
    }

    /// Prints `opener {`, the body one level deeper, then `}`.
    func block(_ opener: String, _ body: () -> Void) {
        line(opener + " {")
        indented(body)
        line("}")
    }

    /// Prints `switch subject {`, the cases at the switch's own level (Swift's usual style), then `}`.
    func switchBlock(_ subject: String, _ cases: () -> Void) {
        line("switch \(subject) {")
        cases()
        line("}")
    }

    /// Prints `head(items)tail` (or `head[items]tail`) on one line when it fits in `SwiftExpression.lineLimit`
    /// columns; otherwise one item per line, one level deeper (arrays with a trailing comma).
    func list(_ head: String, _ items: [String], tail: String = "", brackets: Bool = false) {
        let (open, close) = brackets ? ("[", "]") : ("(", ")")
        let single = head + open + items.joined(separator: ", ") + close + tail
        if items.isEmpty || indentationWidth + single.utf8.count <= SwiftExpression.lineLimit {
            line(single)
            return
        }
        line(head + open)
        indented {
            for (index, item) in items.enumerated() {
                line(item + (index < items.count - 1 || brackets ? "," : ""))
            }
        }
        line(close + tail)
    }

    /// Prints the body one level deeper.
    func indented(_ body: () -> Void) {
        level += 1
        body()
        level -= 1
    }

    /// Prints a `///` doc comment, one line per line of `text`; empty paragraphs separate.
    func doc(_ paragraphs: [String]) {
        var first = true
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !first { line("///") }
            first = false
            if !paragraph.utf8.contains(0x0A), paragraph.utf8.first != 0x20, paragraph.utf8.last != 0x20 {
                line("/// " + paragraph)
                continue
            }
            for textLine in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = textLine.trimmingCharacters(in: " ")
                line(trimmed.isEmpty ? "///" : "/// " + trimmed)
            }
        }
    }

    /// Removes a trailing empty line, if any.
    func trimTrailingBlank() {
        while lines.last == "" { lines.removeLast() }
    }

    /// The printed text, ending with one newline.
    var text: String { lines.joined(separator: "\n") + "\n" }
}

extension Substring {
    func trimmingCharacters(in character: Character) -> Substring {
        var result = self
        while result.first == character { result = result.dropFirst() }
        while result.last == character { result = result.dropLast() }
        return result
    }
}
