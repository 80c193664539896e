// The sandbox's answers, built from the provider's own documented samples with the roles filled in.

import Foundation

/// Builds a provider's answers from its descriptor: documented samples as templates, roles written in place.
struct SandboxPayloads {
    let descriptor: ProviderDescriptor
    /// The documented samples, parsed once (every answer starts from one), by kind in spec order.
    private let parsed: [SampleKind: [JSONValue]]

    init(descriptor: ProviderDescriptor) {
        self.descriptor = descriptor
        var parsed: [SampleKind: [JSONValue]] = [:]
        for sample in descriptor.samples {
            if let body = try? JSONParser.parse(sample.json) { parsed[sample.kind, default: []].append(body) }
        }
        self.parsed = parsed
    }

    /// The documented samples of `kind` that parse, in spec order.
    private func samples(_ kind: SampleKind) -> [JSONValue] {
        parsed[kind] ?? []
    }

    private func state(of body: JSONValue, schema: ObjectSchema) -> TaskState? {
        guard !descriptor.errors.isError(body), let values = try? PayloadReader.read(body, as: schema),
            let word = values.state
        else { return nil }
        return descriptor.unifiedState(of: word)
    }

    /// The answer to a create: the documented create answer with the new task's id, state and times.
    func created(_ task: SandboxTaskID, initial: StateMapping?) -> JSONValue {
        let schema = descriptor.responses.create
        var body = samples(.createResponse).first { !descriptor.errors.isError($0) } ?? .object(JSONObject())
        PayloadWriter.set(.taskId, to: .string(task.text), in: &body, schema: schema)
        if let initial, ObjectSchemaRoles.has(.state, schema) {
            PayloadWriter.set(.state, to: .string(initial.providerState), in: &body, schema: schema)
        }
        if ObjectSchemaRoles.has(.progress, schema) {
            PayloadWriter.set(.progress, to: .integer(0), in: &body, schema: schema)
        }
        if ObjectSchemaRoles.has(.createdAt, schema) {
            PayloadWriter.set(.createdAt, to: task.createdAt, in: &body, schema: schema)
        }
        for role in [FieldRole.videoURLs, .failureCode, .failureMessage, .completedAt] {
            PayloadWriter.remove(role, from: &body, schema: schema)
        }
        return body
    }

    /// The answer to a status query at `moment`.
    func status(
        _ task: SandboxTaskID, moment: SandboxTimeline.Moment, schema: ObjectSchema, kind: SampleKind = .statusResponse
    ) -> JSONValue {
        let documented = samples(kind) + (kind == .statusResponse ? [] : samples(.statusResponse))
        let usable = documented.filter { !descriptor.errors.isError($0) && state(of: $0, schema: schema) != nil }
        func first(_ wanted: (TaskState) -> Bool) -> JSONValue? {
            usable.first { state(of: $0, schema: schema).map(wanted) ?? false }
        }
        var body: JSONValue
        switch moment.unified {
        case .succeeded: body = first { $0 == .succeeded } ?? usable.first ?? .object(JSONObject())
        case .failed:
            body = first { $0 == .failed } ?? first { !$0.isTerminal } ?? usable.first ?? .object(JSONObject())
        default: body = first { !$0.isTerminal } ?? first { $0 == .failed } ?? usable.first ?? .object(JSONObject())
        }
        PayloadWriter.set(.taskId, to: .string(task.text), in: &body, schema: schema)
        PayloadWriter.set(.state, to: .string(moment.providerState), in: &body, schema: schema)
        if ObjectSchemaRoles.has(.progress, schema) {
            PayloadWriter.set(.progress, to: .integer(moment.progress), in: &body, schema: schema)
        }
        if ObjectSchemaRoles.has(.createdAt, schema) {
            PayloadWriter.set(.createdAt, to: task.createdAt, in: &body, schema: schema)
        }
        if moment.unified.isTerminal, ObjectSchemaRoles.has(.completedAt, schema) {
            PayloadWriter.set(.completedAt, to: task.finishesAt, in: &body, schema: schema)
        } else {
            PayloadWriter.remove(.completedAt, from: &body, schema: schema)
        }
        if moment.unified != .succeeded {
            PayloadWriter.remove(.videoURLs, from: &body, schema: schema)
            PayloadWriter.remove(.expiresAt, from: &body, schema: schema)
        } else if ObjectSchemaRoles.has(.expiresAt, schema) {
            // The documented sample's expiry is long past: the URLs live for the spec's lifetime from completion.
            let lifetime = descriptor.urlLifetimeSeconds ?? 86_400
            PayloadWriter.set(.expiresAt, to: task.finishesAt.addingTimeInterval(lifetime), in: &body, schema: schema)
        }
        if moment.unified == .succeeded, (try? PayloadReader.read(body, as: schema))?.videoURLs.isEmpty ?? true {
            PayloadWriter.set(.videoURLs, in: &body, schema: schema) { field in
                let url = JSONValue.string(Self.videoURL(for: task))
                if case .array = field.type { return .array([url]) }
                return url
            }
        }
        PayloadWriter.remove(.failureCode, from: &body, schema: schema)
        PayloadWriter.remove(.failureMessage, from: &body, schema: schema)
        if moment.unified == .failed {
            if let code = descriptor.sandbox.failureCode, ObjectSchemaRoles.has(.failureCode, schema) {
                PayloadWriter.set(.failureCode, to: .string(code), in: &body, schema: schema)
            }
            PayloadWriter.set(
                .failureMessage, to: .string(descriptor.sandbox.failureMessage), in: &body, schema: schema)
        }
        return body
    }

    /// An error answer in the provider's own shape.
    func error(status: Int, message: String, detail: String?) -> JSONValue {
        let schema = descriptor.responses.error
        let documented = SampleKind.allCases.filter { $0 != .createRequest }.flatMap(samples)
        var body = documented.first { descriptor.errors.isError($0) } ?? .object(JSONObject())
        PayloadWriter.set(.errorCode, to: .integer(status), in: &body, schema: schema)
        PayloadWriter.set(.errorMessage, to: .string(message), in: &body, schema: schema)
        PayloadWriter.remove(.errorDetail, from: &body, schema: schema)
        if let detail, ObjectSchemaRoles.has(.errorDetail, schema) {
            PayloadWriter.set(.errorDetail, to: .string(detail), in: &body, schema: schema)
        }
        if let type = descriptor.errors.info(for: status)?.type, ObjectSchemaRoles.has(.errorType, schema) {
            PayloadWriter.set(.errorType, to: .string(type), in: &body, schema: schema)
        }
        if !descriptor.errors.isError(body) {
            // The spec's error shape did not make the body recognisable (no documented error sample): fall back
            // to the smallest body its detection accepts, the code alone.
            for condition in descriptor.errors.detect {
                if case .isNoneOf(let path, _) = condition { body.setValue(.integer(status), at: path) }
            }
        }
        return body
    }

    /// The answer to an upload.
    func uploaded(serial: Int64, fileName: String) -> JSONValue {
        guard let schema = descriptor.responses.upload else { return .object(JSONObject()) }
        var body = samples(.uploadResponse).first ?? .object(JSONObject())
        let ext = fileName.split(separator: ".").last.map(String.init) ?? "png"
        PayloadWriter.set(
            .uploadedURL, to: .string("https://sandbox.videogen.example/uploads/\(serial).\(ext)"), in: &body,
            schema: schema)
        return body
    }

    /// A video URL for a sandbox task without a documented one.
    static func videoURL(for task: SandboxTaskID) -> String {
        "https://sandbox.videogen.example/videos/\(task.text).mp4"
    }
}

/// Which roles a schema carries.
enum ObjectSchemaRoles {
    static func has(_ role: FieldRole, _ schema: ObjectSchema) -> Bool {
        schema.primaryPath(of: role) != nil
    }
}
