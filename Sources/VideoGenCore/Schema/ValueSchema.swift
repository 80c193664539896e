// A value's type together with the constraints the spec puts on it.

/// The type and constraints of one value (a field's value, or an array's items).
public struct ValueSchema: Sendable, Hashable {
    /// What kind of value it is.
    public var type: ValueType
    /// Enum, range, length, item-count and URL-scheme constraints.
    public var constraints: Constraints
    /// Whether the value arrives as a string holding JSON (`resultJson`); a parsed value is accepted too.
    public var isEmbeddedJSON: Bool
    /// Whether a progress value is a fraction from 0 to 1 rather than a percentage.
    public var isFraction: Bool

    /// Creates a value schema.
    public init(
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
public struct Constraints: Sendable, Hashable {
    /// The allowed values (a spec `enum`).
    public var allowedValues: [JSONValue]?
    /// Inclusive lower bound of a number.
    public var minimum: Double?
    /// Inclusive upper bound of a number.
    public var maximum: Double?
    /// Minimum number of characters of a string.
    public var minLength: Int?
    /// Maximum number of characters of a string.
    public var maxLength: Int?
    /// Minimum number of items of an array.
    public var minItems: Int?
    /// Maximum number of items of an array.
    public var maxItems: Int?
    /// Allowed URL schemes, lowercase; `nil` means `http` and `https`.
    public var schemes: [String]?

    /// Creates a set of constraints.
    public init(
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
    public var effectiveSchemes: [String] { schemes ?? ["http", "https"] }
}
