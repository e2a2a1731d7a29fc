import ArgumentParser
import Foundation
import PlanFiles

/// `classplan preview PLAN [--port N]`: runs the preview server, `classplan-preview`, which
/// is built apart (its HTTP library takes minutes to build, and `make demo` does not need it).
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show a plan's timeline, errors and handouts on a local web page that updates on each save.",
        discussion: """
            The page is served at http://127.0.0.1:PORT/ only, and updates itself within a \
            second of each save of the plan or of a library file it uses. Ctrl-C stops it.
            """)

    /// The name of the server binary, looked for beside `classplan`.
    static let serverName = "classplan-preview"

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"))
    var plan: String

    @Option(help: "The port to listen on at 127.0.0.1 (default: one the system picks).")
    var port: Int?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let port, !(1...65535).contains(port) { throw ValidationError("--port takes a number from 1 to 65535") }
    }

    func run() throws {
        let folder = (AssetLocator.executable?.resolvingSymlinksInPath().deletingLastPathComponent())
            ?? URL(fileURLWithPath: ".")
        let server = folder.appendingPathComponent(Self.serverName)
        guard FileManager.default.isExecutableFile(atPath: server.path) else {
            Terminal.fail("the preview server is not built (looked for \(server.path))",
                          hint: "build it with `swift build --product \(Self.serverName)` (or `make preview`), "
                              + "then run `classplan preview` again")
            throw ExitStatus.file.exitCode
        }
        var arguments = [server.path, plan]
        if let port { arguments += ["--port", String(port)] }
        for folder in library.folders { arguments += ["--library", folder] }
        if library.allowOutsideFiles { arguments.append("--allow-outside-files") }
        // The server takes this process's place, so Ctrl-C and the exit status are its own.
        // Signals are blocked here for `Interruption`, and a blocked mask survives exec.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        execv(server.path, argv)
        Terminal.fail("could not start \(server.path): \(String(cString: strerror(errno)))")
        throw ExitStatus.file.exitCode
    }
}
