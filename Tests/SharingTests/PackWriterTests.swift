import Foundation
import Graphics
import Testing
@testable import Sharing

@Suite struct PackWriterTests {
    static let files = [
        PackFile(name: "a.txt", data: Data("first".utf8)),
        PackFile(name: "b.txt", data: Data("second".utf8)),
    ]

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func writesANewFolderWhole() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = temp.url.appendingPathComponent("pack")
        let written = try PackWriter.write(Self.files, to: folder)
        #expect(written.map(\.lastPathComponent) == ["a.txt", "b.txt"])
        #expect(Self.contents(folder) == ["a.txt", "b.txt"])
        #expect(try String(contentsOf: folder.appendingPathComponent("b.txt"), encoding: .utf8) == "second")
        #expect(Self.contents(temp.url) == ["pack"])
    }

    @Test func aMissingParentIsNamed() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = temp.url.appendingPathComponent("missing/pack")
        #expect(throws: GraphicsError.self) { try PackWriter.write(Self.files, to: folder) }
        #expect(Self.contents(temp.url).isEmpty)
    }

    @Test func aFailureLeavesNoNewFolder() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = temp.url.appendingPathComponent("pack")
        // The second name is longer than any file system allows, so staging fails after
        // the first file is written.
        let files = [Self.files[0], PackFile(name: String(repeating: "x", count: 300), data: Data())]
        #expect(throws: GraphicsError.self) { try PackWriter.write(files, to: folder) }
        #expect(Self.contents(temp.url).isEmpty, "left behind: \(Self.contents(temp.url))")
    }

    @Test func anExistingFolderKeepsItsOtherFilesAndFailsCleanly() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        try Data("mine".utf8).write(to: temp.url.appendingPathComponent("notes.txt"))
        try Data("old".utf8).write(to: temp.url.appendingPathComponent("a.txt"))

        let failing = [PackFile(name: "a.txt", data: Data("new".utf8)),
                       PackFile(name: String(repeating: "y", count: 300), data: Data())]
        #expect(throws: GraphicsError.self) { try PackWriter.write(failing, to: temp.url) }
        #expect(Self.contents(temp.url) == ["a.txt", "notes.txt"])
        #expect(try String(contentsOf: temp.url.appendingPathComponent("a.txt"), encoding: .utf8) == "old")

        try PackWriter.write(Self.files, to: temp.url)
        #expect(Self.contents(temp.url) == ["a.txt", "b.txt", "notes.txt"])
        #expect(try String(contentsOf: temp.url.appendingPathComponent("a.txt"), encoding: .utf8) == "first")
        #expect(try String(contentsOf: temp.url.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func aFileInTheWayIsNamed() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let file = temp.url.appendingPathComponent("pack")
        try Data().write(to: file)
        #expect(throws: GraphicsError.cannotWrite(path: file.path, reason: "it is a file, not a folder")) {
            try PackWriter.write(Self.files, to: file)
        }
    }

    @Test func aFolderInTheWayStopsBeforeAnythingMoves() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        try FileManager.default.createDirectory(at: temp.url.appendingPathComponent("b.txt"), withIntermediateDirectories: false)
        #expect(throws: GraphicsError.self) { try PackWriter.write(Self.files, to: temp.url) }
        #expect(Self.contents(temp.url) == ["b.txt"])
    }

    /// A pack written where an earlier pack is replaces it whole: no card or QR code of the
    /// old one is left beside the new, and the teacher's own files stay.
    @Test func anEarlierPackIsReplacedWholeAndNothingElseIsTouched() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let page = PackFile(name: "index.html", data: Data("<!DOCTYPE html>\n<meta name=\"generator\" content=\"classplan\">\n".utf8))
        func file(_ name: String, _ text: String) -> PackFile { PackFile(name: name, data: Data(text.utf8)) }
        let old = [page, file("old-class-student.pdf", "pdf"), file("old-class.md", "md"), file("old-class.ics", "ics"),
                   file("card-01-clam.png", "old"), file("card-02-bridge.png", "old"), file("qr-code.png", "old link")]
        try PackWriter.write(old, to: temp.url)
        try Data("mine".utf8).write(to: temp.url.appendingPathComponent("notes.md"))
        try Data("mine".utf8).write(to: temp.url.appendingPathComponent("photo.png"))

        let new = [page, file("new-class-student.pdf", "pdf"), file("new-class.md", "md"), file("card-01-clam.png", "new")]
        try PackWriter.write(new, to: temp.url)
        #expect(Self.contents(temp.url) == ["card-01-clam.png", "index.html", "new-class-student.pdf", "new-class.md",
                                            "notes.md", "photo.png"])
        #expect(try String(contentsOf: temp.url.appendingPathComponent("card-01-clam.png"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: temp.url.appendingPathComponent("notes.md"), encoding: .utf8) == "mine")
    }

    /// Without a pack's page the folder is not a pack's, so files that look like cards stay.
    @Test func cardLikeFilesStayInAFolderThatHeldNoPack() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        try Data("mine".utf8).write(to: temp.url.appendingPathComponent("card-holiday.png"))
        try Data("<html>my page</html>".utf8).write(to: temp.url.appendingPathComponent("index.html"))
        try PackWriter.write(Self.files, to: temp.url)
        #expect(Self.contents(temp.url) == ["a.txt", "b.txt", "card-holiday.png", "index.html"])
    }
}
