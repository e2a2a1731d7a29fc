import ArgumentParser
import Foundation
import Planning
import Preview

/// `classplan watch PLAN... [render options]`: renders the plans, then again each time one
/// of them or a library file it uses is saved, printing what each run has to say.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render plans, and render them again each time they or their library files are saved.",
        discussion: """
            Takes the same plans and options as render. A save that leaves a plan invalid \
            prints its errors and keeps the files of the last good save; the next good save \
            writes them anew. Ctrl-C stops it.
            """)

    @OptionGroup var render: RenderCommand

    func run() throws {
        var session = try render.library.session()
        let options = RenderOptions(folder: URL(fileURLWithPath: render.output), kinds: render.audience.kinds,
                                    format: render.format.format, paper: render.paper)
        let plans = Session.distinct(render.plans)
        let folders = PlanFolders(session: session)
        var first = true
        Interruption.stopsNormally(saying: "stopped watching")
        do {
            try WatchLoop.run(stop: { false }) {
                if !first { Terminal.out("\n[\(PreviewPage.clock(Date()))] saved; rendering again\n") }
                first = false
                do {
                    _ = try session.render(plans, options: options) { _, report in Terminal.print(report) }
                } catch let problem as OutputProblem {
                    // The folder may be made or freed while watching: say so and wait.
                    _ = Terminal.fail(problem)
                } catch {
                    Terminal.fail("\(error)")
                }
                session = session.again()
                let interest = folders.interest(for: plans)
                Terminal.out("watching \(Self.count(interest.files.count, "plan")) and "
                             + "\(Self.count(interest.folders.count, "library folder")); Ctrl-C to stop\n")
                return interest
            }
        } catch {
            Terminal.fail("\(error)")
            throw ExitStatus.file.exitCode
        }
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

}
