// Where each value of a parsed document starts, so later checks can point at the spec file.

/// The start location of every value of a parsed document, keyed by the value's path.
package struct JSONLocations: Sendable {
    private var table: [JSONPath: JSONLocation]
    private var duplicates: [(path: JSONPath, location: JSONLocation)]

    /// Creates a table from locations keyed by path, and the keys found more than once in an object.
    package init(
        _ table: [JSONPath: JSONLocation] = [:], duplicateKeys: [(path: JSONPath, location: JSONLocation)] = []
    ) {
        self.table = table
        self.duplicates = duplicateKeys
    }

    /// The paths of keys that appeared more than once in the same object (each repetition after the first),
    /// in document order. Empty unless the parser was told to keep the first or last value.
    package var duplicateKeys: [JSONPath] { duplicates.map(\.path) }

    /// Where a repeated key (one of ``duplicateKeys``) was found, by its position in that list.
    package func duplicateKeyLocation(at index: Int) -> JSONLocation? {
        duplicates.indices.contains(index) ? duplicates[index].location : nil
    }

    /// The number of recorded values.
    package var count: Int { table.count }

    /// Where the value at `path` starts, if the document has a value there.
    package subscript(path: JSONPath) -> JSONLocation? {
        table[path]
    }

    /// Where the value at `path` starts or, when there is no value there, where its nearest
    /// ancestor that has one starts (the root's location at worst). `nil` only when the table is empty.
    package func nearest(to path: JSONPath) -> JSONLocation? {
        var components = path.components[...]
        while true {
            if let location = table[JSONPath(Array(components))] { return location }
            guard !components.isEmpty else { return nil }
            components = components.dropLast()
        }
    }
}
