import ArgumentParser
import Foundation
import PlanCore
import PlanFiles
import Planning

/// `--library DIR`, shared by every command that reads a plan or the library; and finding
/// the built-in library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: ArgumentHelp(
        "A folder of your own exercises and blocks, laid over the built-in library (repeatable).",
        valueName: "DIR"))
    var folders: [String] = []

    @Flag(help: ArgumentHelp(
        "Let a plan's library folders lie outside the plan's folder and the --library folders."))
    var allowOutsideFiles = false

    /// The built-in `Assets` folder; prints an error and exits 3 when it is missing.
    func assets() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let executable = AssetLocator.executable
        if let url = AssetLocator.assetsFolder(environment: environment, executable: executable) { return url }
        let places = AssetLocator.candidates(environment: environment, executable: executable).map(\.path)
        Terminal.fail("the built-in library was not found",
                      hint: "looked in \(places.joined(separator: ", ")); set CLASSPLAN_ASSETS to the Assets folder")
        throw ExitStatus.file.exitCode
    }

    /// The session of this command: the built-in library, the personal library and the
    /// `CLASSPLAN_LIBRARY` folders of this process's environment, these folders, the
    /// snapshot of the built-in library in the user's cache folder, and the system clock.
    func session() throws -> Session {
        Session(assets: try assets(), libraryFolders: folders, searchPath: searchPath,
                allowOutsideFiles: allowOutsideFiles, snapshot: Self.snapshot,
                version: ClassPlannerVersion.current)
    }

    /// The built-in library as parsed by an earlier run of this program, kept in
    /// `$XDG_CACHE_HOME/classplan` (or `~/.cache/classplan`).
    static var snapshot: LibrarySnapshot? {
        LibrarySnapshot.ofThisProgram(environment: ProcessInfo.processInfo.environment)
    }

    /// The personal library and the `CLASSPLAN_LIBRARY` folders of this process's environment.
    var searchPath: LibrarySearchPath {
        LibrarySearchPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Loads the built-in library and these folders, printing any diagnostics; exits 3
    /// when a file cannot be read. Errors in library files are returned, not fatal.
    func loadLibrary() throws -> LoadedLibrary {
        do {
            let loaded = try session().loadLibrary()
            Terminal.print(loaded.diagnostics, sources: loaded.sources)
            return loaded
        } catch let error as FileReadError {
            Terminal.fail(error.description)
            throw ExitStatus.file.exitCode
        }
    }
}
