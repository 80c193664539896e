// Emit: generated structs (with JSON reading, writing and validation) and enums (closed and open).

@_spi(Generated) import VideoGenCore

/// Prints generated structs and enums.
struct TypeEmitter {
    let specFile: String
    let namespace: String

    func emit(_ declaration: SwiftDeclaration, into printer: SwiftPrinter) {
        switch declaration {
        case .structure(let model): emitStruct(model, printer)
        case .enumeration(let model): emitEnum(model, printer)
        }
    }

    private func remark(_ path: JSONPath) -> String {
        "- Remark: Generated from `\(specFile)` at `\(path)`."
    }

    // MARK: Structs

    private func emitStruct(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc([model.summary, remark(model.origin)])
        printer.block("public struct \(model.name): \(model.requestName != nil ? "ValidatableRequest" : "JSONModel")") {
            if model.hasEnvelope {
                printer.doc(["The envelope's fields (`\(namespace).Envelope`)."])
                printer.line("public var envelope: Envelope")
                printer.line()
            }
            for property in model.properties {
                printer.doc([property.summary, property.facts.joined(separator: " "), remark(property.origin)])
                printer.line("public var \(property.name): \(property.typeText)\(property.isOptional ? "?" : "")")
                printer.line()
            }
            emitInitializer(model, printer)
            printer.line()
            emitReader(model, printer)
            printer.line()
            emitWriter(model, printer)
            printer.line()
            printer.doc(["The schema this type reads and writes JSON through."])
            printer.line("static let schema: ObjectSchema = \(model.schemaExpression)")
            if let requestName = model.requestName {
                printer.line()
                printer.doc([
                    "Every violation of the spec's constraints and rules, in a stable order; empty when the request is valid "
                        + "(the checks the client runs before sending anything)."
                ])
                printer.block("public func validate() -> [Violation]") {
                    printer.line(
                        "\(namespace).descriptor.validate(jsonValue, asRequest: \(SwiftLiteral.string(requestName)))")
                }
            }
            for nested in model.nested {
                printer.line()
                emit(nested, into: printer)
            }
        }
    }

    private func emitInitializer(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        let required = model.properties.contains { !$0.isOptional }
        printer.doc([required ? "Creates a value." : "Creates a value; every field is optional."])
        var parameters = model.properties.map { "\($0.name): \($0.typeText)\($0.isOptional ? "? = nil" : "")" }
        if model.hasEnvelope { parameters.insert("envelope: Envelope = Envelope()", at: 0) }
        printer.list("public init", parameters, tail: " {")
        printer.indented {
            if model.hasEnvelope { printer.line("self.envelope = envelope") }
            for property in model.properties { printer.line("self.\(property.name) = \(property.name)") }
        }
        printer.line("}")
    }

    private func emitReader(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc([
            model.isRequest
                ? "Reads a value from JSON strictly, as the provider would: types must match, enum values and fields must be documented."
                : "Reads a value from JSON, accepting every documented form (the schema's aliases, numbers sent as strings, JSON inside strings)."
        ])
        let readerName = model.properties.isEmpty ? "_" : "fields"
        printer.block("public init(json: JSONValue, at path: JSONPath) throws(PayloadError)") {
            if model.hasEnvelope { printer.line("envelope = try Envelope(json: json, at: path)") }
            printer.line(
                "let \(readerName) = try FieldReader(json, at: path, schema: Self.schema, strict: \(model.isRequest))")
            for property in model.properties {
                let name = SwiftLiteral.string(property.wireName)
                let call: String
                switch property.kind {
                case .value: call = property.isOptional ? "decode(\(name))" : "decodeRequired(\(name))"
                case .list: call = property.isOptional ? "decodeList(\(name))" : "decodeRequiredList(\(name))"
                case .date: call = property.isOptional ? "decodeDate(\(name))" : "decodeRequiredDate(\(name))"
                }
                printer.line("\(property.name) = try fields.\(call)")
            }
        }
    }

    private func emitWriter(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc(["The value as JSON, under the provider's field names, in spec order."])
        printer.block("public var jsonValue: JSONValue") {
            let base = model.hasEnvelope ? ", base: envelope.jsonValue" : ""
            if model.properties.isEmpty {
                printer.line("FieldWriter(schema: Self.schema\(base)).jsonValue")
                return
            }
            printer.line("var fields = FieldWriter(schema: Self.schema\(base))")
            for property in model.properties {
                let name = SwiftLiteral.string(property.wireName)
                switch property.kind {
                case .date: printer.line("fields.encodeDate(\(property.name), as: \(name))")
                case .value, .list: printer.line("fields.encode(\(property.name), as: \(name))")
                }
            }
            printer.line("return fields.jsonValue")
        }
    }

    // MARK: Enums

    private func emitEnum(_ model: SwiftEnum, _ printer: SwiftPrinter) {
        let kind =
            model.isOpen
            ? "Values the spec does not list decode as `unknown` and are kept."
            : "Closed: only these values are accepted."
        printer.doc([model.summary, kind, remark(model.origin)])
        if !model.isOpen {
            printer.block("public enum \(model.name): \(model.rawType), ClosedJSONEnum") {
                for (index, enumCase) in model.cases.enumerated() {
                    if index > 0 { printer.line() }
                    printer.doc([enumCase.summary])
                    printer.line("case \(enumCase.name) = \(rawLiteral(enumCase.rawValue))")
                }
            }
            return
        }
        printer.block("public enum \(model.name): OpenJSONEnum") {
            for enumCase in model.cases {
                printer.doc([enumCase.summary])
                printer.line("case \(enumCase.name)")
                printer.line()
            }
            printer.doc(["A value the spec does not list, kept as sent."])
            printer.line("case unknown(String)")
            printer.line()
            printer.doc(["The documented values, in spec order."])
            printer.list(
                "public static let knownCases: [\(model.name)] = ", model.cases.map { "." + $0.name }, brackets: true)
            printer.line()
            printer.doc(["Reads a value; one the spec does not list becomes `unknown`."])
            printer.block("public init(rawValue: String)") {
                printer.switchBlock("rawValue") {
                    for enumCase in model.cases {
                        printer.line("case \(rawLiteral(enumCase.rawValue)): self = .\(enumCase.name)")
                    }
                    printer.line("default: self = .unknown(rawValue)")
                }
            }
            printer.line()
            printer.doc(["The value as the provider sends it."])
            printer.block("public var rawValue: String") {
                printer.switchBlock("self") {
                    for enumCase in model.cases {
                        printer.line("case .\(enumCase.name): return \(rawLiteral(enumCase.rawValue))")
                    }
                    printer.line("case .unknown(let value): return value")
                }
            }
        }
    }

    private func rawLiteral(_ value: JSONValue) -> String {
        if case .integer(let number) = value { return "\(number)" }
        return SwiftLiteral.string(Coercion.text(value) ?? "")
    }
}
