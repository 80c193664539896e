// What a response field means to the unified task.

/// The unified meaning of a response field, declared with `role` in a spec.
package enum FieldRole: String, Sendable, Hashable, CaseIterable {
    /// The task identifier.
    case taskId
    /// The provider's task state.
    case state
    /// Progress: a percentage, or a fraction from 0 to 1 where the field says so.
    case progress
    /// The task's place in the provider's queue while it waits.
    case queuePosition
    /// Result video URLs (every field with this role is collected).
    case videoURLs
    /// The code of a task failure.
    case failureCode
    /// The message of a task failure.
    case failureMessage
    /// When the task was created.
    case createdAt
    /// When the task finished.
    case completedAt
    /// When the result URLs expire.
    case expiresAt
    /// The model that ran the task.
    case model
    /// The code of an error answer.
    case errorCode
    /// The message of an error answer.
    case errorMessage
    /// Details of an error answer.
    case errorDetail
    /// The type of an error answer (`invalid_request_error`).
    case errorType
    /// The URL of an uploaded file.
    case uploadedURL
    /// The tasks of a list answer: an array of objects whose fields carry the task roles.
    case tasks
    /// Where the next page of a list answer is: a URL or a cursor.
    case nextPage

    /// The field types a field with this role may have.
    package func accepts(_ type: ValueType) -> Bool {
        switch (self, type) {
        case (.taskId, .string), (.taskId, .integer): return true
        case (.state, .state), (.state, .code): return true
        case (.failureCode, .state): return true
        case (.progress, .integer), (.progress, .number): return true
        case (.queuePosition, .integer), (.queuePosition, .number): return true
        case (.videoURLs, .url), (.videoURLs, .file): return true
        case (.videoURLs, .array(let items, _)): return items.type == .url || items.type == .file
        case (.failureCode, .code), (.failureCode, .failCode), (.failureCode, .string): return true
        case (.failureMessage, .string), (.errorMessage, .string), (.errorDetail, .string), (.errorType, .string):
            return true
        case (.createdAt, .timestamp), (.completedAt, .timestamp), (.expiresAt, .timestamp): return true
        case (.model, .string): return true
        case (.errorCode, .code), (.errorCode, .string), (.errorCode, .integer): return true
        case (.uploadedURL, .url), (.uploadedURL, .file): return true
        case (.tasks, .array(let items, _)):
            if case .object = items.type { return true }
            return false
        case (.nextPage, .url), (.nextPage, .string): return true
        default: return false
        }
    }

    /// The accepted types, for messages.
    package var acceptedTypesDescription: String {
        switch self {
        case .taskId: return "string or integer"
        case .state: return "state"
        case .progress, .queuePosition: return "integer or number"
        case .videoURLs: return "url or file, or an array of them"
        case .failureCode: return "code, failCode, state or string"
        case .failureMessage, .errorMessage, .errorDetail, .errorType, .model: return "string"
        case .createdAt, .completedAt, .expiresAt: return "timestamp"
        case .errorCode: return "code, string or integer"
        case .uploadedURL: return "url or file"
        case .tasks: return "array of object"
        case .nextPage: return "url or string"
        }
    }
}
