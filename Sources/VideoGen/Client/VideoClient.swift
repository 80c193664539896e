// The unified client: create, status, wait and callbacks for one provider, through its generated binding.

import Foundation

/// A client for one provider: create a video, follow it, get the URL — with the provider's rules checked before
/// anything is sent, its limits respected, its answers decoded whatever their documented shape.
///
/// ```swift
/// let client = try VideoClient(provider: "acme", apiKey: APIKey(key))   // Spec/acme.json
/// let task = try await client.generate(VideoRequest(prompt: "a red kite over the sea", duration: 6))
/// print(task.videoURLs)
/// ```
public final class VideoClient: Sendable, CustomStringConvertible {
    /// The provider's descriptor (everything its spec says).
    public let descriptor: ProviderDescriptor
    /// The settings.
    public let configuration: ClientConfiguration
    let apiKey: APIKey
    let baseURL: URL
    let budget: RequestBudget
    let slots: TaskSlots
    let jitter: JitterSource

    /// A client for the provider `id` (as in `Spec/<id>.json`).
    public convenience init(
        provider id: String, apiKey: APIKey, configuration: ClientConfiguration = ClientConfiguration()
    ) throws(VideoGenError) {
        guard let descriptor = ProviderCatalog.descriptor(for: id) else {
            throw .configuration(
                "unknown provider \"\(id)\" (providers: \(ProviderCatalog.identifiers.joined(separator: ", ")))")
        }
        try self.init(descriptor: descriptor, apiKey: apiKey, configuration: configuration)
    }

    /// A client for a generated binding.
    public convenience init(
        binding: any ProviderBinding.Type, apiKey: APIKey, configuration: ClientConfiguration = ClientConfiguration()
    ) throws(VideoGenError) {
        try self.init(descriptor: binding.descriptor, apiKey: apiKey, configuration: configuration)
    }

    /// A client for a descriptor.
    public init(
        descriptor: ProviderDescriptor, apiKey: APIKey, configuration: ClientConfiguration = ClientConfiguration()
    ) throws(VideoGenError) {
        guard !apiKey.secret.isEmpty else { throw .configuration("\(descriptor.id): the API key is empty") }
        guard !apiKey.secret.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            // A header value cannot carry these; some HTTP stacks would drop the header and send no key at all.
            throw .configuration(
                "\(descriptor.id): the API key contains a control character (a line break, NUL or similar), so it cannot be sent; check the key's source"
            )
        }
        guard let documented = URL(string: descriptor.baseURL) else {
            throw .configuration("\(descriptor.id): the spec's base URL is not a URL")
        }
        baseURL = try BaseURLPolicy.check(configuration.baseURL ?? documented)
        self.descriptor = descriptor
        self.apiKey = apiKey
        self.configuration = configuration
        let limits =
            configuration.enforcesProviderLimits
            ? descriptor.limits : RateLimits(requestsPerMinute: nil, concurrentTasks: nil)
        budget = RequestBudget(requestsPerMinute: limits.requestsPerMinute, clock: configuration.clock)
        let lease =
            configuration.polling.timeoutSeconds ?? descriptor.polling.timeoutSeconds ?? PollingPolicy.fallbackTimeout
        slots = TaskSlots(concurrentTasks: limits.concurrentTasks, leaseSeconds: lease, clock: configuration.clock)
        jitter = JitterSource(seed: configuration.randomSeed)
    }

    /// `VideoClient(acme, https://api.acme.example, key: ***)`.
    public var description: String { "VideoClient(\(descriptor.id), \(baseURL.absoluteString), key: ***)" }

    // MARK: Creating

    /// The provider's own body for a unified request, validated against its spec (nothing is sent).
    public func nativeRequest(for request: VideoRequest) throws(VideoGenError) -> NativeCreateRequest {
        try RequestMapper.map(request, descriptor: descriptor)
    }

    /// The exact HTTP request `create` would send, with the key (use ``redacted(_:)`` before showing it).
    public func createHTTPRequest(for request: VideoRequest) throws(VideoGenError) -> HTTPRequest {
        let native = try nativeRequest(for: request)
        return try httpRequest(for: descriptor.endpoints.create, model: native.model, taskID: nil, body: native.body)
    }

    /// Creates a task from a unified request. The create is never sent twice unless the provider certainly did
    /// not accept it (a 429, or a connection that failed before sending).
    ///
    /// The exchange with the provider, retries included, ends within `timeoutSeconds` (default: the
    /// configuration's ``ClientConfiguration/callTimeoutSeconds``) with
    /// ``VideoGenError/callTimedOut(provider:call:afterSeconds:)``; waiting for a free task slot (the provider's
    /// concurrent-task limit) comes before it.
    public func create(_ request: VideoRequest, timeoutSeconds: Double? = nil) async throws(VideoGenError)
        -> VideoTask
    {
        let native = try nativeRequest(for: request)
        return try await create(body: native.body, model: native.model, timeoutSeconds: timeoutSeconds)
    }

    /// Creates a task from a provider-native body (checked against the spec first); see ``create(_:timeoutSeconds:)``.
    public func create(body: JSONValue, model: String? = nil, timeoutSeconds: Double? = nil)
        async throws(VideoGenError) -> VideoTask
    {
        try await createTask(body: body, model: model, timeoutSeconds: timeoutSeconds, overallDeadline: nil)
    }

    /// Creates a task; `overallDeadline` (a clock time) also bounds the wait for a task slot.
    func createTask(body: JSONValue, model: String?, timeoutSeconds: Double?, overallDeadline: Double?)
        async throws(VideoGenError) -> VideoTask
    {
        let violations = RequestValidator.validate(body, against: descriptor.request)
        guard violations.isEmpty else {
            throw .invalidRequest(provider: descriptor.id, violations: violations.map(\.description))
        }
        let model = model ?? body["model"]?.stringValue ?? descriptor.defaultModel
        let request = try httpRequest(for: descriptor.endpoints.create, model: model, taskID: nil, body: body)
        let clock = configuration.clock
        let start = clock.now()
        let token: Int
        if let overallDeadline {
            let acquired = try await beforeDeadline(overallDeadline) { () async throws(VideoGenError) -> Int in
                try await self.acquireSlot()
            }
            guard let acquired else {
                throw .callTimedOut(provider: descriptor.id, call: "create", afterSeconds: clock.now() - start)
            }
            token = acquired
        } else {
            token = try await acquireSlot()
        }
        do {
            var deadline = clock.now() + TimeBounds.clamp(timeoutSeconds ?? configuration.callTimeoutSeconds)
            if let overallDeadline { deadline = min(deadline, overallDeadline) }
            let response = try await send(request, call: .create, deadline: deadline)
            var task = try decodeTask(response, kind: descriptor.endpoints.create.response, endpoint: "create")
            if task.model == nil { task.model = model }
            if let id = task.taskID { await slots.bind(token, to: id) } else { await slots.release(token) }
            if task.state.isTerminal, let id = task.taskID { await slots.finished(taskID: id) }
            return task
        } catch {
            await slots.release(token)
            throw error
        }
    }

    private func acquireSlot() async throws(VideoGenError) -> Int {
        do {
            return try await slots.acquire()
        } catch {
            throw .cancelled
        }
    }

    /// The handle of a task this client created or fetched (it names the model when status needs it).
    public func handle(for task: VideoTask) -> TaskHandle? {
        guard let id = task.taskID else { return nil }
        let needsModel =
            descriptor.endpoints.status.path.contains("{model}")
            || descriptor.endpoints.status.query.contains { $0.value == "{model}" }
        let model = needsModel && task.model != nil && task.model != descriptor.defaultModel ? task.model : nil
        return TaskHandle(provider: descriptor.id, taskID: id, model: model)
    }

    // MARK: Status

    /// The exact HTTP request a status query for `handle` sends, with the key (use ``redacted(_:)`` before showing it).
    public func statusHTTPRequest(for handle: TaskHandle) throws(VideoGenError) -> HTTPRequest {
        try checkProvider(of: handle)
        return try httpRequest(
            for: descriptor.endpoints.status, model: handle.model ?? descriptor.defaultModel, taskID: handle.taskID,
            body: nil)
    }

    /// The task's current state (retried on 429, 5xx and network errors), within `timeoutSeconds` (default: the
    /// configuration's ``ClientConfiguration/callTimeoutSeconds``), retries included.
    public func status(_ handle: TaskHandle, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        try checkProvider(of: handle)
        let deadline =
            configuration.clock.now() + TimeBounds.clamp(timeoutSeconds ?? configuration.callTimeoutSeconds)
        return try await fetchStatus(handle, attempts: configuration.retry.maximumAttempts, deadline: deadline)
    }

    /// The task's current state, by id.
    public func status(taskID: String, model: String? = nil, timeoutSeconds: Double? = nil)
        async throws(VideoGenError) -> VideoTask
    {
        try await status(
            TaskHandle(provider: descriptor.id, taskID: taskID, model: model), timeoutSeconds: timeoutSeconds)
    }

    func fetchStatus(
        _ handle: TaskHandle, attempts: Int, deadline: Double, priority: Double = 0, polling: Bool = false
    ) async throws(VideoGenError) -> VideoTask {
        let request = try httpRequest(
            for: descriptor.endpoints.status, model: handle.model ?? descriptor.defaultModel, taskID: handle.taskID,
            body: nil)
        let response = try await send(
            request, call: .status, deadline: deadline, attempts: attempts, priority: priority)
        var task = try decodeTask(
            response, kind: descriptor.endpoints.status.response, endpoint: "status", unreadableIsTransient: polling)
        if task.taskID == nil { task.taskID = handle.taskID }
        if task.state.isTerminal {
            await slots.finished(taskID: handle.taskID)
        } else {
            await slots.stillRunning(taskID: handle.taskID)
        }
        return task
    }

    func checkProvider(of handle: TaskHandle) throws(VideoGenError) {
        guard handle.provider == descriptor.id else {
            throw .configuration(
                "the handle \(handle) belongs to \(handle.provider), but this client talks to \(descriptor.id)")
        }
    }

    // MARK: Callbacks

    /// Decodes a callback body into the unified task. Callbacks are not signed, so anyone who learns the URL can
    /// post anything to it: treat the result as a hint and call ``verifyCallback(_:)`` before trusting it.
    public func decodeCallback(_ body: Data) throws(VideoGenError) -> VideoTask {
        guard body.count <= Self.maximumCallbackBytes else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "callback",
                detail: "the body is larger than \(Self.maximumCallbackBytes / 1024) KiB")
        }
        guard descriptor.responses.callback != nil else {
            throw .unsupported(provider: descriptor.id, detail: "the provider documents no callbacks")
        }
        return try decodeTask(HTTPResponse(status: 200, body: body), kind: .callback, endpoint: "callback")
    }

    /// Decodes a callback, then fetches the task from the provider by its id and returns what the provider says.
    /// The callback body itself is never trusted: only its task id is used, and only to ask the provider.
    public func verifyCallback(_ body: Data) async throws(VideoGenError) -> VideoTask {
        let claimed = try decodeCallback(body)
        guard let id = claimed.taskID, !id.isEmpty else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "callback", detail: "the callback carries no task id to verify")
        }
        return try await status(handle(for: claimed) ?? TaskHandle(provider: descriptor.id, taskID: id))
    }

    /// The largest callback body accepted (callbacks are a few kilobytes).
    public static let maximumCallbackBytes = 256 * 1024
}
