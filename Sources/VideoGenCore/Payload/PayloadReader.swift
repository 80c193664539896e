// Reads a response body through its schema: checks the shape and collects the values of every role.

import Foundation

/// Reads provider responses guided by a spec's response schema.
///
/// Unknown fields are ignored. Fields that carry a role, and the objects and arrays that lead to them, must
/// have a usable type (leniently: numbers may arrive as strings and ids as numbers); anything else is a
/// ``PayloadError`` naming the field. Fields without a role are not inspected, so a provider changing an
/// unused field does not break decoding.
package enum PayloadReader {
    /// The role values `body` carries, or the first shape problem on the way to them.
    package static func read(_ body: JSONValue, as schema: ObjectSchema) throws(PayloadError) -> RoleValues {
        var values = RoleValues()
        try walk(body, ValueSchema(type: .object(schema)), roles: [], at: .root, into: &values, lenient: false)
        return values
    }

    /// The role values `body` carries, skipping (rather than reporting) fields of an unexpected shape: for error
    /// answers, where keeping the provider's code and message matters more than a strict reading.
    package static func readLeniently(_ body: JSONValue, as schema: ObjectSchema) -> RoleValues {
        var values = RoleValues()
        try? walk(body, ValueSchema(type: .object(schema)), roles: [], at: .root, into: &values, lenient: true)
        return values
    }

    /// The role values of each task of a list answer: the items of the field with the role `tasks`, each read
    /// through the items' schema; an item of the wrong shape is an error naming it.
    package static func tasks(in body: JSONValue, as schema: ObjectSchema) throws(PayloadError) -> [RoleValues] {
        guard let path = schema.primaryPath(of: .tasks), let field = schema.valueSchema(at: path) else { return [] }
        // The primary path runs through arrays as item 0; the list itself is the value at the field.
        guard let value = body.value(at: path), !value.isNull else { return [] }
        guard case .array(let items, _) = field.type, case .object(let itemSchema) = items.type else { return [] }
        guard case .array(let elements) = value else {
            throw PayloadError(path: path, message: "expected an array of tasks, got \(value.briefDescription)")
        }
        var result: [RoleValues] = []
        for (index, element) in elements.enumerated() {
            var values = RoleValues()
            try walk(
                element, ValueSchema(type: .object(itemSchema)), roles: [], at: path.appending(index: index),
                into: &values, lenient: false)
            result.append(values)
        }
        return result
    }

    private static func walk(
        _ value: JSONValue, _ schema: ValueSchema, roles: [FieldRole], at path: JSONPath,
        into values: inout RoleValues, lenient: Bool
    ) throws(PayloadError) {
        if lenient {
            do {
                try walkStrictly(value, schema, roles: roles, at: path, into: &values, lenient: true)
            } catch {
                return
            }
            return
        }
        try walkStrictly(value, schema, roles: roles, at: path, into: &values, lenient: false)
    }

    private static func walkStrictly(
        _ value: JSONValue, _ schema: ValueSchema, roles: [FieldRole], at path: JSONPath,
        into values: inout RoleValues, lenient: Bool
    ) throws(PayloadError) {
        if value.isNull { return }
        // A list's tasks are read one by one (``tasks(in:as:)``), never mixed into the answer's own values.
        if roles.contains(.tasks) { return }
        guard !roles.isEmpty || schema.type.leadsToRoles else { return }
        if schema.isEmbeddedJSON, case .string(let text) = value {
            if text.trimmingASCIIWhitespace().isEmpty || text == "null" { return }
            let parsed: JSONValue
            do {
                parsed = try JSONParser.parse(text)
            } catch {
                throw PayloadError(path: path, message: "holds a string that is not valid JSON (\(error))")
            }
            var inner = schema
            inner.isEmbeddedJSON = false
            return try walk(parsed, inner, roles: roles, at: path, into: &values, lenient: lenient)
        }
        switch schema.type {
        case .object(let object):
            guard case .object(let members) = value else {
                throw PayloadError(path: path, message: "expected an object, got \(value.briefDescription)")
            }
            for field in object.fields {
                for name in field.allNames {
                    guard let child = members[name], !child.isNull else { continue }
                    try walk(
                        child, field.value, roles: field.roles, at: path.appending(key: name), into: &values,
                        lenient: lenient)
                    break
                }
            }
        case .array(let items, let acceptsSingle):
            if case .array(let elements) = value {
                for (index, element) in elements.enumerated() {
                    try walk(
                        element, items, roles: roles, at: path.appending(index: index), into: &values,
                        lenient: lenient)
                }
            } else if acceptsSingle {
                try walk(value, items, roles: roles, at: path, into: &values, lenient: lenient)
            } else {
                throw PayloadError(path: path, message: "expected an array, got \(value.briefDescription)")
            }
        default:
            for role in roles { try record(value, schema, role: role, at: path, into: &values) }
        }
    }

    private static func record(
        _ value: JSONValue, _ schema: ValueSchema, role: FieldRole, at path: JSONPath, into values: inout RoleValues
    ) throws(PayloadError) {
        func wrong(_ expected: String) -> PayloadError {
            PayloadError(path: path, message: "expected \(expected), got \(value.briefDescription)")
        }
        func text(_ expected: String) throws(PayloadError) -> String {
            guard let text = Coercion.text(value) else { throw wrong(expected) }
            return text
        }
        func message(_ expected: String) throws(PayloadError) -> String {
            guard let text = Coercion.message(value) else { throw wrong(expected) }
            return text
        }
        func date() throws(PayloadError) -> Date? {
            var format: TimestampFormat?
            if case .timestamp(let declared) = schema.type { format = declared }
            switch Coercion.timestamp(value, format: format) {
            case .date(let date): return date
            case .unset: return nil
            case .invalid: throw wrong(TimestampFormat.expectation(format))
            }
        }
        func checked(_ url: String, at path: JSONPath) throws(PayloadError) -> String {
            // Apps open these URLs: only http(s) with a host, and nothing a terminal or a link could be tricked
            // with (never javascript:, file: or data:, never "", "https://" or "https:// evil").
            if let problem = URLCheck.responseProblem(with: url) {
                throw PayloadError(path: path, message: "expected an http or https URL, got \(problem)")
            }
            return url
        }
        func file() throws(PayloadError) -> FileValues? {
            if case .string(let url) = value {
                // A model's output may be text rather than a file ("hello Alice"): without a scheme it is no URL.
                if schema.type == .file, !url.contains(":") { return nil }
                return FileValues(url: try checked(url, at: path))
            }
            guard schema.type == .file, case .object(let object) = value else {
                throw wrong(schema.type == .file ? "a URL or a file object with a url" : "a URL string")
            }
            guard case .string(let url)? = object["url"] else {
                throw PayloadError(path: path.appending(key: "url"), message: "is missing: a file object needs its url")
            }
            func first(_ names: [String]) -> JSONValue? {
                names.lazy.compactMap { object[$0] }.first { !$0.isNull }
            }
            return FileValues(
                url: try checked(url, at: path.appending(key: "url")),
                contentType: first(["content_type", "contentType", "mime_type", "mimeType"]).flatMap(Coercion.text),
                byteCount: first(["file_size", "fileSize", "size", "bytes"]).flatMap(Coercion.integer),
                fileName: first(["file_name", "fileName", "filename"]).flatMap(Coercion.text))
        }
        // Every value is read (so a malformed one is reported) even when an earlier field already set the role.
        switch role {
        case .taskId: keepFirst(&values.taskID, try text("a task id (string or number)"))
        case .state: keepFirst(&values.state, try text("a string (the task state)"))
        case .progress:
            guard let number = Coercion.number(value) else { throw wrong("a number (the progress)") }
            keepFirst(&values.progress, schema.isFraction ? number * 100 : number)
        case .queuePosition:
            guard let number = Coercion.integer(value) else { throw wrong("an integer (the place in the queue)") }
            keepFirst(&values.queuePosition, number)
        case .videoURLs:
            guard let file = try file() else { return }
            if !values.videoFiles.contains(where: { $0.url == file.url }) { values.videoFiles.append(file) }
        case .failureCode: keepFirst(&values.failureCode, try text("a failure code"))
        case .failureMessage: keepFirst(&values.failureMessage, try message("a failure message"))
        case .createdAt: keepFirst(&values.createdAt, try date())
        case .completedAt: keepFirst(&values.completedAt, try date())
        case .expiresAt: keepFirst(&values.expiresAt, try date())
        case .model: keepFirst(&values.model, try text("a model name"))
        case .errorCode: keepFirst(&values.errorCode, try text("an error code"))
        case .errorMessage: keepFirst(&values.errorMessage, try message("an error message"))
        case .errorDetail: keepFirst(&values.errorDetail, try message("an error detail"))
        case .errorType: keepFirst(&values.errorType, try text("an error type"))
        case .uploadedURL: keepFirst(&values.uploadedURL, try file()?.url)
        case .nextPage: keepFirst(&values.nextPage, try text("a page URL or cursor"))
        case .tasks: break
        }
    }

    private static func keepFirst<Value>(_ slot: inout Value?, _ value: Value?) {
        if slot == nil { slot = value }
    }
}

extension ValueType {
    /// Whether some field below this type carries a role.
    package var leadsToRoles: Bool {
        switch self {
        case .object(let object): return object.fields.contains { !$0.roles.isEmpty || $0.value.type.leadsToRoles }
        case .array(let items, _): return items.type.leadsToRoles
        default: return false
        }
    }
}
