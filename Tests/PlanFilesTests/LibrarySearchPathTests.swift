import Foundation
import Testing
@testable import PlanFiles

/// The personal library and `CLASSPLAN_LIBRARY`, from an environment passed in (never the
/// real home's).
@Suite struct LibrarySearchPathTests {
    @Test func personalLibraryFollowsXDGConfigHome() {
        #expect(LibrarySearchPath.personalFolder(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"])
                == "/cfg/classplan/library")
        #expect(LibrarySearchPath.personalFolder(environment: ["HOME": "/home/a"]) == "/home/a/.config/classplan/library")
        // The XDG rule: a relative XDG_CONFIG_HOME is ignored.
        #expect(LibrarySearchPath.personalFolder(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"])
                == "/home/a/.config/classplan/library")
        #expect(LibrarySearchPath.personalFolder(environment: [:]) == nil)
    }

    @Test func environmentFoldersComeAfterThePersonalOne() {
        let path = LibrarySearchPath(environment: ["HOME": "/h", "CLASSPLAN_LIBRARY": "/a::b/c:"])
        #expect(path.places == [
            .init(path: "/h/.config/classplan/library", origin: .personal),
            .init(path: "/a", origin: .environment),
            .init(path: "b/c", origin: .environment),
        ])
    }

    @Test func missingPersonalLibraryIsLeftOutQuietly() throws {
        let path = LibrarySearchPath(environment: ["XDG_CONFIG_HOME": "/no/such/folder"])
        #expect(path.folders.isEmpty)
        let loaded = try Fixtures.load("title: T\nsequence:\n  - exercise: glute-bridge\n", searchPath: path)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.plan != nil)
    }

    @Test func personalLibraryIsReadByEveryPlan() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-xdg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let library = config.appendingPathComponent("classplan/library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.teacherLibrary.appendingPathComponent("mine.yaml"),
                                         to: library.appendingPathComponent("mine.yaml"))
        let path = LibrarySearchPath(environment: ["XDG_CONFIG_HOME": config.path])
        let loaded = try Fixtures.load("title: T\nsequence:\n  - exercise: wall-sit\n", searchPath: path)
        #expect(loaded.plan != nil, "\(loaded.diagnostics)")
        #expect(loaded.library.exercises["wall-sit"]?.name == "Wall sit")
    }

    @Test func personalLibraryIsTrustedLikeLibraryOption() throws {
        // A plan kept inside the personal library's folder tree may name a folder beside it.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-trust-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let shared = root.appendingPathComponent("shared")
        let plans = root.appendingPathComponent("plans")
        for folder in [shared, plans] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: Fixtures.teacherLibrary.appendingPathComponent("mine.yaml"),
                                         to: shared.appendingPathComponent("mine.yaml"))
        let text = "title: T\nlibrary: [../shared]\nsequence:\n  - exercise: wall-sit\n"
        let planPath = plans.appendingPathComponent("plan.yaml").path
        let refused = try PlanLoader(assets: Fixtures.assets).load(text: text, path: planPath)
        #expect(refused.plan == nil, "outside the plan's folder and not trusted")
        let trusted = LibrarySearchPath(environment: ["CLASSPLAN_LIBRARY": shared.path])
        let loaded = try PlanLoader(assets: Fixtures.assets, searchPath: trusted).load(text: text, path: planPath)
        #expect(loaded.plan != nil, "\(loaded.diagnostics)")
    }

    @Test func missingEnvironmentFolderIsAWarning() throws {
        let path = LibrarySearchPath(environment: ["CLASSPLAN_LIBRARY": "/no/such/library"])
        let loaded = try Fixtures.load("title: T\nsequence:\n  - exercise: glute-bridge\n", searchPath: path)
        #expect(loaded.plan != nil)
        #expect(loaded.diagnostics.map(\.message) == ["no library folder '/no/such/library' (named in CLASSPLAN_LIBRARY)"])
        #expect(loaded.diagnostics.first?.severity == .warning)
    }
}
