// Matches a request to one of the provider's endpoints, and pulls out its model and task id.

import Foundation

/// Finds which documented endpoint a request is for.
struct SandboxRouter {
    enum Role: String {
        case create, status, sync, upload
    }

    struct Route {
        var role: Role
        var model: String?
        var taskID: String?
    }

    let descriptor: ProviderDescriptor

    func route(_ request: HTTPRequest) -> Route? {
        let endpoints = descriptor.endpoints
        let candidates: [(Role, Endpoint?)] = [
            (.status, endpoints.status), (.create, endpoints.create), (.sync, endpoints.sync),
            (.upload, endpoints.upload),
        ]
        let segments = request.url.path.split(separator: "/").map(String.init)
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        for (role, endpoint) in candidates {
            guard let endpoint, endpoint.method.rawValue == request.method else { continue }
            guard var route = match(segments, endpoint.path, role: role) else { continue }
            for parameter in endpoint.query {
                guard let template = parameter.value else { continue }
                let value = query.first { $0.name == parameter.name }?.value
                if template == "{taskId}" {
                    guard let value, !value.isEmpty else {
                        route = Route(role: role)
                        continue
                    }
                    route.taskID = value
                } else if template == "{model}" {
                    route.model = value
                }
            }
            if role == .status, route.taskID == nil { continue }
            return route
        }
        return nil
    }

    /// Matches the end of the request path against a template (the base URL may add a prefix).
    private func match(_ segments: [String], _ template: String, role: Role) -> Route? {
        let parts = template.split(separator: "/").map(String.init)
        guard segments.count >= parts.count else { return nil }
        var route = Route(role: role)
        for (part, segment) in zip(parts, segments.suffix(parts.count)) {
            let value = segment.removingPercentEncoding ?? segment
            switch part {
            case "{model}": route.model = value
            case "{taskId}": route.taskID = value
            default: if part != segment { return nil }
            }
        }
        return route
    }
}
