// The values a response carries for each unified role.

import Foundation

/// What a response says about a task or an error, read through the spec's roles.
public struct RoleValues: Sendable, Hashable {
    /// The task identifier.
    public var taskID: String?
    /// The provider's own state word.
    public var state: String?
    /// Progress in percent (a fraction the spec declares as such is scaled to percent).
    public var progress: Double?
    /// The task's place in the provider's queue.
    public var queuePosition: Int?
    /// Result video URLs, in document order, without repeats.
    public var videoURLs: [String] {
        videoFiles.map(\.url)
    }
    /// Result videos, in document order, without repeated URLs: each URL with its content type, size and name
    /// where the provider gives them.
    public var videoFiles: [FileValues] = []
    /// The code of a task failure.
    public var failureCode: String?
    /// The message of a task failure.
    public var failureMessage: String?
    /// When the task was created.
    public var createdAt: Date?
    /// When the task finished.
    public var completedAt: Date?
    /// When the result URLs expire.
    public var expiresAt: Date?
    /// The model that ran the task.
    public var model: String?
    /// The code of an error answer.
    public var errorCode: String?
    /// The message of an error answer.
    public var errorMessage: String?
    /// Details of an error answer.
    public var errorDetail: String?
    /// The type of an error answer.
    public var errorType: String?
    /// The URL of an uploaded file.
    public var uploadedURL: String?
    /// Where the next page of a list answer is.
    public var nextPage: String?

    /// Creates an empty set of values.
    public init() {}
}

/// A file a response points to: its URL and what the provider says about it.
public struct FileValues: Sendable, Hashable {
    /// The file's URL.
    public var url: String
    /// Its content type (`video/mp4`), when given.
    public var contentType: String?
    /// Its size in bytes, when given.
    public var byteCount: Int?
    /// Its file name, when given.
    public var fileName: String?

    /// Creates a file description.
    public init(url: String, contentType: String? = nil, byteCount: Int? = nil, fileName: String? = nil) {
        self.url = url
        self.contentType = contentType
        self.byteCount = byteCount
        self.fileName = fileName
    }
}
