// Reads and writes the fields of one JSON object for generated models, through the object's schema: the schema,
// not generated code, knows each field's other names, whether it arrives as JSON inside a string, whether a lone
// item stands for a list, and how a time is written.

import Foundation

/// The fields of one JSON object, read by generated `init(json:at:)` implementations.
@_spi(Generated) public struct FieldReader: Sendable {
    private let object: JSONObject
    private let path: JSONPath
    private let schema: ObjectSchema
    private let strict: Bool

    /// Prepares to read `json`, which must be an object described by `schema`. `strict` is for requests: types must
    /// match exactly, and keys the schema does not declare are refused unless it accepts unknown fields.
    public init(_ json: JSONValue, at path: JSONPath, schema: ObjectSchema, strict: Bool) throws(PayloadError) {
        guard case .object(let object) = json else {
            throw PayloadError(path: path, message: "expected an object, got \(json.briefDescription)")
        }
        self.object = object
        self.path = path
        self.schema = schema
        self.strict = strict
        if strict, !schema.acceptsUnknownFields {
            for member in object where !member.value.isNull && schema.field(named: member.key) == nil {
                throw PayloadError(
                    path: path.appending(key: member.key),
                    message:
                        "is not a documented field (expected one of \(schema.fields.map(\.name).joined(separator: ", ")))"
                )
            }
        }
    }

    /// The field `name` and its first present, non-null value (under its name or an alias), with its path.
    private func first(_ name: String) -> (FieldSchema?, JSONValue, JSONPath)? {
        let field = schema.field(named: name)
        for candidate in field?.allNames ?? [name] {
            if let value = object[candidate], !value.isNull { return (field, value, path.appending(key: candidate)) }
        }
        return nil
    }

    /// `value` itself, or the JSON held in it when the schema says it arrives as a string holding JSON.
    private func unwrap(_ value: JSONValue, _ field: FieldSchema?, at path: JSONPath) throws(PayloadError) -> JSONValue?
    {
        guard field?.value.isEmbeddedJSON == true, case .string(let text) = value else { return value }
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.isEmpty || trimmed == "null" { return nil }
        do {
            return try JSONParser.parse(text)
        } catch {
            throw PayloadError(path: path, message: "holds a string that is not valid JSON (\(error))")
        }
    }

    /// The value of `name`, or `nil` when absent.
    public func decode<Value: JSONValueConvertible>(_ name: String) throws(PayloadError) -> Value? {
        guard let (field, raw, at) = first(name), let value = try unwrap(raw, field, at: at) else { return nil }
        return try Value.decode(value, at: at, strict: strict)
    }

    /// The value of `name`; its absence is an error.
    public func decodeRequired<Value: JSONValueConvertible>(_ name: String) throws(PayloadError) -> Value {
        guard let value: Value = try decode(name) else { throw missing(name) }
        return value
    }

    /// The list at `name`; a lone item reads as a one-item list where the schema accepts it.
    public func decodeList<Element: JSONValueConvertible>(_ name: String) throws(PayloadError) -> [Element]? {
        guard let (field, raw, at) = first(name), let value = try unwrap(raw, field, at: at) else { return nil }
        if case .array(_, let acceptsSingle)? = field?.value.type, acceptsSingle, value.arrayValue == nil {
            return [try Element.decode(value, at: at, strict: strict)]
        }
        return try [Element].decode(value, at: at, strict: strict)
    }

    /// The required list at `name`.
    public func decodeRequiredList<Element: JSONValueConvertible>(_ name: String) throws(PayloadError) -> [Element] {
        guard let list: [Element] = try decodeList(name) else { throw missing(name) }
        return list
    }

    /// The time at `name` (seconds or milliseconds, told apart by magnitude, or ISO 8601); zero reads as absent.
    public func decodeDate(_ name: String) throws(PayloadError) -> Date? {
        guard let (field, value, at) = first(name) else { return nil }
        var format: TimestampFormat?
        if case .timestamp(let declared)? = field?.value.type { format = declared }
        switch Coercion.timestamp(value, format: format) {
        case .date(let date): return date
        case .unset: return nil
        case .invalid:
            throw PayloadError(
                path: at, message: "expected \(TimestampFormat.expectation(format)), got \(value.briefDescription)")
        }
    }

    /// The required time at `name`.
    public func decodeRequiredDate(_ name: String) throws(PayloadError) -> Date {
        guard let date = try decodeDate(name) else { throw missing(name) }
        return date
    }

    private func missing(_ name: String) -> PayloadError {
        PayloadError(path: path.appending(key: name), message: "is required")
    }
}

/// Builds one JSON object for generated `jsonValue` implementations, through the object's schema; absent values
/// are left out.
@_spi(Generated) public struct FieldWriter: Sendable {
    private var object: JSONObject
    private let schema: ObjectSchema

    /// Starts an object described by `schema`, with the members of `base` (an envelope's fields) first.
    public init(schema: ObjectSchema, base: JSONValue? = nil) {
        self.schema = schema
        object = base?.objectValue ?? JSONObject()
    }

    /// Adds `value` under `name` (as a string holding JSON when the schema says so); `nil` adds nothing.
    public mutating func encode<Value: JSONValueConvertible>(_ value: Value?, as name: String) {
        guard let value else { return }
        let embedded = schema.field(named: name)?.value.isEmbeddedJSON ?? false
        object[name] = embedded ? .string(value.jsonValue.serialized()) : value.jsonValue
    }

    /// Adds a time under `name`, in the schema's unit; `nil` adds nothing.
    public mutating func encodeDate(_ date: Date?, as name: String) {
        guard let date else { return }
        var format = TimestampFormat.seconds
        if case .timestamp(let declared)? = schema.field(named: name)?.value.type { format = declared }
        object[name] = Coercion.timestampValue(date, format: format)
    }

    /// The object built.
    public var jsonValue: JSONValue { .object(object) }
}

extension ObjectSchema {
    /// The object schema of the field `name` (of its items, for an array of objects); an empty schema when there is
    /// none, so a generated model can always name its own.
    @_spi(Generated) public func objectSchema(ofField name: String) -> ObjectSchema {
        var type = field(named: name)?.value.type
        if case .array(let items, _)? = type { type = items.type }
        if case .object(let object)? = type { return object }
        return ObjectSchema(fields: [], acceptsUnknownFields: true)
    }
}
