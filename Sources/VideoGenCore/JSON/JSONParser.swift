// The public entry points for parsing JSON: strict RFC 8259, bounded depth, never traps on input.

import Foundation

/// A strict, fast JSON parser (RFC 8259) that is safe on untrusted input.
///
/// It rejects comments, trailing commas, single quotes, NaN/Infinity, leading zeros and other
/// extensions; validates UTF-8; bounds nesting depth; and reports errors with line, column and
/// JSON path. It never traps, and it does not recurse, so nesting costs heap rather than stack.
public struct JSONParser: Sendable {
    /// What to do when one object repeats a key.
    public enum DuplicateKeyPolicy: Sendable, Hashable {
        /// Fail with ``JSONParseError/Reason/duplicateKey(_:)``.
        case reject
        /// Keep the first value and ignore later ones.
        case keepFirst
        /// Keep the last value, at the position of the first occurrence.
        case keepLast
    }

    /// Parser settings.
    public struct Options: Sendable {
        /// How deeply arrays and objects may nest; deeper input fails with
        /// ``JSONParseError/Reason/tooDeep(limit:)`` as soon as the limit is crossed. Parsing
        /// itself does not recurse, but comparing, hashing, writing and freeing a value do, once
        /// per level, so keep this modest: the default is far from any stack limit, while a few thousand
        /// levels can already overflow a 512 KB thread stack.
        public var maximumDepth: Int = 128
        /// What to do with a key repeated in one object.
        public var duplicateKeys: DuplicateKeyPolicy = .keepLast
        /// Whether to skip a leading UTF-8 byte order mark (otherwise it is an error).
        public var allowByteOrderMark: Bool = true

        /// Creates options; every argument has the default shown.
        public init(
            maximumDepth: Int = 128,
            duplicateKeys: DuplicateKeyPolicy = .keepLast,
            allowByteOrderMark: Bool = true
        ) {
            self.maximumDepth = maximumDepth
            self.duplicateKeys = duplicateKeys
            self.allowByteOrderMark = allowByteOrderMark
        }
    }

    /// Parses UTF-8 bytes holding one JSON value.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        options: Options = .init()
    ) throws(JSONParseError) -> JSONValue {
        try withBuffer(bytes) { buffer throws(JSONParseError) in
            try JSONScanner.parse(buffer, options: options, recordLocations: false).value
        }
    }

    /// Parses a string holding one JSON value.
    public static func parse(_ text: String, options: Options = .init()) throws(JSONParseError) -> JSONValue {
        try parse(text.utf8, options: options)
    }

    /// Parses UTF-8 data holding one JSON value.
    public static func parse(_ data: Data, options: Options = .init()) throws(JSONParseError) -> JSONValue {
        try withBuffer(data) { buffer throws(JSONParseError) in
            try JSONScanner.parse(buffer, options: options, recordLocations: false).value
        }
    }

    /// Parses UTF-8 bytes holding one JSON value, and also returns where every value starts
    /// (1-based line and column, byte offset), keyed by its path.
    package static func parseWithLocations(
        _ bytes: some Collection<UInt8>,
        options: Options = .init()
    ) throws(JSONParseError) -> (value: JSONValue, locations: JSONLocations) {
        try withBuffer(bytes) { buffer throws(JSONParseError) in
            let result = try JSONScanner.parse(buffer, options: options, recordLocations: true)
            return (result.value, result.locations ?? JSONLocations())
        }
    }

    /// Parses a string holding one JSON value, and also returns where every value starts.
    package static func parseWithLocations(
        _ text: String,
        options: Options = .init()
    ) throws(JSONParseError) -> (value: JSONValue, locations: JSONLocations) {
        try parseWithLocations(text.utf8, options: options)
    }

    /// Runs `body` on the bytes as one contiguous buffer, copying them only when the
    /// collection does not store them contiguously.
    private static func withBuffer<R>(
        _ bytes: some Collection<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> R
    ) throws(JSONParseError) -> R {
        let direct = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParseError) in try body(buffer) }
        }
        if let direct {
            return try direct.get()
        }
        let copy = Array(bytes)
        return try copy.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try body(buffer) }
        }.get()
    }

    /// Runs `body` on the bytes of `data` without copying them.
    private static func withBuffer<R>(
        _ data: Data,
        _ body: (UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> R
    ) throws(JSONParseError) -> R {
        try data.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in try body(raw.bindMemory(to: UInt8.self)) }
        }.get()
    }
}
