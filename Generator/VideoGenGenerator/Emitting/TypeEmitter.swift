// Emit: generated structs (with JSON reading, writing and validation) and enums (closed and open).

import VideoGenCore

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
        printer.block("public struct \(model.name): \(model.isRequestRoot ? "ValidatableRequest" : "JSONModel")") {
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
            if model.isRequestRoot {
                printer.line()
                printer.doc([
                    "Every violation of the spec's constraints and rules, in a stable order; empty when the request is valid.",
                    "The same checks run on raw bodies (`RequestValidator.validate(_:against:)` with `\(namespace).descriptor.request`), "
                        + "in the sandbox, and before the client sends anything.",
                ])
                printer.block("public func validate() -> [Violation]") {
                    printer.line("RequestValidator.validate(jsonValue, against: \(namespace).descriptor.request)")
                }
            }
            for nested in model.nested {
                printer.line()
                emit(nested, into: printer)
            }
        }
    }

    private func emitInitializer(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc([
            model.properties.contains { !$0.isOptional }
                ? "Creates a value." : "Creates a value; every field is optional."
        ])
        let parameters = model.properties.map { "\($0.name): \($0.typeText)\($0.isOptional ? "? = nil" : "")" }
        let opener = "public init(\(parameters.joined(separator: ", ")))"
        if printer.indentationWidth + opener.utf8.count + 2 <= SwiftExpression.lineLimit {
            printer.line(opener + " {")
        } else {
            printer.line("public init(")
            printer.indented {
                for (index, parameter) in parameters.enumerated() {
                    printer.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            printer.line(") {")
        }
        printer.indented {
            for property in model.properties { printer.line("self.\(property.name) = \(property.name)") }
        }
        printer.line("}")
    }

    private func emitReader(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc([
            model.isRequest
                ? "Reads a value from JSON strictly, as the provider would: types must match and enum values must be documented."
                : "Reads a value from JSON, accepting every documented form (aliases, numbers sent as strings, JSON inside strings)."
        ])
        let readerName = model.properties.isEmpty && !model.refusesUnknownFields ? "_" : "fields"
        printer.block("public init(json: JSONValue, at path: JSONPath) throws(PayloadError)") {
            printer.line("let \(readerName) = try FieldReader(json, at: path, strict: \(model.isRequest))")
            if model.refusesUnknownFields {
                let known = model.properties.flatMap(\.wireNames).map(SwiftLiteral.string).joined(separator: ", ")
                printer.line("try \(readerName).refuseUnknownKeys([\(known)])")
            }
            for property in model.properties {
                let names = "[" + property.wireNames.map(SwiftLiteral.string).joined(separator: ", ") + "]"
                let call: String
                switch property.encoding {
                case .plain: call = property.isOptional ? "decode(\(names))" : "decodeRequired(\(names))"
                case .embeddedJSON:
                    call =
                        property.isOptional
                        ? "decode(\(names), embeddedJSON: true)" : "decodeRequired(\(names), embeddedJSON: true)"
                case .timestamp:
                    call = property.isOptional ? "decodeTimestamp(\(names))" : "decodeRequiredTimestamp(\(names))"
                case .array(let single, let embedded):
                    let options = (single ? ", acceptsSingle: true" : "") + (embedded ? ", embeddedJSON: true" : "")
                    call =
                        property.isOptional
                        ? "decodeList(\(names)\(options))" : "decodeRequiredList(\(names)\(options))"
                }
                printer.line("\(property.name) = try fields.\(call)")
            }
        }
    }

    private func emitWriter(_ model: SwiftStruct, _ printer: SwiftPrinter) {
        printer.doc(["The value as JSON, under the provider's field names, in spec order."])
        printer.block("public var jsonValue: JSONValue") {
            if model.properties.isEmpty {
                printer.line("FieldWriter().jsonValue")
                return
            }
            printer.line("var fields = FieldWriter()")
            for property in model.properties {
                let name = SwiftLiteral.string(property.wireNames[0])
                switch property.encoding {
                case .plain: printer.line("fields.encode(\(property.name), as: \(name))")
                case .embeddedJSON: printer.line("fields.encode(\(property.name), as: \(name), embeddedJSON: true)")
                case .timestamp(let unit):
                    printer.line("fields.encodeTimestamp(\(property.name), as: \(name), unit: .\(unit.rawValue))")
                case .array(_, let embedded):
                    printer.line(
                        "fields.encode(\(property.name), as: \(name)\(embedded ? ", embeddedJSON: true" : ""))")
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
            printer.line(
                "public static let knownCases: [\(model.name)] = [\(model.cases.map { "." + $0.name }.joined(separator: ", "))]"
            )
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
