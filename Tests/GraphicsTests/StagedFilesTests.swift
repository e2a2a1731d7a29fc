import Foundation
import Testing
@testable import Graphics

/// Staging files: exclusive and unguessable names, and the stale ones of ended runs removed.
@Suite("Staging files")
struct StagedFilesTests {
    static func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func namesAreUnpredictableAndReadBack() throws {
        let url = URL(fileURLWithPath: "/tmp/out/x-teacher.pdf")
        let names = (0..<200).map { _ in StagedFiles.name(for: url, kind: .file) }
        #expect(Set(names).count == names.count)
        let name = (names[0] as NSString).lastPathComponent
        #expect(name.hasPrefix(".x-teacher.pdf.classplan-\(getpid())-"))
        let parsed = try #require(StagedFiles.parse(name))
        #expect(parsed.target == "x-teacher.pdf" && parsed.pid == getpid() && parsed.kind == StagedFiles.Kind.file)
        #expect(StagedFiles.parse(".x-teacher.pdf.1234abcd.tmp") == nil)
        #expect(StagedFiles.parse(".notes.classplan-12-xyz.tmp") == nil)
        #expect(StagedFiles.parse("x.classplan-12-0123456789abcdef.tmp") == nil)
    }

    @Test func aLaterRunRemovesWhatEndedRunsLeftAndNothingElse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A process id no process has: above the kernel's largest.
        let gone = "4194305"
        let random = "0123456789abcdef"
        _ = try folder.write(Data("half".utf8), named: ".a.pdf.classplan-\(gone)-\(random).tmp")
        _ = try folder.write(Data("old".utf8), named: ".b.pdf.classplan-\(gone)-\(random).old")
        _ = try folder.write(Data("kept".utf8), named: "c.pdf")
        _ = try folder.write(Data("kept".utf8), named: ".c.pdf.classplan-\(gone)-\(random).old")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(".pack.classplan-\(gone)-\(random).partial/inside"),
                                                withIntermediateDirectories: true)
        // This process is running, so its staging file is another run's work in progress.
        _ = try folder.write(Data("mine".utf8), named: ".d.pdf.classplan-\(getpid())-\(random).tmp")
        _ = try folder.write(Data("theirs".utf8), named: ".notes.tmp")
        _ = try folder.write(Data("theirs".utf8), named: ".e.pdf.4d2a11fe.tmp")

        try OutputFile.write(Data("new".utf8), to: folder.url.appendingPathComponent("new.pdf"))
        #expect(try Self.contents(folder.url) == [".d.pdf.classplan-\(getpid())-\(random).tmp", ".e.pdf.4d2a11fe.tmp",
                                                  ".notes.tmp", "b.pdf", "c.pdf", "new.pdf"])
        // The second name of a file whose own name was gone is put back, not thrown away.
        #expect(try String(contentsOf: folder.url.appendingPathComponent("b.pdf"), encoding: .utf8) == "old")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("c.pdf"), encoding: .utf8) == "kept")
    }

    @Test func aNewFileNeverGoesOverAnythingThere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("plan.yaml")
        let elsewhere = folder.url.appendingPathComponent("elsewhere.txt")
        // A link planted at the name, pointing where nothing is yet: not followed.
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: elsewhere.path)
        let error = #expect(throws: GraphicsError.self) { try OutputFile.writeNew(Data("plan".utf8), to: target) }
        #expect(error?.description.contains("already there") == true)
        #expect(try Self.contents(folder.url) == ["plan.yaml"])
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))

        let fresh = folder.url.appendingPathComponent("fresh.yaml")
        try OutputFile.writeNew(Data("plan".utf8), to: fresh)
        #expect(try String(contentsOf: fresh, encoding: .utf8) == "plan")
        #expect(try Self.contents(folder.url) == ["fresh.yaml", "plan.yaml"])
    }

    @Test func aFailedNewFileLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A name longer than any file system allows: the staging file cannot even be made.
        let target = folder.url.appendingPathComponent(String(repeating: "p", count: 300))
        #expect(throws: GraphicsError.self) { try OutputFile.writeNew(Data("plan".utf8), to: target) }
        let missing = folder.url.appendingPathComponent("no-folder/plan.yaml")
        #expect(throws: GraphicsError.self) { try OutputFile.writeNew(Data("plan".utf8), to: missing) }
        #expect(try Self.contents(folder.url).isEmpty)
    }

    /// A target whose name nearly fills the 255 bytes a name may have is still written: its
    /// staging name is cut short instead of growing past the limit.
    @Test func aLongTargetNameStillGetsAStagingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent(String(repeating: "é", count: 115) + "-teacher.pdf")
        try OutputFile.write(Data("first".utf8), to: target)
        try OutputFile.write(Data("second".utf8), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
        #expect(try Self.contents(folder.url) == [target.lastPathComponent])
        let staged = (StagedFiles.name(for: target, kind: .backup) as NSString).lastPathComponent
        #expect(staged.utf8.count <= 255)
        #expect(StagedFiles.parse(staged)?.target.hasSuffix("~") == true)
    }
}
