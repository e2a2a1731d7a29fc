import ArgumentParser
import Foundation
import PlanCore
import PlanFiles

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
        let executable = Bundle.main.executableURL
        if let url = AssetLocator.assetsFolder(environment: environment, executable: executable) { return url }
        let places = AssetLocator.candidates(environment: environment, executable: executable).map(\.path)
        Terminal.fail("the built-in library was not found",
                      hint: "looked in \(places.joined(separator: ", ")); set CLASSPLAN_ASSETS to the Assets folder")
        throw ExitStatus.file.exitCode
    }

    /// A plan loader over the built-in library and these folders; the plans it loads share
    /// the library files they read.
    func planLoader() throws -> PlanLoader {
        PlanLoader(assets: try assets(), libraryFolders: folders, searchPath: searchPath,
                   allowOutsideFiles: allowOutsideFiles, cache: LibraryCache())
    }

    /// The personal library and the `CLASSPLAN_LIBRARY` folders of this process's environment.
    var searchPath: LibrarySearchPath {
        LibrarySearchPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Loads a plan, prints its diagnostics, and returns it; exits 1 when it is invalid and
    /// 3 when a file cannot be read. The result also carries the library and the sources
    /// (for printing the composer's warnings with `Terminal.print(_:sources:)`).
    func loadPlan(_ path: String) throws -> (plan: Plan, loaded: LoadedPlan) {
        var report = TerminalReport()
        let result = Self.loadPlan(path, with: try planLoader(), report: &report)
        report.flush()
        guard let result else { throw report.status.exitCode }
        return result
    }

    /// Loads a plan with `loader`, adding its diagnostics to `report`; nil when it is
    /// invalid (the report's status is then 1) or cannot be read (3).
    static func loadPlan(_ path: String, with loader: PlanLoader,
                         report: inout TerminalReport) -> (plan: Plan, loaded: LoadedPlan)? {
        let loaded: LoadedPlan
        do {
            loaded = try loader.load(path)
        } catch {
            report.fail(error.description, status: .file)
            return nil
        }
        report.print(loaded.diagnostics, sources: loaded.sources)
        guard let plan = loaded.plan else {
            report.record(.invalid)
            return nil
        }
        return (plan, loaded)
    }

    /// Loads the built-in library and these folders, printing any diagnostics; exits 3
    /// when a file cannot be read. Errors in library files are returned, not fatal.
    func loadLibrary() throws -> LoadedLibrary {
        let builtIn = LibraryLoader.builtInFolder(assets: try assets())
        let folders = searchPath.folders
            + self.folders.map { LibraryFolder(url: URL(fileURLWithPath: $0).standardizedFileURL, name: $0) }
        do {
            let loaded = try LibraryLoader().load(builtIn: builtIn, folders: folders)
            Terminal.print(loaded.diagnostics, sources: loaded.sources)
            return loaded
        } catch {
            Terminal.fail(error.description)
            throw ExitStatus.file.exitCode
        }
    }
}
