import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PlanFiles
import Planning
import Preview
import ServiceLifecycle

/// `classplan-preview PLAN [--port N]`: the preview's web server, which `classplan preview`
/// runs. It serves the page, its script, its content and the drawn pages from memory, and
/// nothing else; it listens on 127.0.0.1 only.
@main
struct PreviewServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classplan preview",
        abstract: "Show a plan's timeline, errors and handouts on a local web page that updates on each save.",
        version: ClassPlannerVersion.current)

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"))
    var plan: String

    @Option(help: "The port to listen on at 127.0.0.1 (default: one the system picks).")
    var port: Int = 0

    @Option(name: .customLong("library"), help: ArgumentHelp(
        "A folder of your own exercises and blocks, laid over the built-in library (repeatable).",
        valueName: "DIR"))
    var folders: [String] = []

    @Flag(help: "Let a plan's library folders lie outside the plan's folder and the --library folders.")
    var allowOutsideFiles = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes a number from 1 to 65535") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let assets = AssetLocator.assetsFolder(environment: environment, executable: AssetLocator.executable) else {
            Self.fail("the built-in library was not found", hint: "set CLASSPLAN_ASSETS to the Assets folder")
            throw ExitCode(3)
        }
        let session = Session(assets: assets, libraryFolders: folders, searchPath: LibrarySearchPath(environment: environment),
                              allowOutsideFiles: allowOutsideFiles,
                              snapshot: LibrarySnapshot.ofThisProgram(environment: environment),
                              version: ClassPlannerVersion.current)
        let hub = PreviewHub()
        let runs: PlanRunThread
        do {
            runs = try PlanRunThread.start(plan: plan, session: session, hub: hub)
        } catch {
            Self.fail("the preview cannot start: \(error)")
            throw ExitCode(3)
        }

        var logger = Logger(label: "classplan-preview")
        logger.logLevel = .error
        let app = Application(
            router: PreviewRoutes.router(hub: hub),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                // Written straight to the descriptor, unbuffered, so a script reading it sees it at once.
                FileHandle.standardOutput.write(Data("Preview of \(plan) at http://127.0.0.1:\(port)/ (Ctrl-C to stop)\n".utf8))
            },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            hub.finish()
            runs.stop()
            Self.fail("the preview could not listen at 127.0.0.1:\(port): \(error)",
                      hint: "give another port with --port, or leave it out to have one picked")
            throw ExitCode(3)
        }
        hub.finish()
        runs.stop()
        FileHandle.standardOutput.write(Data("Preview stopped.\n".utf8))
    }

    /// Prints `error: ...` and `hint: ...` as the rest of classplan does.
    static func fail(_ message: String, hint: String? = nil) {
        var text = "error: \(message)\n"
        if let hint { text += "hint: \(hint)\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
