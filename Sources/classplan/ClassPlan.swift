import ArgumentParser
import Planning

/// The `classplan` command: plans a movement class and prints its handouts.
@main
struct ClassPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classplan",
        abstract: "Plan a movement class, print its handouts, and share it with students.",
        version: ClassPlannerVersion.current,
        subcommands: [CheckCommand.self, ShowCommand.self, RenderCommand.self, ShareCommand.self, LibraryCommand.self, NewCommand.self, FigureCommand.self,
                      PreviewCommand.self, WatchCommand.self]
    )
}
