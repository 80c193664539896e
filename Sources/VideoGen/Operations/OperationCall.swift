// One call of a named operation, before it is checked and sent: the values that fill its parameters and body.

import Foundation
@_spi(Generated) import VideoGenCore

/// A call of one of a provider's operations: which operation, the task and model it concerns, the caller's
/// parameter values, and its body. ``VideoClient/perform(_:timeoutSeconds:)`` checks everything against the spec
/// before anything is sent.
public struct OperationCall: Sendable, Hashable {
    /// The operation's name in the spec (`status`, `credits`).
    public var operation: String
    /// The task id, for parameters that take it.
    public var taskID: String?
    /// The model, for parameters that take it; `nil` is the provider's default model.
    public var model: String?
    /// The caller's values of parameters that take them, by the parameter's name in the spec.
    public var parameters: [String: JSONValue]
    /// The JSON body, for an operation that sends one.
    public var body: JSONValue?
    /// The file, for an operation that uploads one.
    public var upload: MultipartUpload?

    /// A call of `operation`.
    public init(
        _ operation: String, taskID: String? = nil, model: String? = nil, body: JSONValue? = nil,
        parameters: [String: JSONValue] = [:]
    ) {
        self.operation = operation
        self.taskID = taskID
        self.model = model
        self.parameters = parameters
        self.body = body
    }

    /// Sets the parameter `name` to `value` (`nil` leaves it unset).
    public mutating func set<Value: JSONValueConvertible>(_ name: String, _ value: Value?) {
        parameters[name] = value?.jsonValue
    }
}

/// A file to upload in a multipart form, with the form's other fields.
public struct MultipartUpload: Sendable, Hashable {
    /// The file's bytes.
    public var data: Data
    /// The file's name as sent.
    public var fileName: String
    /// Its content type (`image/png`).
    public var contentType: String
    /// Other form fields by name; `nil` values fall back to the spec's defaults.
    public var fields: [String: String?]

    /// Creates an upload.
    public init(data: Data, fileName: String, contentType: String, fields: [String: String?] = [:]) {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
        self.fields = fields
    }
}
