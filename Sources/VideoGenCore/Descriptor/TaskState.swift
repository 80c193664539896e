// The unified task states every provider's states map onto.

/// A task's state in VideoGen's provider-neutral vocabulary.
public enum TaskState: String, Sendable, Hashable, CaseIterable, Codable {
    /// Accepted, waiting to start.
    case queued
    /// Being generated.
    case running
    /// Finished with a result.
    case succeeded
    /// Finished without a result.
    case failed
    /// Stopped before finishing.
    case cancelled
    /// A state the spec does not list; never terminal.
    case unknown

    /// Whether the task can no longer change.
    public var isTerminal: Bool { self == .succeeded || self == .failed || self == .cancelled }
}
