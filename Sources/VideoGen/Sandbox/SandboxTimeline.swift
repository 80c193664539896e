// Where a sandbox task is in its life at a given moment: the provider's own state word, and the progress.

import Foundation
@_spi(Generated) import VideoGenCore

/// The walk of a sandbox task through a provider's states.
struct SandboxTimeline {
    /// The moment's state: the provider's word, its unified meaning, and progress.
    struct Moment {
        var providerState: String
        var unified: TaskState
        var progress: Int
    }

    /// The non-terminal states walked, in order.
    let steps: [StateMapping]
    /// The state a successful task ends in.
    let success: StateMapping
    /// The state a failing task ends in.
    let failure: StateMapping
    /// The share of a task's duration spent queued.
    let queuedShare = 0.2

    init(descriptor: ProviderDescriptor) {
        let states = descriptor.states
        func first(_ state: TaskState) -> StateMapping? { states.first { $0.unified == state } }
        let fallbackSuccess =
            first(.succeeded) ?? StateMapping(providerState: "succeeded", unified: .succeeded, summary: "")
        var walk = descriptor.sandbox.walk.compactMap { word in states.first { $0.providerState == word } }
        if walk.isEmpty { walk = [first(.queued), first(.running), first(.succeeded)].compactMap { $0 } }
        if walk.last?.unified != .succeeded { walk.append(fallbackSuccess) }
        success = walk.removeLast()
        steps = walk
        failure = first(.failed) ?? StateMapping(providerState: "failed", unified: .failed, summary: "")
    }

    /// The state of `task` at `date`.
    func moment(of task: SandboxTaskID, at date: Date) -> Moment {
        let elapsed = date.timeIntervalSince(task.createdAt)
        let duration = Double(task.durationMilliseconds) / 1000
        // Compared in whole milliseconds, as the id holds them: at `finishesAt` the task has finished, whatever
        // rounding the two dates went through.
        if (elapsed * 1000).rounded() >= Double(task.durationMilliseconds) {
            return task.fails
                ? Moment(providerState: failure.providerState, unified: .failed, progress: 100)
                : Moment(providerState: success.providerState, unified: .succeeded, progress: 100)
        }
        let fraction = max(0, elapsed / max(duration, 0.001))
        let queued = steps.filter { $0.unified == .queued }
        let running = steps.filter { $0.unified != .queued }
        if fraction < queuedShare || running.isEmpty, !queued.isEmpty {
            let index = min(queued.count - 1, Int(fraction / queuedShare * Double(queued.count)))
            return Moment(providerState: queued[index].providerState, unified: queued[index].unified, progress: 0)
        }
        let runningFraction = (fraction - queuedShare) / (1 - queuedShare)
        let index = min(running.count - 1, max(0, Int(runningFraction * Double(running.count))))
        let progress = min(99, max(1, Int((runningFraction * 100).rounded(.down))))
        return Moment(providerState: running[index].providerState, unified: running[index].unified, progress: progress)
    }

    /// How a finished task looks when it succeeded.
    var succeeded: Moment { Moment(providerState: success.providerState, unified: .succeeded, progress: 100) }

    /// The state a task is created in.
    var initial: StateMapping? { steps.first }
}
