import Dispatch
import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles
import Synchronization

/// Renders one plan into its files: what each task of a batch does. It holds only values
/// and the session, so tasks on several threads can share it; each task borrows a
/// typesetter from the session's pool, since one may be used by one thread at a time.
struct RenderJob: Sendable {
    /// Reads plans and their libraries, and holds the figures shared by every plan.
    var session: Session
    /// What to make and where.
    var options: RenderOptions

    /// A plan read and composed, ready to draw.
    struct Prepared: Sendable {
        var path: String
        var composed: ComposedPlan
        var input: HandoutInput
        var paper: Paper
    }

    /// Loads, composes, draws and writes the plan at `path`, gathering what it has to say.
    func render(_ path: String) -> PlanReport {
        var report = PlanReport()
        guard let prepared = prepare(path, report: &report) else { return report }
        do {
            let drawn = try session.typesetters.withTypesetter { try draw(prepared, kinds: options.kinds, with: $0) }
            write(prepared, drawn.files, warnings: drawn.warnings, report: &report)
        } catch {
            report.failDrawing("\(path): could not draw the handouts", error)
        }
        return report
    }

    /// Renders one plan with each handout drawn on a thread of its own, the first reading
    /// and composing the plan while the others wait for it. A handout refused for its
    /// length stops the others at their next page.
    func renderSideBySide(_ path: String) -> PlanReport {
        struct Shared: ~Copyable {
            var report = PlanReport()
            var prepared: Prepared?
            var drawn: [Result<RenderedHandouts, any Error>?]
        }
        let kinds = options.kinds
        let shared = Mutex(Shared(drawn: Array(repeating: nil, count: kinds.count)))
        let planRead = DispatchSemaphore(value: 0)
        let stop = DrawingStop()
        // Indices are taken in order, so the thread that reads the plan (0) is always running
        // before any thread waits for it: this cannot deadlock even when run one at a time.
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            let drawn = Result { () throws -> RenderedHandouts? in
                if index == 0 {
                    var report = PlanReport()
                    let prepared = prepare(path, report: &report)
                    shared.withLock { [report] in $0.report = report; $0.prepared = prepared }
                    for _ in 1..<kinds.count { planRead.signal() }
                    guard let prepared else { return nil }
                    return try session.typesetters.withTypesetter { try draw(prepared, kinds: [kinds[index]], with: $0, stop: stop) }
                }
                return try session.typesetters.withTypesetter { typesetter in
                    // The fonts load while the first thread reads the plan.
                    typesetter.prepare(family: Theme().bodyFamily)
                    planRead.wait()
                    guard let prepared = shared.withLock({ $0.prepared }) else { return nil }
                    return try draw(prepared, kinds: [kinds[index]], with: typesetter, stop: stop)
                }
            }
            shared.withLock { state in
                switch drawn {
                case .success(let handouts?): state.drawn[index] = .success(handouts)
                case .success(nil): break
                case .failure(let error): state.drawn[index] = .failure(error)
                }
            }
        }
        return shared.withLock { state in
            var report = state.report
            guard let prepared = state.prepared else { return report }
            do {
                var files: [RenderedFile] = [], warnings: [String] = []
                // The refusal that stopped the others is the one to tell.
                let failures = state.drawn.compactMap { drawn -> (any Error)? in
                    guard case .failure(let error)? = drawn else { return nil }
                    return error
                }
                if let first = failures.first(where: { !($0 is DrawingStopped) }) ?? failures.first { throw first }
                for drawn in state.drawn {
                    guard let part = try drawn?.get() else { continue }
                    files += part.files
                    warnings += part.warnings
                }
                write(prepared, files, warnings: warnings, report: &report)
            } catch {
                report.failDrawing("\(path): could not draw the handouts", error)
            }
            return report
        }
    }

    /// Reads and composes the plan; nil when it is invalid or cannot be read.
    func prepare(_ path: String, report: inout PlanReport) -> Prepared? {
        guard let composed = session.compose(path, report: &report) else { return nil }
        let input = HandoutInput(sequence: composed.sequence, library: composed.loaded.library,
                                 figures: session.figures, version: session.version,
                                 largePrint: options.largePrint || composed.plan.share?.largePrint == true,
                                 largePrintFigures: session.plainFigures)
        return Prepared(path: path, composed: composed, input: input, paper: options.paper ?? composed.plan.paper)
    }

    /// Draws the handouts of `kinds`, laying text out with `typesetter`, until `stop` is
    /// given.
    func draw(_ prepared: Prepared, kinds: [HandoutKind], with typesetter: Typesetter,
              stop: DrawingStop? = nil) throws -> RenderedHandouts {
        var renderer = HandoutRenderer(paper: prepared.paper, typesetter: typesetter)
        renderer.stop = stop
        return try renderer.files(for: prepared.input, kinds: kinds, format: options.format,
                   baseName: OutputFolder.baseName(of: prepared.path))
    }

    /// Writes the files all or nothing, and says what was written.
    func write(_ prepared: Prepared, _ files: [RenderedFile], warnings: [String], report: inout PlanReport) {
        for warning in warnings { report.warn("\(prepared.path): \(warning)") }
        let targets = files.map { (url: options.folder.appendingPathComponent($0.name), data: $0.data) }
        do {
            try OutputFile.writeAll(targets)
        } catch {
            report.fail("\(error)", hint: "check that the folder exists and that you may write to it", status: .file)
            return
        }
        report.written += targets.map(\.url)
    }
}
