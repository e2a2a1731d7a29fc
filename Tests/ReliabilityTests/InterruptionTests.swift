import Foundation
import Synchronization
import Testing

/// Ctrl-C and `kill` in the middle of a batch, and the runs after.
@Suite("An interrupted run leaves nothing half-written")
struct InterruptionTests {
    /// `count` copies of the example plan, titled `title` and a number.
    func plans(_ count: Int, titled title: String, in folder: URL) throws -> [String] {
        try ClassPlanRun.copiesOfExample(count, titled: title, in: folder)
    }

    /// Starts `classplan` with `arguments` in `folder`, sends `signal` once it has written
    /// its first file, and returns its exit status and stderr.
    func interrupt(_ arguments: [String], in folder: URL, with signal: Int32) throws -> (status: Int32, stderr: String) {
        let binary = try #require(ClassPlanRun.binary, "build the classplan binary first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CLASSPLAN_ASSETS"] = ClassPlanRun.assets.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let printed = Mutex(Data())
        out.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            printed.withLock { $0.append(chunk) }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && printed.withLock({ !$0.contains(UInt8(ascii: "\n")) }) && Date() < deadline {
            usleep(2_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, stderr)
    }

    @Test(arguments: [(Int32(SIGINT), Int32(130)), (Int32(SIGTERM), Int32(143))])
    func aBatchStoppedHalfWayKeepsEveryFileWholeAndLeavesNoStagingFile(signal: Int32, status: Int32) throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 30
        let first = try plans(count, titled: "Monday", in: folder)
        let done = try ClassPlanRun.run(["render"] + first, in: folder)
        try #require(done.status == 0, "\(done.stderr)")
        let earlier = try FolderSnapshot(folder)

        let again = try plans(count, titled: "Tuesday", in: folder)
        let r = try interrupt(["render"] + again, in: folder, with: signal)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains("error: interrupted; rendered "), "\(r.stderr)")

        let after = try FolderSnapshot(folder)
        #expect(after.files.keys.filter { $0.hasPrefix(".") }.isEmpty, "left behind: \(after)")
        #expect(Set(after.files.keys) == Set(earlier.files.keys))
        var replaced = 0
        for n in 1...count {
            let handouts = earlier.files.keys.filter { $0.hasPrefix("class-\(n)-") && $0.hasSuffix(".pdf") }
            #expect(handouts.count >= 2)
            for name in handouts {
                let data = try #require(after.files[name])
                #expect(data.starts(with: Array("%PDF-".utf8)) && String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"),
                        "\(name) is not a whole PDF")
            }
            // A plan's handouts are replaced together or not at all.
            let old = Set(handouts.map { after.files[$0] == earlier.files[$0] })
            #expect(old.count == 1, "class-\(n): some handouts are new and others old")
            if old == [false] { replaced += 1 }
        }
        #expect(replaced < count, "the run ended before the signal, so nothing was interrupted")
    }

    /// Staging files of a run that was killed outright (no chance to clean up) are
    /// recognised by the next run in that folder and removed; others' files stay.
    @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try plans(1, titled: "Wednesday", in: folder)
        let gone = "4194305"
        let left = [".class-1-teacher.pdf.classplan-\(gone)-00000000deadbeef.tmp",
                    ".class-1-student.pdf.classplan-\(gone)-00000000cafef00d.old"]
        for name in left { try Data("half".utf8).write(to: folder.appendingPathComponent(name)) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent(".class-1.yaml.swp"))
        let r = try ClassPlanRun.run(["render"] + plan, in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".class-1.yaml.swp", "class-1-card.pdf", "class-1-student.pdf", "class-1-teacher.pdf", "class-1.yaml"])
    }

    /// `classplan new` writes through the same writer: never through a link planted at the
    /// name, never a partial file.
    @Test func newDoesNotFollowAPlantedLink() throws {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("elsewhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("tuesday.yaml").path,
                                                   withDestinationPath: target.path)
        let r = try ClassPlanRun.run(["new", "tuesday.yaml"], in: folder)
        #expect(r.status == 3)
        #expect(r.stderr.contains("'tuesday.yaml' already exists"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tuesday.yaml"])

        let missing = try ClassPlanRun.run(["new", "no-folder/tuesday.yaml"], in: folder)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("cannot write 'no-folder/tuesday.yaml'"), "\(missing.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tuesday.yaml"])
    }
}
