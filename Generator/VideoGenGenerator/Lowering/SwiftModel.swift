// The Swift declarations a spec becomes, ready for the emitter: names chosen, types resolved, docs attached.

import VideoGenCore

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

/// A generated struct: a request or response object.
struct SwiftStruct {
    var name: String
    var summary: String
    /// `$.request` — where in the spec it comes from.
    var origin: JSONPath
    /// Requests decode strictly with closed enums; responses leniently with open ones.
    var isRequest: Bool
    /// Whether it is the top-level request (it gets `validate()`).
    var isRequestRoot: Bool
    /// Whether reading refuses keys it does not declare (request objects that do not accept additional fields).
    var refusesUnknownFields: Bool
    var properties: [SwiftProperty]
    var nested: [SwiftDeclaration]
}

/// How a property travels in JSON.
enum SwiftPropertyEncoding: Equatable {
    /// As its own JSON value.
    case plain
    /// As a string holding its JSON.
    case embeddedJSON
    /// As a number of `unit`s since 1970.
    case timestamp(TimestampUnit)
    /// As an array; with `acceptsSingle`, a lone item reads as one item.
    case array(acceptsSingle: Bool, embeddedJSON: Bool)
}

/// A property of a generated struct.
struct SwiftProperty {
    var name: String
    /// The wire name first, then the aliases.
    var wireNames: [String]
    /// The Swift type without `?` (`String`, `[Video]`, `Mode`).
    var typeText: String
    var isOptional: Bool
    var encoding: SwiftPropertyEncoding
    var summary: String
    var origin: JSONPath
    /// Extra facts for the doc comment (default, range, role, aliases).
    var facts: [String]
}

/// A generated enum: closed (requests) or open with `unknown(String)` (responses, states, fail codes).
struct SwiftEnum {
    var name: String
    var summary: String
    var origin: JSONPath
    var isOpen: Bool
    /// `String` or `Int`.
    var rawType: String
    var cases: [SwiftEnumCase]
    /// For the provider-state enum: the unified state of each case, in order.
    var unifiedStates: [TaskState]?
}

/// A case of a generated enum.
struct SwiftEnumCase {
    var name: String
    var rawValue: JSONValue
    var summary: String
}

/// Everything one spec file becomes.
struct SwiftProviderModel {
    var namespace: String
    var specFile: String
    var summary: String
    var descriptor: ProviderDescriptor
    var request: SwiftStruct
    /// Response kinds in order, with their struct.
    var responses: [(kind: ResponseKind, model: SwiftStruct)]
    var namedTypes: [SwiftStruct]
    var stateEnum: SwiftEnum
    var failCodeEnum: SwiftEnum
}

extension ResponseKind {
    /// `StatusResponse`.
    var swiftTypeName: String {
        switch self {
        case .create: return "CreateResponse"
        case .status: return "StatusResponse"
        case .callback: return "CallbackResponse"
        case .sync: return "SyncResponse"
        case .upload: return "UploadResponse"
        case .error: return "ErrorResponse"
        }
    }

    /// `Status`, for default payload type names.
    var swiftWord: String { String(swiftTypeName.dropLast("Response".count)) }
}
