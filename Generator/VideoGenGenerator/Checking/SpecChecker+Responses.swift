// Check: responses carry the roles their kind needs, and their names do not clash.

@_spi(Generated) import VideoGenCore

extension SpecChecker {
    func checkResponses() {
        let errorName = spec.errors.response.value
        // An empty name is a missing key, which the loader reported. With an envelope, a name no response has
        // means the envelope alone, unless it looks like a typo of one.
        let typo = Self.closest(errorName, spec.responses.map(\.name))
        if !errorName.isEmpty, !spec.responses.contains(where: { $0.name == errorName }),
            spec.envelope == nil || !typo.isEmpty
        {
            source.error(
                at: spec.errors.response.path,
                "names the response \"\(errorName)\", but \"responses\" has no such entry\(typo)"
            )
        }
        if let callbacks = spec.callbacks {
            if let response = lowering.responseSchema(named: callbacks.response.value) {
                let roles = Self.roles(in: .object(response.body))
                if !roles.contains(.state) {
                    source.error(
                        at: callbacks.response.path,
                        "the callback response \"\(callbacks.response.value)\" needs a field with the role state")
                }
            } else if !callbacks.response.value.isEmpty {
                source.error(
                    at: callbacks.response.path,
                    "names the response \"\(callbacks.response.value)\", but \"responses\" has no such entry\(Self.closest(callbacks.response.value, spec.responses.map(\.name)))"
                )
            }
        }
        var used = Set(spec.operations.compactMap(\.operation.response))
        used.insert(errorName)
        if let callbacks = spec.callbacks { used.insert(callbacks.response.value) }
        for response in spec.responses {
            if !used.contains(response.name) {
                source.warning(
                    at: response.path,
                    "the response \"\(response.name)\" is not read by any operation, callback or error")
            }
            let roles = Self.roles(in: .object(lowering.bodySchema(response)))
            if response.name == errorName, !roles.contains(.errorMessage), !roles.contains(.errorCode) {
                source.warning(
                    at: response.path,
                    "no field carries the role errorMessage or errorCode; errors will show the HTTP meaning only")
            }
            if let states = response.states {
                checkVocabulary(states, at: response.path.appending(key: "states"), others: response.otherStates)
                if !roles.contains(.state) {
                    source.error(
                        at: response.path.appending(key: "states"),
                        "a response with its own states needs a field with the role state")
                }
            }
            for condition in response.detect ?? [] {
                for path in condition.value.referencedPaths
                where lowering.bodySchema(response).valueSchema(at: path) == nil {
                    source.error(
                        at: condition.path, "names the field \(path.fieldPath), which this response does not declare")
                }
            }
            var topLevel = response.fields ?? []
            if response.usesEnvelope, let envelope = spec.envelope {
                topLevel = envelope.fields
                if topLevel.contains(where: { $0.name == envelope.dataKey }) {
                    source.error(
                        at: envelope.path.appending(key: "data"), "\"\(envelope.dataKey)\" is also an envelope field")
                }
            }
            checkSiblingNames(topLevel, at: response.path)
        }
        for type in spec.types { checkSiblingNames(type.fields, at: type.path.appending(key: "fields")) }
        if let envelope = spec.envelope {
            checkSiblingNames(envelope.fields, at: envelope.path.appending(key: "fields"))
        }
    }

    /// A response's own states: listed once each, with at least one that ends the task.
    private func checkVocabulary(_ states: [StateSpec], at path: JSONPath, others: TaskState?) {
        var seen: Set<String> = []
        for state in states where !seen.insert(state.value).inserted {
            source.error(at: state.path, "the state \"\(state.value)\" is listed twice")
        }
        let unified = Set(states.map(\.unified) + (others.map { [$0] } ?? []))
        if !unified.contains(where: \.isTerminal) {
            source.error(at: path, "none of these states ends a task (succeeded, failed or cancelled)")
        }
    }

    /// Every role carried somewhere below a value type.
    static func roles(in type: ValueType) -> Set<FieldRole> {
        switch type {
        case .object(let object):
            var roles: Set<FieldRole> = []
            for field in object.fields {
                if let role = field.role { roles.insert(role) }
                roles.formUnion(Self.roles(in: field.value.type))
            }
            return roles
        case .array(let items, _): return roles(in: items.type)
        default: return []
        }
    }
}
