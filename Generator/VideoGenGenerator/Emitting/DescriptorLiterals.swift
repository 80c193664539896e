// Swift literal expressions for the rest of a ProviderDescriptor (endpoints, models, mapping, samples, …).

import VideoGenCore

extension CoreLiterals {
    static func string(_ text: String) -> SwiftExpression { .raw(SwiftLiteral.string(text)) }
    static func number(_ value: Double?) -> SwiftExpression { .raw(value.map(SwiftLiteral.number) ?? "nil") }
    static func integer(_ value: Int?) -> SwiftExpression { .raw(value.map { "\($0)" } ?? "nil") }

    static func endpoint(_ endpoint: Endpoint) -> SwiftExpression {
        .call(
            "Endpoint",
            [
                ("method", .raw(".\(endpoint.method == .get ? "get" : "post")")),
                ("path", string(endpoint.path)),
                (
                    "query",
                    .array(
                        endpoint.query.map { parameter in
                            .call(
                                "QueryParameter",
                                [
                                    ("name", string(parameter.name)),
                                    ("value", SwiftLiteral.optionalString(parameter.value)),
                                    ("allowedValues", SwiftLiteral.strings(parameter.allowedValues)),
                                    ("summary", string(parameter.summary)),
                                ])
                        })
                ),
                ("body", .raw(".\(endpoint.body.rawValue)")),
                ("response", .raw(".\(endpoint.response.rawValue)")),
                ("timeoutSeconds", number(endpoint.timeoutSeconds)),
                (
                    "multipart",
                    SwiftLiteral.optional(endpoint.multipart) { form in
                        .call(
                            "MultipartForm",
                            [
                                ("fileField", string(form.fileField)),
                                (
                                    "fields",
                                    .array(
                                        form.fields.map { field in
                                            .call(
                                                "MultipartField",
                                                [
                                                    ("name", string(field.name)),
                                                    ("defaultValue", SwiftLiteral.optionalString(field.defaultValue)),
                                                    ("summary", string(field.summary)),
                                                ])
                                        })
                                ),
                                ("maxBytes", integer(form.maxBytes)),
                                ("contentTypes", SwiftLiteral.strings(form.contentTypes)),
                            ])
                    }
                ),
                ("summary", string(endpoint.summary)),
            ])
    }

    static func model(_ model: ModelInfo) -> SwiftExpression {
        .call(
            "ModelInfo",
            [
                ("id", string(model.id)), ("name", string(model.name)), ("summary", string(model.summary)),
                ("features", SwiftLiteral.strings(model.features)),
                (
                    "price",
                    SwiftLiteral.optional(model.price) { price in
                        .call(
                            "Price",
                            [
                                ("amount", number(price.amount)), ("currency", string(price.currency)),
                                ("per", .raw(".\(price.per.rawValue)")),
                            ])
                    }
                ),
                ("durations", .array(model.durations.map { .raw("\($0)") })),
                ("durationRange", .raw(model.durationRange.map { "\($0.lowerBound)...\($0.upperBound)" } ?? "nil")),
                ("resolutions", SwiftLiteral.strings(model.resolutions)),
                ("note", SwiftLiteral.optionalString(model.note)),
            ])
    }

    static func unified(_ mapping: UnifiedMapping) -> SwiftExpression {
        .call(
            "UnifiedMapping",
            [
                (
                    "entries",
                    .array(
                        mapping.entries.map { entry in
                            let target: SwiftExpression
                            switch entry.target {
                            case .body(let body): target = .call(".body", [(nil, path(body))])
                            case .pathParameter(let name): target = .raw(".pathParameter(\(SwiftLiteral.string(name)))")
                            }
                            let translations: SwiftExpression =
                                entry.translations.isEmpty
                                ? .raw("[:]")
                                : .array(
                                    entry.translations.sorted { $0.key < $1.key }.map {
                                        .raw("\(SwiftLiteral.string($0.key)): \(SwiftLiteral.string($0.value))")
                                    })
                            return .call(
                                "UnifiedMapping.Entry",
                                [
                                    ("field", .raw(".\(entry.field.rawValue)")), ("target", target),
                                    ("translations", translations),
                                    ("condition", SwiftLiteral.optional(entry.condition, condition)),
                                ])
                        })
                ),
                (
                    "assignments",
                    .array(
                        mapping.assignments.map { assignment in
                            .call(
                                "UnifiedMapping.Assignment",
                                [
                                    ("path", path(assignment.path)), ("value", json(assignment.value)),
                                    ("condition", SwiftLiteral.optional(assignment.condition, condition)),
                                ])
                        })
                ),
                ("extrasRoot", path(mapping.extrasRoot)),
            ])
    }

    static func responses(_ responses: ResponseSchemas) -> SwiftExpression {
        .call(
            "ResponseSchemas",
            [
                ("create", objectSchema(responses.create)),
                ("status", objectSchema(responses.status)),
                ("callback", SwiftLiteral.optional(responses.callback, objectSchema)),
                ("sync", SwiftLiteral.optional(responses.sync, objectSchema)),
                ("upload", SwiftLiteral.optional(responses.upload, objectSchema)),
                ("error", objectSchema(responses.error)),
            ])
    }

    static func errors(_ rules: ErrorRules) -> SwiftExpression {
        .call(
            "ErrorRules",
            [
                ("detect", .array(rules.detect.map(condition))),
                (
                    "http",
                    .array(
                        rules.http.map { info in
                            .call(
                                "HTTPStatusInfo",
                                [
                                    ("status", .raw("\(info.status)")), ("meaning", string(info.meaning)),
                                    ("type", SwiftLiteral.optionalString(info.type)),
                                ])
                        })
                ),
                ("retryableStatuses", .array(rules.retryableStatuses.map { .raw("\($0)") })),
            ])
    }

    static func sample(_ sample: Sample) -> SwiftExpression {
        .call(
            "Sample",
            [
                ("name", string(sample.name)),
                ("kind", .raw(".\(sampleKindCase(sample.kind))")),
                ("source", string(sample.source)),
                ("json", .raw(SwiftLiteral.rawString(sample.json))),
                ("violates", SwiftLiteral.strings(sample.violates)),
                ("isConstructed", .raw("\(sample.isConstructed)")),
            ])
    }

    static func sampleKindCase(_ kind: SampleKind) -> String {
        switch kind {
        case .createRequest: return "createRequest"
        case .createResponse: return "createResponse"
        case .statusResponse: return "statusResponse"
        case .callback: return "callback"
        case .syncResponse: return "syncResponse"
        case .uploadResponse: return "uploadResponse"
        }
    }
}
