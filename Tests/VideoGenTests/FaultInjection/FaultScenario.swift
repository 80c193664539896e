// One fault-injection scenario: a provider, a fault, where it strikes, and what the outcome must be.

import Foundation
import VideoGen

/// Where in a run the fault strikes.
enum FaultTarget: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The create call, once.
    case create
    /// The first status poll.
    case firstStatus
    /// Every third status poll.
    case everyThirdStatus
    /// Every status poll (the wait can only end at its deadline).
    case everyStatus

    var description: String { rawValue }
}

/// The faults every scenario family covers.
enum FaultCatalog {
    static let all: [FaultInjectingTransport.Fault] = [
        .rateLimited(retryAfterSeconds: 3), .rateLimited(retryAfterSeconds: nil), .serverError(status: 500),
        .serverError(status: 502), .serverError(status: 503), .timeout, .connectionReset(afterSending: false),
        .connectionReset(afterSending: true), .truncatedBody, .oversizedBody, .slowAnswer(seconds: 20),
    ]
}

/// A scenario and what running it showed.
struct FaultScenario: Sendable, CustomStringConvertible {
    let provider: String
    let fault: FaultInjectingTransport.Fault
    let target: FaultTarget

    var description: String { "\(provider) · \(fault) · \(target)" }

    /// Every combination.
    static var all: [FaultScenario] {
        ProviderCatalog.identifiers.flatMap { provider in
            FaultCatalog.all.flatMap { fault in
                FaultTarget.allCases.map { FaultScenario(provider: provider, fault: fault, target: $0) }
            }
        }
    }

    /// Whether this call of the run gets the fault; `number` counts the calls of the same method (from 1).
    func strikes(_ request: HTTPRequest, number: Int) -> Bool {
        let statusNumber = request.method == "GET" ? number : 0
        switch target {
        case .create: return request.method == "POST" && number == 1
        case .firstStatus: return request.method == "GET" && statusNumber == 1
        case .everyThirdStatus: return request.method == "GET" && statusNumber % 3 == 1
        case .everyStatus: return request.method == "GET"
        }
    }
}
