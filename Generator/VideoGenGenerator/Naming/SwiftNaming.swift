// Swift names derived from wire names: properties, types and enum cases, with the words Swift reserves.

/// Derives Swift identifiers from the names and values in a spec.
enum SwiftNaming {
    /// Words written in capitals inside identifiers (`imageURLs`, `taskID`).
    private static let acronyms: [String: String] = [
        "url": "URL", "urls": "URLs", "id": "ID", "ids": "IDs", "json": "JSON", "http": "HTTP", "api": "API",
        "uri": "URI",
    ]

    /// Splits `image_urls`, `taskId`, `text-to-video`, `CONTENT_VIOLATION` into words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !(character.isLetter || character.isNumber) || !character.isASCII {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let last = previous, character.isUppercase, last.isLowercase || last.isNumber, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `image_urls` → `imageURLs`, `taskId` → `taskID`, `created_at` → `createdAt`.
    static func propertyName(_ wire: String) -> String {
        camelCase(words(wire), firstUpper: false)
    }

    /// An operation's Swift method: `status` → `status`, `get-credits` → `getCredits`.
    static func methodName(_ operation: String) -> String {
        camelCase(words(operation), firstUpper: false)
    }

    /// `aspect_ratio` → `AspectRatio`, `input` → `Input`.
    static func typeName(_ wire: String) -> String {
        camelCase(words(wire), firstUpper: true)
    }

    /// `text-to-video` → `textToVideo`, `480p` → `_480p`, `16:9` → `_16x9`, `CONTENT_VIOLATION` → `contentViolation`.
    static func caseName(_ raw: String) -> String {
        var text = ""
        var characters = Array(raw)
        for index in characters.indices where characters[index] == ":" {
            let before = index > 0 && characters[index - 1].isNumber
            let after = index + 1 < characters.count && characters[index + 1].isNumber
            if before && after { characters[index] = "x" }
        }
        text = String(characters)
        var parts = words(text)
        // Digits on both sides of a separator stay apart: veo-3.1 → veo3_1.
        var joined: [String] = []
        for part in parts {
            if let last = joined.last, last.last?.isNumber == true, part.first?.isNumber == true {
                joined[joined.count - 1] = last + "_" + part
            } else {
                joined.append(part)
            }
        }
        parts = joined
        let name = camelCase(parts, firstUpper: false)
        if let first = name.first, first.isNumber { return "_" + name }
        return name
    }

    private static func camelCase(_ words: [String], firstUpper: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            let isAllCaps = word.allSatisfy { !$0.isLetter || $0.isUppercase } && word.contains(where: \.isLetter)
            let lowered = isAllCaps ? word.lowercased() : word
            if index == 0 && !firstUpper {
                result += lowered.prefix(1).lowercased() + lowered.dropFirst()
            } else if let acronym = acronyms[word.lowercased()] {
                result += acronym
            } else {
                result += lowered.prefix(1).uppercased() + lowered.dropFirst()
            }
        }
        return result
    }

    /// Whether `name` is a plain Swift identifier (ASCII letters, digits, `_`; not starting with a digit).
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } && name != "_"
    }

    /// Whether `name` is UpperCamelCase-shaped (starts with a capital letter).
    static func isTypeIdentifier(_ name: String) -> Bool {
        isIdentifier(name) && name.first?.isUppercase == true
    }

    /// Words Swift reserves: they cannot name a declaration without backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
        "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Type", "Protocol",
    ]

    /// Names generated code uses without qualification, which a generated type must not shadow.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Double", "Bool", "Date", "Data", "URL", "Array", "Dictionary", "Optional", "Error", "Never",
        "Sendable", "Hashable", "Equatable", "Codable", "Decodable", "Encodable", "CaseIterable", "RawRepresentable",
        "Decoder", "Encoder", "JSONValue", "JSONObject", "JSONPath", "PayloadError", "Violation", "ProviderCode",
        "FieldReader", "FieldWriter", "JSONModel", "JSONValueConvertible", "RequestValidator", "TaskState",
        "ProviderBinding", "ProviderDescriptor", "Foundation", "VideoGenCore", "VideoGen", "ProviderState",
        "FailCode", "Envelope", "Client", "OperationResponse", "OperationCall", "VideoClient", "VideoGenError",
        "ObjectSchema", "APIKey", "ClientConfiguration", "Type", "Protocol", "Self",
    ]

    /// Member names generated code declares itself, which a property or case must not take.
    static let reservedMemberNames: Set<String> = [
        "jsonValue", "validate", "init", "decode", "hashValue", "hash", "rawValue", "allCases", "unknown",
        "descriptor", "knownCases", "encode", "schema", "spec", "envelope",
    ]

    /// Member names a generated typed client declares itself, which an operation's method must not take.
    static let reservedClientMembers: Set<String> = ["base", "descriptor", "init", "call", "perform"]
}
