import ArgumentParser
import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles
import Synchronization

/// `classplan render PLAN...`: the class card, the teacher sheet and the student handout.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the class card, the teacher sheet and the student handout of each plan.",
        discussion: """
            Files are named after the plan: NAME-card.pdf, NAME-teacher.pdf, NAME-student.pdf \
            and, with --for reference, NAME-reference.pdf; PNG and SVG write one file per page \
            (NAME-student-1.png). Each plan's files are written whole or not at all.
            """)

    /// Which handouts to make: a comma list of kinds, `both` for teacher and student.
    struct Audience: ExpressibleByArgument {
        var kinds: [HandoutKind]
        init(kinds: [HandoutKind]) { self.kinds = kinds }
        init?(argument: String) {
            guard let kinds = HandoutKind.list(argument) else { return nil }
            self.kinds = kinds
        }
        static var allValueStrings: [String] { HandoutKind.allCases.map(\.rawValue) + ["both"] }
        var defaultValueDescription: String { kinds.map(\.rawValue).joined(separator: ",") }
    }

    @Argument(help: ArgumentHelp("The plan files.", valueName: "PLAN"))
    var plans: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "DIR"))
    var output: String = "."

    @Option(name: .customLong("for"),
            help: ArgumentHelp("Which handouts, as a comma list of card, teacher, student and reference; both is teacher,student.",
                               valueName: "LIST"))
    var audience = Audience(kinds: HandoutKind.standard)

    @Option(help: "The paper size, over the plan's own: a4 or letter.")
    var paper: PaperChoice?

    @Option(help: "pdf, or png or svg for one file per page.")
    var format: FormatChoice = .pdf

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if plans.isEmpty { throw ValidationError("give at least one plan file to render") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        try OutputFolder.check(folder)
        // A plan named twice is rendered once: two writers of one file would race.
        var seen = Set<String>()
        let plans = self.plans.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        try OutputFolder.checkDistinctNames(plans)
        let job = RenderJob(loader: try library.planLoader(), figures: CachedFigures(), folder: folder,
                            kinds: audience.kinds, format: format.format, paper: paper?.size)

        let reports: [TerminalReport]
        if plans.count == 1 && audience.kinds.count > 1 && ProcessInfo.processInfo.activeProcessorCount > 1 {
            // One plan: its two handouts are drawn side by side instead.
            let report = job.renderSideBySide(plans[0])
            report.flush()
            reports = [report]
        } else {
            reports = Batch.run(plans, makeState: { try? Typesetter() }) { path, typesetter in
                job.render(path, typesetter: &typesetter)
            }
        }

        let failures = zip(plans, reports).filter { $0.1.status != .done }
        if plans.count > 1 || !failures.isEmpty {
            let named = failures.map { "\($0.0) (\($0.1.status == .invalid ? "invalid" : "a file could not be read or written"))" }
            Terminal.error("rendered \(plans.count - failures.count) of \(plans.count) plan\(plans.count == 1 ? "" : "s")"
                           + (named.isEmpty ? "\n" : "; failed: \(named.joined(separator: ", "))\n"))
        }
        let worst = reports.map(\.status).max { $0.rawValue < $1.rawValue } ?? .done
        if worst != .done { throw worst.exitCode }
    }
}

/// Renders one plan into its files: what each task of a batch does. It holds only values,
/// so tasks on several threads can share it; each thread brings its own `Typesetter`, since
/// Pango objects may not be shared between threads.
struct RenderJob: Sendable {
    /// Reads plans and their libraries.
    var loader: PlanLoader
    /// The diagrams, shared by every plan.
    var figures: CachedFigures
    /// Where the files go.
    var folder: URL
    /// Which handouts.
    var kinds: [HandoutKind]
    /// PDF, PNG or SVG.
    var format: OutputFormat
    /// The paper given with `--paper`, over each plan's own.
    var paper: PaperSize?

    /// A plan read and composed, ready to draw.
    struct Prepared: Sendable {
        var path: String
        var input: HandoutInput
        var paper: PaperSize
    }

    /// Loads, composes, draws and writes the plan at `path`, gathering what it has to say.
    /// `typesetter` is this thread's own, kept for its next plan (made here if missing).
    func render(_ path: String, typesetter: inout Typesetter?) -> TerminalReport {
        var report = TerminalReport()
        guard let prepared = prepare(path, report: &report) else { return report }
        do {
            let typesetter = try typesetter ?? Typesetter()
            let drawn = try draw(prepared, kinds: kinds, with: typesetter)
            write(prepared, drawn.files, warnings: drawn.warnings, report: &report)
        } catch {
            report.fail("\(path): could not draw the handouts: \(error)", status: .file)
        }
        return report
    }

    /// Renders one plan with each handout drawn on a thread of its own. Each thread starts
    /// loading its fonts at once, while the first reads and composes the plan.
    func renderSideBySide(_ path: String) -> TerminalReport {
        struct Shared: ~Copyable {
            var report = TerminalReport()
            var prepared: Prepared?
            var drawn: [Result<RenderedHandouts, any Error>?]
        }
        let kinds = self.kinds
        let shared = Mutex(Shared(drawn: Array(repeating: nil, count: kinds.count)))
        let planRead = DispatchSemaphore(value: 0)
        // Indices are taken in order, so the thread that reads the plan (0) is always running
        // before any thread waits for it: this cannot deadlock even when run one at a time.
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            let typesetter = Result { try Typesetter() }
            let prepared: Prepared?
            if index == 0 {
                var report = TerminalReport()
                prepared = prepare(path, report: &report)
                shared.withLock { [report] in $0.report = report; $0.prepared = prepared }
                for _ in 1..<kinds.count { planRead.signal() }
            } else {
                planRead.wait()
                prepared = shared.withLock { $0.prepared }
            }
            guard let prepared else { return }
            let drawn = Result { try draw(prepared, kinds: [kinds[index]], with: typesetter.get()) }
            shared.withLock { $0.drawn[index] = drawn }
        }
        return shared.withLock { state in
            var report = state.report
            guard let prepared = state.prepared else { return report }
            do {
                var files: [RenderedFile] = [], warnings: [String] = []
                for drawn in state.drawn {
                    guard let part = try drawn?.get() else { continue }
                    files += part.files
                    warnings += part.warnings
                }
                write(prepared, files, warnings: warnings, report: &report)
            } catch {
                report.fail("\(path): could not draw the handouts: \(error)", status: .file)
            }
            return report
        }
    }

    /// Reads and composes the plan; nil when it is invalid or cannot be read.
    func prepare(_ path: String, report: inout TerminalReport) -> Prepared? {
        guard let (plan, loaded) = LibraryOptions.loadPlan(path, with: loader, report: &report) else { return nil }
        let sequence = Composer(library: loaded.library).compose(plan)
        report.print(sequence.warnings, sources: loaded.sources)
        let input = HandoutInput(sequence: sequence, library: loaded.library, figures: figures,
                                 version: ClassPlannerVersion.current)
        return Prepared(path: path, input: input, paper: paper ?? plan.paper.paperSize)
    }

    /// Draws the handouts of `kinds`, laying text out with `typesetter`.
    func draw(_ prepared: Prepared, kinds: [HandoutKind], with typesetter: Typesetter) throws -> RenderedHandouts {
        try HandoutRenderer(paper: prepared.paper, typesetter: typesetter)
            .files(for: prepared.input, kinds: kinds, format: format, baseName: OutputFolder.baseName(of: prepared.path))
    }

    /// Writes the files all or nothing, and says what was written.
    func write(_ prepared: Prepared, _ files: [RenderedFile], warnings: [String], report: inout TerminalReport) {
        for warning in warnings { report.warn("\(prepared.path): \(warning)") }
        let targets = files.map { (url: folder.appendingPathComponent($0.name), data: $0.data) }
        do {
            try OutputFile.writeAll(targets)
        } catch {
            report.fail("\(error)", hint: "check that the folder exists and that you may write to it", status: .file)
            return
        }
        for t in targets { report.out += "wrote \(t.url.relativePathForDisplay)\n" }
    }
}

/// `--paper`'s values.
enum PaperChoice: String, ExpressibleByArgument, CaseIterable {
    case a4, letter
    var size: PaperSize { self == .a4 ? .a4 : .letter }
}

/// `--format`'s values.
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, svg
    var format: OutputFormat { OutputFormat(rawValue: rawValue)! }
}

extension Paper {
    /// The drawing layer's paper size for a plan's `paper:`.
    var paperSize: PaperSize { self == .a4 ? .a4 : .letter }
}

extension URL {
    /// The path as the teacher would like to read it: relative to the working folder when
    /// inside it.
    var relativePathForDisplay: String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
