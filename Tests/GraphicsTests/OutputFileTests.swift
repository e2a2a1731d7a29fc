import Foundation
import Testing
@testable import Graphics

@Suite("Writing output files")
struct OutputFileTests {
    @Test("a file is written whole and replaces an older one, leaving nothing else")
    func writes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("handout.pdf")
        try OutputFile.write(Data("first".utf8), to: url)
        try OutputFile.write(Data("second".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["handout.pdf"])
    }

    @Test("an unwritable path throws an error naming it and leaves no file")
    func unwritable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("no-such-folder/handout.pdf")
        let error = #expect(throws: GraphicsError.self) { try OutputFile.write(Data("x".utf8), to: missing) }
        guard case .cannotWrite(let path, _)? = error else {
            Issue.record("expected cannotWrite, got \(String(describing: error))")
            return
        }
        #expect(path == missing.path)
        #expect(error?.description.contains(missing.path) == true)

        // A folder in the way of the file: the temporary file is made, then cleaned up.
        let blocked = folder.url.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: GraphicsError.self) { try OutputFile.write(Data("x".utf8), to: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["taken"])
    }

    @Test("several files are written together, each with its own bytes")
    func writesSeveral() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ["class-card.pdf", "class-teacher.pdf", "class-student.pdf"]
        try OutputFile.write(Data("old".utf8), to: folder.url.appendingPathComponent(names[1]))
        try OutputFile.writeAll(names.map { (url: folder.url.appendingPathComponent($0), data: Data($0.utf8)) })
        for name in names {
            #expect(try Data(contentsOf: folder.url.appendingPathComponent(name)) == Data(name.utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == names.sorted())
    }

    @Test("when one of several files cannot be written, none is, and the old ones stay")
    func severalAllOrNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let card = folder.url.appendingPathComponent("class-card.pdf")
        let student = folder.url.appendingPathComponent("class-student.pdf")
        let missing = folder.url.appendingPathComponent("no-such-folder/class-teacher.pdf")
        try OutputFile.write(Data("old card".utf8), to: card)
        let error = #expect(throws: GraphicsError.self) {
            try OutputFile.writeAll([(url: card, data: Data("new card".utf8)),
                                     (url: missing, data: Data("teacher".utf8)),
                                     (url: student, data: Data("student".utf8))])
        }
        guard case .cannotWrite(let path, _)? = error else {
            Issue.record("expected cannotWrite, got \(String(describing: error))")
            return
        }
        #expect(path == missing.path)
        #expect(try Data(contentsOf: card) == Data("old card".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["class-card.pdf"])
    }
}
