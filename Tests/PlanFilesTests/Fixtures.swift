import Foundation
@testable import PlanFiles

/// The test fixtures, found next to this file.
enum Fixtures {
    /// `Tests/PlanFilesTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// An `Assets` folder whose `library` holds the ids the fixtures use.
    static let assets = folder.appendingPathComponent("assets")
    /// A teacher's library: one override, one new exercise.
    static let teacherLibrary = folder.appendingPathComponent("teacher-library")
    /// A library with mistakes in it.
    static let brokenLibrary = folder.appendingPathComponent("broken-library")

    /// The fixture at `relative`.
    static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    /// Loads plan text as if it were the file `name` in the fixtures folder.
    static func load(_ text: String, name: String = "plan.yaml", folders: [String] = [],
                     searchPath: LibrarySearchPath = .none) throws -> LoadedPlan {
        try PlanLoader(assets: assets, libraryFolders: folders, searchPath: searchPath).load(text: text, path: path(name))
    }
}
