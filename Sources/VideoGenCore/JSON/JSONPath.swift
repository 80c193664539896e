// A location inside a JSON document, written as "$.input.duration" or "image_urls[0]" in messages.

/// A path from the root of a JSON document to one of its values.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// One step of a path: an object member or an array element.
    public enum Component: Sendable, Hashable {
        /// The member with this key.
        case key(String)
        /// The element at this zero-based index.
        case index(Int)
    }

    /// The steps from the root, outermost first.
    public var components: [Component]

    /// The path of the document's top-level value.
    public static let root = JSONPath([])

    /// Creates a path from its steps.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// Creates a path from its steps written as a literal.
    public init(arrayLiteral elements: Component...) {
        self.components = elements
    }

    /// Whether this is the root path.
    public var isRoot: Bool { components.isEmpty }

    /// The path one step shorter, or `nil` for the root.
    public var parent: JSONPath? {
        guard !components.isEmpty else { return nil }
        return JSONPath(Array(components.dropLast()))
    }

    /// This path followed by `component`.
    public func appending(_ component: Component) -> JSONPath {
        var copy = self
        copy.components.append(component)
        return copy
    }

    /// This path followed by the member `key`.
    public func appending(key: String) -> JSONPath {
        appending(.key(key))
    }

    /// This path followed by the element at `index`.
    public func appending(index: Int) -> JSONPath {
        appending(.index(index))
    }

    /// The path as text starting with "$": "$", "$.input.duration", "$.image_urls[0]",
    /// `$["odd key"].x`. Keys that are not identifiers (`[A-Za-z_$][A-Za-z0-9_$-]*`) are
    /// written in brackets as JSON strings.
    public var description: String {
        "$" + render(dotBeforeFirstKey: true)
    }

    /// The path as text without the "$": "input.duration", "image_urls[0]", or "" for the root.
    /// Odd keys are written in brackets as JSON strings, as in ``description``.
    /// ``init(parsing:)`` reads it back.
    public var fieldPath: String {
        render(dotBeforeFirstKey: false)
    }

    private func render(dotBeforeFirstKey: Bool) -> String {
        var text = ""
        for (position, component) in components.enumerated() {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                // A leading key spelled "$" would read back as the root marker, so bracket it.
                let ambiguousRoot = position == 0 && !dotBeforeFirstKey && key == "$"
                if JSONPath.isIdentifier(key) && !ambiguousRoot {
                    if position > 0 || dotBeforeFirstKey { text += "." }
                    text += key
                } else {
                    text += "[" + JSONWriter.string(.string(key)) + "]"
                }
            }
        }
        return text
    }

    /// Whether `key` matches `[A-Za-z_$][A-Za-z0-9_$-]*`.
    static func isIdentifier(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard let first = bytes.next(), isIdentifierStart(first) else { return false }
        while let byte = bytes.next() {
            guard isIdentifierContinuation(byte) else { return false }
        }
        return true
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
}

extension JSONPath.Component: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Creates `.key`, so paths can be written as `["input", "duration"]`.
    public init(stringLiteral value: String) {
        self = .key(value)
    }

    /// Creates `.index`, so paths can be written as `["image_urls", 0]`.
    public init(integerLiteral value: Int) {
        self = .index(value)
    }
}
