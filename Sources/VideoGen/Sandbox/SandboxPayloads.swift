// The sandbox's answers, built from the provider's own documented samples with the roles filled in.

import Foundation
@_spi(Generated) import VideoGenCore

/// Builds a provider's answers from its descriptor: documented samples as templates, roles written in place.
struct SandboxPayloads {
    let descriptor: ProviderDescriptor
    /// The documented answers, parsed once (every answer starts from one), by the response that reads them, in
    /// spec order: each operation's response samples under its response's name, callbacks under theirs.
    private let parsed: [String: [JSONValue]]

    init(descriptor: ProviderDescriptor) {
        self.descriptor = descriptor
        var parsed: [String: [JSONValue]] = [:]
        for operation in descriptor.operations {
            guard let response = operation.response else { continue }
            for sample in operation.samples where sample.part == .response {
                if let body = try? JSONParser.parse(sample.json) { parsed[response, default: []].append(body) }
            }
        }
        if let callbacks = descriptor.callbacks {
            for sample in callbacks.samples {
                if let body = try? JSONParser.parse(sample.json) {
                    parsed[callbacks.response, default: []].append(body)
                }
            }
        }
        self.parsed = parsed
    }

    /// The documented answers read by the response `name`.
    private func samples(_ name: String) -> [JSONValue] {
        parsed[name] ?? []
    }

    /// An answer for `response` when the spec documents none: the envelope's fields as a documented successful
    /// answer has them (`{"code": 200, "msg": "success"}`), or an empty object for providers without an envelope.
    private func blank(_ response: ResponseSchema) -> JSONValue {
        var object = JSONObject()
        guard let envelope = descriptor.envelope,
            response.body.fields.contains(where: { field in envelope.fields.fields.contains { $0.name == field.name } }
            ),
            let documented = allSamples.first(where: { !descriptor.errors.isError($0) })?.objectValue
        else { return .object(object) }
        for field in envelope.fields.fields {
            for name in field.allNames {
                if let value = documented[name] { object[name] = value }
            }
        }
        return .object(object)
    }

    /// Every documented answer, whatever reads it.
    private var allSamples: [JSONValue] {
        parsed.keys.sorted().flatMap { parsed[$0] ?? [] }
    }

    private func isError(_ body: JSONValue, _ response: ResponseSchema) -> Bool {
        descriptor.errors.isError(body, detection: response.errorDetection)
    }

    private func state(of body: JSONValue, response: ResponseSchema) -> TaskState? {
        guard !isError(body, response), let values = try? PayloadReader.read(body, as: response.body),
            let word = values.state
        else { return nil }
        return descriptor.unifiedState(of: word, in: response)
    }

    /// The word `response` uses for the moment `word`/`state`: the spec's own word, unless the response has a
    /// vocabulary of its own (then its first word for the unified state).
    func word(_ word: String, _ state: TaskState, in response: ResponseSchema) -> String {
        guard let vocabulary = response.states else { return word }
        return vocabulary.first { $0.unified == state }?.providerState ?? word
    }

    /// The answer to a create: the documented create answer with the new task's id, state and times.
    func created(_ task: SandboxTaskID, initial: StateMapping?, response: ResponseSchema) -> JSONValue {
        let schema = response.body
        var body = samples(response.name).first { !isError($0, response) } ?? blank(response)
        PayloadWriter.set(.taskId, to: .string(task.text), in: &body, schema: schema)
        if let initial, ObjectSchemaRoles.has(.state, schema) {
            PayloadWriter.set(
                .state, to: .string(word(initial.providerState, initial.unified, in: response)), in: &body,
                schema: schema)
        }
        if ObjectSchemaRoles.has(.progress, schema) {
            Self.setProgress(0, in: &body, schema: schema)
        }
        if ObjectSchemaRoles.has(.createdAt, schema) {
            PayloadWriter.set(.createdAt, to: task.createdAt, in: &body, schema: schema)
        }
        for role in [FieldRole.videoURLs, .failureCode, .failureMessage, .completedAt] {
            PayloadWriter.remove(role, from: &body, schema: schema)
        }
        return body
    }

    /// The answer describing `task` at `moment`, through `response` (a status, result, cancel or callback answer).
    func task(_ task: SandboxTaskID, moment: SandboxTimeline.Moment, response: ResponseSchema) -> JSONValue {
        let schema = response.body
        let documented = samples(response.name) + samples(descriptor.operation(role: .status)?.response ?? "")
        let usable = documented.filter { !isError($0, response) && state(of: $0, response: response) != nil }
        func first(_ wanted: (TaskState) -> Bool) -> JSONValue? {
            usable.first { state(of: $0, response: response).map(wanted) ?? false }
        }
        var body: JSONValue
        switch moment.unified {
        case .succeeded: body = first { $0 == .succeeded } ?? usable.first ?? blank(response)
        case .failed, .cancelled:
            body = first { $0 == moment.unified } ?? first { !$0.isTerminal } ?? usable.first ?? blank(response)
        default: body = first { !$0.isTerminal } ?? first { $0 == .failed } ?? usable.first ?? blank(response)
        }
        PayloadWriter.set(.taskId, to: .string(task.text), in: &body, schema: schema)
        PayloadWriter.set(
            .state, to: .string(word(moment.providerState, moment.unified, in: response)), in: &body, schema: schema)
        if ObjectSchemaRoles.has(.progress, schema) {
            Self.setProgress(moment.progress, in: &body, schema: schema)
        }
        if moment.unified == .queued, ObjectSchemaRoles.has(.queuePosition, schema) {
            // First in line: the sandbox runs every task at once.
            PayloadWriter.set(.queuePosition, to: .integer(0), in: &body, schema: schema)
        } else {
            PayloadWriter.remove(.queuePosition, from: &body, schema: schema)
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
        if moment.unified == .succeeded, ObjectSchemaRoles.has(.videoURLs, schema),
            (try? PayloadReader.read(body, as: schema))?.videoURLs.isEmpty ?? true
        {
            setVideoURL(for: task, in: &body, schema: schema)
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

    /// A result answer (a finished task's video, where the provider hands results out separately).
    func result(_ task: SandboxTaskID, response: ResponseSchema) -> JSONValue {
        let schema = response.body
        var body = samples(response.name).first { !isError($0, response) } ?? blank(response)
        PayloadWriter.remove(.videoURLs, from: &body, schema: schema)
        setVideoURL(for: task, in: &body, schema: schema)
        if ObjectSchemaRoles.has(.taskId, schema) {
            PayloadWriter.set(.taskId, to: .string(task.text), in: &body, schema: schema)
        }
        return body
    }

    private func setVideoURL(for task: SandboxTaskID, in body: inout JSONValue, schema: ObjectSchema) {
        PayloadWriter.set(.videoURLs, in: &body, schema: schema) { field in
            let url = JSONValue.string(Self.videoURL(for: task))
            if case .array = field.type { return .array([url]) }
            return url
        }
    }

    /// A list answer holding `tasks`, each described by the list's own item shape.
    func list(_ tasks: [(SandboxTaskID, SandboxTimeline.Moment)], response: ResponseSchema) -> JSONValue {
        let schema = response.body
        var body = samples(response.name).first { !isError($0, response) } ?? blank(response)
        guard let path = schema.primaryPath(of: .tasks), let field = schema.valueSchema(at: path),
            case .array(let items, _) = field.type, case .object(let itemSchema) = items.type
        else { return body }
        let template = body.value(at: path)?.arrayValue?.first ?? .object(JSONObject())
        let itemResponse = ResponseSchema(name: response.name, body: itemSchema, states: response.states)
        var listed: [JSONValue] = []
        for (task, moment) in tasks {
            var item = template
            PayloadWriter.set(.taskId, to: .string(task.text), in: &item, schema: itemSchema)
            PayloadWriter.set(
                .state, to: .string(word(moment.providerState, moment.unified, in: itemResponse)), in: &item,
                schema: itemSchema)
            PayloadWriter.remove(.videoURLs, from: &item, schema: itemSchema)
            if moment.unified == .succeeded, ObjectSchemaRoles.has(.videoURLs, itemSchema) {
                setVideoURL(for: task, in: &item, schema: itemSchema)
            }
            listed.append(item)
        }
        body.setValue(.array(listed), at: path)
        PayloadWriter.remove(.nextPage, from: &body, schema: schema)
        return body
    }

    /// The documented answer of an operation without a role (or an empty object shaped by nothing).
    func documented(_ response: ResponseSchema) -> JSONValue {
        samples(response.name).first { !isError($0, response) } ?? blank(response)
    }

    /// An error answer in the provider's own shape.
    func error(status: Int, message: String, detail: String?) -> JSONValue {
        let schema = descriptor.errorResponse.body
        var body = allSamples.first { descriptor.errors.isError($0) } ?? .object(JSONObject())
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
    func uploaded(serial: Int64, fileName: String, response: ResponseSchema) -> JSONValue {
        let schema = response.body
        var body = samples(response.name).first { !isError($0, response) } ?? blank(response)
        let ext = fileName.split(separator: ".").last.map(String.init) ?? "png"
        PayloadWriter.set(
            .uploadedURL, to: .string("https://sandbox.videogen.example/uploads/\(serial).\(ext)"), in: &body,
            schema: schema)
        return body
    }

    /// Writes a progress in percent, as each field counts it (a percentage, or a fraction from 0 to 1).
    private static func setProgress(_ percent: Int, in body: inout JSONValue, schema: ObjectSchema) {
        PayloadWriter.set(.progress, in: &body, schema: schema) { field in
            field.isFraction ? .number(Double(percent) / 100) : .integer(percent)
        }
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
