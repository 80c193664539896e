// A short way to write spec paths in diagnostics.

@_spi(Generated) import VideoGenCore

extension JSONPath {
    /// The path made of these keys: `JSONPath.keys("request", "fields")` is `$.request.fields`.
    static func keys(_ keys: String...) -> JSONPath {
        keys.reduce(JSONPath.root) { $0.appending(key: $1) }
    }
}
