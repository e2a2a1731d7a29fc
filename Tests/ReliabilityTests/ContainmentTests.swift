import Foundation
import Testing

/// A plan shared by another teacher must not pull files from elsewhere into a handout.
@Suite("A plan's library folders stay inside its folder")
struct ContainmentTests {
    /// `shared/plan.yaml` beside `private/mine.yaml`, which defines exercise `mine`.
    struct Layout {
        let root: URL
        var shared: URL { root.appendingPathComponent("shared") }
        var privateFolder: URL { root.appendingPathComponent("private") }

        /// A complete library file of one exercise.
        static let exercise = """
            exercises:
              - id: mine
                name: My own
                position: supine
                sided: false
                time: 1min
                feel: [back of the hips]
                cues: [Breathe out as you lift., Keep the ribs soft.]
                mistakes: [Holding the breath.]

            """

        init(library: String) throws {
            root = try ClassPlanRun.temporaryFolder()
            try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: privateFolder, withIntermediateDirectories: true)
            try Data(Self.exercise.utf8)
                .write(to: privateFolder.appendingPathComponent("mine.yaml"))
            try Data("title: Shared\nlibrary: [\(library)]\nsequence:\n  - exercise: mine\n".utf8)
                .write(to: shared.appendingPathComponent("plan.yaml"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func check(_ extra: [String] = []) throws -> ClassPlanRun.Result {
            try ClassPlanRun.run(["check", "shared/plan.yaml"] + extra, in: root)
        }
    }

    @Test func aDotDotEscapeIsRefused() throws {
        let layout = try Layout(library: "../private")
        defer { layout.remove() }
        let r = try layout.check()
        #expect(r.status == 1)
        #expect(r.stderr.contains("""
            shared/plan.yaml:2:11: error: library folder '../private' is outside the plan's folder
               2 | library: [../private]
                 |           ^~~~~~~~~~
            hint: keep the folder beside the plan, pass it with --library DIR, or allow it with --allow-outside-files
            """), "\(r.stderr)")
        #expect(!r.stderr.contains("My own"))
    }

    @Test func aDotDotThatComesBackInsideIsFine() throws {
        let layout = try Layout(library: "lib/../lib")
        defer { layout.remove() }
        try FileManager.default.copyItem(at: layout.privateFolder, to: layout.shared.appendingPathComponent("lib"))
        let r = try layout.check()
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func anAbsolutePathIsRefused() throws {
        let layout = try Layout(library: "PLACEHOLDER")
        defer { layout.remove() }
        let absolute = layout.privateFolder.path
        try Data("title: Shared\nlibrary: [\(absolute)]\nsequence:\n  - exercise: mine\n".utf8)
            .write(to: layout.shared.appendingPathComponent("plan.yaml"))
        let r = try layout.check()
        #expect(r.status == 1)
        #expect(r.stderr.contains("shared/plan.yaml:2:11: error: library folder '\(absolute)' is an absolute path"), "\(r.stderr)")
        // Allowed on request, and then the folder is read where it is.
        let allowed = try layout.check(["--allow-outside-files"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func aLinkedFolderIsJudgedByWhereItPoints() throws {
        let layout = try Layout(library: "linked")
        defer { layout.remove() }
        try FileManager.default.createSymbolicLink(at: layout.shared.appendingPathComponent("linked"),
                                                   withDestinationURL: layout.privateFolder)
        let r = try layout.check()
        #expect(r.status == 1)
        #expect(r.stderr.contains("shared/plan.yaml:2:11: error: library folder 'linked' is outside the plan's folder"), "\(r.stderr)")
    }

    @Test func aLinkedFileInsideAFolderIsNotRead() throws {
        let layout = try Layout(library: "lib")
        defer { layout.remove() }
        let lib = layout.shared.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: lib, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: lib.appendingPathComponent("mine.yaml"),
                                                   withDestinationURL: layout.privateFolder.appendingPathComponent("mine.yaml"))
        let r = try layout.check()
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: library file 'shared/lib/mine.yaml' links to a file outside the plan's folder"), "\(r.stderr)")
        #expect(try layout.check(["--allow-outside-files"]).status == 0)
    }

    @Test func aFolderGivenWithLibraryMayBeNamedByThePlan() throws {
        let layout = try Layout(library: "../private")
        defer { layout.remove() }
        let r = try layout.check(["--library", "private"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func allowOutsideFilesLetsTheEscapeThrough() throws {
        let layout = try Layout(library: "../private")
        defer { layout.remove() }
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanRun.run(["render", "shared/plan.yaml", "--allow-outside-files", "-o", folder.path], in: layout.root)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ClassPlanRun.tool("pdftotext", [folder.appendingPathComponent("plan-student.pdf").path, "-"])
        #expect(text.contains("My own"))
    }
}
