import Foundation
import Testing
import TestSupport

/// Plans that reach one of the input limits, or that once crashed, hung or misreported.
let limitPlans: [BadPlan] = [
    BadPlan(name: "nineteen digits of weeks", bytes: { Data(plan().appending("share: {practice: 1400000000000000000w}\n").utf8) },
            status: 1, message: "case.yaml:4:19: error: '1400000000000000000w' is not a practice length"),
    BadPlan(name: "a clock time past the longest duration", bytes: {
        Data(plan(items: "  - exercise: glute-bridge\n    time: 9999:59:59\n").utf8)
    }, status: 1, message: "case.yaml:4:11: error: 'time: 9999:59:59' is far longer than any class"),
    BadPlan(name: "an empty key twice at the top", bytes: { Data(("\"\": 1\n\"\": 2\n" + plan()).utf8) },
            status: 1, message: "case.yaml:1:1: error: an empty key \"\" is given more than once"),
    BadPlan(name: "line separators inside quotes", bytes: {
        Data("title: \"a\u{2028}b\u{85}c\u{2029}d\"\nsequence:\n  - block: warm-up\n    sides: sideways\n".utf8)
    }, status: 1, message: "case.yaml:4:12: error: 'sides' cannot be 'sideways'\n   4 |     sides: sideways\n"),
    BadPlan(name: "three hundred unknown exercises", bytes: {
        Data(plan(items: (0..<300).map { "  - exercise: missing-\($0)\n" }.joined()).utf8)
    }, status: 1, message: "case.yaml: error: and 200 more problems in this file"),
    BadPlan(name: "a UTF-16 file", bytes: { Data([0xFF, 0xFE]) + plan().data(using: .utf16LittleEndian)! },
            status: 1, message: "case.yaml: error: this file is UTF-16; save it as UTF-8"),
    BadPlan(name: "a 64 KB library path that does not exist", bytes: {
        Data(("title: x\nlibrary: [" + String(repeating: "a/", count: 32_000) + "]\nsequence:\n  - block: warm-up\n").utf8)
    }, status: 1, message: "case.yaml:2:11: error: no library folder 'a/a/a/"),
    BadPlan(name: "one line of a megabyte, repeating a key", bytes: {
        Data(("title: x\nsequence: [{block: warm-up" + String(repeating: ", note: a", count: 100_000) + "}]\n").utf8)
    }, status: 1, message: "'note' is given twice"),
]

/// Text of stderr made visible: which control characters reached it raw.
func rawControls(in text: String) -> [String] {
    text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
        .map { "U+" + String($0.value, radix: 16, uppercase: true) }
}

@Suite("Input limits and faults, through the real binary")
struct InputLimitRunTests {
    @Test func controlCharactersInAPlanAreShownEscaped() throws {
        let text = "title: \"Ring \\a the \\e[31mbell\\0\"\nsequence:\n  - block: warm-up\n    sides: \"x\\e[2J\\u0085y\"\n"
        let folder = try CaseFolder(plan: Data(text.utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root, seconds: 20)
        expectRefused(r, status: 1, message: "case.yaml:4:12: error: 'sides' cannot be 'x\\u{1B}[2J\\u{85}y'",
                      before: before, after: try FolderSnapshot(folder.out))
        #expect(rawControls(in: r.stderr).isEmpty, "\(rawControls(in: r.stderr))")
    }

    @Test func aRawControlCharacterInTheSourceLineIsShownEscaped() throws {
        let folder = try CaseFolder(plan: Data("title: Before\u{0}after \u{1B}[31m\nsequence:\n  - block: warm-up\n".utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["check", "case.yaml"], in: folder.root, seconds: 20)
        expectRefused(r, status: 1, message: "   1 | title: Before\\u{0}after \\u{1B}[31m\n",
                      before: before, after: try FolderSnapshot(folder.out))
        #expect(rawControls(in: r.stderr).isEmpty, "\(rawControls(in: r.stderr))")
    }

    @Test func aFileNameWithAnEscapeSequenceIsShownEscaped() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let name = "x\u{1B}[31m\nerror: forged.yaml"
        try Data("title: x\nsequence:\n  - block: nowhere\n".utf8).write(to: folder.root.appendingPathComponent(name))
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", name, "-o", "out"], in: folder.root, seconds: 20)
        expectRefused(r, status: 1, message: "x\\u{1B}[31m\\u{A}error: forged.yaml:3:12: error: no block 'nowhere'",
                      before: before, after: try FolderSnapshot(folder.out))
        #expect(rawControls(in: r.stderr).isEmpty, "\(rawControls(in: r.stderr))")
        #expect(!r.stderr.contains("\nerror: forged"), "no line of stderr is forged")
    }

    @Test func aPipeAsThePlanIsRefusedAtOnce() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        try FileManager.default.removeItem(at: folder.plan)
        #expect(mkfifo(folder.plan.path, 0o644) == 0)
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root, seconds: 20)
        expectRefused(r, status: 3, message: "cannot read 'case.yaml': it is a named pipe, not a regular file",
                      before: before, after: try FolderSnapshot(folder.out))
    }

    @Test(arguments: [("pipe.yaml", "it is a named pipe, not a regular file"),
                      ("loop.yaml", "it is a link that leads round in a loop")])
    func aPipeOrALinkLoopInALibraryFolderIsNamedForWhatItIs(name: String, reason: String) throws {
        let folder = try CaseFolder(plan: Data("title: x\nlibrary: [mine]\nsequence:\n  - exercise: mine\n".utf8))
        defer { folder.remove() }
        let mine = folder.root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data(ContainmentTests.Layout.exercise.utf8).write(to: mine.appendingPathComponent("mine.yaml"))
        if name == "pipe.yaml" {
            #expect(mkfifo(mine.appendingPathComponent(name).path, 0o644) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: mine.appendingPathComponent(name).path, withDestinationPath: name)
        }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root, seconds: 20)
        expectRefused(r, status: 3, message: "cannot read 'mine/\(name)': \(reason)",
                      before: before, after: try FolderSnapshot(folder.out))
    }

    @Test func aPlanFolderNamedWithAKelvinSignReadsNoOtherFolder() throws {
        let root = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let other = root.appendingPathComponent("Klass/lib")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data(ContainmentTests.Layout.exercise.utf8).write(to: other.appendingPathComponent("mine.yaml"))
        let shared = root.appendingPathComponent("\u{212A}lass")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: shared.appendingPathComponent("lib"), withDestinationURL: other)
        try Data("title: x\nlibrary: [lib]\nsequence:\n  - exercise: mine\n".utf8).write(to: shared.appendingPathComponent("plan.yaml"))
        let r = try ClassPlanRun.run(["render", "\u{212A}lass/plan.yaml", "-o", "."], in: root, seconds: 20)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: library folder 'lib' is outside the plan's folder"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Klass", "\u{212A}lass"],
                "nothing was written")
    }

    /// A plan far past any class lays out, but is refused before a page is drawn: no
    /// hundreds of page images, and a screenful of its repeated warning, not hundreds. As
    /// one PDF the same plan may have up to a thousand pages.
    @Test func aHandoutOfHundredsOfPagesIsRefusedBeforeItIsDrawn() throws {
        let items = String(repeating: "  - block: hip-rotation-series\n", count: 200)
        let folder = try CaseFolder(plan: Data("title: Far too long\nsequence:\n\(items)".utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "--for", "teacher", "--format", "svg", "-o", "out"],
                                     in: folder.root, seconds: 120)
        expectRefused(r, status: 1, message: "the teacher sheet would run to ",
                      before: before, after: try FolderSnapshot(folder.out))
        #expect(r.stderr.contains("more than the 200 that are written as one SVG file each"), "\(r.stderr.suffix(600))")
        #expect(r.stderr.contains("hint: render it as PDF"), "\(r.stderr.suffix(600))")
        let warnings = r.stderr.components(separatedBy: "warning:").count - 1
        #expect(warnings == 101, "100 warnings and the count of the rest")
        #expect(r.stderr.contains("case.yaml: warning: and 100 more problems in this file"), "\(r.stderr.suffix(600))")
        #expect(r.stderr.hasPrefix("case.yaml:2:1: warning: no item is marked `home: true`"), "the warning about the whole plan comes first")
        let pdf = try ClassPlanRun.run(["render", "case.yaml", "--for", "teacher", "-o", "out"], in: folder.root, seconds: 120)
        #expect(pdf.status == 0, "as one PDF it is written: \(pdf.stderr.suffix(600))")
        #expect(FileManager.default.fileExists(atPath: folder.out.appendingPathComponent("case-teacher.pdf").path))
    }

    /// A plan whose every inline exercise draws a loader warning, and whose every block
    /// draws a composer warning, is still told in a hundred warnings and one count of the
    /// rest, and the closing line counts them all.
    @Test func loaderAndComposerWarningsShareTheCapOfTheirFile() throws {
        let inline = (0..<120).map {
            "  - name: Knee lift \($0)\n    position: supine\n    time: 1min\n    cues: [Lift the knee, keep the feet together]\n"
        }.joined()
        let blocks = String(repeating: "  - block: hip-rotation-series\n", count: 120)
        let folder = try CaseFolder(plan: Data("title: Many warnings\nsequence:\n\(inline)\(blocks)".utf8))
        defer { folder.remove() }
        let r = try ClassPlanRun.run(["check", "case.yaml"], in: folder.root, seconds: 120)
        #expect(r.status == 0, "\(r.stderr.suffix(600))")
        let warnings = r.stderr.components(separatedBy: "warning:").count - 1
        #expect(warnings == 101, "100 warnings and the count of the rest")
        #expect(r.stderr.contains("case.yaml: warning: and 140 more problems in this file"), "\(r.stderr.suffix(600))")
        #expect(r.stdout.contains("case.yaml: ok (240 warnings)"), "\(r.stdout.suffix(300))")
    }

    @Test func anEmptyOutputFolderIsAUsageError() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.root)
        for command in [["render", "case.yaml", "-o", ""], ["share", "case.yaml", "-o", ""]] {
            let r = try ClassPlanRun.run(command, in: folder.root, seconds: 20)
            expectRefused(r, status: 2, message: "-o needs a folder name; write -o . for the current folder",
                          before: before, after: try FolderSnapshot(folder.root))
        }
    }

    @Test func aPlanNameThatIsNotUTF8IsNamedAsSuch() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        // The plan exists under its odd name; the test runs it through a shell so the
        // argument's bytes reach the binary as they are.
        let script = "cd '\(folder.root.path)' && printf 'title: x\\nsequence:\\n  - block: warm-up\\n' > \"$(printf 'caf\\351.yaml')\" "
            + "&& \"$0\" check \"$(printf 'caf\\351.yaml')\""
        let binary = try #require(ClassPlanRun.binary)
        let r = try ExternalProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script, binary.path], timeLimit: 20)
        #expect(r.status == 3, "\(r.errors)")
        #expect(r.errors.contains("error: cannot read 'caf\\xE9.yaml': the name is not UTF-8 text; rename the file"), "\(r.errors)")
    }

    @Test func showAndLibraryEchoNoControlCharacters() throws {
        let root = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lib = root.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        try Data(ContainmentTests.Layout.exercise.replacingOccurrences(of: "name: My own", with: "name: \"My \\e]0;owned\\a own\"").utf8)
            .write(to: lib.appendingPathComponent("mine.yaml"))
        try Data("title: \"Bell \\a and \\e[2J\"\nlibrary: [lib]\nsequence:\n  - exercise: mine\n".utf8)
            .write(to: root.appendingPathComponent("plan.yaml"))
        for command in [["show", "plan.yaml"], ["library", "--library", "lib"], ["library", "mine", "--library", "lib"]] {
            let r = try ClassPlanRun.run(command, in: root, seconds: 20)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(rawControls(in: r.stdout).isEmpty, "\(command): \(rawControls(in: r.stdout))")
            #expect(r.stdout.contains("\\u{1B}"), "\(command) shows the escape escaped: \(r.stdout.prefix(400))")
        }
    }
}
