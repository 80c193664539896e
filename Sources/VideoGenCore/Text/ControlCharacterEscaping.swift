// Text from providers (task ids, messages, URLs) shown to people: control characters made visible, never obeyed.

extension String {
    /// The string with every control character written out visibly, so that text a provider (or any input)
    /// chose cannot move the cursor, clear the screen, hide a hyperlink (OSC 8), ring the bell or forge extra
    /// lines in a terminal or a log: C0 controls (`\n`, `\r`, `\t` by name, others as `\u{1B}`), DEL, the C1
    /// controls, and the bidirectional overrides that reorder what is shown.
    package var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.needsVisibleEscape) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard scalar.needsVisibleEscape else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// The same, but keeping line feeds and tabs: for text VideoGen itself laid out over several lines, after
    /// the provider's parts were escaped with ``escapingControlCharacters``.
    package var escapingControlCharactersExceptLayout: String {
        guard unicodeScalars.contains(where: { $0.needsVisibleEscape && $0 != "\n" && $0 != "\t" }) else {
            return self
        }
        return split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false).map {
                    String($0).escapingControlCharacters
                }
                .joined(separator: "\t")
            }
            .joined(separator: "\n")
    }
}

extension Unicode.Scalar {
    /// C0, DEL, C1, and the bidirectional embedding, override and isolate controls.
    fileprivate var needsVisibleEscape: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
