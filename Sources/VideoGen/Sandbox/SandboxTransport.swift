// An in-process provider, emulated from its spec alone: auth, validation, states, limits, failures.

import Foundation
@_spi(Generated) import VideoGenCore

/// A transport that answers like the provider would, from the provider's spec alone, without a network.
///
/// It checks the auth header (401 in the provider's own error shape otherwise), validates create bodies as the
/// server would (400), walks each task through the provider's own states with rising progress, answers with the
/// documented payloads with the task's id filled in, enforces the spec's requests-per-minute and concurrent-task
/// limits with 429 and `Retry-After`, and fails a task whose prompt contains `[fail]` with the provider's
/// content-violation failure. Time comes from its clock, so tests run it in virtual time.
public final class SandboxTransport: HTTPTransport, Sendable {
    /// How the sandbox behaves.
    public struct Settings: Sendable {
        /// How long tasks take, in seconds (each task draws from this range).
        public var taskDurationSeconds: ClosedRange<Double>
        /// Seeds task durations.
        public var seed: UInt64
        /// A prompt containing this text ends in the provider's content-violation failure.
        public var failTrigger: String
        /// Whether the spec's rate and concurrency limits are enforced.
        public var enforcesLimits: Bool

        /// Creates settings.
        public init(
            taskDurationSeconds: ClosedRange<Double> = 30...60, seed: UInt64 = 1, failTrigger: String = "[fail]",
            enforcesLimits: Bool = true
        ) {
            self.taskDurationSeconds = taskDurationSeconds
            self.seed = seed
            self.failTrigger = failTrigger
            self.enforcesLimits = enforcesLimits
        }
    }

    /// The provider emulated.
    public let descriptor: ProviderDescriptor
    private let clock: any TaskClock
    private let settings: Settings
    private let state: SandboxState
    private let timeline: SandboxTimeline
    private let payloads: SandboxPayloads

    /// A sandbox for the provider described by `descriptor`.
    public init(descriptor: ProviderDescriptor, clock: any TaskClock = SystemClock(), settings: Settings = Settings()) {
        self.descriptor = descriptor
        self.clock = clock
        self.settings = settings
        state = SandboxState(seed: settings.seed)
        timeline = SandboxTimeline(descriptor: descriptor)
        payloads = SandboxPayloads(descriptor: descriptor)
    }

    /// What the sandbox has seen so far.
    public var statistics: SandboxStatistics {
        get async { await state.statistics }
    }

    /// When a sandbox task finishes (its id encodes it), or `nil` for an id the sandbox did not make.
    public func finishDate(ofTask id: String) -> Date? {
        SandboxTaskID(id)?.finishesAt
    }

    /// Answers `request` as the provider would.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let now = clock.date()
        let route = SandboxRouter(descriptor: descriptor).route(request)
        await state.count(route?.operation)
        guard let route else {
            return json(
                404,
                payloads.error(status: 404, message: "Not found: \(request.method) \(request.url.path)", detail: nil))
        }
        let operation = route.operation
        if operation.sendsAuth, !authorized(request) {
            await state.countError(401)
            return json(
                401,
                payloads.error(
                    status: 401, message: descriptor.errors.info(for: 401)?.meaning ?? "Invalid or missing API key",
                    detail: nil))
        }
        if settings.enforcesLimits,
            let wait = await state.admitRequest(at: now, operation: operation.name, limits: descriptor.limits.requests)
        {
            return rateLimited(wait, "Rate limit exceeded for \(operation.name)")
        }
        let response = operation.response.flatMap(descriptor.response(named:))
        switch operation.role {
        case .create?, .sync?:
            return try await create(request, route: route, response: response, now: now)
        case .status?, .result?, .cancel?:
            return await taskAnswer(route, response: response, now: now)
        case .list?:
            guard let response else { return empty() }
            var tasks: [(SandboxTaskID, SandboxTimeline.Moment)] = []
            for task in await state.createdTasks { tasks.append((task, await moment(of: task, at: now))) }
            return json(200, payloads.list(tasks.reversed(), response: response))
        case .upload?:
            let serial = await state.nextSerial()
            guard let response else { return empty() }
            return json(200, payloads.uploaded(serial: serial, fileName: "image.png", response: response))
        case nil:
            guard operation.responseFormat == .json, let response else { return empty() }
            return json(200, payloads.documented(response))
        }
    }

    private func authorized(_ request: HTTPRequest) -> Bool {
        guard let value = request.header(descriptor.auth.header) else { return false }
        guard let scheme = descriptor.auth.scheme else { return !value.trimmingCharacters(in: .whitespaces).isEmpty }
        let prefix = scheme + " "
        return value.hasPrefix(prefix) && !value.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces).isEmpty
    }

    private func create(
        _ request: HTTPRequest, route: SandboxRouter.Route, response: ResponseSchema?, now: Date
    ) async throws -> HTTPResponse {
        guard let data = request.body, let body = try? JSONParser.parse(data) else {
            return badRequest("Invalid request", "the body is not JSON")
        }
        let schema = route.operation.requestName.flatMap(descriptor.request(named:)) ?? descriptor.createRequest
        let violations = RequestValidator.prepare(body, against: schema, model: route.model).violations
        guard violations.isEmpty else {
            return badRequest("Invalid request", violations.map(\.description).joined(separator: "; "))
        }
        let model = route.model ?? body["model"]?.stringValue
        if let model, !descriptor.models.isEmpty, !descriptor.models.contains(where: { $0.id == model }) {
            return badRequest("Invalid request", "unknown model \(model)")
        }
        let prompt =
            descriptor.unified.entries(for: .prompt).compactMap { entry -> String? in
                if case .body(let path) = entry.target { return body.value(at: path)?.stringValue }
                return nil
            }.first ?? ""
        let fails = prompt.contains(settings.failTrigger)
        let concurrent = settings.enforcesLimits ? descriptor.limits.concurrentTasks : nil
        switch await state.admitTask(
            at: now, limit: concurrent, durations: settings.taskDurationSeconds, fails: fails)
        {
        case .busy(let wait):
            return rateLimited(wait, "Too many concurrent tasks: at most \(concurrent ?? 0) at once")
        case .created(let task):
            guard let response else { return empty() }
            if route.operation.role == .sync {
                try await clock.sleep(seconds: Double(task.durationMilliseconds) / 1000)
                let moment = timeline.moment(of: task, at: task.finishesAt)
                return json(200, payloads.task(task, moment: moment, response: response))
            }
            return json(200, payloads.created(task, initial: timeline.initial, response: response))
        }
    }

    /// Where `task` is at `date`, a cancellation included.
    private func moment(of task: SandboxTaskID, at date: Date) async -> SandboxTimeline.Moment {
        if let cancelled = await state.cancellation(of: task), cancelled <= date, cancelled < task.finishesAt {
            let word = descriptor.states.first { $0.unified == .cancelled }?.providerState ?? "cancelled"
            return SandboxTimeline.Moment(providerState: word, unified: .cancelled, progress: 0)
        }
        return timeline.moment(of: task, at: date)
    }

    /// A status, result or cancel answer for the task the route names.
    private func taskAnswer(_ route: SandboxRouter.Route, response: ResponseSchema?, now: Date) async -> HTTPResponse {
        guard let id = route.taskID, let task = SandboxTaskID(id) else {
            return json(404, payloads.error(status: 404, message: "Task not found", detail: nil))
        }
        if route.operation.role == .cancel { await state.cancel(task, at: now) }
        let moment = await moment(of: task, at: now)
        guard let response else { return empty() }
        if route.operation.role == .result {
            switch moment.unified {
            case .succeeded: return json(200, payloads.result(task, response: response))
            case .failed:
                return json(422, payloads.error(status: 422, message: descriptor.sandbox.failureMessage, detail: nil))
            default:
                return json(400, payloads.error(status: 400, message: "The task has not finished", detail: nil))
            }
        }
        // A provider whose status cannot say "failed" (no failure field; a result call instead) reports the task
        // done either way, and the failure surfaces when the result is fetched (fal's COMPLETED, then a 422).
        let schema = response.body
        if moment.unified == .failed, route.operation.role == .status, descriptor.operation(role: .result) != nil,
            !ObjectSchemaRoles.has(.failureMessage, schema), !ObjectSchemaRoles.has(.failureCode, schema)
        {
            return json(200, payloads.task(task, moment: timeline.succeeded, response: response))
        }
        return json(200, payloads.task(task, moment: moment, response: response))
    }

    private func badRequest(_ message: String, _ detail: String) -> HTTPResponse {
        let meaning = descriptor.errors.info(for: 400)?.meaning
        let hasDetailField = ObjectSchemaRoles.has(.errorDetail, descriptor.errorResponse.body)
        let text = hasDetailField ? (meaning ?? message) : "\(message): \(detail)"
        return json(400, payloads.error(status: 400, message: text, detail: hasDetailField ? detail : nil))
    }

    private func rateLimited(_ wait: Double, _ message: String) -> HTTPResponse {
        let seconds = max(1, Int(TimeBounds.clamp(wait).rounded(.up)))
        var response = json(429, payloads.error(status: 429, message: message, detail: nil))
        response.headers["retry-after"] = String(seconds)
        return response
    }

    private func json(_ status: Int, _ body: JSONValue) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(body.serialized().utf8))
    }

    private func empty() -> HTTPResponse {
        HTTPResponse(status: 200, headers: [:], body: Data())
    }
}

/// Counts of what a sandbox answered.
public struct SandboxStatistics: Sendable, Hashable {
    /// Requests received, by operation role (`create`, `status`, …), or name for an operation without one, or
    /// `unknown`.
    public var requests: [String: Int] = [:]
    /// 429 answers sent.
    public var rateLimited = 0
    /// Other error answers sent, by HTTP status.
    public var errors: [Int: Int] = [:]
    /// Tasks created.
    public var tasksCreated = 0
    /// The most tasks running at once.
    public var peakConcurrentTasks = 0

    /// Every request received.
    public var totalRequests: Int { requests.values.reduce(0, +) }
}
