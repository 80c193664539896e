// The core of JSONParser: walks a contiguous UTF-8 buffer and builds JSONValues without
// recursion, so nesting depth costs heap, not stack. Objects, strings and numbers are in
// JSONScanner+Objects.swift, JSONScanner+Strings.swift and JSONScanner+Numbers.swift.

/// An error found while scanning, before the path and line:column are worked out.
struct JSONScanError: Error {
    var reason: JSONParseError.Reason
    var offset: Int
}

/// Scans one JSON document held in `bytes`. Every read is preceded by a bounds check.
struct JSONScanner {
    /// An array or object whose contents are being read. Its elements or members so far are
    /// the tail of `elementStack` or `memberStack` from `start` on, so each container is built
    /// with one exactly sized allocation.
    struct Frame {
        let isObject: Bool
        let start: Int
        /// Key → member index, built once an object is big enough that linear duplicate checks add up.
        var positions: [String: Int]?
        /// The key of the member whose value is being read.
        var key = ""
        var keySpan = KeySpan.none
        /// The index (from `start`) of an earlier member with the same key, if any.
        var duplicateOf: Int?
        /// How many locations were recorded before the current member's value.
        var recordedBefore = 0

        init(isObject: Bool, start: Int) {
            self.isObject = isObject
            self.start = start
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    var position = 0
    let maximumDepth: Int
    let duplicateKeys: JSONParser.DuplicateKeyPolicy
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []
    /// The open arrays and objects, outermost first.
    var stack: [Frame] = []
    /// Elements read so far by the open arrays, outermost first.
    var elementStack: [JSONValue] = []
    /// Members read so far by the open objects, outermost first.
    var memberStack: [PendingMember] = []
    /// Set by `parseString`: where the string's bytes are, if it was plain ASCII.
    var lastKeySpan = KeySpan.none
    /// Whether the scanner is inside the pending element or member value of the innermost
    /// container (rather than between its elements); decides the path reported with an error.
    var insideValue = true

    /// Location recording, used only by `parseWithLocations`.
    let recordLocations: Bool
    var recorded: [(path: JSONPath, offset: Int)] = []
    var sawDuplicateKey = false
    /// Where each repeated key was found, used only by `parseWithLocations`.
    var duplicateRecords: [(path: JSONPath, offset: Int)] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, options: JSONParser.Options, recordLocations: Bool) {
        self.bytes = bytes
        self.count = bytes.count
        self.maximumDepth = options.maximumDepth
        self.duplicateKeys = options.duplicateKeys
        self.recordLocations = recordLocations
    }

    /// Parses a whole document: optional BOM, whitespace, one value, whitespace, end.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>,
        options: JSONParser.Options,
        recordLocations: Bool
    ) throws(JSONParseError) -> (value: JSONValue, locations: JSONLocations?) {
        var scanner = JSONScanner(bytes: bytes, options: options, recordLocations: recordLocations)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let textStart = hasBOM && options.allowByteOrderMark ? 3 : 0
        scanner.position = textStart
        do throws(JSONScanError) {
            let value = try scanner.parseDocument()
            var locations: JSONLocations?
            if recordLocations {
                locations = scanner.makeLocations(value: value, textStart: textStart)
            }
            return (value, locations)
        } catch {
            var lines = JSONLineCounter(bytes: bytes, textStart: textStart)
            throw JSONParseError(
                reason: error.reason,
                location: lines.location(at: error.offset),
                path: scanner.currentPath()
            )
        }
    }

    private mutating func parseDocument() throws(JSONScanError) -> JSONValue {
        skipWhitespace()
        guard position < count else {
            throw JSONScanError(reason: .empty, offset: position)
        }
        let value = try parseValue()
        skipWhitespace()
        guard position == count else {
            throw JSONScanError(reason: .trailingContent, offset: position)
        }
        return value
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// Parses one value with everything nested in it, keeping open containers on `stack`.
    private mutating func parseValue() throws(JSONScanError) -> JSONValue {
        var value: JSONValue
        nextValue: while true {
            // Read the start of a value: a scalar, an empty container, or an opening bracket.
            insideValue = true
            skipWhitespace()
            guard position < count else {
                throw JSONScanError(reason: .unexpectedEnd, offset: position)
            }
            if recordLocations {
                recorded.append((currentPath(), position))
            }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "["):
                try checkDepth()
                position += 1
                skipWhitespace()
                if position < count && bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    value = .array([])
                } else {
                    if elementStack.capacity == 0 { elementStack.reserveCapacity(16) }
                    pushFrame(Frame(isObject: false, start: elementStack.count))
                    continue nextValue
                }
            case UInt8(ascii: "{"):
                try checkDepth()
                position += 1
                skipWhitespace()
                if position < count && bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    value = .object(JSONObject())
                } else {
                    if memberStack.capacity == 0 { memberStack.reserveCapacity(16) }
                    pushFrame(Frame(isObject: true, start: memberStack.count))
                    insideValue = false  // a bad key is reported at the object's path
                    try readKey()
                    continue nextValue
                }
            case UInt8(ascii: "t"):
                try parseLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try parseLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try parseLiteral("null")
                value = .null
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                value = try parseNumber()
            default:
                throw unexpectedCharacter(at: position)
            }

            // A value is complete: add it to its container, closing containers that end here.
            while let top = stack.indices.last {
                insideValue = false
                let isObject = stack[top].isObject
                if isObject {
                    addMember(value)
                } else {
                    elementStack.append(value)
                }
                skipWhitespace()
                guard position < count else {
                    throw JSONScanError(reason: .unexpectedEnd, offset: position)
                }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: ",") {
                    if isObject { try readKey() }
                    continue nextValue
                }
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    let start = stack.removeLast().start
                    value = isObject ? .object(popMembers(from: start)) : .array(popElements(from: start))
                    continue
                }
                throw unexpectedCharacter(at: position - 1)
            }
            return value
        }
    }

    private mutating func pushFrame(_ frame: Frame) {
        if stack.capacity == 0 { stack.reserveCapacity(8) }
        stack.append(frame)
    }

    private func checkDepth() throws(JSONScanError) {
        guard stack.count < maximumDepth else {
            throw JSONScanError(reason: .tooDeep(limit: maximumDepth), offset: position)
        }
    }

    /// Moves `elementStack[start...]` into an exactly sized array, without retaining and
    /// releasing every element, and removes it from the stack.
    private mutating func popElements(from start: Int) -> [JSONValue] {
        let count = elementStack.count - start
        let elements = elementStack.withUnsafeMutableBufferPointer { stack in
            [JSONValue](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                guard let source = stack.baseAddress, let target = buffer.baseAddress else { return }
                target.moveInitialize(from: source + start, count: count)
                (source + start).initialize(repeating: .null, count: count)  // owns nothing
                initializedCount = count
            }
        }
        elementStack.removeLast(count)
        return elements
    }

    /// Consumes `literal` ("true", "false" or "null"), whose first byte is already known to match.
    private mutating func parseLiteral(_ literal: StaticString) throws(JSONScanError) {
        let length = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for index in 1..<length {
            let at = position + index
            guard at < count else {
                throw JSONScanError(reason: .unexpectedEnd, offset: at)
            }
            guard bytes[at] == expected[index] else {
                throw unexpectedCharacter(at: at)
            }
        }
        position += length
    }

    // MARK: Locations and errors

    /// The path of the value being read (or of the innermost container, between its values).
    /// One pass from the innermost container outwards, so it costs O(depth).
    func currentPath() -> JSONPath {
        var reversed: [JSONPath.Component] = []
        reversed.reserveCapacity(stack.count)
        // Elements of an array end where the next array nested in it starts its own.
        var elementsEnd = elementStack.count
        for index in stack.indices.reversed() {
            let frame = stack[index]
            let included = index < stack.count - 1 || insideValue
            if frame.isObject {
                if included { reversed.append(.key(frame.key)) }
            } else {
                if included { reversed.append(.index(elementsEnd - frame.start)) }
                elementsEnd = frame.start
            }
        }
        return JSONPath(reversed.reversed())
    }

    private func makeLocations(value: JSONValue, textStart: Int) -> JSONLocations {
        var lines = JSONLineCounter(bytes: bytes, textStart: textStart)
        var table: [JSONPath: JSONLocation] = [:]
        table.reserveCapacity(recorded.count)
        for entry in recorded {
            table[entry.path] = lines.location(at: entry.offset)
        }
        if sawDuplicateKey {
            // With `.keepLast`, a replaced value (and what was inside it) may have left entries
            // for paths that no longer exist.
            table = table.filter { value.value(at: $0.key) != nil }
        }
        var duplicates: [(path: JSONPath, location: JSONLocation)] = []
        for entry in duplicateRecords {
            duplicates.append((entry.path, lines.location(at: entry.offset)))
        }
        return JSONLocations(table, duplicateKeys: duplicates)
    }

    /// An `unexpectedCharacter` error for the character that starts at `offset`.
    func unexpectedCharacter(at offset: Int) -> JSONScanError {
        JSONScanError(reason: .unexpectedCharacter(characterText(at: offset)), offset: offset)
    }

    /// The character starting at `offset` as text, or "0xNN" when the bytes there are not valid UTF-8.
    func characterText(at offset: Int) -> String {
        let lead = bytes[offset]
        if lead < 0x80 {
            return String(UnicodeScalar(lead))
        }
        if let end = validUTF8SequenceEnd(at: offset) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }
        let hex = String(lead, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
