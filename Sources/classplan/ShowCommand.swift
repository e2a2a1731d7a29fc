import ArgumentParser
import Foundation
import PlanCore
import PlanFiles
import Planning

/// `classplan show PLAN [--json]`: the composed, timed class.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the timed sequence of a plan: every exercise and side, the moves between positions, and the totals.")

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"), completion: LibraryCompletion.plans)
    var plan: String

    @Flag(help: "Print the timeline as JSON (the schema is in the README).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var report = PlanReport()
        // The JSON carries the composer's warnings itself, so they are not printed twice.
        let composed = try library.session().compose(plan, report: &report, warnings: !json)
        Terminal.print(report)
        guard let composed else { throw report.status.exitCode }
        if json {
            Terminal.json(try TimelineJSON.encode(composed.sequence, library: composed.loaded.library) + "\n")
        } else {
            // On a terminal the warnings were just printed, with their lines, on stderr;
            // into a file or a pipe the timeline carries them itself.
            let shown = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
            Terminal.out(TimelineText.render(composed.sequence, library: composed.loaded.library, warnings: !shown))
        }
    }
}
