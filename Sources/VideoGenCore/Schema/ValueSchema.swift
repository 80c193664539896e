// A value's type together with the constraints the spec puts on it.

/// The type and constraints of one value (a field's value, or an array's items).
package struct ValueSchema: Sendable, Hashable {
    /// What kind of value it is.
    package var type: ValueType
    /// Enum, range, length, item-count and URL-scheme constraints.
    package var constraints: Constraints
    /// Whether the value arrives as a string holding JSON (`resultJson`); a parsed value is accepted too.
    package var isEmbeddedJSON: Bool
    /// Whether a progress value is a fraction from 0 to 1 rather than a percentage.
    package var isFraction: Bool

    /// Creates a value schema.
    package init(
        type: ValueType, constraints: Constraints = Constraints(), isEmbeddedJSON: Bool = false,
        isFraction: Bool = false
    ) {
        self.type = type
        self.constraints = constraints
        self.isEmbeddedJSON = isEmbeddedJSON
        self.isFraction = isFraction
    }
}

/// Constraints a spec places on a value; `nil` means unconstrained.
package struct Constraints: Sendable, Hashable {
    /// The allowed values (a spec `enum`).
    package var allowedValues: [JSONValue]?
    /// Inclusive lower bound of a number.
    package var minimum: Double?
    /// Inclusive upper bound of a number.
    package var maximum: Double?
    /// Minimum number of characters of a string.
    package var minLength: Int?
    /// Maximum number of characters of a string.
    package var maxLength: Int?
    /// Minimum number of items of an array.
    package var minItems: Int?
    /// Maximum number of items of an array.
    package var maxItems: Int?
    /// Allowed URL schemes, lowercase; `nil` means `http` and `https`.
    package var schemes: [String]?

    /// Creates a set of constraints.
    package init(
        allowedValues: [JSONValue]? = nil, minimum: Double? = nil, maximum: Double? = nil,
        minLength: Int? = nil, maxLength: Int? = nil, minItems: Int? = nil, maxItems: Int? = nil,
        schemes: [String]? = nil
    ) {
        self.allowedValues = allowedValues
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.schemes = schemes
    }

    /// The URL schemes a `url` value may use.
    package var effectiveSchemes: [String] { schemes ?? ["http", "https"] }
}
