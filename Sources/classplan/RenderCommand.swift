import ArgumentParser
import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles
import Planning
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

    @Argument(help: ArgumentHelp("The plan files.", valueName: "PLAN"), completion: LibraryCompletion.plans)
    var plans: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into.", valueName: "DIR"))
    var output: String = "."

    @Option(name: .customLong("for"),
            help: ArgumentHelp("Which handouts, as a comma list of card, teacher, student and reference; both is teacher,student.",
                               valueName: "LIST"))
    var audience = Audience(kinds: HandoutKind.standard)

    @Option(help: "The paper size, over the plan's own: a4 or letter.")
    var paper: Paper?

    @Option(help: "pdf, or png or svg for one file per page.")
    var format: FormatChoice = .pdf

    @Flag(help: "The student handout in large print: 16-point text, wide diagrams, nothing told by colour alone.")
    var largePrint = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if plans.isEmpty { throw ValidationError("give at least one plan file to render") }
        if output.isEmpty { throw ValidationError(Usage.emptyOutputFolder) }
    }

    func run() throws {
        let options = RenderOptions(folder: URL(fileURLWithPath: output), kinds: audience.kinds,
                                    format: format.format, paper: paper, largePrint: largePrint)
        let results: [(plan: String, report: PlanReport)]
        let finished = Mutex(0)
        Interruption.report { [count = Session.distinct(plans).count] in "rendered \(finished.withLock { $0 }) of \(count) plans" }
        do {
            results = try library.session().render(plans, options: options) { _, report in
                Terminal.print(report)
                finished.withLock { $0 += report.status == .done ? 1 : 0 }
            }
        } catch let problem as OutputProblem {
            let code = Terminal.fail(problem)
            // A batch always ends with its summary line, even one refused before it began.
            let count = Session.distinct(plans).count
            if count > 1 { Terminal.error("rendered 0 of \(count) plans\n") }
            throw code
        }

        let failures = results.filter { $0.report.status != .done }
        if results.count > 1 || !failures.isEmpty {
            let named = failures.map { "\($0.plan) (\($0.report.status == .invalid ? "invalid" : "a file could not be read or written"))" }
            Terminal.error(TerminalText.escaped("rendered \(results.count - failures.count) of \(results.count) plan\(results.count == 1 ? "" : "s")"
                           + (named.isEmpty ? "" : "; failed: \(named.joined(separator: ", "))")) + "\n")
        }
        let worst = results.map(\.report.status).max() ?? .done
        if worst != .done { throw worst.exitCode }
    }
}

/// `--paper`'s values are the plan's own `paper:` values, in any case (`A4`).
extension Paper: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `--format`'s values, in any case (`PDF`).
enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, svg
    var format: OutputFormat { OutputFormat(rawValue: rawValue)! }
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
