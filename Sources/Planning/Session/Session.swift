import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles

/// One planning run: everything a command needs from outside (the built-in library, the
/// teacher's library folders, the clock) is handed in here once, typst-`World` style, and
/// the pipeline (load, compose, pose, draw, write) runs through it. The plans of a run share
/// the library files it has read and the figures it has posed.
///
/// The command line makes one session per command; tests make their own, with a fixed clock.
public final class Session: Sendable {
    /// The built-in `Assets` folder; nil for a session that reads no library (`new`).
    public let assets: URL?
    /// Folders given with `--library DIR`, as typed (relative to the working directory).
    public let libraryFolders: [String]
    /// The personal library and the `CLASSPLAN_LIBRARY` folders, read by every command.
    public let searchPath: LibrarySearchPath
    /// Whether a plan's `library:` folders may lie outside its folder and the `--library` folders.
    public let allowOutsideFiles: Bool
    /// The version written into every document as its creator.
    public let version: String
    /// Now: read for a plan without a date (the calendar's first day) and nowhere else.
    public let clock: @Sendable () -> Date
    /// Reads plans; its library cache is shared by every plan of the session.
    let loader: PlanLoader
    /// The diagrams, posed once for the whole session.
    let figures: CachedFigures
    /// The diagrams without labels, for large print, posed once too.
    let plainFigures: CachedFigures
    /// The typesetters, their fonts loaded once for the whole session.
    let typesetters: TypesetterPool

    /// A session over the built-in library at `assets` and the teacher's `libraryFolders`;
    /// `searchPath` adds the personal library (none unless given: tests never read the real
    /// home); `snapshot` keeps the built-in library as parsed between runs (none unless
    /// given); `clock` gives now (the system clock unless a test fixes it).
    public init(assets: URL?, libraryFolders: [String] = [], searchPath: LibrarySearchPath = .none,
                allowOutsideFiles: Bool = false, snapshot: LibrarySnapshot? = nil,
                version: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.assets = assets
        self.libraryFolders = libraryFolders
        self.searchPath = searchPath
        self.allowOutsideFiles = allowOutsideFiles
        self.version = version
        self.clock = clock
        loader = PlanLoader(assets: assets, libraryFolders: libraryFolders, searchPath: searchPath,
                            allowOutsideFiles: allowOutsideFiles, cache: LibraryCache(), snapshot: snapshot)
        figures = CachedFigures()
        plainFigures = CachedFigures(ExerciseFigures(labels: false))
        typesetters = TypesetterPool()
    }

    /// A session for the next run of the same plans (`watch` and `preview` after a save):
    /// the plan is read afresh and library files only when saved since (the library cache
    /// checks each file's modification time, size and inode), while the posed figures (which
    /// depend only on pose data) and the loaded fonts are kept.
    public func again() -> Session {
        Session(self)
    }

    private init(_ earlier: Session) {
        assets = earlier.assets
        libraryFolders = earlier.libraryFolders
        searchPath = earlier.searchPath
        allowOutsideFiles = earlier.allowOutsideFiles
        version = earlier.version
        clock = earlier.clock
        loader = earlier.loader
        figures = earlier.figures
        plainFigures = earlier.plainFigures
        typesetters = earlier.typesetters
    }

    /// Loads a plan, adding its diagnostics to `report`; nil when it is invalid (the
    /// report's status is then `.invalid`) or cannot be read (`.file`).
    public func loadPlan(_ path: String, report: inout PlanReport) -> (plan: Plan, loaded: LoadedPlan)? {
        let loaded: LoadedPlan
        do {
            loaded = try loader.load(path)
        } catch {
            report.fail(error.description, hint: error.hint, status: .file)
            return nil
        }
        report.add(loaded.diagnostics, sources: loaded.sources)
        guard let plan = loaded.plan else {
            report.record(.invalid)
            return nil
        }
        return (plan, loaded)
    }

    /// Loads and composes a plan, adding its diagnostics and (unless `warnings` is false)
    /// the composer's warnings to `report`; nil when it is invalid or cannot be read.
    public func compose(_ path: String, report: inout PlanReport, warnings: Bool = true) -> ComposedPlan? {
        guard let (plan, loaded) = loadPlan(path, report: &report) else { return nil }
        let sequence = Composer(library: loaded.library).compose(plan)
        if warnings { report.add(sequence.warnings, sources: loaded.sources) }
        return ComposedPlan(path: path, plan: plan, loaded: loaded, sequence: sequence)
    }

    /// Checks a plan: its diagnostics and, when it is valid, the composer's warnings too,
    /// so its length and flow warnings show. The status is `.file` when it cannot be read.
    public func check(_ path: String) -> PlanReport {
        var report = PlanReport()
        do {
            let loaded = try loader.load(path)
            report.add(loaded.diagnostics, sources: loaded.sources)
            if let plan = loaded.plan {
                report.add(Composer(library: loaded.library).compose(plan).warnings, sources: loaded.sources)
            } else {
                report.record(.invalid)
            }
        } catch {
            report.fail(error.description, hint: error.hint, status: .file)
        }
        return report
    }

    /// Loads the built-in library and the session's folders. Errors in library files are
    /// in the result's diagnostics; only a file that cannot be read at all throws.
    public func loadLibrary() throws(FileReadError) -> LoadedLibrary {
        let builtIn = assets.map(LibraryLoader.builtInFolder(assets:))
        let folders = searchPath.folders
            + libraryFolders.map { LibraryFolder(url: URL(fileURLWithPath: $0).standardizedFileURL, name: $0) }
        return try LibraryLoader(cache: loader.cache, snapshot: loader.snapshot).load(builtIn: builtIn, folders: folders)
    }

    /// Writes the commented starter plan to `path`, never over anything already there,
    /// whole or not at all; its example date is today.
    public func newPlan(at path: String) -> PlanReport {
        var report = PlanReport()
        let url = URL(fileURLWithPath: path)
        var info = stat()
        if lstat(url.path, &info) == 0 {
            report.fail("'\(path)' already exists, and `classplan new` does not overwrite files",
                        hint: "choose another name, or remove the file first", status: .file)
            return report
        }
        do {
            try OutputFile.writeNew(Data(StarterPlan.text(today: today()).utf8), to: url)
        } catch let GraphicsError.cannotWrite(_, reason) {
            report.fail("cannot write '\(path)': \(reason)", status: .file)
            return report
        } catch {
            report.fail("cannot write '\(path)': \(error)", status: .file)
            return report
        }
        report.written.append(url)
        return report
    }

    /// Today in the local calendar, by the session's clock.
    public func today() -> PlanDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: clock())
        // The calendar always gives a real day; 1 January 2000 only guards the optional.
        return PlanDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? PlanDate(year: 2000, month: 1, day: 1)!
    }
}

/// A plan read and composed: what every output is drawn from.
public struct ComposedPlan: Sendable {
    /// The plan file, as the teacher named it.
    public var path: String
    /// The plan.
    public var plan: Plan
    /// The plan as loaded, with its library and sources.
    public var loaded: LoadedPlan
    /// The timed class.
    public var sequence: ClassSequence
}
