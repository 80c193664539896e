// Lets JSONValue travel inside Codable types, e.g. a free-form "extra" field decoded by JSONDecoder.

extension JSONValue: Codable {
    /// Decodes any value. Booleans stay booleans and numbers stay numbers (Foundation's
    /// `JSONDecoder` does not turn `1` into `true` or the reverse); whole numbers become
    /// `.integer` when they fit. Object member order is whatever the decoder reports.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self = .null
                return
            }
            if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
                return
            }
            if let integer = try? container.decode(Int.self) {
                self = .integer(integer)
                return
            }
            if let double = try? container.decode(Double.self) {
                self = .number(double)
                return
            }
            if let string = try? container.decode(String.self) {
                self = .string(string)
                return
            }
            if let elements = try? container.decode([JSONValue].self) {
                self = .array(elements)
                return
            }
        }
        if let keyed = try? decoder.container(keyedBy: JSONCodingKey.self) {
            var object = JSONObject()
            for key in keyed.allKeys {
                object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key)
            }
            self = .object(object)
            return
        }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "Not a JSON value.")
        )
    }

    /// Encodes the value; objects keep their member order as far as the encoder does.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .integer(let integer):
            var container = encoder.singleValueContainer()
            try container.encode(integer)
        case .number(let double):
            var container = encoder.singleValueContainer()
            try container.encode(double)
        case .string(let string):
            var container = encoder.singleValueContainer()
            try container.encode(string)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements {
                try container.encode(element)
            }
        case .object(let object):
            var container = encoder.container(keyedBy: JSONCodingKey.self)
            for member in object {
                try container.encode(member.value, forKey: JSONCodingKey(member.key))
            }
        }
    }
}

/// A coding key for any member name.
struct JSONCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
