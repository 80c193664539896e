// Deterministic JSON output, compact or pretty, whose parse gives back an equal value.

import Foundation

/// Writes ``JSONValue``s as JSON text.
///
/// Output is deterministic: members keep their stored order unless ``Options/sortKeys`` is set.
/// Non-finite doubles (possible only in values built in code) are written as `null`.
package struct JSONWriter: Sendable {
    /// Output settings.
    package struct Options: Sendable {
        /// Whether to write one element or member per line, indented.
        package var pretty: Bool = false
        /// Spaces per nesting level in pretty output.
        package var indent: Int = 2
        /// Whether to order members by the Unicode scalars of their keys instead of stored order.
        package var sortKeys: Bool = false
        /// Whether to write every non-ASCII character as `\uXXXX` (surrogate pairs above U+FFFF).
        package var escapeNonASCII: Bool = false
        /// Whether to write "/" as `\/`.
        package var escapeSlashes: Bool = false

        /// Creates options; every argument has the default shown.
        package init(
            pretty: Bool = false,
            indent: Int = 2,
            sortKeys: Bool = false,
            escapeNonASCII: Bool = false,
            escapeSlashes: Bool = false
        ) {
            self.pretty = pretty
            self.indent = indent
            self.sortKeys = sortKeys
            self.escapeNonASCII = escapeNonASCII
            self.escapeSlashes = escapeSlashes
        }
    }

    /// The value as JSON text.
    package static func string(_ value: JSONValue, options: Options = .init()) -> String {
        var output = JSONOutput(options: options)
        output.write(value)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// The value as UTF-8 encoded JSON.
    package static func data(_ value: JSONValue, options: Options = .init()) -> Data {
        var output = JSONOutput(options: options)
        output.write(value)
        return Data(output.bytes)
    }

    /// Compact JSON for the start of `value`: writing stops soon after `byteLimit` bytes,
    /// so describing a huge value stays cheap. The text may end mid-value.
    static func prefixString(_ value: JSONValue, byteLimit: Int) -> String {
        var output = JSONOutput(options: .init(), byteLimit: byteLimit)
        output.write(value)
        if output.bytes.count > byteLimit {
            output.bytes.removeSubrange(byteLimit...)
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

extension JSONValue {
    /// The value as JSON text: compact unless `pretty`, members in stored order unless `sortKeys`.
    public func serialized(pretty: Bool = false, sortKeys: Bool = false) -> String {
        JSONWriter.string(self, options: .init(pretty: pretty, sortKeys: sortKeys))
    }
}
