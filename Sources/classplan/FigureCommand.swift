import ArgumentParser
import Planning

extension FigureSize: ExpressibleByArgument {}

/// `classplan figure ID [-o FILE]`: one exercise's diagram (or a tip's picture) as PNG, SVG
/// or PDF by the file's extension; `--all` draws a contact sheet of every figure.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Draw one exercise's diagram, or a picture for a tip (dial, scratch, rest, small-range).")

    @Argument(help: ArgumentHelp("An exercise id, or dial, scratch, rest or small-range.", valueName: "ID"),
              completion: LibraryCompletion.figures)
    var id: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write: .png, .svg or .pdf (default: ID.png, or figures.png with --all).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Draw every exercise's figure and every tip picture on one contact sheet.")
    var all = false

    @Flag(help: "Draw the exercise from six views on one sheet, each labelled with the `view:` value to copy.")
    var views = false

    @Flag(help: "Draw the left side working (the mirror image).")
    var left = false

    @Flag(help: "Name the target muscles on the diagram.")
    var labels = false

    @Option(help: ArgumentHelp("With --all or --views: screen, or print for figures 55 mm wide as a handout prints them.",
                               valueName: "SIZE"))
    var size: FigureSize = .screen

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if all && id != nil { throw ValidationError("give an ID or --all, not both") }
        if !all && id == nil { throw ValidationError("give an exercise ID, or --all for every figure") }
        if all && views { throw ValidationError("--views draws one exercise: give its ID instead of --all") }
        if let output, FigureFormat(path: output) == nil {
            throw ValidationError("'\(output)' must end in .png, .svg or .pdf")
        }
    }

    func run() throws {
        let path = output ?? (all ? "figures.png" : "\(id ?? "figure")\(views ? "-views" : "").png")
        let request = FigureRequest(id: all ? nil : id ?? "", left: left, labels: labels, views: views, size: size)
        let report = try library.session().figure(request, to: path)
        Terminal.print(report)
        if report.status != .done { throw report.status.exitCode }
    }
}
