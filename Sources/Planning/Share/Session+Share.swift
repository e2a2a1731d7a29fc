import Foundation
import Graphics
import Handouts
import PlanCore
import Sharing

/// A student pack as written by `Session.share`: what was said, and where the files went.
public struct SharedPack: Sendable {
    /// The plan's diagnostics and warnings, and how the work ended.
    public var report: PlanReport
    /// The pack's folder.
    public var folder: URL
    /// The names of the files written into it, in order; empty when nothing was written.
    public var files: [String]
}

extension Session {
    /// Loads and composes the plan at `path`, draws its student pack and writes it into
    /// `folder` (by default NAME-share in the working folder), whole or not at all.
    public func share(_ path: String, into folder: URL? = nil) -> SharedPack {
        var report = PlanReport()
        let name = OutputFolder.baseName(of: path)
        let folder = folder ?? URL(fileURLWithPath: "\(name)-share")
        var result: SharedPack { SharedPack(report: report, folder: folder, files: []) }
        guard let composed = compose(path, report: &report) else { return result }

        guard let files = drawPack(composed, report: &report) else { return result }
        do {
            try PackWriter.write(files, to: folder)
        } catch {
            report.fail("\(error)", hint: "check that the folder that holds it exists and that you may write to it",
                        status: .file)
            return result
        }
        report.written = files.map { folder.appendingPathComponent($0.name) }
        return SharedPack(report: report, folder: folder, files: files.map(\.name))
    }

    /// A warning when the practice the calendar books, from `firstDay`, is over by `today`:
    /// a class date from long ago, or a slip of the year.
    static func pastPractice(_ plan: Plan, firstDay: PlanDate, today: PlanDate) -> PlanWarning? {
        let days = max(1, (plan.share ?? ShareSettings()).practiceDays)
        var last = firstDay
        for _ in 1..<days { last = last.dayAfter }
        guard last < today else { return nil }
        return PlanWarning(message: "the home practice the calendar books, \(firstDay) to \(last), is already over",
                           hint: "set `date:` to the day of the class; the practice starts the day after it", span: plan.keySpans["date"])
    }

    /// The student pack of a composed plan, drawn in memory; its warnings go to `report`,
    /// and nil when drawing fails.
    func drawPack(_ composed: ComposedPlan, report: inout PlanReport) -> [PackFile]? {
        // Practice starts the day after the class. The calendar needs a first day; a plan
        // without a date is taken as today's class, by the session's clock, so everything
        // below stays reproducible.
        let today = today()
        let firstDay = (composed.plan.date ?? today).dayAfter
        if let warning = Self.pastPractice(composed.plan, firstDay: firstDay, today: today) {
            report.add([warning], sources: composed.loaded.sources)
        }
        let pack = StudentPack(sequence: composed.sequence, library: composed.loaded.library, figures: figures,
                               version: version, name: OutputFolder.baseName(of: composed.path), firstDay: firstDay)
        let rendered: StudentPack.Output
        do {
            rendered = try typesetters.withTypesetter { try pack.render(typesetter: $0) }
        } catch {
            report.failDrawing("\(composed.path): could not draw the student pack", error)
            return nil
        }
        for warning in rendered.warnings { report.warn("\(composed.path): \(warning)") }
        return rendered.files
    }
}
