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
        try OutputFolder.checkDistinctNames(plans)
        var status = ExitStatus.done
        for path in plans {
            do {
                try render(path, into: folder)
            } catch let exit as ExitCode {
                let code = ExitStatus(rawValue: exit.rawValue) ?? .invalid
                if code.rawValue > status.rawValue { status = code }
            }
        }
        if status != .done { throw status.exitCode }
    }

    func render(_ path: String, into folder: URL) throws {
        let (plan, loaded) = try library.loadPlan(path)
        let sequence = Composer(library: loaded.library).compose(plan)
        Terminal.print(sequence.warnings, sources: loaded.sources)
        let input = HandoutInput(sequence: sequence, library: loaded.library, figures: ExerciseFigures(),
                                 version: ClassPlannerVersion.current)
        let rendered: RenderedHandouts
        do {
            let renderer = try HandoutRenderer(paper: (paper?.size ?? plan.paper.paperSize))
            rendered = try renderer.files(for: input, kinds: audience.kinds, format: format.format,
                                          baseName: OutputFolder.baseName(of: path))
        } catch {
            Terminal.fail("\(path): could not draw the handouts: \(error)")
            throw ExitStatus.file.exitCode
        }
        for warning in rendered.warnings { Terminal.warn("\(path): \(warning)") }
        let targets = rendered.files.map { (url: folder.appendingPathComponent($0.name), data: $0.data) }
        do {
            try OutputFile.writeAll(targets)
        } catch {
            Terminal.fail("\(error)", hint: "check that the folder exists and that you may write to it")
            throw ExitStatus.file.exitCode
        }
        for t in targets { Terminal.out("wrote \(t.url.relativePathForDisplay)\n") }
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
