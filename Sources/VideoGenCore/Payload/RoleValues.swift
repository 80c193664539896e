// The values a response carries for each unified role.

import Foundation

/// What a response says about a task or an error, read through the spec's roles.
package struct RoleValues: Sendable, Hashable {
    /// The task identifier.
    package var taskID: String?
    /// The provider's own state word.
    package var state: String?
    /// Progress in percent (a fraction the spec declares as such is scaled to percent).
    package var progress: Double?
    /// The task's place in the provider's queue.
    package var queuePosition: Int?
    /// Result video URLs, in document order, without repeats.
    package var videoURLs: [String] {
        videoFiles.map(\.url)
    }
    /// Result videos, in document order, without repeated URLs: each URL with its content type, size and name
    /// where the provider gives them.
    package var videoFiles: [FileValues] = []
    /// The code of a task failure.
    package var failureCode: String?
    /// The message of a task failure.
    package var failureMessage: String?
    /// When the task was created.
    package var createdAt: Date?
    /// When the task finished.
    package var completedAt: Date?
    /// When the result URLs expire.
    package var expiresAt: Date?
    /// The model that ran the task.
    package var model: String?
    /// The code of an error answer.
    package var errorCode: String?
    /// The message of an error answer.
    package var errorMessage: String?
    /// Details of an error answer.
    package var errorDetail: String?
    /// The type of an error answer.
    package var errorType: String?
    /// The URL of an uploaded file.
    package var uploadedURL: String?
    /// Where the next page of a list answer is.
    package var nextPage: String?

    /// Creates an empty set of values.
    package init() {}
}

/// A file a response points to: its URL and what the provider says about it.
package struct FileValues: Sendable, Hashable {
    /// The file's URL.
    package var url: String
    /// Its content type (`video/mp4`), when given.
    package var contentType: String?
    /// Its size in bytes, when given.
    package var byteCount: Int?
    /// Its file name, when given.
    package var fileName: String?

    /// Creates a file description.
    package init(url: String, contentType: String? = nil, byteCount: Int? = nil, fileName: String? = nil) {
        self.url = url
        self.contentType = contentType
        self.byteCount = byteCount
        self.fileName = fileName
    }
}
