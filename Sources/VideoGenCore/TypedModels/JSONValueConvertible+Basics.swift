// How plain Swift values read from and write to JSON, strictly (requests) or leniently (responses).

extension String: JSONValueConvertible {
    /// A string; leniently also a number's text.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> String {
        if case .string(let text) = value { return text }
        if !strict, let text = Coercion.text(value) { return text }
        throw PayloadError(path: path, message: "expected a string, got \(value.briefDescription)")
    }

    /// The string as JSON.
    public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONValueConvertible {
    /// An integer; leniently also an integral number or a numeric string.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Int {
        if case .integer(let number) = value { return number }
        if !strict, let number = Coercion.integer(value) { return number }
        throw PayloadError(path: path, message: "expected an integer, got \(value.briefDescription)")
    }

    /// The integer as JSON.
    public var jsonValue: JSONValue { .integer(self) }
}

extension Double: JSONValueConvertible {
    /// A number; leniently also a numeric string.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Double {
        if let number = value.doubleValue { return number }
        if !strict, let number = Coercion.number(value) { return number }
        throw PayloadError(path: path, message: "expected a number, got \(value.briefDescription)")
    }

    /// The number as JSON (integral values as JSON integers).
    public var jsonValue: JSONValue {
        if rounded() == self, abs(self) < 9.0e15 { return .integer(Int(self)) }
        return .number(self)
    }
}

extension Bool: JSONValueConvertible {
    /// A boolean; leniently also "true"/"false".
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> Bool {
        if case .bool(let flag) = value { return flag }
        if !strict, let flag = Coercion.boolean(value) { return flag }
        throw PayloadError(path: path, message: "expected true or false, got \(value.briefDescription)")
    }

    /// The boolean as JSON.
    public var jsonValue: JSONValue { .bool(self) }
}

extension JSONValue: JSONValueConvertible {
    /// Any value, as it is.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> JSONValue {
        value
    }

    /// The value itself.
    public var jsonValue: JSONValue { self }
}

extension Array: JSONValueConvertible where Element: JSONValueConvertible {
    /// An array whose items all read as `Element`.
    public static func decode(_ value: JSONValue, at path: JSONPath, strict: Bool) throws(PayloadError) -> [Element] {
        guard case .array(let items) = value else {
            throw PayloadError(path: path, message: "expected an array, got \(value.briefDescription)")
        }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            result.append(try Element.decode(item, at: path.appending(index: index), strict: strict))
        }
        return result
    }

    /// The items as a JSON array.
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}
