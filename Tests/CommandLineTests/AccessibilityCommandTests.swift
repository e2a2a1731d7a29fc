import Foundation
import Testing
import TestSupport

@Suite struct AccessibilityCommandTests {
    static let realAssets = ClassPlanBinary.packageRoot.appendingPathComponent("Assets")

    static func plan(_ text: String) throws -> URL {
        let folder = try ClassPlanBinary.temporaryFolder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        return folder
    }

    @Test func checkWarnsAboutStudentTextThatIsHardToRead() throws {
        let folder = try Self.plan("""
            title: Hips
            share:
              message: Consistent implementation of these interventions facilitates considerable functional improvement. See you soon.
            sequence:
              - block: hip-rotation-series
              - name: Breathing
                position: supine
                time: 1min
                cues:
                  - Let the back ribs widen.
                  - Visualise diaphragmatic expansion circumferentially distributing intercostal mobility.

            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanBinary.run(["check", "plan.yaml"], in: folder, assets: Self.realAssets)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("plan.yaml:2:1: warning: a sentence in the share message reads at school grade"))
        #expect(r.stderr.contains("\"Consistent implementation of these interventions facilitates considerable functional improvement.\""))
        #expect(!r.stderr.contains("See you soon"))
        #expect(r.stderr.contains("warning: a sentence in the cues of 'Breathing' reads at school grade"))
        #expect(r.stderr.contains("Visualise diaphragmatic"))
        #expect(!r.stderr.contains("Let the back ribs widen"))
    }

    @Test func plainStudentTextEarnsNoWarning() throws {
        let folder = try Self.plan("""
            title: Hips
            share:
              message: One minute for each position, each side, every day. You can do it!
            sequence:
              - block: hip-rotation-series

            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanBinary.run(["check", "plan.yaml"], in: folder, assets: Self.realAssets)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("school grade"), "\(r.stderr)")
    }

    @Test(arguments: ["english", "e", "en_GB", "en-", "de-CHxxxxxxxx"])
    func aLanguageThatIsNotATagIsAnError(_ language: String) throws {
        let folder = try Self.plan("title: Hips\nlanguage: \(language)\nsequence:\n  - block: hip-rotation-series\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanBinary.run(["check", "plan.yaml"], in: folder, assets: Self.realAssets)
        #expect(r.status == 1)
        #expect(r.stderr.contains("plan.yaml:2:11: error: '\(language)' is not a language tag"), "\(r.stderr)")
        #expect(r.stderr.contains("hint: write a BCP 47 tag"))
    }
}
