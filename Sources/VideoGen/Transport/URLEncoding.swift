// Percent-encoding for values VideoGen puts into URLs (task ids, models, query values): what a server decodes is
// exactly the value, never a path traversal or a split parameter.

@_spi(Generated) import VideoGenCore

/// Encodes values for URL paths and queries.
enum URLEncoding {
    /// `value` as one path segment: everything but the unreserved characters (`A–Z a–z 0–9 - . _ ~`) is
    /// percent-encoded, so `/`, `?` and `#` cannot leave the segment; a segment made only of dots (`.`, `..`) has
    /// its dots encoded too, so it can never turn `…/tasks/..` into the parent path.
    static func pathSegment(_ value: String) -> String {
        let encoded = encode(value)
        guard !value.isEmpty, value.allSatisfy({ $0 == "." }) else { return encoded }
        return String(repeating: "%2E", count: value.count)
    }

    /// `value` as a query component: everything but the unreserved characters is percent-encoded (`+` becomes
    /// `%2B`, which servers would otherwise read as a space; `&`, `=` and `#` cannot split the query).
    static func queryComponent(_ value: String) -> String {
        encode(value)
    }

    /// `name=value&…`, each part encoded.
    static func query(_ items: [(name: String, value: String)]) -> String {
        items.map { queryComponent($0.name) + "=" + queryComponent($0.value) }.joined(separator: "&")
    }

    private static func encode(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + hex[Int(byte >> 4)] + hex[Int(byte & 0xF)]
            }
        }
        return result
    }

    private static let hex = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
}
