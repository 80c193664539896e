// A received callback as the verifier needs it: the raw body bytes and the headers, looked up by any case.

/// A received callback: its raw body and its headers.
///
/// Header names are matched without regard to case, and values lose surrounding spaces and tabs (which HTTP
/// does not count as part of a value). The body is kept byte for byte: signatures are over the bytes as sent,
/// never over a re-serialized copy.
public struct CallbackRequest: Sendable, Hashable {
    /// The raw body bytes.
    public var body: [UInt8]
    /// The headers, by lowercased name.
    private var headers: [String: String]

    /// A callback with `body` and `headers`. When several names differ only in case, the one that sorts first
    /// (by its original spelling) wins, so the outcome never depends on dictionary order.
    public init(body: some Sequence<UInt8>, headers: [String: String]) {
        self.body = Array(body)
        self.headers = [:]
        for name in headers.keys.sorted() {
            guard let value = headers[name] else { continue }
            let key = name.lowercased()
            if self.headers[key] == nil { self.headers[key] = Self.trimmed(value) }
        }
    }

    /// A callback with `body` and headers given in order, as some servers hand them over (repeats allowed);
    /// the first header of each name (in any case) wins.
    public init(body: some Sequence<UInt8>, headerFields: some Sequence<(name: String, value: String)>) {
        self.body = Array(body)
        self.headers = [:]
        for (name, value) in headerFields {
            let key = name.lowercased()
            if headers[key] == nil { headers[key] = Self.trimmed(value) }
        }
    }

    /// The value of header `name` (any case), or `nil` when the callback has none.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// `value` without leading and trailing spaces and tabs.
    private static func trimmed(_ value: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = value.firstIndex(where: { !isBlank($0) }),
            let last = value.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(value[first...last])
    }
}
