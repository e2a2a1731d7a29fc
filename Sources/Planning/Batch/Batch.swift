import Dispatch
import Foundation
import Synchronization

/// Works through a batch of plans on every core, handing each plan's report on whole and in
/// the order the plans were given.
enum Batch {
    /// Runs `work` on each of `items`, as many at a time as there are cores. Returns the
    /// reports in the order of `items`, after handing each (with its index) to `deliver` as
    /// soon as those before it are delivered.
    static func run(_ items: [String], work: @Sendable (String) -> PlanReport,
                    deliver: @Sendable (Int, PlanReport) -> Void) -> [PlanReport] {
        let workers = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount))
        let state = Mutex(Progress(count: items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = state.withLock({ $0.take() }) {
                let report = work(items[index])
                state.withLock { $0.finish(index, with: report, deliver: deliver) }
            }
        }
        return state.withLock { $0.reports.map { $0 ?? PlanReport() } }
    }

    /// What the workers share: the next item to take, and the reports so far.
    private struct Progress: ~Copyable {
        var next = 0
        var printed = 0
        var reports: [PlanReport?]

        init(count: Int) { reports = Array(repeating: nil, count: count) }

        /// The index of the next item nobody has taken, or nil when all are taken.
        mutating func take() -> Int? {
            guard next < reports.count else { return nil }
            defer { next += 1 }
            return next
        }

        /// Records a finished item and delivers every report that is now next in line.
        /// Delivery happens under the lock, so two reports printed never mix.
        mutating func finish(_ index: Int, with report: PlanReport, deliver: (Int, PlanReport) -> Void) {
            reports[index] = report
            while printed < reports.count, let ready = reports[printed] {
                deliver(printed, ready)
                printed += 1
            }
        }
    }
}
