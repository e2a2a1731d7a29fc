import ArgumentParser
import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles

/// `classplan render PLAN...`: the teacher sheet and the student handout.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the teacher sheet and the student handout of each plan.",
        discussion: """
            Files are named after the plan: NAME-teacher.pdf and NAME-student.pdf; PNG and SVG \
            write one file per page (NAME-student-1.png). Each plan's files are written whole \
            or not at all.
            """)

    /// Which handouts to make.
    enum Audience: String, ExpressibleByArgument, CaseIterable {
        case teacher, student, both
        var kinds: [HandoutKind] {
            switch self {
            case .teacher: return [.teacher]
            case .student: return [.student]
            case .both: return [.teacher, .student]
            }
        }
    }

    @Argument(help: ArgumentHelp("The plan files.", valueName: "PLAN"))
    var plans: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "DIR"))
    var output: String = "."

    @Option(name: .customLong("for"), help: "Which handouts: teacher, student or both.")
    var audience: Audience = .both

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
        let job = RenderJob(loader: try library.planLoader(), folder: folder, kinds: audience.kinds,
                            format: format.format, paper: paper?.size)

        let reports = Batch.run(plans) { path, renderers in job.render(path, renderers: &renderers) }

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
/// so tasks on several threads can share it; each task brings its own renderers.
struct RenderJob: Sendable {
    /// Reads plans and their libraries.
    var loader: PlanLoader
    /// Where the files go.
    var folder: URL
    /// Which handouts.
    var kinds: [HandoutKind]
    /// PDF, PNG or SVG.
    var format: OutputFormat
    /// The paper given with `--paper`, over each plan's own.
    var paper: PaperSize?

    /// Loads, composes, draws and writes the plan at `path`, gathering what it has to say.
    /// `renderers` are this task's own, by paper size: Pango objects may not be shared
    /// between threads, and making one loads fonts, so a task keeps them for its next plan.
    func render(_ path: String, renderers: inout [PaperSize: HandoutRenderer]) -> TerminalReport {
        var report = TerminalReport()
        guard let (plan, loaded) = LibraryOptions.loadPlan(path, with: loader, report: &report) else { return report }
        let sequence = Composer(library: loaded.library).compose(plan)
        report.print(sequence.warnings, sources: loaded.sources)
        let input = HandoutInput(sequence: sequence, library: loaded.library, figures: ExerciseFigures(),
                                 version: ClassPlannerVersion.current)
        let size = paper ?? plan.paper.paperSize
        let rendered: RenderedHandouts
        do {
            let renderer = try renderers[size] ?? HandoutRenderer(paper: size)
            renderers[size] = renderer
            rendered = try renderer.files(for: input, kinds: kinds, format: format,
                                          baseName: OutputFolder.baseName(of: path))
        } catch {
            report.fail("\(path): could not draw the handouts: \(error)", status: .file)
            return report
        }
        for warning in rendered.warnings { report.warn("\(path): \(warning)") }
        let targets = rendered.files.map { (url: folder.appendingPathComponent($0.name), data: $0.data) }
        do {
            try OutputFile.writeAll(targets)
        } catch {
            report.fail("\(error)", hint: "check that the folder exists and that you may write to it", status: .file)
            return report
        }
        for t in targets { report.out += "wrote \(t.url.relativePathForDisplay)\n" }
        return report
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
