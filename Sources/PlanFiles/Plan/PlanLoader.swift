import Foundation
import PlanCore

/// A plan file as loaded: the plan when it is valid, the library it composes from, and
/// every diagnostic of the plan and its library files.
public struct LoadedPlan: Sendable {
    /// The plan; nil when any error was found.
    public var plan: Plan?
    /// The built-in library with the teacher's folders laid over it.
    public var library: Library
    /// Library-file problems first, then the plan's, each file in file order.
    public var diagnostics: [Diagnostic]
    /// The plan file's text (empty when it could not be decoded).
    public var source: String
    /// The text of every file read, by the name used in spans: for `DiagnosticRenderer`.
    public var sources: [String: String]
    /// Every library folder the plan was composed from, built-in first, including folders
    /// named but missing: what `watch` and `preview` watch besides the plan itself.
    public var libraryFolders: [URL] = []
}

/// Loads a plan file, its library, and checks one against the other.
public struct PlanLoader: Sendable {
    /// The built-in `Assets` folder (from `AssetLocator`); nil loads no built-in library.
    public var assets: URL?
    /// Folders given with `--library DIR`, as typed (relative to the working directory).
    public var libraryFolders: [String]
    /// The personal library and `CLASSPLAN_LIBRARY` folders, read before the plan's own
    /// folders and trusted like `--library`.
    public var searchPath: LibrarySearchPath
    /// When false (the default), a plan's `library:` folders must lie inside the plan's own
    /// folder or a `--library` folder: an absolute path or a `..` that leads out is an error.
    public var allowOutsideFiles: Bool
    /// Library files already parsed, shared by the plans of one run; nil reads them each time.
    public var cache: LibraryCache?
    /// The built-in library as an earlier run parsed it, when the command line keeps one.
    public var snapshot: LibrarySnapshot?

    /// A loader over the built-in assets and `--library` folders; `allowOutsideFiles` lets a
    /// plan name library folders anywhere; with a `cache`, plans loaded by this loader (or
    /// others given the same cache) share the library files they read. `searchPath` adds the
    /// personal library and `CLASSPLAN_LIBRARY` (none unless given).
    public init(assets: URL?, libraryFolders: [String] = [], searchPath: LibrarySearchPath = .none,
                allowOutsideFiles: Bool = false, cache: LibraryCache? = nil, snapshot: LibrarySnapshot? = nil) {
        self.assets = assets
        self.libraryFolders = libraryFolders
        self.searchPath = searchPath
        self.allowOutsideFiles = allowOutsideFiles
        self.cache = cache
        self.snapshot = snapshot
    }

    /// Loads the plan at `path` (as the teacher typed it). Throws `FileReadError` when the
    /// plan or a library file cannot be read at all.
    public func load(_ path: String) throws(FileReadError) -> LoadedPlan {
        let reading = try SourceText.read(URL(fileURLWithPath: path), as: path)
        return try load(reading, path: path)
    }

    /// Loads a plan from text already in hand; `path` names it and anchors its `library:`.
    public func load(text: String, path: String) throws(FileReadError) -> LoadedPlan {
        try load(.text(text), path: path)
    }

    private func load(_ reading: SourceReading, path: String) throws(FileReadError) -> LoadedPlan {
        var text = ""
        var draft = PlanFileParser.Draft()
        switch reading {
        case .problem(let problem): draft.diagnostics = [problem]
        case .text(let t):
            text = t
            draft = PlanFileParser.parse(text: t, file: path)
        }

        // Built-in first, then the personal library and CLASSPLAN_LIBRARY (for every plan),
        // then the plan's own folders, then `--library`: the folder named for this one run
        // has the last word.
        let planFolder = (path as NSString).deletingLastPathComponent
        let containment = allowOutsideFiles
            ? nil : FileContainment(planFolder: planFolder, libraryFolders: searchPath.paths + libraryFolders)
        var refused: [Diagnostic] = []
        var folders: [LibraryFolder] = searchPath.folders
        for entry in draft.libraryEntries {
            let name = planFolder.isEmpty || entry.folder.hasPrefix("/")
                ? entry.folder : (planFolder as NSString).appendingPathComponent(entry.folder)
            // An absolute path is refused even when it happens to point inside: it would not
            // point there on another teacher's machine.
            if let containment, entry.folder.hasPrefix("/") || !containment.contains(name) {
                refused.append(.error(.libraryFolderOutside(TerminalText.abbreviated(entry.folder)), at: entry.span))
                continue
            }
            var folder = LibraryFolder(url: URL(fileURLWithPath: name).standardizedFileURL, name: name, declaredAt: entry.span,
                                       asWritten: entry.folder)
            folder.confinement = containment
            folders.append(folder)
        }
        folders += libraryFolders.map { LibraryFolder(url: URL(fileURLWithPath: $0).standardizedFileURL, name: $0) }
        let builtIn = assets.map(LibraryLoader.builtInFolder(assets:))
        var loaded = try LibraryLoader(cache: cache, snapshot: snapshot).load(builtIn: builtIn, folders: folders)
        loaded.diagnostics += refused

        var reader = NodeReader(file: path, text: text, masked: [])
        if let plan = draft.plan {
            draft.plan = PlanChecker(library: loaded.library, brokenIDs: loaded.brokenIDs)
                .check(plan, notes: draft.items, reader: &reader)
        }
        // Missing-folder errors point into the plan, so they join its diagnostics.
        let planDiagnostics = (draft.diagnostics + reader.diagnostics + loaded.diagnostics.filter { $0.file == path })
            .sortedByPosition().cappedPerFile()
        // A plan reports an override through the composer, and only when the plan uses the
        // replaced id; the loader's own warning at the same place would say it twice.
        let overrideSpans = Set(loaded.library.overrides.compactMap(\.span))
        let libraryDiagnostics = loaded.diagnostics.filter {
            $0.file != path && !($0.severity == .warning && $0.span.map(overrideSpans.contains) == true)
        }
        let diagnostics = libraryDiagnostics + planDiagnostics
        var sources = loaded.sources
        sources[path] = text
        return LoadedPlan(plan: diagnostics.hasErrors ? nil : draft.plan, library: loaded.library,
                          diagnostics: diagnostics, source: text, sources: sources,
                          libraryFolders: (builtIn.map { [$0] } ?? []) + folders.map(\.url))
    }
}
