// The JSON Schema editors use (Spec/videogen-spec.schema.json) and the generator's key lists (SpecKeys) must agree,
// object by object; and every real spec in Spec/ must generate without errors.

import Foundation
import Testing
@_spi(Generated) import VideoGenCore
import VideoGenGenerator

@Suite("Spec schema consistency")
struct SpecSchemaConsistencyTests {
    /// Where one SpecKeys list lives in the schema: one or more schema objects (by their key path from the schema's
    /// root) whose allowed keys, together, must be exactly the list.
    struct KeyList: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [String]
        let locations: [[String]]
        var testDescription: String { "SpecKeys.\(name)" }

        init(_ name: String, _ keys: [String], _ locations: [String]...) {
            self.name = name
            self.keys = keys
            self.locations = locations
        }
    }

    static let keyLists: [KeyList] = [
        KeyList("topLevel", SpecKeys.topLevel, []),
        KeyList("auth", SpecKeys.auth, ["properties", "auth"]),
        KeyList("model", SpecKeys.model, ["$defs", "model"]),
        KeyList("price", SpecKeys.price, ["$defs", "model", "properties", "price"]),
        KeyList("fixedOptions", SpecKeys.fixedOptions, ["$defs", "model", "properties", "fixed"]),
        KeyList("modelUnified", SpecKeys.modelUnified, ["$defs", "modelUnified"]),
        KeyList("range", SpecKeys.range, ["$defs", "range"]),
        KeyList("operation", SpecKeys.operation, ["$defs", "operation"]),
        KeyList("operationBody", SpecKeys.operationBody, ["$defs", "operation", "properties", "body"]),
        KeyList("parameter", SpecKeys.parameter, ["$defs", "parameter"]),
        KeyList("multipart", SpecKeys.multipart, ["$defs", "multipart"]),
        KeyList("multipartField", SpecKeys.multipartField, ["$defs", "multipartField"]),
        KeyList("request", SpecKeys.request, ["$defs", "request"]),
        KeyList("requestField", SpecKeys.requestField, ["$defs", "requestField"]),
        KeyList("responseField", SpecKeys.responseField, ["$defs", "responseField"]),
        KeyList("rule", SpecKeys.rule, ["$defs", "rule"]),
        KeyList("condition", SpecKeys.condition, ["$defs", "condition"]),
        KeyList("unified", SpecKeys.unified, ["$defs", "unified"]),
        KeyList("unifiedEntry", SpecKeys.unifiedEntry, ["$defs", "unifiedTarget"]),
        KeyList("assignment", SpecKeys.assignment, ["$defs", "unified", "properties", "set", "items"]),
        KeyList("state", SpecKeys.state, ["$defs", "state"]),
        KeyList("envelope", SpecKeys.envelope, ["$defs", "envelope"]),
        KeyList("namedType", SpecKeys.namedType, ["$defs", "namedType"]),
        KeyList("response", SpecKeys.response, ["$defs", "response"]),
        KeyList("responseErrors", SpecKeys.responseErrors, ["$defs", "response", "properties", "errors"]),
        KeyList("errors", SpecKeys.errors, ["$defs", "errors"]),
        KeyList(
            "errorCode", SpecKeys.errorCode, ["$defs", "errors", "properties", "codes", "additionalProperties"]),
        KeyList("httpStatus", SpecKeys.httpStatus, ["$defs", "errors", "properties", "http", "additionalProperties"]),
        KeyList("limits", SpecKeys.limits, ["properties", "limits"]),
        KeyList("requestLimit", SpecKeys.requestLimit, ["$defs", "requestLimit"]),
        KeyList("polling", SpecKeys.polling, ["properties", "polling"]),
        KeyList("results", SpecKeys.results, ["properties", "results"]),
        KeyList("callbacks", SpecKeys.callbacks, ["properties", "callbacks"]),
        KeyList("signature", SpecKeys.signature, ["$defs", "signature"]),
        KeyList("signatureHeaders", SpecKeys.signatureHeaders, ["$defs", "signature", "properties", "headers"]),
        KeyList("signatureSecret", SpecKeys.signatureSecret, ["$defs", "signature", "properties", "secret"]),
        KeyList("sandbox", SpecKeys.sandbox, ["properties", "sandbox"]),
        KeyList("sandboxFailure", SpecKeys.sandboxFailure, ["properties", "sandbox", "properties", "failure"]),
        KeyList("sample", SpecKeys.sample, ["$defs", "sample"]),
        KeyList("callbackSample", SpecKeys.callbackSample, ["$defs", "callbackSample"]),
    ]

    static func schema() throws -> JSONValue {
        try JSONParser.parse(
            Data(contentsOf: Fixtures.specDirectory.appendingPathComponent("videogen-spec.schema.json")))
    }

    @Test("each object of the format allows exactly the keys SpecKeys lists", arguments: keyLists)
    func keysMatch(_ list: KeyList) throws {
        let schema = try Self.schema()
        var allowed: Set<String> = []
        for location in list.locations {
            let node = try #require(
                Self.node(at: location, in: schema), "the schema has nothing at \(location.joined(separator: "/"))")
            let keys = Self.allowedKeys(of: node, in: schema)
            #expect(!keys.isEmpty, "no properties found at \(location.joined(separator: "/"))")
            allowed.formUnion(keys)
        }
        let listed = Set(list.keys)
        #expect(list.keys.count == listed.count, "SpecKeys.\(list.name) lists a key twice")
        #expect(
            listed == allowed,
            """
            SpecKeys.\(list.name) and the schema differ
              only in SpecKeys: \(listed.subtracting(allowed).sorted())
              only in the schema: \(allowed.subtracting(listed).sorted())
            """)
    }

    @Test("the top level requires exactly the keys SpecKeys.topLevelRequired lists")
    func requiredTopLevelKeys() throws {
        let schema = try Self.schema()
        let required = try #require(schema["required"]?.arrayValue).compactMap { $0.stringValue }
        #expect(Set(required) == Set(SpecKeys.topLevelRequired))
        #expect(Set(SpecKeys.topLevelRequired).isSubset(of: Set(SpecKeys.topLevel)))
    }

    @Test("the rule kinds are the keys a rule of the schema requires, besides field")
    func ruleKinds() throws {
        let schema = try Self.schema()
        let branches = try #require(schema["$defs"]?["rule"]?["oneOf"]?.arrayValue)
        let required = Set(branches.flatMap { $0["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] })
        #expect(required.subtracting(["field"]) == Set(SpecKeys.ruleKinds))
    }

    @Test("the operation roles are the ones the schema allows")
    func operationRoles() throws {
        let schema = try Self.schema()
        let roles = try #require(schema["$defs"]?["operation"]?["properties"]?["role"]?["enum"]?.arrayValue)
            .compactMap { $0.stringValue }
        #expect(roles == OperationRole.allCases.map(\.rawValue))
    }

    @Test("every real spec in Spec/ generates without errors or warnings", arguments: try Fixtures.realSpecIDs())
    func realSpecGenerates(_ id: String) throws {
        let result = try Fixtures.real(id).generate()
        #expect(result.diagnostics.isEmpty, "\(result.report)")
        #expect(result.outputs.keys.sorted() == ["ProviderCatalog.generated.swift", "\(id).generated.swift"])
    }

    @Test("Spec/ holds the six documented providers")
    func realSpecsArePresent() throws {
        #expect(try Fixtures.realSpecIDs() == ["apimart", "apimodels", "apixo", "fal", "replicate", "toapis"])
    }

    // MARK: Reading the schema

    /// The value at `path` (object keys) below `root`.
    static func node(at path: [String], in root: JSONValue) -> JSONValue? {
        path.reduce(Optional(root)) { $0?[$1] }
    }

    /// The keys an object schema allows: its `properties` (minus those set to `false`), with those of its `$ref`,
    /// `allOf`, `oneOf` and `anyOf` parts.
    static func allowedKeys(of node: JSONValue, in root: JSONValue) -> Set<String> {
        var keys: Set<String> = []
        if case .object(let properties)? = node["properties"] {
            for member in properties where member.value != .bool(false) { keys.insert(member.key) }
        }
        if let reference = node["$ref"]?.stringValue, reference.hasPrefix("#/") {
            let path = reference.dropFirst(2).split(separator: "/").map(String.init)
            if let target = Self.node(at: path, in: root) { keys.formUnion(allowedKeys(of: target, in: root)) }
        }
        for combinator in ["allOf", "oneOf", "anyOf"] {
            for part in node[combinator]?.arrayValue ?? [] { keys.formUnion(allowedKeys(of: part, in: root)) }
        }
        return keys
    }
}
