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
}
