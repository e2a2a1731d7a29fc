import Foundation
import Handouts
import PlanCore
import PlanFiles
import Planning

/// Runs one plan through the whole pipeline into memory, again and again as it is saved,
/// through a `Session` that keeps what does not change between runs: the loaded fonts, the
/// posed figures, and the library files not saved since.
public struct PlanRunner {
    /// The session of the next run.
    public private(set) var session: Session
    /// Which handouts to draw.
    public var kinds: [HandoutKind]
    /// Finds the library folders of a plan that did not compose, so the files to fix it in
    /// are watched too.
    private let folders: PlanFolders

    /// A runner over `session`, drawing `kinds` (the class card, teacher sheet and student
    /// handout unless told).
    public init(session: Session, kinds: [HandoutKind] = HandoutKind.standard) {
        self.session = session
        self.kinds = kinds
        folders = PlanFolders(session: session)
    }

    /// Loads, composes and draws the plan at `path`, each page as a PNG.
    public mutating func run(_ path: String) -> PlanRun {
        let outputs = session.outputs(of: path, kinds: kinds, format: .png)
        session = session.again()
        let composed = outputs.composed
        let interest = composed.map { FileWatcher.Interest(files: [path], folders: $0.loaded.libraryFolders.map(\.path)) }
            ?? folders.interest(for: [path])
        let good = composed != nil && outputs.report.status != .file
        return PlanRun(path: path, title: composed?.plan.title, diagnostics: outputs.report.diagnostics,
                       sources: outputs.report.sources, sequence: composed?.sequence, library: composed?.loaded.library,
                       pages: good ? pages(outputs.handouts) : [], isGood: good,
                       interest: interest)
    }

    /// The drawn files (`plan-teacher-2.png`) as pages of their handouts.
    private func pages(_ files: [RenderedFile]) -> [PlanRun.Page] {
        files.compactMap { file in
            // The name ends `-KIND-N.png`; the plan's own name may hold hyphens.
            let parts = file.name.dropLast(".png".count).split(separator: "-")
            guard parts.count >= 3, let number = Int(parts[parts.count - 1]),
                  let kind = HandoutKind(rawValue: String(parts[parts.count - 2])) else { return nil }
            return PlanRun.Page(kind: kind, number: number, png: file.data)
        }
    }
}
