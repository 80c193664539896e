// Swift literal expressions for the core's schema values (JSON values, paths, schemas, rules, conditions).

import VideoGenCore

/// Builds the Swift expressions that recreate core schema values in generated code.
enum CoreLiterals {
    static func json(_ value: JSONValue) -> SwiftExpression {
        switch value {
        case .null: return .raw(".null")
        case .bool(let flag): return .raw(".bool(\(flag))")
        case .integer(let number): return .raw(".integer(\(number))")
        case .number(let number): return .raw(".number(\(number))")
        case .string(let text): return .raw(".string(\(SwiftLiteral.string(text)))")
        case .array(let items): return .call(".array", [(nil, .array(items.map(json)))])
        case .object(let object):
            return .call(
                ".object",
                [
                    (
                        nil,
                        .call(
                            "JSONObject",
                            [
                                (
                                    nil,
                                    .array(
                                        object.map { member in
                                            .call(
                                                "JSONObject.Member",
                                                [
                                                    ("key", .raw(SwiftLiteral.string(member.key))),
                                                    ("value", json(member.value)),
                                                ])
                                        })
                                )
                            ])
                    )
                ])
        }
    }

    static func path(_ path: JSONPath) -> SwiftExpression {
        .call(
            "JSONPath",
            [
                (
                    nil,
                    .array(
                        path.components.map { component in
                            switch component {
                            case .key(let key): return .raw(".key(\(SwiftLiteral.string(key)))")
                            case .index(let index): return .raw(".index(\(index))")
                            }
                        })
                )
            ])
    }

    static func condition(_ value: Condition) -> SwiftExpression {
        switch value {
        case .equals(let field, let value): return .call(".equals", [(nil, path(field)), (nil, json(value))])
        case .notEquals(let field, let value): return .call(".notEquals", [(nil, path(field)), (nil, json(value))])
        case .isOneOf(let field, let values):
            return .call(".isOneOf", [(nil, path(field)), (nil, .array(values.map(json)))])
        case .isNoneOf(let field, let values):
            return .call(".isNoneOf", [(nil, path(field)), (nil, .array(values.map(json)))])
        case .isPresent(let field, let present):
            return .call(".isPresent", [(nil, path(field)), (nil, .raw("\(present)"))])
        case .all(let conditions): return .call(".all", [(nil, .array(conditions.map(Self.condition)))])
        case .any(let conditions): return .call(".any", [(nil, .array(conditions.map(Self.condition)))])
        case .not(let inner): return .call(".not", [(nil, Self.condition(inner))])
        }
    }

    static func rule(_ rule: RequestRule) -> SwiftExpression {
        let kind: SwiftExpression
        switch rule.kind {
        case .required(let field): kind = .call(".required", [(nil, path(field))])
        case .forbidden(let field): kind = .call(".forbidden", [(nil, path(field))])
        case .exclusive(let fields): kind = .call(".exclusive", [(nil, .array(fields.map(path)))])
        case .requires(let field, let others):
            kind = .call(".requires", [(nil, path(field)), (nil, .array(others.map(path)))])
        case .atLeastOne(let fields): kind = .call(".atLeastOne", [(nil, .array(fields.map(path)))])
        case .allowedValues(let field, let values):
            kind = .call(".allowedValues", [(nil, path(field)), (nil, .array(values.map(json)))])
        }
        var arguments: [(label: String?, value: SwiftExpression)] = [(nil, kind)]
        if let when = rule.condition { arguments.append(("when", Self.condition(when))) }
        if let message = rule.message { arguments.append(("message", .raw(SwiftLiteral.string(message)))) }
        return .call("RequestRule", arguments)
    }

    static func valueType(_ type: ValueType) -> SwiftExpression {
        switch type {
        case .string: return .raw(".string")
        case .integer: return .raw(".integer")
        case .number: return .raw(".number")
        case .boolean: return .raw(".boolean")
        case .url: return .raw(".url")
        case .any: return .raw(".any")
        case .code: return .raw(".code")
        case .state: return .raw(".state")
        case .failCode: return .raw(".failCode")
        case .timestamp(let unit): return .raw(".timestamp(.\(unit.rawValue))")
        case .object(let object): return .call(".object", [(nil, objectSchema(object))])
        case .array(let items, let single):
            return .call(".array", [(nil, valueSchema(items)), ("acceptsSingle", .raw("\(single)"))])
        }
    }

    static func constraints(_ constraints: Constraints) -> SwiftExpression? {
        var arguments: [(label: String?, value: SwiftExpression)] = []
        if let values = constraints.allowedValues { arguments.append(("allowedValues", .array(values.map(json)))) }
        if let value = constraints.minimum { arguments.append(("minimum", .raw(SwiftLiteral.number(value)))) }
        if let value = constraints.maximum { arguments.append(("maximum", .raw(SwiftLiteral.number(value)))) }
        if let value = constraints.minLength { arguments.append(("minLength", .raw("\(value)"))) }
        if let value = constraints.maxLength { arguments.append(("maxLength", .raw("\(value)"))) }
        if let value = constraints.minItems { arguments.append(("minItems", .raw("\(value)"))) }
        if let value = constraints.maxItems { arguments.append(("maxItems", .raw("\(value)"))) }
        if let value = constraints.schemes { arguments.append(("schemes", SwiftLiteral.strings(value))) }
        return arguments.isEmpty ? nil : .call("Constraints", arguments)
    }

    static func valueSchema(_ schema: ValueSchema) -> SwiftExpression {
        var arguments: [(label: String?, value: SwiftExpression)] = [("type", valueType(schema.type))]
        if let constraints = constraints(schema.constraints) { arguments.append(("constraints", constraints)) }
        if schema.isEmbeddedJSON { arguments.append(("isEmbeddedJSON", .raw("true"))) }
        return .call("ValueSchema", arguments)
    }

    static func fieldSchema(_ field: FieldSchema) -> SwiftExpression {
        var arguments: [(label: String?, value: SwiftExpression)] = [("name", .raw(SwiftLiteral.string(field.name)))]
        if !field.aliases.isEmpty { arguments.append(("aliases", SwiftLiteral.strings(field.aliases))) }
        arguments.append(("value", valueSchema(field.value)))
        if field.isRequired { arguments.append(("isRequired", .raw("true"))) }
        if let value = field.defaultValue { arguments.append(("defaultValue", json(value))) }
        if let role = field.role { arguments.append(("role", .raw(".\(role.rawValue)"))) }
        if !field.summary.isEmpty { arguments.append(("summary", .raw(SwiftLiteral.string(field.summary)))) }
        return .call("FieldSchema", arguments)
    }

    static func objectSchema(_ object: ObjectSchema) -> SwiftExpression {
        .call(
            "ObjectSchema",
            [
                ("fields", .array(object.fields.map(fieldSchema))),
                ("acceptsUnknownFields", .raw("\(object.acceptsUnknownFields)")),
            ])
    }

    static func requestSchema(_ schema: RequestSchema) -> SwiftExpression {
        .call("RequestSchema", [("body", objectSchema(schema.body)), ("rules", .array(schema.rules.map(rule)))])
    }
}
