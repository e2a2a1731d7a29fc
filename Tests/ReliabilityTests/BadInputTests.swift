import Foundation
import Testing
import TestSupport

/// A plan file that must be refused: what it holds, and how `classplan` must end.
struct BadPlan: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () -> Data
    /// 1 for bad input, 3 for a file that cannot be read.
    var status: Int32
    /// Words the message must hold.
    var message: String

    var testDescription: String { name }
}

/// A small valid plan around one sequence item.
func plan(title: String = "Bad input", items: String = "  - block: warm-up\n") -> String {
    "title: \(title)\nsequence:\n\(items)"
}

/// Deterministic bytes: the same garbage on every run.
func garbage(count: Int, seed: UInt64) -> Data {
    var state = seed
    return Data((0..<count).map { _ in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 33)
    })
}

let badPlans: [BadPlan] = [
    BadPlan(name: "binary garbage", bytes: { garbage(count: 4096, seed: 7) }, status: 1, message: "not UTF-8 text"),
    BadPlan(name: "binary garbage that is valid UTF-8", bytes: { Data((0..<4096).map { UInt8(1 + $0 % 126) }) },
            status: 1, message: "error:"),
    BadPlan(name: "an empty file", bytes: { Data() }, status: 1, message: "this file is empty"),
    BadPlan(name: "only comments", bytes: { Data("# nothing\n---\n".utf8) }, status: 1, message: "this file is empty"),
    BadPlan(name: "a 2 MiB file", bytes: { Data((plan() + "# " + String(repeating: "x", count: 2 << 20) + "\n").utf8) },
            status: 1, message: "larger than 1 MiB"),
    BadPlan(name: "deep nesting in flow style", bytes: { Data(("title: x\nsequence: " + String(repeating: "[", count: 20_000)).utf8) },
            status: 1, message: "nested more than 64 levels"),
    BadPlan(name: "deep nesting in block style", bytes: {
        Data(("title: x\nsequence:\n" + (0..<200).map { String(repeating: "  ", count: $0 + 1) + "- a:\n" }.joined()).utf8)
    }, status: 1, message: "error:"),
    BadPlan(name: "an alias bomb", bytes: {
        var text = "title: bomb\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for n in 1...9 { text += "a\(n): &a\(n) [" + Array(repeating: "*a\(n - 1)", count: 9).joined(separator: ", ") + "]\n" }
        return Data((text + "sequence:\n  - block: *a9\n").utf8)
    }, status: 1, message: "YAML alias, which plan and library files do not allow"),
    BadPlan(name: "invalid UTF-8 in the title", bytes: { Data("title: caf".utf8) + Data([0xE9, 0x0A]) + Data("sequence:\n  - block: warm-up\n".utf8) },
            status: 1, message: "case.yaml:1:11: error: this file is not UTF-8 text"),
    BadPlan(name: "control characters", bytes: { Data(plan(title: "Ring \u{07} the \u{01} bell").utf8) },
            status: 1, message: "case.yaml:1:"),
    BadPlan(name: "a NUL byte", bytes: { Data(plan(title: "Before\u{0}after").utf8) }, status: 1, message: "case.yaml:1:"),
    BadPlan(name: "a 10,000-item plan", bytes: {
        Data(plan(items: String(repeating: "  - exercise: glute-bridge\n    reps: 10\n", count: 10_000)).utf8)
    }, status: 1, message: "the sequence has 10000 items, more than the 2000 a plan may hold"),
    BadPlan(name: "a tab for indenting", bytes: { Data("title: x\nsequence:\n\t- block: warm-up\n".utf8) },
            status: 1, message: "indented with a tab"),
    BadPlan(name: "an enormous duration", bytes: {
        Data(plan(items: "  - exercise: glute-bridge\n    per_side: 99999999999999999999999h\n").utf8)
    }, status: 1, message: "case.yaml:4:15: error:"),
]

/// A folder holding `case.yaml` and an output folder with earlier handouts in it.
struct CaseFolder {
    let root: URL
    var out: URL { root.appendingPathComponent("out") }
    var plan: URL { root.appendingPathComponent("case.yaml") }

    init(plan bytes: Data) throws {
        root = try ClassPlanRun.temporaryFolder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try bytes.write(to: plan)
        // Earlier outputs under the names this plan would write, and another file.
        try Data("an earlier teacher sheet".utf8).write(to: out.appendingPathComponent("case-teacher.pdf"))
        try Data("an earlier student handout".utf8).write(to: out.appendingPathComponent("case-student.pdf"))
        try Data("notes".utf8).write(to: out.appendingPathComponent("notes.txt"))
    }

    func remove() {
        // Undo any mode-000 or read-only test file first, so the folder can go.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: root.path).forEach {
            chmod(root.appendingPathComponent($0).path, 0o755)
        }
        chmod(root.path, 0o755)
        try? FileManager.default.removeItem(at: root)
    }
}

/// Checks a run that must fail: the code, the message, no crash or hang, nothing written.
func expectRefused(_ r: ClassPlanRun.Result, status: Int32, message: String, before: FolderSnapshot, after: FolderSnapshot,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!r.timedOut, "the run did not finish in time", sourceLocation: sourceLocation)
    #expect(!r.crashed, "the run crashed: \(r.stderr)", sourceLocation: sourceLocation)
    #expect(r.status == status, "stderr: \(r.stderr.prefix(2000))", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr.prefix(2000))", sourceLocation: sourceLocation)
    #expect(!r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    #expect(after == before, "the output folder changed: \(before) became \(after)", sourceLocation: sourceLocation)
}

@Suite("Bad input ends with a message, never a crash, and leaves earlier handouts alone")
struct BadInputTests {
    @Test(arguments: badPlans + limitPlans)
    func refused(_ bad: BadPlan) throws {
        let folder = try CaseFolder(plan: bad.bytes())
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let check = try ClassPlanRun.run(["check", "case.yaml"], in: folder.root)
        expectRefused(check, status: bad.status, message: bad.message, before: before, after: try FolderSnapshot(folder.out))
        #expect(rawControls(in: check.stderr).isEmpty, "control characters reach the terminal escaped")
        let render = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root)
        expectRefused(render, status: bad.status, message: bad.message, before: before, after: try FolderSnapshot(folder.out))
    }

    @Test func aMissingPlanFile() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "no-such-plan.yaml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 3, message: "cannot read 'no-such-plan.yaml': no such file", before: before,
                      after: try FolderSnapshot(folder.out))
    }

    @Test func aFolderGivenAsThePlan() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["check", "out"], in: folder.root)
        expectRefused(r, status: 3, message: "it is a folder, not a file", before: before, after: try FolderSnapshot(folder.out))
    }

    @Test func aMissingLibraryFolder() throws {
        let folder = try CaseFolder(plan: Data("title: x\nlibrary: [mine]\nsequence:\n  - block: warm-up\n".utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 1, message: "case.yaml:2:11: error: no library folder 'mine'", before: before,
                      after: try FolderSnapshot(folder.out))
    }

    // These run as root too (CI does): the file system refuses them whoever asks, where a
    // file of mode 000 or a folder of mode 555 would stop everyone but root.
    @Test func aPlanWhoseFolderIsAFile() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        try Data("mine".utf8).write(to: folder.root.appendingPathComponent("notes.txt"))
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "notes.txt/case.yaml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 3, message: "cannot read 'notes.txt/case.yaml'", before: before,
                      after: try FolderSnapshot(folder.out))
    }

    @Test func aLibraryFileThatIsAFolder() throws {
        let folder = try CaseFolder(plan: Data("title: x\nlibrary: [mine]\nsequence:\n  - exercise: mine\n".utf8))
        defer { folder.remove() }
        let mine = folder.root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine.appendingPathComponent("mine.yaml"), withIntermediateDirectories: true)
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 3, message: "cannot read 'mine/mine.yaml': it is a folder, not a file", before: before,
                      after: try FolderSnapshot(folder.out))
    }

    /// The disk refuses every byte (a file size limit of 0, which binds root as well): the
    /// handouts cannot be written, and the folder is left as it was, with no staging file.
    @Test func aDiskThatRefusesTheWrite() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        // SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process; the
        // messages go through pipes, which the limit does not bind.
        let r = try ClassPlanRun.runThroughPipes(["render", "case.yaml", "-o", "out"], in: folder.root,
                                                 shellPrefix: "ulimit -f 0; trap '' XFSZ")
        expectRefused(r, status: 3, message: "writing failed", before: before, after: try FolderSnapshot(folder.out))
    }

    @Test func anOutputFolderThatDoesNotExistIsMade() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "new/handouts"], in: folder.root)
        #expect(r.status == 0, "\(r.stderr)")
        let made = folder.root.appendingPathComponent("new/handouts")
        let names = try FileManager.default.contentsOfDirectory(atPath: made.path)
        #expect(names.contains("case-student.pdf"), "\(names)")
        // A plan that fails leaves no folder behind.
        try Data("title: [".utf8).write(to: folder.root.appendingPathComponent("bad.yaml"))
        let bad = try ClassPlanRun.run(["render", "bad.yaml", "-o", "elsewhere"], in: folder.root)
        #expect(bad.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("elsewhere").path))
    }

    @Test func anOutputFolderUnderAFile() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let before = try FolderSnapshot(folder.out)
        let under = try ClassPlanRun.run(["render", "case.yaml", "-o", "out/notes.txt/handouts"], in: folder.root)
        expectRefused(under, status: 3, message: "cannot be made", before: before, after: try FolderSnapshot(folder.out))
        let file = try ClassPlanRun.run(["render", "case.yaml", "-o", "out/notes.txt"], in: folder.root)
        expectRefused(file, status: 3, message: "is a file, not a folder", before: before, after: try FolderSnapshot(folder.out))
    }

    /// A folder where the second handout goes: the first is drawn and renamed into place
    /// before the second fails, and must be put back. Root cannot get past this either.
    @Test func aFolderInThePlaceOfTheSecondHandout() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let student = folder.out.appendingPathComponent("case-student.pdf")
        try FileManager.default.removeItem(at: student)
        try FileManager.default.createDirectory(at: student, withIntermediateDirectories: false)
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 3, message: "case-student.pdf", before: before, after: try FolderSnapshot(folder.out))
    }

    @Test func twoPlansWritingTheSameNames() throws {
        let folder = try CaseFolder(plan: Data(plan().utf8))
        defer { folder.remove() }
        let other = folder.root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data(plan(title: "Another").utf8).write(to: other.appendingPathComponent("case.yml"))
        let before = try FolderSnapshot(folder.out)
        let r = try ClassPlanRun.run(["render", "case.yaml", "other/case.yml", "-o", "out"], in: folder.root)
        expectRefused(r, status: 1, message: "'case.yaml' and 'other/case.yml' would both write case-teacher.pdf",
                      before: before, after: try FolderSnapshot(folder.out))
    }
}
