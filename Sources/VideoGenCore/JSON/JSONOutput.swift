// The byte-level encoder behind JSONWriter: escaping, number formatting and indentation.

/// Accumulates the UTF-8 bytes of JSON text.
struct JSONOutput {
    var bytes: [UInt8] = []
    private let options: JSONWriter.Options
    private let indentWidth: Int
    private let byteLimit: Int

    init(options: JSONWriter.Options, byteLimit: Int = .max) {
        self.options = options
        self.indentWidth = max(0, options.indent)
        self.byteLimit = byteLimit
        bytes.reserveCapacity(min(byteLimit, 256))
    }

    mutating func write(_ value: JSONValue, depth: Int = 0) {
        guard bytes.count <= byteLimit else { return }
        switch value {
        case .null:
            append("null")
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .integer(let integer):
            writeInteger(integer)
        case .number(let double):
            if double.isFinite {
                append(double.description)
            } else {
                append("null")
            }
        case .string(let string):
            writeString(string)
        case .array(let elements):
            writeArray(elements, depth: depth)
        case .object(let object):
            writeObject(object, depth: depth)
        }
    }

    private mutating func writeArray(_ elements: [JSONValue], depth: Int) {
        guard !elements.isEmpty else {
            append("[]")
            return
        }
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            write(element, depth: depth + 1)
            if bytes.count > byteLimit { return }
        }
        newline(depth: depth)
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ object: JSONObject, depth: Int) {
        guard !object.isEmpty else {
            append("{}")
            return
        }
        var members = object.members
        if options.sortKeys {
            members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        }
        bytes.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            writeString(member.key)
            bytes.append(UInt8(ascii: ":"))
            if options.pretty { bytes.append(UInt8(ascii: " ")) }
            write(member.value, depth: depth + 1)
            if bytes.count > byteLimit { return }
        }
        newline(depth: depth)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func newline(depth: Int) {
        guard options.pretty else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * indentWidth))
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func writeInteger(_ value: Int) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // Work with the magnitude so Int.min is handled.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, filled from the end
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            var at = buffer.count
            while magnitude > 0 {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            count = buffer.count - at
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            bytes.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        if options.escapeNonASCII {
            for scalar in string.unicodeScalars {
                if scalar.isASCII {
                    writeASCII(UInt8(scalar.value))
                } else if scalar.value <= 0xFFFF {
                    writeUnicodeEscape(UInt16(scalar.value))
                } else {
                    let value = scalar.value - 0x10000
                    writeUnicodeEscape(UInt16(0xD800 + (value >> 10)))
                    writeUnicodeEscape(UInt16(0xDC00 + (value & 0x3FF)))
                }
            }
        } else {
            var string = string
            string.withUTF8 { utf8 in
                // Copy runs that need no escaping in one go.
                var runStart = 0
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    // DEL and the C1 controls (U+0080–U+009F, UTF-8 C2 80–C2 9F) are escaped too, so no output
                    // can carry a terminal control sequence.
                    if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                        writeUnicodeEscape(UInt16(utf8[index + 1]))
                        index += 2
                        runStart = index
                        continue
                    }
                    if byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
                        && !(byte == UInt8(ascii: "/") && options.escapeSlashes)
                    {
                        index += 1
                        continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    writeASCII(byte)
                    index += 1
                    runStart = index
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes one ASCII byte of string content, escaped if needed.
    private mutating func writeASCII(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "/") where options.escapeSlashes: append("\\/")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case ..<0x20, 0x7F: writeUnicodeEscape(UInt16(byte))
        default: bytes.append(byte)
        }
    }

    private mutating func writeUnicodeEscape(_ unit: UInt16) {
        append("\\u")
        bytes.append(JSONOutput.hexDigits[Int(unit >> 12)])
        bytes.append(JSONOutput.hexDigits[Int((unit >> 8) & 0xF)])
        bytes.append(JSONOutput.hexDigits[Int((unit >> 4) & 0xF)])
        bytes.append(JSONOutput.hexDigits[Int(unit & 0xF)])
    }
}
