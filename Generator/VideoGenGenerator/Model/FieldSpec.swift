// A field as written in a spec, before lowering: every key of the format, plus where it was written.

@_spi(Generated) import VideoGenCore

/// The `type` of a spec field: a builtin word or the name of an entry of `types`.
enum FieldTypeName: Hashable {
    /// `string`, `integer`, …
    case builtin(BuiltinType)
    /// The name of an entry of the spec's `types`.
    case named(String)
}

/// The builtin field types of the spec format.
enum BuiltinType: String, CaseIterable {
    case string, integer, number, boolean, url, array, object, any
    case code, timestamp, state, failCode, file

    /// Whether the type may be used in request bodies.
    var isAllowedInRequests: Bool {
        switch self {
        case .code, .timestamp, .state, .failCode, .file: return false
        default: return true
        }
    }
}

/// Whether a field belongs to a request or a response body (they accept different keys).
enum BodySide {
    case request
    case response
}

/// A field of a spec, as written.
struct FieldSpec {
    /// The wire name (empty for array items and `data` payloads).
    var name: String
    /// Where it is written in the spec file.
    var path: JSONPath
    /// Request or response.
    var side: BodySide
    var type: FieldTypeName
    var description: String
    var required: Bool
    var enumValues: [JSONValue]?
    var minimum: Double?
    var maximum: Double?
    var minLength: Int?
    var maxLength: Int?
    var minItems: Int?
    var maxItems: Int?
    var defaultValue: JSONValue?
    var schemes: [String]?
    /// For arrays: the item (a one-element array, for value semantics).
    var itemStorage: [FieldSpec]
    /// For objects: the fields.
    var fields: [FieldSpec]?
    var additionalFields: Bool?
    var swiftName: String?
    var typeName: String?
    /// Swift case names chosen for enum values (`{"veo-3.1": "veo31"}`).
    var enumNames: [String: String] = [:]
    var aliases: [String]
    var acceptsSingle: Bool
    var isEmbeddedJSON: Bool
    /// For timestamps: how they are written.
    var timestampFormat: TimestampFormat?
    /// For progress: a fraction from 0 to 1 rather than a percentage.
    var isFraction = false
    var roles: [FieldRole] = []
    /// For request fields: earlier names, still accepted.
    var renamedFrom: [String] = []
    /// For request fields: deprecated (with why, possibly empty).
    var deprecation: String?
    /// Whether its Swift enum keeps values the spec does not list (the model of a request: providers add models
    /// before their docs do).
    var keepsUnknownValues = false

    /// The first role, if any.
    var role: FieldRole? { roles.first }

    /// The array item, if any.
    var items: FieldSpec? { itemStorage.first }

    /// A field with only a name, a path and a type; loaders fill in the rest.
    init(name: String, path: JSONPath, side: BodySide, type: FieldTypeName) {
        self.name = name
        self.path = path
        self.side = side
        self.type = type
        description = ""
        required = false
        itemStorage = []
        aliases = []
        acceptsSingle = false
        isEmbeddedJSON = false
    }
}
