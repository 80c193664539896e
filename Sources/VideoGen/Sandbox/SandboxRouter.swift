// Matches a request to one of the provider's operations, and pulls out its model, task id and parameters.

import Foundation
@_spi(Generated) import VideoGenCore

/// Finds which documented operation a request is for.
struct SandboxRouter {
    struct Route {
        var operation: ProviderOperation
        var model: String?
        var taskID: String?
        /// Path parameter values by parameter name.
        var values: [String: String] = [:]
    }

    let descriptor: ProviderDescriptor

    func route(_ request: HTTPRequest) -> Route? {
        let segments = request.url.path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        // Operations that share a path differ by host (a blocking variant on a host of its own) or by a constant
        // header (`Prefer: wait`): an operation whose constant header is missing is not this request, and one on the
        // request's own host, or with more constant headers, is more specific. After that, the more literal
        // segments a template has, the more specific it is.
        let host = request.url.host?.lowercased()
        let candidates = descriptor.operations.filter {
            $0.method.rawValue == request.method && constantHeadersMatch($0, request)
        }
        .sorted { first, second in
            let keys = [first, second].map { operation in
                (
                    ownHost(of: operation) == host ? 1 : 0, constantHeaderCount(operation),
                    literalCount(operation.path)
                )
            }
            return keys[0] > keys[1]
        }
        for operation in candidates {
            let prefixes = basePaths(for: operation)
            var matched: [String: String]?
            for prefix in prefixes where segments.starts(with: prefix) {
                if let values = match(Array(segments.dropFirst(prefix.count)), operation, exact: true) {
                    matched = values
                    break
                }
            }
            // A base URL the spec does not know (a proxy in front of the sandbox): match the end of the path.
            if matched == nil { matched = match(segments, operation, exact: false) }
            guard let values = matched else { continue }
            var route = Route(operation: operation, values: values)
            for parameter in operation.parameters {
                let value: String?
                switch parameter.location {
                case .path: value = values[parameter.name]
                case .query: value = query.first { $0.name == parameter.wireName }?.value
                case .header: value = request.header(parameter.wireName)
                }
                guard let value else { continue }
                switch parameter.source {
                case .taskID: route.taskID = value
                case .model(let segments):
                    if segments == nil || route.model == nil { route.model = value }
                default: break
                }
            }
            if operation.takesTaskID, route.taskID?.isEmpty ?? true { continue }
            return route
        }
        return nil
    }

    /// The host the operation is sent to (its own base URL's, else the provider's).
    private func ownHost(of operation: ProviderOperation) -> String? {
        URL(string: operation.baseURL ?? descriptor.baseURL)?.host?.lowercased()
    }

    private func constantHeaderCount(_ operation: ProviderOperation) -> Int {
        operation.parameters.filter { parameter in
            if case .constant = parameter.source { return parameter.location == .header }
            return false
        }.count
    }

    /// Whether the request carries each constant header the operation always sends.
    private func constantHeadersMatch(_ operation: ProviderOperation, _ request: HTTPRequest) -> Bool {
        operation.parameters.allSatisfy { parameter in
            guard parameter.location == .header, case .constant(let value) = parameter.source else { return true }
            return request.header(parameter.wireName) == parameter.wireValue(value)
        }
    }

    private func literalCount(_ template: String) -> Int {
        template.split(separator: "/").filter { !$0.hasPrefix("{") }.count
    }

    /// The path prefixes the operation's base URLs put before its path.
    private func basePaths(for operation: ProviderOperation) -> [[String]] {
        let urls = [operation.baseURL, descriptor.baseURL].compactMap { $0 } + descriptor.alternateBaseURLs
        let paths = urls.compactMap(URL.init(string:)).map { $0.path.split(separator: "/").map(String.init) }
        return (paths + [[]]).sorted { $0.count > $1.count }
    }

    /// The parameter values when `segments` match the operation's path; `exact` demands every segment be used,
    /// otherwise the path may sit under a prefix.
    private func match(_ segments: [String], _ operation: ProviderOperation, exact: Bool) -> [String: String]? {
        let parts = operation.path.split(separator: "/").map(String.init)
        var values: [String: String] = [:]
        func walk(_ part: Int, _ end: Int) -> Bool {
            // Parts are matched from the last one backwards; `end` is how many segments are still unmatched.
            guard part >= 0 else { return !exact || end == 0 }
            let text = parts[part]
            guard text.hasPrefix("{"), text.hasSuffix("}") else {
                guard end > 0, segments[end - 1] == text else { return false }
                return walk(part - 1, end - 1)
            }
            let name = String(text.dropFirst().dropLast())
            let spans = operation.parameter(named: name)?.allowsSlashes == true ? Array(1...max(1, end)) : [1]
            for span in spans where span <= end {
                values[name] = segments[(end - span)..<end].joined(separator: "/")
                if walk(part - 1, end - span) { return true }
            }
            values[name] = nil
            return false
        }
        return walk(parts.count - 1, segments.count) ? values : nil
    }
}
