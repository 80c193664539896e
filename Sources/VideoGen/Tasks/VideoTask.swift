// The provider-neutral view of a task that every payload decodes into.

import Foundation

/// A video-generation task, as any provider reports it, in VideoGen's unified vocabulary.
public struct VideoTask: Sendable, Hashable {
    /// The provider's identifier (the spec file's name).
    public var provider: String
    /// The provider's task id, when the payload carries one.
    public var taskID: String?
    /// The unified state.
    public var state: TaskState
    /// The provider's own word for the state, as sent.
    public var providerState: String?
    /// Progress in percent (0–100), when the provider reports it.
    public var progress: Int?
    /// The result video URLs, in the order the provider lists them.
    public var videoURLs: [String]
    /// Why the task failed, when it did.
    public var failure: TaskFailure?
    /// When the task was created.
    public var createdAt: Date?
    /// When the task finished.
    public var completedAt: Date?
    /// When the result URLs expire, when the provider says.
    public var expiresAt: Date?
    /// The model that ran the task, when the provider says.
    public var model: String?

    /// Creates a task value.
    public init(
        provider: String, taskID: String?, state: TaskState, providerState: String?, progress: Int? = nil,
        videoURLs: [String] = [], failure: TaskFailure? = nil, createdAt: Date? = nil, completedAt: Date? = nil,
        expiresAt: Date? = nil, model: String? = nil
    ) {
        self.provider = provider
        self.taskID = taskID
        self.state = state
        self.providerState = providerState
        self.progress = progress
        self.videoURLs = videoURLs
        self.failure = failure
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.expiresAt = expiresAt
        self.model = model
    }

    /// The first result URL, if any.
    public var videoURL: URL? { videoURLs.first.flatMap(URL.init(string:)) }
}

/// Why a task failed: the provider's code (if it has codes) and its message.
public struct TaskFailure: Sendable, Hashable, Codable {
    /// The provider's fail code, as text.
    public var code: String?
    /// The provider's message.
    public var message: String

    /// Creates a failure.
    public init(code: String?, message: String) {
        self.code = code
        self.message = message
    }
}
