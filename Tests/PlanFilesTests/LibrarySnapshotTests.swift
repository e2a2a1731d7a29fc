import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// The built-in library as parsed, kept between runs so `check` need not parse its YAML.
@Suite("The library snapshot")
struct LibrarySnapshotTests {
    /// The project's own built-in library folder.
    static let builtIn = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Assets/library")

    /// A scratch copy of the built-in library and an empty cache folder beside it.
    struct Scratch {
        let root: URL
        var library: URL { root.appendingPathComponent("library") }
        var cache: URL { root.appendingPathComponent("cache/classplan") }
        var snapshotFile: URL { cache.appendingPathComponent("library.snapshot") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-snapshot-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("cache"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: LibrarySnapshotTests.builtIn, to: library)
        }

        func snapshot(build: String = "build 1") -> LibrarySnapshot { LibrarySnapshot(file: snapshotFile, build: build) }

        func load(_ snapshot: LibrarySnapshot?) throws -> LoadedLibrary {
            try LibraryLoader(snapshot: snapshot).load(builtIn: library, folders: [])
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The bytes of `contents` in the snapshot's form.
    static func bytes(_ contents: LibraryFileParser.Contents) -> [UInt8] {
        let writer = SnapshotWriter()
        writer.put(contents)
        return writer.bytes
    }

    /// Every built-in file's parse, written in the snapshot's form and read back, is what
    /// was parsed: no field of an exercise, block, figure or diagnostic is lost.
    @Test func everyBuiltInFileReadsBackAsItWasParsed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.builtIn.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 10)
        for name in files {
            let text = try String(contentsOf: Self.builtIn.appendingPathComponent(name), encoding: .utf8)
            let parsed = LibraryFileParser.parse(text: text, file: name)
            let decoded = try SnapshotReader.value(LibraryFileParser.Contents.self, in: Self.bytes(parsed))
            #expect(decoded == parsed, "\(name)")
        }
    }

    /// Each type writes as many fields as it has stored properties: a property added to an
    /// exercise, a block or a figure must be added to the snapshot too, or this fails.
    @Test func everyStoredPropertyIsWritten() throws {
        let span = SourceSpan(file: "f", line: 1, column: 1)
        let figure = FigureSpec(base: .supine, start: PoseAngles(), end: PoseAngles(), view: .side)
        let exercise = Exercise(id: "a", name: "A", position: .supine, sided: false, dose: .reps(1))
        let block = Block(id: "b", name: "B", exercises: ["a"])
        let diagnostic = Diagnostic(severity: .error, message: "m", span: span)
        let section = FigureSection(like: FigureSection.Like(id: "a", span: span), written: figure, keys: [],
                                    startAngles: PoseAngles(), endAngles: PoseAngles())
        let samples: [(value: Any, fields: Int)] = [
            (Duration(seconds: 1), Duration.fields), (Angle(degrees: 1), Angle.fields), (span, SourceSpan.fields),
            (Tip(text: "t"), Tip.fields), (PoseAngles(), PoseAngles.fields), (FigureProp(.strap), FigureProp.fields),
            (figure, FigureSpec.fields), (exercise, Exercise.fields), (block, Block.fields),
            (diagnostic, Diagnostic.fields), (Diagnostic.Omitted(), Diagnostic.Omitted.fields),
            (FigureSection.Like(id: "a", span: span), FigureSection.Like.fields), (section, FigureSection.fields),
            (LibraryFileParser.Contents(), LibraryFileParser.Contents.fields),
        ]
        for sample in samples {
            #expect(Mirror(reflecting: sample.value).children.count == sample.fields, "\(type(of: sample.value))")
        }
    }

    /// Bytes cut short, altered or followed by more are refused, never read as something else.
    @Test func bytesThatAreNotWhatWasWrittenAreRefused() throws {
        let text = try String(contentsOf: Self.builtIn.appendingPathComponent("hip-rotation-series.yaml"), encoding: .utf8)
        let bytes = Self.bytes(LibraryFileParser.parse(text: text, file: "hip.yaml"))
        for cut in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
            #expect(throws: SnapshotReader.Unreadable.self) {
                try SnapshotReader.value(LibraryFileParser.Contents.self, in: Array(bytes.prefix(cut)))
            }
        }
        #expect(throws: SnapshotReader.Unreadable.self) {
            try SnapshotReader.value(LibraryFileParser.Contents.self, in: bytes + [0])
        }
        var huge = bytes
        // The count of exercises, made larger than the bytes could hold.
        huge[7] = 0x7F
        #expect(throws: SnapshotReader.Unreadable.self) {
            try SnapshotReader.value(LibraryFileParser.Contents.self, in: huge)
        }
    }

    /// The first load writes the snapshot; a later one (a fresh run) reads its files from it,
    /// and gives the same library and diagnostics as a load that parses.
    @Test func aLaterRunReadsTheSnapshotAndGetsTheSameLibrary() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let parsed = try scratch.load(nil)
        let first = try scratch.load(scratch.snapshot())
        #expect(FileManager.default.fileExists(atPath: scratch.snapshotFile.path))
        let later = try scratch.load(scratch.snapshot())
        #expect(first.library == parsed.library && later.library == parsed.library)
        #expect(later.diagnostics == parsed.diagnostics && later.brokenIDs == parsed.brokenIDs)
        #expect(later.sources == parsed.sources)
        #expect(later.library.exercises.count >= 66)
    }

    /// What a later run reads is the snapshot, not the YAML: an entry changed in the
    /// snapshot shows; once the file's text changes, the file is parsed again.
    @Test func aChangedFileIsParsedAgainAndAnUnchangedOneIsNot() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load(scratch.snapshot())
        let file = scratch.library.appendingPathComponent("hip-rotation-series.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let display = file.path

        // Rewrite the snapshot's entry for the file with a name the YAML does not have.
        let snapshot = scratch.snapshot()
        var contents = try #require(snapshot.contents(display: display, text: text))
        let index = try #require(contents.exercises.firstIndex { $0.id == "hip-rotation-feet-down" })
        contents.exercises[index].name = "Name from the snapshot"
        snapshot.remember(contents, display: display, text: text)
        snapshot.save(keeping: Set((try scratch.load(nil)).sources.keys))
        #expect(try scratch.load(scratch.snapshot()).library.exercises["hip-rotation-feet-down"]?.name == "Name from the snapshot")

        // The file saved with a new name: its text no longer matches, so it is parsed.
        try text.replacingOccurrences(of: "name: Hip rotation, feet down", with: "name: Hip rotation, feet down, edited")
            .write(to: file, atomically: true, encoding: .utf8)
        let edited = try scratch.load(scratch.snapshot())
        #expect(edited.library.exercises["hip-rotation-feet-down"]?.name == "Hip rotation, feet down, edited")
        // And the snapshot written by that run holds the new parse.
        let fresh = scratch.snapshot()
        let newText = try String(contentsOf: file, encoding: .utf8)
        #expect(fresh.contents(display: display, text: newText)?.exercises.first { $0.id == "hip-rotation-feet-down" }?.name
                == "Hip rotation, feet down, edited")
    }

    /// A snapshot written by another build of the program, or one that is damaged (a
    /// letter of a name changed, or the file cut short), is ignored: the library is parsed,
    /// and a good snapshot written in its place.
    @Test(arguments: ["another build", "a letter changed", "cut short"])
    func aSnapshotOfAnotherBuildOrDamagedIsIgnored(_ kind: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let parsed = try scratch.load(nil)
        if kind == "another build" {
            _ = try scratch.load(scratch.snapshot(build: "build 0"))
        } else {
            _ = try scratch.load(scratch.snapshot())
            var bytes = [UInt8](try Data(contentsOf: scratch.snapshotFile))
            if kind == "cut short" {
                bytes.removeLast(7)
            } else {
                // A letter inside a name: no length or key check would notice the change.
                let name = Array("Hip rotation, feet down".utf8)
                let at = try #require((0...(bytes.count - name.count)).first { bytes[$0..<$0 + name.count].elementsEqual(name) })
                bytes[at] = UInt8(ascii: "Z")
            }
            try Data(bytes).write(to: scratch.snapshotFile)
        }
        let loaded = try scratch.load(scratch.snapshot())
        #expect(loaded.library == parsed.library && loaded.diagnostics == parsed.diagnostics)
        #expect(loaded.library.exercises["hip-rotation-feet-down"]?.name == "Hip rotation, feet down")
        let rewritten = scratch.snapshot()
        for (display, text) in parsed.sources {
            #expect(rewritten.contents(display: display, text: text) != nil, "a good snapshot was written: \(display)")
        }
    }

    /// An entry written by someone who can write the cache folder, with its hash and check
    /// made right, is still read within the bounds the YAML reader holds numbers to: a count
    /// of repetitions no plan may give is refused, and the file parsed instead.
    @Test(arguments: [Dose.reps(Int.max), .time(Duration(seconds: -5)), .perSide(Duration(seconds: Int.max))])
    func aForgedEntryWithNumbersOutOfBoundsIsRefused(_ dose: Dose) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let parsed = try scratch.load(nil)
        _ = try scratch.load(scratch.snapshot())
        let file = scratch.library.appendingPathComponent("hip-rotation-series.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let forger = scratch.snapshot()
        var contents = try #require(forger.contents(display: file.path, text: text))
        contents.exercises[0].dose = dose
        forger.remember(contents, display: file.path, text: text)
        forger.save(keeping: Set(parsed.sources.keys))
        #expect(scratch.snapshot().contents(display: file.path, text: text) == nil)
        #expect(try scratch.load(scratch.snapshot()).library == parsed.library)
    }

    /// A snapshot file that is a pipe is skipped at once, never waited on.
    @Test func aSnapshotThatIsAPipeIsSkipped() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.cache, withIntermediateDirectories: true)
        #expect(mkfifo(scratch.snapshotFile.path, 0o600) == 0)
        let parsed = try scratch.load(nil)
        #expect(try scratch.load(scratch.snapshot()).library == parsed.library)
    }

    /// A cache folder whose base does not exist is not made: nothing is written outside
    /// the places the user has.
    @Test func noSnapshotIsWrittenWhereTheCacheBaseIsMissing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let home = scratch.root.appendingPathComponent("no-such-home")
        let place = try #require(LibrarySnapshot.place(environment: ["HOME": home.path]))
        let snapshot = LibrarySnapshot(file: place.folder.appendingPathComponent("library.snapshot"), build: "b", base: place.base)
        let loaded = try LibraryLoader(snapshot: snapshot).load(builtIn: scratch.library, folders: [])
        #expect(loaded.library.exercises.count >= 66)
        #expect(!FileManager.default.fileExists(atPath: home.path))
        // With the home there, `.cache/classplan` is made inside it, for the user alone.
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: false)
        _ = try LibraryLoader(snapshot: snapshot).load(builtIn: scratch.library, folders: [])
        #expect(FileManager.default.fileExists(atPath: snapshot.file.path))
        let mode = try FileManager.default.attributesOfItem(atPath: place.folder.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    /// The command line's cache folder: `$XDG_CACHE_HOME/classplan`, else `~/.cache/classplan`.
    @Test func theCacheFolderFollowsTheXDGRules() {
        let xdg = LibrarySnapshot.place(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/t"])
        #expect(xdg?.folder.path == "/x/cache/classplan" && xdg?.base.path == "/x/cache")
        let home = LibrarySnapshot.place(environment: ["HOME": "/home/t"])
        #expect(home?.folder.path == "/home/t/.cache/classplan" && home?.base.path == "/home/t")
        #expect(LibrarySnapshot.place(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/t"])?.folder.path
                == "/home/t/.cache/classplan", "a relative XDG_CACHE_HOME is ignored, as the specification says")
        #expect(LibrarySnapshot.place(environment: [:]) == nil)
    }
}
