// What an operation answered: the HTTP status and headers, the body, and — where the answer describes a task —
// the unified task; typed by generated clients into their own answer models.

import Foundation
@_spi(Generated) import VideoGenCore

/// The answer to an ``OperationCall`` that was not an error (errors are thrown as ``VideoGenError``).
public struct OperationResult: Sendable, Hashable {
    /// The provider's identifier.
    public var provider: String
    /// The operation's name.
    public var operation: String
    /// The HTTP status.
    public var httpStatus: Int
    /// The response headers, names lowercased.
    public var headers: [String: String]
    /// The raw body.
    public var body: Data
    /// The body as JSON, for a JSON answer.
    public var json: JSONValue?
    /// The events of an event stream, each as JSON.
    public var events: [JSONValue]
    /// The task the answer describes, when it describes one.
    public var task: VideoTask?
    /// The tasks of a list answer.
    public var tasks: [VideoTask]

    /// Creates a result.
    public init(
        provider: String, operation: String, httpStatus: Int, headers: [String: String], body: Data,
        json: JSONValue? = nil, events: [JSONValue] = [], task: VideoTask? = nil, tasks: [VideoTask] = []
    ) {
        self.provider = provider
        self.operation = operation
        self.httpStatus = httpStatus
        self.headers = headers
        self.body = body
        self.json = json
        self.events = events
        self.task = task
        self.tasks = tasks
    }

    /// The answer read as `Body`, a generated model.
    public func typed<Body: JSONModel>(as type: Body.Type = Body.self) throws(VideoGenError) -> OperationResponse<Body>
    {
        guard let json else { throw malformed("the answer is not JSON") }
        do {
            return response(try Body(json: json))
        } catch {
            throw malformed(error.description)
        }
    }

    /// The events of a stream, each read as `Body`.
    public func typedEvents<Body: JSONModel>(as type: Body.Type = Body.self) throws(VideoGenError)
        -> OperationResponse<[Body]>
    {
        var items: [Body] = []
        for (index, event) in events.enumerated() {
            do {
                items.append(try Body(json: event))
            } catch {
                throw malformed("event \(index + 1): \(error.description)")
            }
        }
        return response(items)
    }

    /// The raw bytes of the answer.
    public func bytes() -> OperationResponse<Data> { response(body) }

    /// An answer with nothing to read.
    public func empty() -> OperationResponse<NoContent> { response(NoContent()) }

    private func response<Body: Sendable>(_ body: Body) -> OperationResponse<Body> {
        OperationResponse(body: body, httpStatus: httpStatus, headers: headers, task: task, tasks: tasks)
    }

    private func malformed(_ detail: String) -> VideoGenError {
        .malformedResponse(provider: provider, endpoint: operation, detail: detail)
    }
}

/// A typed answer: the generated model, with the HTTP status and headers, and the unified task where the answer
/// describes one.
public struct OperationResponse<Body: Sendable>: Sendable {
    /// The answer, typed.
    public var body: Body
    /// The HTTP status.
    public var httpStatus: Int
    /// The response headers, names lowercased.
    public var headers: [String: String]
    /// The unified task the answer describes, when it describes one.
    public var task: VideoTask?
    /// The unified tasks of a list answer.
    public var tasks: [VideoTask]

    /// Creates a typed answer.
    public init(body: Body, httpStatus: Int, headers: [String: String], task: VideoTask? = nil, tasks: [VideoTask] = [])
    {
        self.body = body
        self.httpStatus = httpStatus
        self.headers = headers
        self.task = task
        self.tasks = tasks
    }
}

/// The body of an answer with nothing to read.
public struct NoContent: Sendable, Hashable {
    /// Nothing.
    public init() {}
}
