// A position in JSON input, for error messages and for pointing at values in spec files.

/// A position in JSON input.
public struct JSONLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line. Lines end at LF, CR LF or a lone CR.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line
    /// (a leading byte order mark is not counted).
    public var column: Int
    /// The 0-based byte offset from the start of the input.
    public var offset: Int

    /// Creates a location.
    package init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// For example "line 3, column 14".
    public var description: String {
        "line \(line), column \(column)"
    }
}
