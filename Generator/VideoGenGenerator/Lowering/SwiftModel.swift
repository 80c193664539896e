// The Swift declarations a spec becomes, ready for the emitter: names chosen, types resolved, docs attached.

@_spi(Generated) import VideoGenCore

/// One generated Swift type.
indirect enum SwiftDeclaration {
    case structure(SwiftStruct)
    case enumeration(SwiftEnum)

    var name: String {
        switch self {
        case .structure(let model): return model.name
        case .enumeration(let model): return model.name
        }
    }
}

/// A generated struct: a request, a response or one of their objects. It reads and writes JSON through its
/// schema, which `schemaExpression` finds in the descriptor.
struct SwiftStruct {
    var name: String
    var summary: String
    /// `$.requests.create` — where in the spec it comes from.
    var origin: JSONPath
    /// Requests decode strictly with closed enums; responses leniently with open ones.
    var isRequest: Bool
    /// For a top-level request: its name in `requests` (it gets `validate()`).
    var requestName: String?
    /// The Swift expression of its `ObjectSchema`.
    var schemaExpression: String
    /// Whether its answers carry the provider's envelope (an `envelope` property holds those fields).
    var hasEnvelope: Bool
    var properties: [SwiftProperty]
    var nested: [SwiftDeclaration]
}

/// How a property is read and written.
enum SwiftPropertyKind: Equatable {
    /// A single value.
    case value
    /// A list (a lone item may stand for one, as the schema says).
    case list
    /// A time.
    case date
}

/// A property of a generated struct.
struct SwiftProperty {
    var name: String
    /// The wire name.
    var wireName: String
    /// The Swift type without `?` (`String`, `[Video]`, `Mode`).
    var typeText: String
    var isOptional: Bool
    var kind: SwiftPropertyKind
    var summary: String
    var origin: JSONPath
    /// Extra facts for the doc comment (default, range, role, aliases).
    var facts: [String]
}

/// A generated enum: closed (requests, parameters) or open with `unknown(String)` (responses, states, fail codes).
struct SwiftEnum {
    var name: String
    var summary: String
    var origin: JSONPath
    var isOpen: Bool
    /// `String` or `Int`.
    var rawType: String
    var cases: [SwiftEnumCase]
}

/// A case of a generated enum.
struct SwiftEnumCase {
    var name: String
    var rawValue: JSONValue
    var summary: String
}

/// A method of the generated typed client: one operation.
struct SwiftOperationMethod {
    /// The Swift method name.
    var name: String
    /// The operation's name in the spec.
    var operation: String
    var summary: String
    var origin: JSONPath
    /// The typed request it sends, if it sends a JSON body.
    var requestType: String?
    /// What the call returns: the typed answer's Swift type and how `OperationResult` becomes it.
    var answer: SwiftOperationAnswer
    /// The arguments besides the body, in order.
    var arguments: [SwiftOperationArgument]
    /// Whether it uploads a file (multipart).
    var uploads: Bool
    /// The multipart form's other fields, as string arguments.
    var formFields: [(label: String, name: String, summary: String)]
}

/// How an operation's answer is typed.
enum SwiftOperationAnswer {
    /// A JSON answer read as the generated model.
    case model(String)
    /// A stream of events, each read as the generated model.
    case events(String)
    /// Raw bytes.
    case bytes
    /// Nothing to read.
    case empty

    /// The `OperationResponse` body type.
    var bodyType: String {
        switch self {
        case .model(let name): return name
        case .events(let name): return "[\(name)]"
        case .bytes: return "Data"
        case .empty: return "NoContent"
        }
    }
}

/// An argument of a typed client method.
struct SwiftOperationArgument {
    /// What fills the parameter.
    enum Source {
        case taskID
        case model
        case caller(String)
    }

    var label: String
    var typeText: String
    var isOptional: Bool
    var source: Source
    var summary: String
}

/// Everything one spec file becomes.
struct SwiftProviderModel {
    var namespace: String
    var specFile: String
    var summary: String
    var descriptor: ProviderDescriptor
    /// The spec's text, minified: what the descriptor is lowered from at run time.
    var specText: String
    var requests: [SwiftStruct]
    var responses: [SwiftStruct]
    /// Responses whose whole body is a named type: `(alias, type, summary, origin)`.
    var responseAliases: [(name: String, target: String, summary: String, origin: JSONPath)]
    var envelope: SwiftStruct?
    var namedTypes: [SwiftStruct]
    var parameterEnums: [SwiftEnum]
    var stateEnum: SwiftEnum
    var failCodeEnum: SwiftEnum
    var methods: [SwiftOperationMethod]
}
