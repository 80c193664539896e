// How the provider-neutral request maps onto a provider's create body.

/// The spec's `unified` section: where each unified request field goes in the provider's body.
package struct UnifiedMapping: Sendable, Hashable {
    /// The provider-neutral request fields.
    package enum Field: String, Sendable, Hashable, CaseIterable {
        /// The model name.
        case model
        /// The text prompt.
        case prompt
        /// The duration in seconds.
        case duration
        /// The aspect ratio (`16:9`).
        case aspectRatio
        /// The resolution (`720p`).
        case resolution
        /// Reference image URLs.
        case imageURLs
        /// A URL the provider calls when the task ends.
        case callbackURL

        /// The name shown to users: `aspect ratio`, `image URLs`.
        package var displayName: String {
            switch self {
            case .aspectRatio: return "aspect ratio"
            case .imageURLs: return "image URLs"
            case .callbackURL: return "callback URL"
            default: return rawValue
            }
        }
    }

    /// Where a unified field's value goes.
    package enum Target: Sendable, Hashable {
        /// A field of the body.
        case body(JSONPath)
        /// A parameter of the create operation (`{model}`: the model, wherever that operation sends it; any
        /// other name: that parameter's value).
        case parameter(String)
    }

    /// One unified field's destination, with its value translations.
    package struct Entry: Sendable, Hashable {
        /// The unified field.
        package var field: Field
        /// Where it goes.
        package var target: Target
        /// Unified value → provider value (`720p` → `720P`); other values pass unchanged.
        package var translations: [String: String]
        /// When this destination applies (evaluated on the body built so far); `nil` means always.
        package var condition: Condition?

        /// Creates an entry.
        package init(field: Field, target: Target, translations: [String: String], condition: Condition?) {
            self.field = field
            self.target = target
            self.translations = translations
            self.condition = condition
        }
    }

    /// A value the mapping fills in when the caller did not set it.
    package struct Assignment: Sendable, Hashable {
        /// The body field.
        package var path: JSONPath
        /// The value.
        package var value: JSONValue
        /// When it applies (evaluated on the body built so far); `nil` means always.
        package var condition: Condition?

        /// Creates an assignment.
        package init(path: JSONPath, value: JSONValue, condition: Condition?) {
            self.path = path
            self.value = value
            self.condition = condition
        }
    }

    /// Where each supported unified field goes.
    package var entries: [Entry]
    /// Values filled in when absent, in order.
    package var assignments: [Assignment]
    /// Where extra parameters go when their key is not a full path.
    package var extrasRoot: JSONPath

    /// Creates a mapping.
    package init(entries: [Entry], assignments: [Assignment], extrasRoot: JSONPath) {
        self.entries = entries
        self.assignments = assignments
        self.extrasRoot = extrasRoot
    }

    /// The destinations of a unified field, in order (the first whose condition holds applies);
    /// empty when the provider cannot honour the field.
    package func entries(for field: Field) -> [Entry] {
        entries.filter { $0.field == field }
    }

    /// The unified fields the provider can honour.
    package var supportedFields: [Field] {
        Field.allCases.filter { field in entries.contains { $0.field == field } }
    }
}
