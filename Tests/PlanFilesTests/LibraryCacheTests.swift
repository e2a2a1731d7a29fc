import Foundation
import Testing
@testable import PlanFiles

/// The cache of parsed library files, kept across runs by `watch` and `preview`.
@Test func aLibraryFileSavedAgainIsReadAgain() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("mine.yaml")
    let original = try String(contentsOf: Fixtures.teacherLibrary.appendingPathComponent("mine.yaml"), encoding: .utf8)
    try original.write(to: file, atomically: true, encoding: .utf8)

    let loader = LibraryLoader(cache: LibraryCache())
    let library = LibraryFolder(url: folder, name: "mine")
    #expect(try loader.load(builtIn: nil, folders: [library]).library.exercises["wall-sit"]?.name == "Wall sit")
    // Saved as editors do, by renaming a new file over the old one.
    try original.replacingOccurrences(of: "name: Wall sit", with: "name: Wall squat hold")
        .write(to: file, atomically: true, encoding: .utf8)
    #expect(try loader.load(builtIn: nil, folders: [library]).library.exercises["wall-sit"]?.name == "Wall squat hold")
}
