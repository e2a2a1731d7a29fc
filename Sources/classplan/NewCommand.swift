import ArgumentParser
import Planning

/// `classplan new FILE`: writes a commented starter plan.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter plan to FILE (never over an existing file).")

    @Argument(help: ArgumentHelp("Where to write the plan, for example Plans/tuesday.yaml.", valueName: "FILE"))
    var file: String

    func run() throws {
        let report = Session(assets: nil, version: ClassPlannerVersion.current).newPlan(at: file)
        Terminal.print(report, listWritten: false)
        if report.status != .done { throw report.status.exitCode }
        Terminal.out("wrote \(file); check it with `classplan check \(file)`\n")
    }
}
