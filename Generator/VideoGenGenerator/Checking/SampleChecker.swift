// Check: every documented sample satisfies the spec that documents it (requests validate, responses decode).

import VideoGenCore

/// Checks each sample against the lowered descriptor, exactly as the runtime will see it.
struct SampleChecker {
    let spec: ProviderSpec
    let descriptor: ProviderDescriptor

    func run() {
        let source = spec.source
        var names: Set<String> = []
        for sample in spec.samples {
            if !names.insert(sample.name).inserted {
                source.error(at: sample.path.appending(key: "name"), "the sample name \"\(sample.name)\" is used twice")
            }
            let bodyPath = sample.path.appending(key: "body")
            if let responseKind = sample.kind.responseKind {
                checkResponse(sample.body, kind: responseKind, at: bodyPath)
            } else {
                checkRequest(sample, at: bodyPath)
            }
        }
    }

    private func checkRequest(_ sample: SampleSpec, at path: JSONPath) {
        let violations = RequestValidator.validate(sample.body, against: descriptor.request)
        let reported = Set(violations.map(\.path.fieldPath))
        let declared = Set(sample.violates)
        for violation in violations where !declared.contains(violation.path.fieldPath) {
            let location = violation.path.components.isEmpty ? path : path.appending(violation.path)
            spec.source.error(
                at: location,
                "the sample breaks the spec's own rules: \(violation); fix the spec, or list \"\(violation.path.fieldPath)\" under \"violates\" if the docs really show an invalid body"
            )
        }
        for missing in declared.subtracting(reported).sorted() {
            spec.source.error(
                at: path.deletingLastComponent().appending(key: "violates"),
                "lists \"\(missing)\", but the validator reports nothing there")
        }
    }

    private func checkResponse(_ body: JSONValue, kind: ResponseKind, at path: JSONPath) {
        guard let schema = descriptor.responses.schema(for: kind) else {
            spec.source.error(
                at: path,
                "\(ValueSchema.article(forWord: kind.rawValue)) \(kind.rawValue) sample, but \"responses\" has no \"\(kind.rawValue)\" entry"
            )
            return
        }
        guard case .object = body else {
            spec.source.error(at: path, "a response sample must be a JSON object, got \(body.kindDescription)")
            return
        }
        let isError = descriptor.errors.isError(body)
        do {
            let values = try PayloadReader.read(body, as: isError ? descriptor.responses.error : schema)
            guard !isError else { return }
            switch kind {
            case .create where values.taskID == nil:
                spec.source.error(
                    at: path, "a create answer that is not an error must carry a task id (role taskId); none was found")
            case .status where values.state == nil, .callback where values.state == nil:
                spec.source.error(
                    at: path,
                    "\(ValueSchema.article(forWord: kind.rawValue)) \(kind.rawValue) sample that is not an error must carry a state (role state); none was found"
                )
            default:
                break
            }
        } catch {
            spec.source.error(at: path.appending(error.path), "the sample does not decode: \(error.message)")
        }
    }
}

extension JSONPath {
    /// This path followed by `other`.
    func appending(_ other: JSONPath) -> JSONPath {
        other.components.reduce(self) { $0.appending($1) }
    }

    /// This path without its last component.
    func deletingLastComponent() -> JSONPath {
        var copy = self
        if !copy.components.isEmpty { copy.components.removeLast() }
        return copy
    }
}
