import ArgumentParser
import PlanCore
import PlanFiles

/// `classplan check PLAN...`: validates plans and says what is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plan files and report every problem, with where it is and how to fix it.",
        discussion: "Exits 0 when every plan is valid (warnings allowed), 1 when any is not, 3 when a file cannot be read.")

    @Argument(help: ArgumentHelp("The plan files to check.", valueName: "PLAN"))
    var plans: [String]

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if plans.isEmpty { throw ValidationError("give at least one plan file to check") }
    }

    func run() throws {
        let loader = try library.planLoader()
        var status = ExitStatus.done
        for path in plans {
            do {
                let loaded = try loader.load(path)
                var diagnostics = loaded.diagnostics
                // A valid plan is composed too, so its length and flow warnings show here.
                if let plan = loaded.plan {
                    diagnostics += Composer(library: loaded.library).compose(plan).warnings.map(Diagnostic.init)
                }
                Terminal.print(diagnostics, sources: loaded.sources)
                Terminal.out(Self.summary(path, diagnostics) + "\n")
                if loaded.plan == nil && status == .done { status = .invalid }
            } catch {
                Terminal.fail(error.description)
                Terminal.out("\(path): cannot be read\n")
                status = .file
            }
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
