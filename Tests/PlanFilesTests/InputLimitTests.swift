import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// A fresh folder for one test, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// One library exercise, for library folders made by a test.
func libraryExercise(_ id: String, sided: Bool = false) -> String {
    """
      - id: \(id)
        name: Exercise \(id)
        position: supine
        sided: \(sided)
        time: 1min
        feel: [back of the hips]
        cues: [Breathe out as you lift., Keep the ribs soft.]
        mistakes: [Holding the breath.]

    """
}

@Suite("Input limits: every bound a file can reach ends in a diagnostic")
struct InputLimitTests {
    let loader = PlanLoader(assets: Fixtures.assets)

    @Test func diagnosticsStopAtAHundredPerFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let items = (0..<300).map { "  - exercise: missing-\($0)\n" }.joined()
        let plan = try folder.write("plan.yaml", "title: Many\nsequence:\n" + items)
        let loaded = try loader.load(plan)
        #expect(loaded.diagnostics.count == Limits.diagnosticsPerFile + 1)
        let last = try #require(loaded.diagnostics.last)
        #expect(last.message == "and 200 more problems in this file")
        #expect(last.file == plan && last.span == nil)
        #expect(loaded.plan == nil)
    }

    /// A file of many warnings and one error below them still shows the error, and the
    /// summary of what was left out is an error only when an error was.
    @Test func cappingKeepsTheErrorsThatFailTheRun() {
        func warning(_ line: Int) -> Diagnostic {
            Diagnostic(severity: .warning, message: "w\(line)", span: SourceSpan(file: "p.yaml", line: line, column: 1))
        }
        let error = Diagnostic(severity: .error, message: "the error", span: SourceSpan(file: "p.yaml", line: 500, column: 1))
        let capped = ((1...150).map(warning) + [error]).cappedPerFile(limit: 100)
        #expect(capped.count == 101)
        #expect(capped.contains { $0.message == "the error" })
        #expect(capped.filter(\.isError).map(\.message) == ["the error"], "51 warnings left out: the summary is a warning")
        #expect(capped.last?.message == "and 51 more problems in this file")
        let manyErrors = (1...150).map { Diagnostic(severity: .error, message: "e\($0)", span: nil) }.cappedPerFile(limit: 100)
        #expect(manyErrors.last?.isError == true)
    }

    /// What a loader capped and a composer then adds are capped again as one list: still at
    /// most a hundred of the file and one summary, which counts what both left out.
    @Test func cappingTwiceCountsWhatTheFirstCapLeftOut() {
        func diagnostic(_ line: Int, _ severity: Diagnostic.Severity) -> Diagnostic {
            Diagnostic(severity: severity, message: "\(severity) \(line)", span: SourceSpan(file: "p.yaml", line: line, column: 1))
        }
        let loaded = ((1...120).map { diagnostic($0, .warning) } + [diagnostic(121, .error)]).cappedPerFile(limit: 100)
        #expect(loaded.count == 101 && loaded.errorCount == 1 && loaded.warningCount == 120)
        let both = (loaded + (200..<280).map { diagnostic($0, .warning) }).cappedPerFile(limit: 100)
        #expect(both.count == 101)
        #expect(both.filter(\.isSummary).count == 1)
        #expect(both.last?.message == "and 101 more problems in this file")
        #expect(both.last?.isError == false, "only warnings were left out")
        #expect(both.errorCount == 1 && both.warningCount == 200, "every diagnostic is still counted")
        #expect(both.contains { $0.message == "error 121" })
    }

    @Test func hintsStopWhenTheirBudgetIsSpent() {
        var budget = EditDistance.Budget(cells: 1_000)
        let ids = (0..<1_000).map { "unrelated-\($0)" } + ["glute-bridge"]
        #expect(EditDistance.suggestion(for: "glute-brige", among: ids, budget: &budget) == nil,
                "the budget ran out before the near id was reached")
        #expect(budget.cells <= 0)
        #expect(EditDistance.suggestion(for: "glute-brige", among: ["glute-bridge"], budget: &budget) == nil,
                "a spent budget gives no more hints")
        var fresh = EditDistance.Budget()
        #expect(EditDistance.suggestion(for: "glute-brige", among: ["cat-cow", "glute-bridge"], budget: &fresh) == "glute-bridge")
    }

    @Test func aUTF16FileIsNamedAsSuch() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = "title: x\nsequence:\n  - block: warm-up\n"
        for (name, data) in [("bom.yaml", Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!),
                             ("big.yaml", text.data(using: .utf16BigEndian)!)] {
            let path = folder.url.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            let loaded = try loader.load(path)
            #expect(loaded.diagnostics.map(\.message) == ["this file is UTF-16; save it as UTF-8"], "\(name)")
        }
    }

    @Test func aPipeAsThePlanIsRefusedWithoutWaiting() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let pipe = folder.path("plan.yaml")
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(throws: FileReadError(path: pipe, reason: "it is a named pipe, not a regular file")) {
            try loader.load(pipe)
        }
    }

    @Test(arguments: [("pipe.yaml", "it is a named pipe, not a regular file"),
                      ("loop.yaml", "it is a link that leads round in a loop")])
    func aPipeOrALinkLoopInALibraryFolderIsNamedForWhatItIs(name: String, reason: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("lib/good.yaml", "exercises:\n" + libraryExercise("mine"))
        if name == "pipe.yaml" {
            #expect(mkfifo(folder.path("lib/pipe.yaml"), 0o644) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: folder.path("lib/loop.yaml"), withDestinationPath: "loop.yaml")
        }
        let plan = try folder.write("plan.yaml", "title: x\nlibrary: [lib]\nsequence:\n  - exercise: mine\n")
        #expect(throws: FileReadError(path: folder.path("lib/\(name)"), reason: reason)) {
            try loader.load(plan)
        }
    }

    @Test func aLibraryFileNameThatIsNotUTF8IsReportedByItsBytes() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("lib/good.yaml", "exercises:\n" + libraryExercise("mine"))
        let odd = folder.path("lib") + "/caf"
        let bytes = Array(odd.utf8) + [0xE9] + Array(".yaml".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let plan = try folder.write("plan.yaml", "title: x\nlibrary: [lib]\nsequence:\n  - exercise: mine\n")
        let loaded = try loader.load(plan)
        #expect(loaded.diagnostics.map(\.message) == [
            "the name of library file '\(folder.path("lib"))/caf\\xE9.yaml' is not UTF-8 text, so it was not read",
        ])
    }

    @Test func aFolderNamedAlikeInAnotherUnicodeFormIsOutside() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        // `K` (U+212A KELVIN SIGN) and `e` + U+0301 are other folders than `K` and `é`,
        // though Swift's String calls them equal.
        for (shared, other) in [("\u{212A}lass", "Klass"), ("cafe\u{301}", "caf\u{E9}")] {
            try folder.write("\(other)/lib/mine.yaml", "exercises:\n" + libraryExercise("mine"))
            try FileManager.default.createDirectory(atPath: folder.path(shared), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.path("\(shared)/lib"),
                                                       withDestinationPath: folder.path("\(other)/lib"))
            let plan = try folder.write("\(shared)/plan.yaml", "title: x\nlibrary: [lib]\nsequence:\n  - exercise: mine\n")
            let loaded = try loader.load(plan)
            #expect(loaded.diagnostics.first?.message == "library folder 'lib' is outside the plan's folder", "\(shared)")
            #expect(loaded.library.exercises["mine"] == nil, "nothing of the other folder is read")
        }
    }

    @Test func aBlockOfTooManyExercisesIsRefused() {
        let members = (0..<600).map { "e\($0)" }.joined(separator: ", ")
        let contents = LibraryFileParser.parse(text: """
            blocks:
              - id: huge
                name: Huge
                exercises: [\(members)]

            """, file: "lib.yaml")
        #expect(contents.blocks.isEmpty)
        #expect(contents.diagnostics.map(\.message) == ["block 'huge' lists 600 exercises, more than the 500 a block may hold"])
        #expect(contents.diagnostics.first?.span?.line == 4)
    }

    @Test func aPlanThatComposesToTooManyRowsIsRefused() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let exercises = (0..<500).map { libraryExercise("e\($0)", sided: true) }.joined()
        let members = (0..<500).map { "e\($0)" }.joined(separator: ", ")
        try folder.write("lib/big.yaml", "exercises:\n" + exercises + "blocks:\n  - id: big\n    name: Big\n    exercises: [\(members)]\n")
        let items = String(repeating: "  - block: big\n", count: 30)
        let plan = try folder.write("plan.yaml", "title: x\nlibrary: [lib]\nsequence:\n" + items)
        let loaded = try loader.load(plan)
        let errors = loaded.diagnostics.filter(\.isError)
        #expect(errors.map(\.message) == ["the plan composes to 30000 timeline rows, more than the 20000 a plan may hold"])
        #expect(errors.first?.span?.line == 24, "at the item that passes the limit")
        #expect(loaded.plan == nil)
    }

    @Test func anEnormousAngleIsReportedNotTrapped() {
        let contents = LibraryFileParser.parse(text: "exercises:\n" + libraryExercise("bent").replacingOccurrences(
            of: "    mistakes:", with: "    figure:\n      base: supine\n      start: {right-knee.flexion: 1e19}\n    mistakes:"),
            file: "lib.yaml")
        let messages = contents.diagnostics.map(\.message)
        #expect(messages == ["1e+19° is out of range for 'right-knee.flexion'"], "\(messages)")
    }

    /// Library text is bounded like a plan's: a cue the size of a book, or one endless word,
    /// is reported where it is written rather than laid out for seconds on every handout.
    @Test func libraryTextHasTheBoundsOfPlanText() {
        let book = String(repeating: "Breathe out slowly. ", count: 600)
        let word = String(repeating: "x", count: 250)
        let contents = LibraryFileParser.parse(text: "exercises:\n" + libraryExercise("long")
            .replacingOccurrences(of: "Keep the ribs soft.", with: book)
            .replacingOccurrences(of: "[back of the hips]", with: "[\(word)]")
            .replacingOccurrences(of: "name: Exercise long", with: "name: \(String(repeating: "Long ", count: 80))"),
            file: "lib.yaml")
        let found = contents.diagnostics.map { "\($0.span?.line ?? 0): \($0.message)" }
        #expect(found == [
            "3: 'name' is 399 characters long, more than the 300 that fit at the top of a page",
            "7: 'feel' has a word of 250 characters with no space, more than the 200 a line can break",
            "8: 'cues' is 11999 characters long, more than the 10000 a text may have",
        ], "\(found)")
    }

    /// The fast checks every text passes agree with Unicode's own tables.
    @Test func theFastTextChecksAgreeWithUnicode() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if NodeReader.isNoncharacter(scalar) != scalar.properties.isNoncharacterCodePoint {
                Issue.record("U+\(String(value, radix: 16, uppercase: true))")
                return
            }
        }
        let word = String(repeating: "é", count: 150)
        #expect(NodeReader.longestWord(word, over: 200) == nil, "300 bytes, but 150 characters")
        #expect(NodeReader.longestWord(word + word, over: 200) == 300)
        #expect(NodeReader.longestWord(word + "\u{A0}" + word, over: 200) == nil, "a no-break space is white space")
        #expect(NodeReader.longestWord(String(repeating: "ab ", count: 500), over: 200) == nil)
        // A prepended mark joins the space after it into one character: no break there.
        let joined = String(repeating: String(repeating: "a", count: 150) + "\u{600} ", count: 3)
        #expect(NodeReader.longestWord(joined, over: 200) == joined.count, "one word of \(joined.count) characters")
    }

    @Test func aBodyTiltIsReadWithinItsRange() throws {
        func parse(_ tilt: String) -> LibraryFileParser.Contents {
            LibraryFileParser.parse(text: "exercises:\n" + libraryExercise("roll").replacingOccurrences(
                of: "    mistakes:", with: "    figure:\n      base: supine\n      end: {body.tilt: \(tilt)}\n    mistakes:"),
                file: "lib.yaml")
        }
        let tilted = try #require(parse("60").exercises.first?.figure)
        #expect(tilted.end[.bodyTilt] == .degrees(60))
        #expect(parse("200").diagnostics.map(\.message) == ["200° is out of range for 'body.tilt'"])
    }

    @Test func repeatedKeysInManyPlacesCostABoundedNumberOfParses() {
        let items = (0..<50).map { _ in "  - block: warm-up\n    note: a\n    note: b\n" }.joined()
        let diagnostics = PlanFileParser.parse(text: "title: x\nsequence:\n" + items, file: "p.yaml").diagnostics
        let repeats = diagnostics.filter { $0.message.hasPrefix("'note' is given twice") }
        #expect(repeats.count == Limits.duplicateKeyPasses + 1, "the last pass still reports what it found")
        #expect(diagnostics.contains { $0.message.hasPrefix("this file repeats keys in many places") })
    }

    @Test func everyRepeatOfOneKeyIsFoundInOnePass() {
        let text = "title: x\nsequence:\n  - block: warm-up\n" + String(repeating: "    note: a\n", count: 90)
        let diagnostics = PlanFileParser.parse(text: text, file: "p.yaml").diagnostics
        #expect(diagnostics.filter { $0.message == "'note' is given twice; the first is on line 4" }.count == 89)
        #expect(diagnostics.count == 89, "the rest of the file is checked: \(diagnostics.suffix(2))")
    }

    @Test func thousandsOfRepeatsStopAtTheDiagnosticsLimit() {
        let text = "title: x\nsequence: [{block: warm-up" + String(repeating: ", note: a", count: 50_000) + "}]\n"
        let diagnostics = PlanFileParser.parse(text: text, file: "p.yaml").diagnostics
        #expect(diagnostics.filter { $0.message == "'note' is given twice; the first is on line 2" }.count == Limits.diagnosticsPerFile)
        #expect(diagnostics.last?.message.hasPrefix("this file repeats keys in many places") == true)
    }
}
