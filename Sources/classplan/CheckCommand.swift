import ArgumentParser
import PlanCore
import PlanFiles
import Planning

/// `classplan check PLAN...`: validates plans and says what is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plan files and report every problem, with where it is and how to fix it.",
        discussion: "Exits 0 when every plan is valid (warnings allowed), 1 when any is not, 3 when a file cannot be read.")

    @Argument(help: ArgumentHelp("The plan files to check.", valueName: "PLAN"), completion: LibraryCompletion.plans)
    var plans: [String]

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if plans.isEmpty { throw ValidationError("give at least one plan file to check") }
    }

    func run() throws {
        let session = try library.session()
        var status = RunStatus.done
        for path in plans {
            let report = session.check(path)
            Terminal.print(report)
            Terminal.out(report.status == .file ? "\(path): cannot be read\n" : Self.summary(path, report.diagnostics) + "\n")
            status = max(status, report.status)
        }
        if status != .done { throw status.exitCode }
    }

    /// `Plans/x.yaml: ok`, `... ok (2 warnings)`, `... 3 errors, 1 warning`.
    static func summary(_ path: String, _ diagnostics: [Diagnostic]) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        if errors == 0 { return "\(path): ok" + (warnings > 0 ? " (\(count(warnings, "warning")))" : "") }
        return "\(path): \(count(errors, "error"))" + (warnings > 0 ? ", \(count(warnings, "warning"))" : "")
    }
}
