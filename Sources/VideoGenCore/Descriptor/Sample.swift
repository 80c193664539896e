// A JSON sample from the provider's documentation.

/// What part of an exchange a documented sample is.
package enum SamplePart: String, Sendable, Hashable, CaseIterable {
    /// A request body the caller sends.
    case request
    /// An answer the provider sends.
    case response
    /// A body the provider POSTs to the caller's callback URL.
    case callback
}

/// A documented JSON sample, verbatim.
package struct Sample: Sendable, Hashable {
    /// A short name, unique in the spec (`status-success`).
    package var name: String
    /// The operation it belongs to; `nil` for callbacks.
    package var operation: String?
    /// What part of an exchange it is.
    package var part: SamplePart
    /// The HTTP status it came with, when the docs say (an error answer's 400).
    package var httpStatus: Int?
    /// Where in the docs it comes from.
    package var source: String
    /// The JSON text.
    package var json: String
    /// For request samples the docs show although they break a rule: the paths the validator reports.
    package var violates: [String]
    /// Whether the sample was built from a description in the docs rather than copied from them.
    package var isConstructed: Bool
    /// For a callback sample that is a signature test vector: the headers it came with.
    package var headers: [String: String]

    /// Creates a sample.
    package init(
        name: String, operation: String?, part: SamplePart, httpStatus: Int? = nil, source: String, json: String,
        violates: [String] = [], isConstructed: Bool = false, headers: [String: String] = [:]
    ) {
        self.name = name
        self.operation = operation
        self.part = part
        self.httpStatus = httpStatus
        self.source = source
        self.json = json
        self.violates = violates
        self.isConstructed = isConstructed
        self.headers = headers
    }
}
