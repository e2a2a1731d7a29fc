import Foundation
import Testing
import TestSupport

/// The command line a teacher meets when a word is wrong: one style for every error, the
/// nearest command named, and outputs named after the plan whatever its file is called.
@Suite("Usage")
struct UsageTests {
    @Test func aMistypedCommandIsNamed() throws {
        let r = try ClassPlanBinary.run(["rendr", "plan.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr == "error: 'rendr' is not a classplan command\nhint: did you mean 'classplan render'?\n")
        let far = try ClassPlanBinary.run(["paint", "plan.yaml"])
        #expect(far.stderr.hasSuffix("hint: `classplan --help` lists the commands\n"), "\(far.stderr)")
    }

    @Test func argumentErrorsReadLikeEveryOtherError() throws {
        let r = try ClassPlanBinary.run(["render", "--formt", "png", "x.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: unknown option '--formt'"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: `classplan render --help` shows what it takes"), "\(r.stderr)")
        #expect(!r.stderr.contains("Usage:") && !r.stderr.contains("Error:"), "\(r.stderr)")
        let missing = try ClassPlanBinary.run(["check"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: missing expected argument"), "\(missing.stderr)")
    }

    @Test func figureSaysWhatItWrote() throws {
        let folder = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanBinary.run(["figure", "dial", "-o", "dial.png"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "wrote dial.png\n")
    }

    @Test func aPlanSavedAsTextIsNamedWithoutItsEndings() throws {
        let folder = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = "title: Tuesday\nsequence:\n  - block: hip-rotation-series\n"
        try plan.write(to: folder.appendingPathComponent("tuesday.yaml.txt"), atomically: true, encoding: .utf8)
        let r = try ClassPlanBinary.run(["render", "tuesday.yaml.txt", "--for", "student"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("wrote tuesday-student.pdf"), "\(r.stdout)")
    }
}
