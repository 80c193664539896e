// Load: the request body, its rules and conditions, and the unified mapping.

@_spi(Generated) import VideoGenCore

extension SpecLoader {
    func loadRequests(_ node: SpecNode) -> [RequestSpec] {
        (node.entries ?? []).compactMap { loadRequest($0.node, name: $0.key) }
    }

    func loadRequest(_ node: SpecNode, name: String) -> RequestSpec? {
        guard let object = node.object(allowed: SpecKeys.request, required: ["fields"]) else { return nil }
        let rules = object["rules"]?.array?.compactMap(loadRule) ?? []
        var perModel: Located<JSONPath>?
        if let perModelNode = object["perModel"], let text = perModelNode.string {
            if text.isEmpty {
                perModel = Located(value: .root, path: perModelNode.path)
            } else if let path = fieldPath(perModelNode) {
                perModel = Located(value: path, path: perModelNode.path)
            }
        }
        return RequestSpec(
            name: name, path: node.path, description: object["description"]?.string ?? "",
            fields: object["fields"].map { loadFields($0, side: .request) } ?? [],
            additionalFields: object["additionalFields"]?.boolean ?? false, rules: rules, perModel: perModel)
    }

    func loadRule(_ node: SpecNode) -> Located<RequestRule>? {
        guard let object = node.object(allowed: SpecKeys.rule) else { return nil }
        let kinds = SpecKeys.ruleKinds.filter { object.has($0) }
        guard kinds.count == 1, let kindKey = kinds.first, let kindNode = object[kindKey] else {
            node.error(
                "a rule needs exactly one of \(SpecKeys.ruleKinds.joined(separator: ", ")), found \(kinds.isEmpty ? "none" : kinds.joined(separator: " and "))"
            )
            return nil
        }
        let field = object["field"].flatMap(fieldPath)
        let needsField = kindKey == "requires" || kindKey == "allowedValues"
        if needsField, field == nil, !object.has("field") { node.error("a \"\(kindKey)\" rule needs \"field\"") }
        if !needsField, object.has("field") {
            object["field"]?.error(
                "\"field\" belongs to requires and allowedValues rules; \(kindKey) names its field itself")
        }
        if kindKey != "constrain" {
            for key in SpecKeys.ruleConstraints where object.has(key) {
                object[key]?.error("\"\(key)\" belongs to a \"constrain\" rule")
            }
        }
        func paths(_ node: SpecNode, minimum: Int) -> [JSONPath]? {
            guard let items = node.array else { return nil }
            if items.count < minimum { node.error("must list at least \(minimum) fields") }
            return items.compactMap(fieldPath)
        }
        let kind: RequestRule.Kind?
        switch kindKey {
        case "required": kind = fieldPath(kindNode).map { .required($0) }
        case "forbidden": kind = fieldPath(kindNode).map { .forbidden($0) }
        case "exclusive": kind = paths(kindNode, minimum: 2).map { .exclusive($0) }
        case "atLeastOne": kind = paths(kindNode, minimum: 2).map { .atLeastOne($0) }
        case "requires":
            kind = field.flatMap { field in paths(kindNode, minimum: 1).map { .requires(field, $0) } }
        case "constrain":
            kind = fieldPath(kindNode).flatMap { path in loadRuleConstraints(object).map { .constrained(path, $0) } }
        default:
            let values = kindNode.array?.map(\.value) ?? []
            if values.isEmpty { kindNode.error("must list at least one value") }
            kind = field.map { .allowedValues($0, values) }
        }
        guard let kind else { return nil }
        if let message = object["message"], message.nonEmptyString == nil { return nil }
        let condition = object["when"].flatMap(loadCondition)
        return Located(value: RequestRule(kind, when: condition, message: object["message"]?.string), path: node.path)
    }

    /// The constraints of a `constrain` rule; at least one, each consistent with the others.
    private func loadRuleConstraints(_ object: SpecObject) -> Constraints? {
        guard SpecKeys.ruleConstraints.contains(where: { object.has($0) }) else {
            object.node.error(
                "a \"constrain\" rule needs at least one of \(SpecKeys.ruleConstraints.joined(separator: ", "))")
            return nil
        }
        func count(_ key: String) -> Int? {
            guard let node = object[key], let number = node.integer else { return nil }
            if number < 0 { node.error("must not be negative, got \(number)") }
            return number
        }
        let constraints = Constraints(
            allowedValues: object["enum"]?.array?.map(\.value), minimum: object["minimum"]?.number,
            maximum: object["maximum"]?.number, minLength: count("minLength"), maxLength: count("maxLength"),
            minItems: count("minItems"), maxItems: count("maxItems"))
        if let values = constraints.allowedValues, values.isEmpty {
            object["enum"]?.error("must list at least one value")
        }
        for (lower, upper) in [("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems")] {
            if let low = object[lower]?.value.doubleValue, let high = object[upper]?.value.doubleValue, low > high {
                object[upper]?.error(
                    "must be ≥ \(lower) (\(ValueSchemaText.number(low))), got \(ValueSchemaText.number(high))")
            }
        }
        return constraints
    }

    func loadCondition(_ node: SpecNode) -> Condition? {
        guard let object = node.object(allowed: SpecKeys.condition) else { return nil }
        let operators = ["equals", "notEquals", "in", "notIn", "present", "all", "any", "not"].filter { object.has($0) }
        guard operators.count == 1, let name = operators.first, let operand = object[name] else {
            node.error("a condition needs exactly one of equals, notEquals, in, notIn, present, all, any, not")
            return nil
        }
        let combinator = ["all", "any", "not"].contains(name)
        if combinator, object.has("field") {
            object["field"]?.error("\"\(name)\" combines conditions and takes no \"field\"")
        }
        if !combinator, !object.has("field") { node.error("\"\(name)\" needs \"field\"") }
        let field = combinator ? nil : object["field"].flatMap(fieldPath)
        switch name {
        case "all", "any":
            guard let items = operand.array else { return nil }
            if items.isEmpty { operand.error("must list at least one condition") }
            let conditions = items.compactMap(loadCondition)
            return name == "all" ? .all(conditions) : .any(conditions)
        case "not":
            return loadCondition(operand).map { .not($0) }
        case "present":
            guard let field, let flag = operand.boolean else { return nil }
            return .isPresent(field, flag)
        case "in", "notIn":
            guard let field, let values = operand.array?.map(\.value) else { return nil }
            if values.isEmpty { operand.error("must list at least one value") }
            return name == "in" ? .isOneOf(field, values) : .isNoneOf(field, values)
        default:
            guard let field else { return nil }
            return name == "equals" ? .equals(field, operand.value) : .notEquals(field, operand.value)
        }
    }

    /// One destination of a unified field; only the last of a list may go without `when`.
    func loadUnifiedEntry(_ node: SpecNode, field: UnifiedMapping.Field, isLast: Bool) -> UnifiedMapping.Entry? {
        guard let entry = node.object(allowed: SpecKeys.unifiedEntry, required: ["to"]) else { return nil }
        if !isLast, !entry.has("when") {
            node.error("only the last destination may go without \"when\"; the ones after it could never apply")
        }
        guard let toNode = entry["to"], let to = toNode.nonEmptyString else { return nil }
        let target: UnifiedMapping.Target
        if to.hasPrefix("{") && to.hasSuffix("}") {
            target = .parameter(String(to.dropFirst().dropLast()))
        } else if let path = fieldPath(toNode) {
            target = .body(path)
        } else {
            return nil
        }
        var translations: [String: String] = [:]
        for (from, valueNode) in entry["values"]?.entries ?? [] {
            if let value = valueNode.string { translations[from] = value }
        }
        return UnifiedMapping.Entry(
            field: field, target: target, translations: translations, condition: entry["when"].flatMap(loadCondition))
    }

    /// A model's own destinations of unified fields (`models[].unified`): the same shape as the spec's, fields only.
    func loadModelUnified(_ node: SpecNode?) -> [Located<UnifiedMapping.Entry>] {
        guard let node, let object = node.object(allowed: SpecKeys.modelUnified) else { return [] }
        var entries: [Located<UnifiedMapping.Entry>] = []
        for field in UnifiedMapping.Field.allCases where field != .model {
            guard let fieldNode = object[field.rawValue] else { continue }
            let alternatives = fieldNode.value.arrayValue != nil ? (fieldNode.array ?? []) : [fieldNode]
            for (index, entryNode) in alternatives.enumerated() {
                guard let entry = loadUnifiedEntry(entryNode, field: field, isLast: index == alternatives.count - 1)
                else { continue }
                entries.append(Located(value: entry, path: entryNode.path))
            }
        }
        return entries
    }

    func loadUnified(_ node: SpecNode) -> UnifiedSpec? {
        guard let object = node.object(allowed: SpecKeys.unified) else { return nil }
        var entries: [Located<UnifiedMapping.Entry>] = []
        for field in UnifiedMapping.Field.allCases {
            guard let fieldNode = object[field.rawValue] else { continue }
            let alternatives: [SpecNode]
            if case .array = fieldNode.value {
                alternatives = fieldNode.array ?? []
            } else {
                alternatives = [fieldNode]
            }
            if alternatives.isEmpty { fieldNode.error("list at least one destination") }
            for (index, entryNode) in alternatives.enumerated() {
                guard let entry = loadUnifiedEntry(entryNode, field: field, isLast: index == alternatives.count - 1)
                else { continue }
                entries.append(Located(value: entry, path: entryNode.path))
            }
        }
        var assignments: [Located<UnifiedMapping.Assignment>] = []
        for assignmentNode in object["set"]?.array ?? [] {
            guard let assignment = assignmentNode.object(allowed: SpecKeys.assignment, required: ["field", "value"]),
                let path = assignment["field"].flatMap(fieldPath), let value = assignment.members["value"]
            else { continue }
            assignments.append(
                Located(
                    value: UnifiedMapping.Assignment(
                        path: path, value: value, condition: assignment["when"].flatMap(loadCondition)),
                    path: assignmentNode.path))
        }
        var extrasRoot = Located(value: JSONPath.root, path: node.path)
        if let rootNode = object["extrasRoot"], let text = rootNode.string {
            if text.isEmpty {
                extrasRoot = Located(value: .root, path: rootNode.path)
            } else if let path = fieldPath(rootNode) {
                extrasRoot = Located(value: path, path: rootNode.path)
            }
        }
        return UnifiedSpec(path: node.path, entries: entries, assignments: assignments, extrasRoot: extrasRoot)
    }
}
