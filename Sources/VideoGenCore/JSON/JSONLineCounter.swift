// Turns byte offsets into 1-based line and column numbers, reading the input only once
// when asked for offsets in increasing order.

/// Converts byte offsets into ``JSONLocation``s. Columns count Unicode scalars (bytes that are
/// not UTF-8 continuation bytes). LF, CR LF and a lone CR each end a line.
struct JSONLineCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let textStart: Int
    // The last position reached, so increasing offsets cost linear time overall.
    private var offset: Int
    private var line = 1
    private var column = 1

    /// `textStart` is where the text begins (after a byte order mark, if one was skipped).
    init(bytes: UnsafeBufferPointer<UInt8>, textStart: Int) {
        self.bytes = bytes
        self.textStart = textStart
        self.offset = textStart
    }

    mutating func location(at target: Int) -> JSONLocation {
        let target = min(max(target, 0), bytes.count)
        if target < offset {
            // Asked to go back: start over.
            offset = min(textStart, target)
            line = 1
            column = 1
        }
        while offset < target {
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && !(offset + 1 < bytes.count && bytes[offset + 1] == 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            offset += 1
        }
        return JSONLocation(line: line, column: column, offset: target)
    }
}
