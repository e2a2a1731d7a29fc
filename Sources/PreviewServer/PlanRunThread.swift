import Foundation
import Planning
import Preview
import Synchronization

/// The thread that runs the plan, records each run in the hub, and waits for the next save.
/// A thread of its own, not a task: it blocks in the file watcher.
final class PlanRunThread: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let stopping = Atomic(false)

    /// Starts running `plan` in `session` at once, each run going to `hub`. Throws when
    /// files cannot be watched.
    static func start(plan: String, session: Session, hub: PreviewHub) throws -> PlanRunThread {
        let thread = PlanRunThread()
        let started = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Thread.detachNewThread {
            defer { thread.done.signal() }
            var runner = PlanRunner(session: session)
            var first = true
            do {
                try WatchLoop.run(stop: { thread.stopping.load(ordering: .relaxed) }) {
                    if first { started.signal(); first = false }
                    let run = runner.run(plan)
                    hub.record(run)
                    return run.interest
                }
            } catch {
                failure.withLock { $0 = error }
                if first { started.signal() }
            }
        }
        started.wait()
        if let error = failure.withLock({ $0 }) { throw error }
        return thread
    }

    /// Asks the thread to stop after its current run, and waits until it has.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        done.wait()
    }
}
