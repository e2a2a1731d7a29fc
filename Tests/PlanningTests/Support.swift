import Foundation
import Planning

/// Where the package's own files are, for tests that read the built-in library and the
/// example plans.
enum Package {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The built-in library.
    static let assets = root.appendingPathComponent("Assets")
    /// The example plans.
    static let plans = root.appendingPathComponent("Plans")
}

/// A session over the built-in library with a fixed clock (1 December 2026, noon UTC).
func testSession(libraryFolders: [String] = []) -> Session {
    Session(assets: Package.assets, libraryFolders: libraryFolders, version: "test",
            clock: { Date(timeIntervalSince1970: 1_796_126_400) })
}

/// A fresh scratch folder; the caller removes it.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-planning-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The names in `folder`, sorted.
func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
}
