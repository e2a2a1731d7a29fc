import Foundation
import Testing
@testable import PlanFiles

@Suite("Finding the built-in library")
struct AssetLocatorTests {
    /// The program's own file is where the built-in library is looked for beside it; it is
    /// read from the kernel rather than from Foundation's bundle, and must be the same file.
    @Test("the running program's file is found, and is the one Foundation names")
    func executable() throws {
        let found = try #require(AssetLocator.executable)
        var isFolder: ObjCBool = true
        #expect(FileManager.default.fileExists(atPath: found.path, isDirectory: &isFolder) && !isFolder.boolValue)
        let foundation = try #require(Bundle.main.executableURL)
        #expect(found.resolvingSymlinksInPath().path == foundation.resolvingSymlinksInPath().path)
    }

    @Test("CLASSPLAN_ASSETS comes first, then the folders beside the program")
    func candidates() throws {
        let program = URL(fileURLWithPath: "/opt/classplan/bin/classplan")
        let places = AssetLocator.candidates(environment: ["CLASSPLAN_ASSETS": "/srv/assets"], executable: program).map(\.path)
        #expect(places == ["/srv/assets", "/opt/classplan/bin/ClassPlanner_PlanFiles.resources/Assets",
                           "/opt/classplan/share/classplan/Assets"])
    }
}
