import Foundation
import Graphics
import Handouts
import PlanCore
import Sharing

/// A plan's outputs made in memory, nothing written: what `preview` shows and what `watch`
/// compares, with everything the plan had to say.
public struct PlanOutputs: Sendable {
    /// The plan's diagnostics and warnings (the composer's and the drawing's), and how the run ended.
    public var report: PlanReport
    /// The plan read and composed; nil when it is invalid or cannot be read.
    public var composed: ComposedPlan?
    /// The handouts asked for, by file name, in order.
    public var handouts: [RenderedFile]
    /// The student pack's files, when it was asked for.
    public var pack: [PackFile]
}

extension Session {
    /// Runs the plan at `path` through the whole pipeline and returns its outputs in memory:
    /// the handouts of `kinds` as `format` (on `paper`, over the plan's own), and with
    /// `pack` the student pack. Nothing is written. Call it on `again()` for each new run of
    /// the same plan, so edited files are read afresh while figures and fonts are kept.
    public func outputs(of path: String, kinds: [HandoutKind], format: OutputFormat = .pdf,
                        paper: Paper? = nil, pack: Bool = false) -> PlanOutputs {
        var report = PlanReport()
        var outputs: PlanOutputs { PlanOutputs(report: report, composed: nil, handouts: [], pack: []) }
        let job = RenderJob(session: self, options: RenderOptions(folder: URL(fileURLWithPath: "."), kinds: kinds,
                                                                 format: format, paper: paper))
        guard let prepared = job.prepare(path, report: &report) else { return outputs }
        var handouts: [RenderedFile] = []
        if !kinds.isEmpty {
            do {
                let drawn = try typesetters.withTypesetter { try job.draw(prepared, kinds: kinds, with: $0) }
                for warning in drawn.warnings { report.warn("\(path): \(warning)") }
                handouts = drawn.files
            } catch {
                report.failDrawing("\(path): could not draw the handouts", error)
                return PlanOutputs(report: report, composed: prepared.composed, handouts: [], pack: [])
            }
        }
        let files = pack ? drawPack(prepared.composed, report: &report) ?? [] : []
        return PlanOutputs(report: report, composed: prepared.composed, handouts: handouts, pack: files)
    }
}
