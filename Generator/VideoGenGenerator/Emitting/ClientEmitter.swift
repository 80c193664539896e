// Emit: a provider's typed client — one method per operation, each running through a `VideoClient`.

@_spi(Generated) import VideoGenCore

/// Prints `<Namespace>.Client`.
struct ClientEmitter {
    let model: SwiftProviderModel

    func emit(into printer: SwiftPrinter) {
        let namespace = model.namespace
        let display = model.descriptor.displayName
        printer.block("extension \(namespace)") {
            printer.doc([
                "\(display)'s operations with typed requests and answers. Every call goes through `base`, a `VideoClient`: "
                    + "its key, its checks before anything is sent, its rate and task limits, retries, transport, clock and "
                    + "sandbox. Share one `VideoClient` between this and unified calls to share the provider's limits.",
                "- Remark: Generated from `\(model.specFile)` at `$.operations`.",
            ])
            printer.block("public struct Client: Sendable") {
                printer.doc(["The client every call goes through."])
                printer.line("public let base: VideoClient")
                printer.line()
                printer.doc(["Calls through `base`, which must be a client of \(display)."])
                printer.block("public init(_ base: VideoClient) throws(VideoGenError)") {
                    printer.line("try base.requireProvider(\(namespace).descriptor.id)")
                    printer.line("self.base = base")
                }
                printer.line()
                printer.doc(["A client of its own, with `apiKey` and `configuration`."])
                printer.block(
                    "public init(apiKey: APIKey, configuration: ClientConfiguration = ClientConfiguration()) throws(VideoGenError)"
                ) {
                    printer.line(
                        "base = try VideoClient(descriptor: \(namespace).descriptor, apiKey: apiKey, configuration: configuration)"
                    )
                }
                for method in model.methods {
                    printer.line()
                    emit(method, printer)
                }
            }
            printer.line()
            emitTypedJSON(printer)
        }
    }

    /// `typedJSON(of:)`: any operation's answer read through its typed model, for tools that call by name.
    private func emitTypedJSON(_ printer: SwiftPrinter) {
        printer.doc([
            "The answer of one of \(model.descriptor.displayName)'s operations, read through the operation's typed model "
                + "and written back as JSON (documented names, JSON held in strings parsed); `nil` when it answers no JSON.",
            "- Remark: Generated from `\(model.specFile)` at `$.operations`.",
        ])
        printer.block("public static func typedJSON(of result: OperationResult) throws(VideoGenError) -> JSONValue?") {
            printer.switchBlock("result.operation") {
                for method in model.methods {
                    switch method.answer {
                    case .model(let type):
                        printer.line("case \(SwiftLiteral.string(method.operation)):")
                        printer.indented { printer.line("return try result.typed(as: \(type).self).body.jsonValue") }
                    case .events(let type):
                        printer.line("case \(SwiftLiteral.string(method.operation)):")
                        printer.indented {
                            printer.line(
                                "return .array(try result.typedEvents(as: \(type).self).body.map(\\.jsonValue))")
                        }
                    case .bytes, .empty:
                        continue
                    }
                }
                printer.line("default:")
                printer.indented { printer.line("return nil") }
            }
        }
    }

    private func emit(_ method: SwiftOperationMethod, _ printer: SwiftPrinter) {
        var parameters: [String] = []
        var docs: [String] = []
        if let request = method.requestType {
            parameters.append("_ request: \(request)")
            docs.append("- Parameter request: The body, checked against the spec before it is sent.")
        }
        if method.uploads {
            parameters += ["file: Data", "fileName: String", "contentType: String"]
            docs.append("- Parameter file: The file's bytes (with its name and content type).")
        }
        for argument in method.arguments {
            parameters.append("\(argument.label): \(argument.typeText)\(argument.isOptional ? "? = nil" : "")")
            if !argument.summary.isEmpty { docs.append("- Parameter \(argument.label): \(argument.summary)") }
        }
        for field in method.formFields {
            parameters.append("\(field.label): String? = nil")
            if !field.summary.isEmpty { docs.append("- Parameter \(field.label): \(field.summary)") }
        }
        parameters.append("timeoutSeconds: Double? = nil")
        docs.append(
            "- Parameter timeoutSeconds: The bound on the whole call, retries included (default: the client's).")
        printer.doc([
            method.summary, docs.joined(separator: "\n"),
            "- Remark: Generated from `\(model.specFile)` at `\(method.origin)`.",
        ])
        printer.list(
            "public func \(method.name)", parameters,
            tail: " async throws(VideoGenError) -> OperationResponse<\(method.answer.bodyType)> {")
        printer.indented {
            var arguments = [SwiftLiteral.string(method.operation)]
            for argument in method.arguments {
                if case .taskID = argument.source { arguments.append("taskID: \(argument.label)") }
            }
            for argument in method.arguments {
                if case .model = argument.source { arguments.append("model: \(argument.label)") }
            }
            if method.requestType != nil { arguments.append("body: request.jsonValue") }
            let callers = method.arguments.filter {
                if case .caller = $0.source { return true }
                return false
            }
            let needsVar = !callers.isEmpty || method.uploads
            printer.line("\(needsVar ? "var" : "let") call = OperationCall(\(arguments.joined(separator: ", ")))")
            for argument in callers {
                if case .caller(let name) = argument.source {
                    printer.line("call.set(\(SwiftLiteral.string(name)), \(argument.label))")
                }
            }
            if method.uploads {
                let fields = method.formFields.map { "\(SwiftLiteral.string($0.name)): \($0.label)" }
                printer.list(
                    "call.upload = MultipartUpload",
                    [
                        "data: file", "fileName: fileName", "contentType: contentType",
                        "fields: [\(fields.isEmpty ? ":" : fields.joined(separator: ", "))]",
                    ])
            }
            let conversion: String
            switch method.answer {
            case .model: conversion = "typed()"
            case .events: conversion = "typedEvents()"
            case .bytes: conversion = "bytes()"
            case .empty: conversion = "empty()"
            }
            printer.line("return try await base.perform(call, timeoutSeconds: timeoutSeconds).\(conversion)")
        }
        printer.line("}")
    }
}
