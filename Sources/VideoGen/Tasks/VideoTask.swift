// The provider-neutral view of a task that every payload decodes into.

import Foundation
@_spi(Generated) import VideoGenCore

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
    /// The task's place in the provider's queue while it waits, when the provider reports it.
    public var queuePosition: Int?
    /// The result videos, in the order the provider lists them, with their content type and size where given.
    public var videos: [VideoFile]
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
    /// How to find the task again (`videogen status HANDLE`, ``VideoClient/status(_:timeoutSeconds:)``): the provider,
    /// the id and, when the provider's status call needs it, the model. Decoding and the client set it; `nil` when the
    /// task has no id or was made by hand (``VideoClient/handle(for:)`` works it out then).
    public var handle: TaskHandle?

    /// Creates a task value; `videos` (with their details) takes the place of `videoURLs` when given.
    public init(
        provider: String, taskID: String?, state: TaskState, providerState: String?, progress: Int? = nil,
        videoURLs: [String] = [], failure: TaskFailure? = nil, createdAt: Date? = nil, completedAt: Date? = nil,
        expiresAt: Date? = nil, model: String? = nil, queuePosition: Int? = nil, videos: [VideoFile]? = nil,
        handle: TaskHandle? = nil
    ) {
        self.provider = provider
        self.taskID = taskID
        self.state = state
        self.providerState = providerState
        self.progress = progress
        self.queuePosition = queuePosition
        self.videos = videos ?? videoURLs.map { VideoFile(url: $0) }
        self.handle = handle
        self.failure = failure
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.expiresAt = expiresAt
        self.model = model
    }

    /// The result video URLs, in the order the provider lists them (setting them drops the videos' details).
    public var videoURLs: [String] {
        get { videos.map(\.url) }
        set { videos = newValue.map { VideoFile(url: $0) } }
    }

    /// The first result URL, if any.
    public var videoURL: URL? { videoURLs.first.flatMap(URL.init(string:)) }
}

/// A result video: its URL, and what the provider says about the file.
public struct VideoFile: Sendable, Hashable, Codable {
    /// The video's URL.
    public var url: String
    /// Its content type (`video/mp4`), when the provider gives one.
    public var contentType: String?
    /// Its size in bytes, when the provider gives it.
    public var byteCount: Int?
    /// Its file name, when the provider gives one.
    public var fileName: String?

    /// Creates a video file description.
    public init(url: String, contentType: String? = nil, byteCount: Int? = nil, fileName: String? = nil) {
        self.url = url
        self.contentType = contentType
        self.byteCount = byteCount
        self.fileName = fileName
    }
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
