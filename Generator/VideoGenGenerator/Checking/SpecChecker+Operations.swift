// Check: operations — roles, paths and their parameters, bodies and responses fit together and name what exists.

@_spi(Generated) import VideoGenCore

extension SpecChecker {
    func checkOperations() {
        let operationsPath = JSONPath.keys("operations")
        if spec.operations.isEmpty { source.error(at: operationsPath, "list the provider's operations") }
        for role in [OperationRole.create, .status] where spec.operation(role: role) == nil {
            source.error(
                at: operationsPath,
                "no operation has the role \"\(role.rawValue)\"; VideoGen needs one to \(role == .create ? "start tasks" : "follow them")"
            )
        }
        var roles: [OperationRole: String] = [:]
        var methodNames: [String: String] = [:]
        for entry in spec.operations {
            let operation = entry.operation
            if let role = operation.role {
                if let other = roles[role] {
                    source.error(
                        at: entry.path.appending(key: "role"),
                        "the operation \"\(other)\" already has the role \"\(role.rawValue)\"; give one operation each role (others can go without a role)"
                    )
                }
                roles[role] = entry.name
            }
            let method = SwiftNaming.methodName(entry.name)
            if SwiftNaming.keywords.contains(method) {
                source.error(
                    at: entry.path,
                    "the operation \"\(entry.name)\" becomes the method `\(method)`, a Swift keyword; rename it")
            } else if SwiftNaming.reservedClientMembers.contains(method) {
                source.error(
                    at: entry.path,
                    "the operation \"\(entry.name)\" becomes the method `\(method)`, which the generated client already declares; rename it"
                )
            } else if method.isEmpty || !SwiftNaming.isIdentifier(method) {
                source.error(
                    at: entry.path,
                    "the operation name \"\(entry.name)\" gives no usable Swift method name (\"\(method)\"); rename it (operation names are lowerCamelCase words)"
                )
            } else if let other = methodNames[method] {
                source.error(
                    at: entry.path,
                    "the operations \"\(other)\" and \"\(entry.name)\" both become the method `\(method)`")
            }
            methodNames[method] = entry.name
            checkPath(entry)
            checkParameters(entry)
            checkBody(entry)
            checkResponse(entry)
        }
        checkLimits()
    }

    /// Every operation a request limit names exists.
    private func checkLimits() {
        let limits = spec.limits
        let names = Set(spec.operations.map(\.name))
        for limit in limits.value.requests {
            for name in (limit.operations ?? []) + limit.exceptOperations where !names.contains(name) {
                source.error(
                    at: limits.path.appending(key: "requests"),
                    "a limit names the operation \"\(name)\", which \"operations\" does not list (operations: \(names.sorted().joined(separator: ", ")))"
                )
            }
        }
    }

    private func checkPath(_ entry: OperationSpec) {
        let operation = entry.operation
        if !operation.path.hasPrefix("/") {
            source.error(at: entry.path.appending(key: "path"), "must start with '/', got \"\(operation.path)\"")
        }
        if let baseURL = operation.baseURL { checkBaseURL(baseURL, at: entry.path.appending(key: "baseURL")) }
        let placeholders = Self.placeholders(in: operation.path)
        for name in placeholders {
            guard let parameter = operation.parameter(named: name) else {
                source.error(
                    at: entry.path.appending(key: "path"),
                    "{\(name)} is not a parameter of this operation; declare it under \"parameters\" with \"in\": \"path\""
                )
                continue
            }
            if parameter.location != .path {
                source.error(
                    at: entry.path.appending(key: "parameters").appending(key: name),
                    "{\(name)} is in the path, so the parameter needs \"in\": \"path\"")
            }
        }
        for parameter in operation.parameters
        where parameter.location == .path && !placeholders.contains(parameter.name) {
            source.error(
                at: entry.path.appending(key: "parameters").appending(key: parameter.name),
                "is a path parameter, but the path (\(operation.path)) has no {\(parameter.name)}")
        }
    }

    private func checkParameters(_ entry: OperationSpec) {
        let operation = entry.operation
        var wireNames: Set<String> = []
        for parameter in operation.parameters {
            let path = entry.path.appending(key: "parameters").appending(key: parameter.name)
            let key = "\(parameter.location.rawValue):\(parameter.wireName.lowercased())"
            if parameter.location != .path, !wireNames.insert(key).inserted {
                source.error(
                    at: path,
                    "another \(parameter.location.rawValue) parameter is also sent as \"\(parameter.wireName)\"")
            }
            if parameter.location == .header,
                parameter.wireName.contains(where: { $0 == ":" || $0 == " " || $0 == "\n" })
            {
                source.error(at: path, "\"\(parameter.wireName)\" is not a header name")
            }
            if parameter.location == .header,
                parameter.wireName.caseInsensitiveCompare(spec.auth.header) == .orderedSame
            {
                source.error(
                    at: path, "the header \"\(parameter.wireName)\" carries the API key; it cannot be a parameter")
            }
            if case .field(let field) = parameter.source {
                let body = operation.requestName.flatMap(spec.request(named:)).map(lowering.requestSchema)?.body
                if body?.valueSchema(at: field) == nil {
                    source.error(
                        at: path.appending(key: "field"),
                        "names the field \(field.fieldPath), which this operation's request does not have")
                }
            }
            if let defaultValue = parameter.defaultValue {
                for violation in RequestValidator.validate(defaultValue, as: parameter.value) {
                    source.error(
                        at: path.appending(key: "default"),
                        "the default breaks the parameter's own constraints: \(violation.message)")
                }
            }
        }
        switch operation.role {
        case .status?, .result?, .cancel?:
            if !operation.takesTaskID {
                source.error(
                    at: entry.path,
                    "the \(operation.role?.rawValue ?? "") operation needs a parameter \"from\": \"taskId\" (in its path, query or a header)"
                )
            }
        case .create?, .sync?, .upload?:
            if operation.takesTaskID {
                source.error(
                    at: entry.path,
                    "a \(operation.role?.rawValue ?? "") operation starts something new; it cannot take a task id")
            }
        default:
            break
        }
    }

    private func checkBody(_ entry: OperationSpec) {
        let operation = entry.operation
        switch operation.body {
        case .json(let name):
            if spec.request(named: name) == nil {
                source.error(
                    at: entry.requestPath ?? entry.path,
                    "names the request \"\(name)\", but \"requests\" has no such entry\(Self.closest(name, spec.requests.map(\.name)))"
                )
            }
            if operation.method == .get, entry.isMethodKnown {
                source.error(at: entry.path.appending(key: "body"), "a GET request carries no body")
            }
        case .multipart:
            if operation.method == .get, entry.isMethodKnown {
                source.error(at: entry.path.appending(key: "body"), "a GET request carries no body")
            }
        case .none:
            break
        }
        switch operation.role {
        case .create?, .sync?:
            if operation.requestName == nil {
                source.error(
                    at: entry.path,
                    "the \(operation.role?.rawValue ?? "") operation needs \"body\": {\"json\": REQUEST}, the request the unified mapping fills"
                )
            }
        case .upload?:
            if operation.multipart == nil {
                source.error(
                    at: entry.path, "the upload operation needs \"body\": {\"multipart\": …} (at least its fileField)")
            }
        default:
            break
        }
        if let create = spec.operation(role: .create), let sync = spec.operation(role: .sync),
            entry.name == sync.name, let syncRequest = sync.requestName, let createRequest = create.requestName,
            syncRequest != createRequest
        {
            source.warning(
                at: entry.requestPath ?? entry.path,
                "the sync operation takes \"\(syncRequest)\", not the create operation's \"\(createRequest)\"; the unified mapping fills \"\(createRequest)\""
            )
        }
    }

    private func checkResponse(_ entry: OperationSpec) {
        let operation = entry.operation
        guard let name = operation.response else { return }
        guard let response = lowering.responseSchema(named: name) else {
            source.error(
                at: entry.path.appending(key: "response"),
                "names the response \"\(name)\", but \"responses\" has no such entry\(Self.closest(name, spec.responses.map(\.name)))"
            )
            return
        }
        if operation.responseFormat == .none || operation.responseFormat == .binary {
            source.error(
                at: entry.path.appending(key: "response"),
                "a \(operation.responseFormat.rawValue) answer is not read, so it names no response")
        }
        let roles = Self.roles(in: .object(response.body))
        var needed: [FieldRole] = []
        switch operation.role {
        case .create?: needed = [.taskId]
        case .status?: needed = [.state]
        case .result?: needed = [.videoURLs]
        case .list?: needed = [.tasks]
        case .upload?: needed = [.uploadedURL]
        case .sync?:
            if !roles.contains(.videoURLs), !roles.contains(.state) {
                source.error(
                    at: entry.path.appending(key: "response"),
                    "the sync operation's response \"\(name)\" needs a field with the role videoURLs (or state)")
            }
        default:
            break
        }
        for role in needed where !roles.contains(role) {
            source.error(
                at: entry.path.appending(key: "response"),
                "the \(operation.role?.rawValue ?? "") operation's response \"\(name)\" needs a field with the role \(role.rawValue)"
            )
        }
    }

    /// `items` joined with commas, or `empty` when there are none.
    static func list(_ items: [String], empty: String) -> String {
        items.isEmpty ? empty : items.joined(separator: ", ")
    }

    /// `; did you mean "x"?` when `name` looks like a typo of one of `names`.
    static func closest(_ name: String, _ names: [String]) -> String {
        SpecKeySuggestion.closest(to: name, among: names).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
