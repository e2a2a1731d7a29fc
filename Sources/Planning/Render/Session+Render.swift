import Dispatch
import Foundation
import Graphics
import Handouts

extension Session {
    /// Renders each of `plans` into its files under `options`, as many plans at a time as
    /// there are cores (one plan's handouts side by side instead). A plan named twice is
    /// rendered once. Each plan's report is handed to `deliver` whole, in the order the
    /// plans were given, as soon as those before it are delivered; all are returned in that
    /// order. The output folder is made when missing (and removed again when nothing was
    /// written into it). Throws before drawing anything when the output folder cannot be
    /// made, two plans would write files of one name, or one plan would write over another
    /// plan given.
    public func render(_ plans: [String], options: RenderOptions,
                       deliver: @Sendable (String, PlanReport) -> Void = { _, _ in }) throws(OutputProblem)
        -> [(plan: String, report: PlanReport)] {
        let plans = Self.distinct(plans)
        try OutputFolder.checkDistinctNames(plans)
        let madeFolder = try OutputFolder.prepare(options.folder)
        defer { if madeFolder { OutputFolder.removeIfEmpty(options.folder) } }
        try OutputFolder.checkNoPlanIsAnOutput(plans, folder: options.folder, kinds: options.kinds, format: options.format)
        let job = RenderJob(session: self, options: options)

        let reports: [PlanReport]
        if plans.count == 1 && options.kinds.count > 1 && ProcessInfo.processInfo.activeProcessorCount > 1 {
            // One plan: its two handouts are drawn side by side instead.
            let report = job.renderSideBySide(plans[0])
            deliver(plans[0], report)
            reports = [report]
        } else {
            reports = Batch.run(plans, work: { job.render($0) }, deliver: { index, report in deliver(plans[index], report) })
        }
        return Array(zip(plans, reports)).map { (plan: $0.0, report: $0.1) }
    }

    /// The plans a batch renders: each file once, in the order first named. A plan named
    /// twice is rendered once, since two writers of one file would race.
    public static func distinct(_ plans: [String]) -> [String] {
        var seen = Set<String>()
        return plans.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }
}
