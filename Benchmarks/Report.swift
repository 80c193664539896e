// Collects the figures of a run and prints them as Markdown tables.

import Foundation

/// The benchmark report: sections of rows, printed as Markdown.
final class Report {
    struct Section {
        var title: String
        var note: String
        var header: [String]
        var rows: [[String]]
    }

    private(set) var sections: [Section] = []

    func add(_ title: String, note: String = "", header: [String], rows: [[String]]) {
        sections.append(Section(title: title, note: note, header: header, rows: rows))
        print(render(sections[sections.count - 1]))
    }

    func render(_ section: Section) -> String {
        var lines = ["### \(section.title)", ""]
        if !section.note.isEmpty { lines += [section.note, ""] }
        lines.append("| " + section.header.joined(separator: " | ") + " |")
        lines.append("|" + section.header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in section.rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    var markdown: String { sections.map(render).joined(separator: "\n") }
}

/// Number formatting for tables.
enum Figure {
    static func ns(_ value: Double) -> String {
        value >= 10_000 ? String(format: "%.1f µs", value / 1000) : String(format: "%.0f ns", value)
    }
    static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
    static func s(_ seconds: Double) -> String { String(format: "%.1f s", seconds) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    static func number(_ value: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
}
