// Reads path text ("input.duration", "$.image_urls[0]", `["odd key"].x`) back into a JSONPath.

extension JSONPath {
    /// Reads a path written as ``fieldPath`` ("input.duration", "image_urls[0]", `["odd key"].x`,
    /// "" for the root) or as ``description`` (with a leading "$", as in "$.input.duration").
    ///
    /// - Throws: ``JSONPathSyntaxError`` saying where and why the text is malformed.
    package init(parsing fieldPath: String) throws(JSONPathSyntaxError) {
        var reader = PathReader(text: fieldPath)
        self.init(try reader.readComponents())
    }
}

/// A small cursor over the Unicode scalars of path text.
private struct PathReader {
    let text: String
    let scalars: [Unicode.Scalar]
    var position = 0

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    private func fail(_ message: String, at position: Int? = nil) -> JSONPathSyntaxError {
        JSONPathSyntaxError(text: text, position: position ?? self.position, message: message)
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    mutating func readComponents() throws(JSONPathSyntaxError) -> [JSONPath.Component] {
        // "$" alone, or followed by "." or "[", marks the description form. Otherwise "$" is
        // just the first letter of a key such as "$ref".
        var dollarForm = false
        if current == "$", scalars.count == 1 || scalars[1] == "." || scalars[1] == "[" {
            dollarForm = true
            position = 1
        }
        var components: [JSONPath.Component] = []
        while let scalar = current {
            let isFirst = components.isEmpty
            if scalar == "[" {
                components.append(try readBracketed())
            } else if scalar == "." {
                if isFirst && !dollarForm {
                    throw fail("a path cannot start with \".\"")
                }
                position += 1
                guard let key = readIdentifier() else {
                    throw fail("expected a key after \".\"")
                }
                components.append(.key(key))
            } else if isFirst && !dollarForm, let key = readIdentifier() {
                components.append(.key(key))
            } else {
                let expected = isFirst && !dollarForm ? "a key or \"[\"" : "\".\" or \"[\""
                throw fail("expected \(expected), found \(describe(scalar))")
            }
        }
        return components
    }

    /// Reads `[123]` or `["key"]`.
    private mutating func readBracketed() throws(JSONPathSyntaxError) -> JSONPath.Component {
        position += 1  // "["
        let component: JSONPath.Component
        switch current {
        case "\""?:
            component = .key(try readQuotedKey())
        case let scalar? where ("0"..."9").contains(scalar):
            component = .index(try readIndex())
        case let scalar?:
            throw fail("expected an index or a quoted key after \"[\", found \(describe(scalar))")
        case nil:
            throw fail("expected an index or a quoted key after \"[\"")
        }
        guard current == "]" else {
            throw fail("expected \"]\"")
        }
        position += 1
        return component
    }

    private mutating func readQuotedKey() throws(JSONPathSyntaxError) -> String {
        let start = position
        var end = position + 1
        while end < scalars.count, scalars[end] != "\"" {
            end += scalars[end] == "\\" ? 2 : 1
        }
        guard end < scalars.count else {
            throw fail("unterminated quoted key", at: start)
        }
        var literal = ""
        literal.unicodeScalars.append(contentsOf: scalars[start...end])
        guard case .string(let key)? = try? JSONParser.parse(literal) else {
            throw fail("invalid quoted key (it must be a JSON string)", at: start)
        }
        position = end + 1
        return key
    }

    private mutating func readIndex() throws(JSONPathSyntaxError) -> Int {
        let start = position
        var value = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            let digit = Int(scalar.value - 48)
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw fail("index too large", at: start) }
            value = sum
            position += 1
        }
        if position - start > 1 && scalars[start] == "0" {
            throw fail("an index cannot have leading zeros", at: start)
        }
        return value
    }

    private mutating func readIdentifier() -> String? {
        guard let first = current, first.isASCII, JSONPath.isIdentifierStart(UInt8(first.value)) else {
            return nil
        }
        var key = ""
        while let scalar = current, scalar.isASCII, JSONPath.isIdentifierContinuation(UInt8(scalar.value)) {
            key.unicodeScalars.append(scalar)
            position += 1
        }
        return key
    }

    private func describe(_ scalar: Unicode.Scalar) -> String {
        JSONWriter.string(.string(String(scalar)))
    }
}
