import ArgumentParser
import Foundation
import PlanCore
import PlanFiles

/// `classplan show PLAN [--json]`: the composed, timed class.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the timed sequence of a plan: every exercise and side, the moves between positions, and the totals.")

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"))
    var plan: String

    @Flag(help: "Print the timeline as JSON (the schema is in the README).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (plan, loaded) = try library.loadPlan(plan)
        let sequence = Composer(library: loaded.library).compose(plan)
        if json {
            Terminal.out(try TimelineJSON.encode(sequence) + "\n")
        } else {
            Terminal.print(sequence.warnings, sources: loaded.sources)
            Terminal.out(TimelineText.render(sequence, library: loaded.library))
        }
    }
}
