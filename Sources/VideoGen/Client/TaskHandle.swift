// A task reference that carries its provider, so status and wait work from the handle alone.

@_spi(Generated) import VideoGenCore

/// Identifies a task at a provider: `acme:task_12345678`, or `acme/some-model:task_12345678` when the
/// status endpoint needs a model other than the provider's default. Persist it; resume waiting later.
public struct TaskHandle: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible, Codable {
    /// The provider's identifier.
    public var provider: String
    /// The provider's task id.
    public var taskID: String
    /// The model, when the status endpoint needs it and it is not the provider's default.
    public var model: String?

    /// Creates a handle.
    public init(provider: String, taskID: String, model: String? = nil) {
        self.provider = provider
        self.taskID = taskID
        self.model = model
    }

    /// Parses `provider:taskId` or `provider/model:taskId`; `nil` when malformed.
    public init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = text[..<colon]
        let id = String(text[text.index(after: colon)...])
        guard !id.isEmpty, !head.isEmpty else { return nil }
        if let slash = head.firstIndex(of: "/") {
            provider = String(head[..<slash]).lowercased()
            let model = String(head[head.index(after: slash)...])
            guard !model.isEmpty else { return nil }
            self.model = model
        } else {
            provider = String(head).lowercased()
            model = nil
        }
        guard !provider.isEmpty, provider.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        taskID = id
    }

    /// `provider:taskId` or `provider/model:taskId`.
    public var description: String {
        model.map { "\(provider)/\($0):\(taskID)" } ?? "\(provider):\(taskID)"
    }

    /// Decodes the text form.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let handle = TaskHandle(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a task handle (provider:taskId): \(text)"))
        }
        self = handle
    }

    /// Encodes the text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ProviderDescriptor {
    /// The handle of `task`, a task of this provider: its id, and its model when the status call needs one that is
    /// not the default.
    public func handle(for task: VideoTask) -> TaskHandle? {
        guard let id = task.taskID else { return nil }
        let needsModel = operation(role: .status)?.takesModel ?? false
        let model = needsModel && task.model != nil && task.model != defaultModel ? task.model : nil
        return TaskHandle(provider: self.id, taskID: id, model: model)
    }
}
