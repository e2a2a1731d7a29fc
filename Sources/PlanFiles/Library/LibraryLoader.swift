import Foundation
import PlanCore
import Synchronization

/// A folder of library files to lay over the built-in library.
public struct LibraryFolder: Sendable, Equatable {
    /// Where it is.
    public var url: URL
    /// How the teacher wrote it (`my-exercises`), for messages.
    public var name: String
    /// The `library:` entry of a plan that named it; nil for `--library DIR`.
    public var declaredAt: SourceSpan?
    /// The folder as written in the plan (`my-exercises`), for the message when it is missing.
    public var asWritten: String
    /// When set, files in the folder that resolve (through links) to a place outside these
    /// folders are refused: a shared plan's folder must not pull in the teacher's own files.
    var confinement: FileContainment?
    /// What a missing folder is: an error for `--library`, a warning for `CLASSPLAN_LIBRARY`.
    var whenMissing: MissingFolder = .error

    /// How a folder that is not there is reported.
    enum MissingFolder: Sendable, Equatable {
        case error, warnEnvironment
    }

    /// A folder; `declaredAt` is the plan's `library:` entry that named it, if any, and
    /// `asWritten` how the entry spelled it.
    public init(url: URL, name: String, declaredAt: SourceSpan? = nil, asWritten: String? = nil) {
        self.url = url
        self.name = name
        self.declaredAt = declaredAt
        self.asWritten = asWritten ?? name
    }
}

/// A library as loaded, with what was found wrong in its files.
public struct LoadedLibrary: Sendable {
    /// Everything that loaded without error.
    public var library: Library
    /// Problems in library files, file by file in file order, and override warnings.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, by the name used in spans.
    public var sources: [String: String]
    /// Ids of exercises and blocks whose definitions had errors.
    public var brokenIDs: Set<String>
}

/// Loads the built-in library and teachers' folders into one `Library`.
///
/// Layers, in order: the built-in folder, then each teacher folder. An id defined twice in
/// one layer is an error; a later layer replacing an earlier one's id is a warning that
/// names the id and where the replacement stands.
public struct LibraryLoader: Sendable {
    /// Parsed files to reuse; nil reads every file afresh.
    public var cache: LibraryCache?
    /// The built-in library as parsed by an earlier run; nil parses it every time.
    public var snapshot: LibrarySnapshot?

    /// A loader; with a `cache`, files it has seen are not read again, and with a
    /// `snapshot`, built-in files an earlier run parsed are not parsed again.
    public init(cache: LibraryCache? = nil, snapshot: LibrarySnapshot? = nil) {
        self.cache = cache
        self.snapshot = snapshot
    }

    /// The `library` folder inside the built-in `Assets` folder.
    public static func builtInFolder(assets: URL) -> URL {
        assets.appendingPathComponent("library", isDirectory: true)
    }

    /// Loads `builtIn` (a library folder; nil for none) and then `folders`.
    /// Throws `FileReadError` when a file inside a folder exists but cannot be read.
    public func load(builtIn: URL?, folders: [LibraryFolder]) throws(FileReadError) -> LoadedLibrary {
        var result = LoadedLibrary(library: Library(), diagnostics: [], sources: [:], brokenIDs: [])
        var origin: [String: (isBuiltIn: Bool, span: SourceSpan?)] = [:]
        var memberSpans: [String: [SourceSpan]] = [:]
        var aliasSpans: [String: [SourceSpan]] = [:]
        var likes: [String: FigureSection] = [:]

        var layers: [(url: URL, name: String, isBuiltIn: Bool, confinement: FileContainment?)] = []
        if let builtIn { layers.append((builtIn, builtIn.path, true, nil)) }
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.url.path, isDirectory: &isDirectory),
                  isDirectory.boolValue else {
                if let span = folder.declaredAt {
                    result.diagnostics.append(.error(.missingLibraryFolder(TerminalText.abbreviated(folder.asWritten),
                                                                     lookedAt: TerminalText.abbreviated(folder.url.path)), at: span))
                } else if folder.whenMissing == .warnEnvironment {
                    result.diagnostics.append(.warning(.missingEnvironmentLibrary(folder.name), at: nil, file: folder.name))
                } else {
                    result.diagnostics.append(.error(.missingLibraryOption(TerminalText.abbreviated(folder.name)), at: nil))
                }
                continue
            }
            layers.append((folder.url, folder.name, false, folder.confinement))
        }

        for layer in layers {
            let (files, oddNames) = try Self.yamlFiles(in: layer.url, name: layer.name)
            for shown in oddNames {
                let display = (layer.name as NSString).appendingPathComponent(shown)
                result.diagnostics.append(.error(.libraryFileNameNotUTF8(display), at: nil, file: display))
            }
            if files.isEmpty && !layer.isBuiltIn {
                result.diagnostics.append(.warning(.emptyLibraryFolder(layer.name), at: nil, file: layer.name))
            }
            var seenInLayer: [String: SourceSpan?] = [:]
            let displays = files.map { layer.isBuiltIn ? $0.path : (layer.name as NSString).appendingPathComponent($0.lastPathComponent) }
            let inside = files.map { file in layer.confinement.map { $0.contains(file.path) } ?? true }
            let entries = readAll(files, displays: displays, where: inside, snapshot: layer.isBuiltIn ? snapshot : nil)
            if layer.isBuiltIn { snapshot?.save(keeping: Set(displays)) }
            for index in files.indices {
                let display = displays[index]
                guard inside[index], let read = entries[index] else {
                    result.diagnostics.append(.error(.libraryFileOutside(display), at: nil, file: display))
                    continue
                }
                let entry = try read.get()
                let text: String
                switch entry.reading {
                case .problem(let problem):
                    result.diagnostics.append(problem)
                    continue
                case .text(let t): text = t
                }
                result.sources[display] = text
                guard var contents = entry.contents else { continue }
                result.brokenIDs.formUnion(contents.brokenIDs)

                func place(_ id: String, kind: String, isBlock: Bool, span: SourceSpan?) -> Bool {
                    let key = (isBlock ? "block:" : "exercise:") + id
                    if let first = seenInLayer[key] {
                        contents.diagnostics.append(.error(.duplicateID(id, kind: kind, first: first), at: span))
                        return false
                    }
                    seenInLayer[key] = span
                    if let earlier = origin[key] {
                        let message: Diagnostic.Message = earlier.isBuiltIn
                            ? .overridesBuiltIn(id, kind: kind)
                            : Diagnostic.Message("\(kind) '\(id)' replaces the one at \(earlier.span.map { "\($0.file):\($0.line)" } ?? "an earlier folder")",
                                                 hint: "give it another id to keep both")
                        contents.diagnostics.append(.warning(message, at: span))
                    }
                    origin[key] = (layer.isBuiltIn, span)
                    return true
                }
                for exercise in contents.exercises where place(exercise.id, kind: "exercise", isBlock: false, span: exercise.span) {
                    result.library.add(exercise, overriding: !layer.isBuiltIn)
                    likes[exercise.id] = contents.likes[exercise.id]
                    aliasSpans["exercise:" + exercise.id] = contents.aliasSpans["exercise:" + exercise.id]
                }
                for block in contents.blocks where place(block.id, kind: "block", isBlock: true, span: block.span) {
                    result.library.add(block, overriding: !layer.isBuiltIn)
                    memberSpans[block.id] = contents.blockMemberSpans[block.id]
                    aliasSpans["block:" + block.id] = contents.aliasSpans["block:" + block.id]
                }
                result.diagnostics += contents.diagnostics.sortedByPosition()
            }
        }

        // Members are checked once every layer is in: a teacher's block may use built-in
        // exercises, and a teacher's exercise may complete a built-in block.
        let ids = result.library.exerciseOrder
        var hintBudget = EditDistance.Budget()
        for block in result.library.allBlocks {
            let spans = memberSpans[block.id] ?? []
            for (index, member) in block.exercises.enumerated()
            where result.library.exercises[member] == nil && !result.brokenIDs.contains(member) {
                result.diagnostics.append(.error(
                    .blockExerciseMissing(member, block: block.id, suggestion: EditDistance.suggestion(for: member, among: ids, budget: &hintBudget)),
                    at: index < spans.count ? spans[index] : block.span))
            }
        }
        result.diagnostics += Self.checkAliases(of: result.library, spans: aliasSpans)
        let figures = FigureSection.resolve(likes, in: result.library, diagnostics: &result.diagnostics)
        for (id, figure) in figures.sorted(by: { $0.key < $1.key }) {
            guard var exercise = result.library.exercises[id] else { continue }
            exercise.figure = figure
            result.library.add(exercise)
        }
        result.diagnostics = result.diagnostics.cappedPerFile()
        return result
    }

    /// Reads and parses the files whose `wanted` is true, side by side on every core: the
    /// built-in library is a dozen files, and parsing them is most of what `check` does.
    /// A file whose parse `snapshot` holds for its text is not parsed again.
    /// The results stand in the files' order; nil where a file was not wanted.
    private func readAll(_ files: [URL], displays: [String], where wanted: [Bool],
                         snapshot: LibrarySnapshot?) -> [Result<LibraryCache.Entry, FileReadError>?] {
        let results = Mutex<[Result<LibraryCache.Entry, FileReadError>?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard wanted[index] else { return }
            let file = files[index], display = displays[index]
            let read = { () throws(FileReadError) -> LibraryCache.Entry in
                let reading = try SourceText.read(file, as: display)
                guard case .text(let text) = reading else { return LibraryCache.Entry(reading: reading, contents: nil) }
                if let stored = snapshot?.contents(display: display, text: text) {
                    return LibraryCache.Entry(reading: reading, contents: stored)
                }
                let contents = LibraryFileParser.parse(text: text, file: display)
                snapshot?.remember(contents, display: display, text: text)
                return LibraryCache.Entry(reading: reading, contents: contents)
            }
            let result = Result { () throws(FileReadError) -> LibraryCache.Entry in
                if let cache { return try cache.entry(for: file, display: display, make: read) }
                return try read()
            }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0 }
    }

    /// Every id and alias names one entry: an alias may not repeat its own id, another
    /// entry's id, or another entry's alias.
    static func checkAliases(of library: Library, spans: [String: [SourceSpan]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owners: [String: (owner: String, span: SourceSpan?)] = [:]
        let entries = library.allBlocks.map { (key: "block:" + $0.id, id: $0.id, aliases: $0.aliases, span: $0.span) }
            + library.allExercises.map { (key: "exercise:" + $0.id, id: $0.id, aliases: $0.aliases, span: $0.span) }
        for entry in entries where owners[entry.id] == nil { owners[entry.id] = (entry.id, entry.span) }
        for entry in entries {
            let places = spans[entry.key] ?? []
            for (index, alias) in entry.aliases.enumerated() {
                let span = index < places.count ? places[index] : entry.span
                if alias == entry.id {
                    diagnostics.append(.error(.aliasIsOwnID(alias), at: span))
                } else if let other = owners[alias], other.owner != entry.id {
                    diagnostics.append(.error(.aliasTaken(alias, by: other.owner, span: other.span), at: span))
                } else {
                    owners[alias] = (entry.id, span)
                }
            }
        }
        return diagnostics
    }

    /// The `*.yaml` files directly inside `url`, in name order, and (shown with their odd
    /// bytes escaped) the names of those that are not UTF-8, which cannot be named in a
    /// `String` and so cannot be read or reported by name.
    static func yamlFiles(in url: URL, name: String) throws(FileReadError) -> (files: [URL], notUTF8: [String]) {
        guard let folder = opendir(url.path) else {
            throw FileReadError(path: name, reason: "the folder cannot be listed")
        }
        defer { closedir(folder) }
        var names: [String] = []
        var odd: [String] = []
        while let entry = readdir(folder) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard bytes.first != UInt8(ascii: "."), bytes.count > 5,
                  bytes.suffix(5).elementsEqual(".yaml".utf8) else { continue }
            if let text = String(validating: bytes, as: UTF8.self) {
                names.append(text)
            } else {
                odd.append(TerminalText.escapedBytes(bytes))
            }
        }
        return (names.sorted().map { url.appendingPathComponent($0) }, odd.sorted())
    }
}
