// Check: responses carry the roles their kind needs, and their names do not clash.

import VideoGenCore

extension SpecChecker {
    func checkResponses() {
        for response in spec.responses {
            guard let schema = lowering.responseSchema(response.kind) else { continue }
            let roles = Self.roles(in: .object(schema))
            let needed: [FieldRole]
            switch response.kind {
            case .create: needed = [.taskId]
            case .status, .callback: needed = [.state]
            case .sync: needed = [.videoURLs]
            case .upload: needed = [.uploadedURL]
            case .error: needed = []
            }
            for role in needed where !roles.contains(role) {
                source.error(
                    at: response.path,
                    "\(ValueSchema.article(forWord: response.kind.rawValue)) \(response.kind.rawValue) response needs a field with the role \(role.rawValue)"
                )
            }
            if response.kind == .error, !roles.contains(.errorMessage), !roles.contains(.errorCode) {
                source.warning(
                    at: response.path,
                    "no field carries the role errorMessage or errorCode; errors will show the HTTP meaning only")
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
        if spec.callbacks != nil, !spec.responses.contains(where: { $0.kind == .callback }) {
            source.error(
                at: JSONPath.keys("callbacks"), "callbacks are described, but \"responses\" has no \"callback\" entry")
        }
        for type in spec.types { checkSiblingNames(type.fields, at: type.path.appending(key: "fields")) }
        if let envelope = spec.envelope {
            checkSiblingNames(envelope.fields, at: envelope.path.appending(key: "fields"))
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
