// The unified client: create, status, wait, cancel and callbacks for one provider, through its operations.

import Foundation
@_spi(Generated) import VideoGenCore

/// A client for one provider: create a video, follow it, get the URL — with the provider's rules checked before
/// anything is sent, its limits respected, its answers decoded whatever their documented shape. Every operation of
/// the provider's spec is also reachable by name (``perform(_:timeoutSeconds:)``), and generated typed clients run
/// through it, sharing its limits.
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
    /// The configured base URL, which replaces every operation's own; `nil` uses the spec's.
    let overrideBaseURL: URL?
    /// The spec's base URL.
    let specBaseURL: URL
    /// One budget per documented request limit, each with the operations it counts.
    let budgets: [(limit: RequestLimit, budget: RequestBudget)]
    /// Holds every call back after a 429, whatever limits are documented.
    let pauses: RequestBudget
    let slots: TaskSlots
    let jitter: JitterSource
    /// What drift this client has reported (each once), and the documented answers it compares with.
    let drift = DriftMemory()

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
        specBaseURL = documented
        overrideBaseURL = try configuration.baseURL.map { url throws(VideoGenError) in try BaseURLPolicy.check(url) }
        self.descriptor = descriptor
        self.apiKey = apiKey
        self.configuration = configuration
        let limits =
            configuration.enforcesProviderLimits ? descriptor.limits : RateLimits(requests: [], concurrentTasks: nil)
        budgets = limits.requests.map { limit in
            (limit, RequestBudget(capacity: limit.count, windowSeconds: limit.perSeconds, clock: configuration.clock))
        }
        pauses = RequestBudget(capacity: nil, clock: configuration.clock)
        let lease =
            configuration.polling.timeoutSeconds ?? descriptor.polling.timeoutSeconds ?? PollingPolicy.fallbackTimeout
        slots = TaskSlots(concurrentTasks: limits.concurrentTasks, leaseSeconds: lease, clock: configuration.clock)
        jitter = JitterSource(seed: configuration.randomSeed)
    }

    /// The base URL calls go to when no operation names its own: the configured one, else the spec's.
    public var baseURL: URL { overrideBaseURL ?? specBaseURL }

    /// `VideoClient(acme, https://api.acme.example, key: ***)`.
    public var description: String { "VideoClient(\(descriptor.id), \(baseURL.absoluteString), key: ***)" }

    /// Throws unless this client talks to the provider `id` (generated typed clients check what they wrap).
    public func requireProvider(_ id: String) throws(VideoGenError) {
        guard descriptor.id == id else {
            throw .configuration("a client of \(descriptor.id) cannot serve \(id)'s typed calls; create one for \(id)")
        }
    }

    /// The operation playing `role`, or the error saying the provider has none.
    func operation(role: OperationRole) throws(VideoGenError) -> ProviderOperation {
        guard let operation = descriptor.operation(role: role) else {
            throw .unsupported(
                provider: descriptor.id, detail: "\(descriptor.displayName) documents no \(role.rawValue) operation")
        }
        return operation
    }

    // MARK: Creating

    /// The provider's own body for a unified request, validated against its spec (nothing is sent).
    public func nativeRequest(for request: VideoRequest) throws(VideoGenError) -> NativeCreateRequest {
        try RequestMapper.map(
            request, descriptor: descriptor, refusingUnknownModels: configuration.refusesUnknownModels)
    }

    /// The exact HTTP request `create` would send, with the key (use ``redacted(_:)`` before showing it).
    public func createHTTPRequest(for request: VideoRequest) throws(VideoGenError) -> HTTPRequest {
        let native = try nativeRequest(for: request)
        let create = try operation(role: .create)
        return try httpRequest(for: native.call(create.name), operation: create)
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
        let create = try operation(role: .create)
        return try await createTask(native.call(create.name), timeoutSeconds: timeoutSeconds, overallDeadline: nil)
    }

    /// Creates a task from a provider-native body (checked against the spec first); see ``create(_:timeoutSeconds:)``.
    public func create(body: JSONValue, model: String? = nil, timeoutSeconds: Double? = nil)
        async throws(VideoGenError) -> VideoTask
    {
        let create = try operation(role: .create)
        let model = model ?? body["model"]?.stringValue ?? descriptor.defaultModel
        return try await createTask(
            OperationCall(create.name, model: model, body: body), timeoutSeconds: timeoutSeconds,
            overallDeadline: nil)
    }

    /// Creates a task; `overallDeadline` (a clock time) also bounds the wait for a task slot.
    func createTask(_ call: OperationCall, timeoutSeconds: Double?, overallDeadline: Double?)
        async throws(VideoGenError) -> VideoTask
    {
        let create = try operation(role: .create)
        var call = call
        if call.model == nil { call.model = descriptor.defaultModel }
        let result = try await perform(
            call, operation: create, timeoutSeconds: timeoutSeconds, overallDeadline: overallDeadline)
        guard var task = result.task else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "create", detail: "the answer describes no task")
        }
        if task.model == nil { task.model = call.model }
        task.handle = descriptor.handle(for: task)
        return task
    }

    /// The handle of a task this client created or fetched (it names the model when status needs it).
    public func handle(for task: VideoTask) -> TaskHandle? {
        descriptor.handle(for: task)
    }

    // MARK: Status

    /// The exact HTTP request a status query for `handle` sends, with the key (use ``redacted(_:)`` before showing it).
    public func statusHTTPRequest(for handle: TaskHandle) throws(VideoGenError) -> HTTPRequest {
        try checkProvider(of: handle)
        let status = try operation(role: .status)
        return try httpRequest(for: call(status, handle), operation: status)
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
        let status = try operation(role: .status)
        let result = try await execute(
            call(status, handle), operation: status, deadline: deadline, attempts: attempts, priority: priority,
            polling: polling)
        guard var task = result.task else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "status", detail: "the answer describes no task")
        }
        if task.taskID == nil { task.taskID = handle.taskID }
        task.handle = handle
        if task.model == nil { task.model = handle.model }
        if task.state.isTerminal {
            await slots.finished(taskID: handle.taskID)
        } else {
            await slots.stillRunning(taskID: handle.taskID)
        }
        return task
    }

    /// The call of a task operation (status, result, cancel) for `handle`.
    func call(_ operation: ProviderOperation, _ handle: TaskHandle) -> OperationCall {
        OperationCall(operation.name, taskID: handle.taskID, model: handle.model ?? descriptor.defaultModel)
    }

    func checkProvider(of handle: TaskHandle) throws(VideoGenError) {
        guard handle.provider == descriptor.id else {
            throw .configuration(
                "the handle \(handle) belongs to \(handle.provider), but this client talks to \(descriptor.id)")
        }
    }

    // MARK: Results and cancelling

    /// The finished task's result, from the provider's separate result operation (where the status answer does not
    /// carry the video). `wait` calls it by itself.
    public func result(_ handle: TaskHandle, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        try checkProvider(of: handle)
        let result = try operation(role: .result)
        let answer = try await perform(call(result, handle), operation: result, timeoutSeconds: timeoutSeconds)
        guard var task = answer.task else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: result.name, detail: "the answer describes no task")
        }
        if task.taskID == nil { task.taskID = handle.taskID }
        task.handle = handle
        return task
    }

    /// Asks the provider to cancel the task and returns what it then reports; a clear ``VideoGenError/unsupported``
    /// error where the provider documents no cancel operation.
    public func cancel(_ handle: TaskHandle, timeoutSeconds: Double? = nil) async throws(VideoGenError) -> VideoTask {
        try checkProvider(of: handle)
        let cancel = try operation(role: .cancel)
        let answer = try await perform(call(cancel, handle), operation: cancel, timeoutSeconds: timeoutSeconds)
        if var task = answer.task {
            if task.taskID == nil { task.taskID = handle.taskID }
            task.handle = handle
            if task.state.isTerminal { await slots.finished(taskID: handle.taskID) }
            return task
        }
        // The cancel answer says nothing about the task: ask for its state.
        return try await status(handle, timeoutSeconds: timeoutSeconds)
    }

    // MARK: Callbacks

    /// Decodes a callback body into the unified task. Unless the provider signs its callbacks (and you verify the
    /// signature), anyone who learns the URL can post anything to it: treat the result as a hint and call
    /// ``verifyCallback(_:)`` before trusting it.
    public func decodeCallback(_ body: Data) throws(VideoGenError) -> VideoTask {
        guard body.count <= Self.maximumCallbackBytes else {
            throw .malformedResponse(
                provider: descriptor.id, endpoint: "callback",
                detail: "the body is larger than \(Self.maximumCallbackBytes / 1024) KiB")
        }
        guard descriptor.callbacks != nil else {
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

    /// Checks a callback's signature as the provider's spec describes the scheme, at the client clock's time:
    /// `.valid`, or why not (`.invalid`, `.missingHeader`, `.stale`, `.malformedSecret`, or `.cannotVerifyHere`
    /// where the platform lacks the algorithm — never a silent pass). Throws ``VideoGenError/unsupported`` when the
    /// provider does not sign its callbacks. `headers` are the request's headers, in any letter case.
    public func verifyCallbackSignature(
        _ body: Data, headers: [String: String], credential: CallbackCredential
    ) throws(VideoGenError) -> CallbackVerification {
        guard let scheme = descriptor.callbacks?.signature else {
            throw .unsupported(provider: descriptor.id, detail: "the provider does not sign its callbacks")
        }
        guard body.count <= Self.maximumCallbackBytes else {
            return .invalid("the body is larger than \(Self.maximumCallbackBytes / 1024) KiB")
        }
        // {taskId} in a signed message is the task the body names (read without trusting anything else in it).
        let taskID = scheme.message.contains("{taskId}") ? (try? decodeCallback(body))?.taskID : nil
        return CallbackVerifier(scheme: scheme, credential: credential).verify(
            CallbackRequest(body: body, headers: headers), now: configuration.clock.date().timeIntervalSince1970,
            taskId: taskID)
    }

    /// The largest callback body accepted (callbacks are a few kilobytes).
    public static let maximumCallbackBytes = 256 * 1024
}
