import Foundation
import Testing

/// The fuzzer's corpus and every input that once crashed it, replayed on each test run.
@Suite("Fuzzer finds stay fixed")
struct FuzzRegressionTests {
    static let corpus = ClassPlanRun.fixtures.appendingPathComponent("fuzz-corpus")
    static let crashers = ClassPlanRun.fixtures.appendingPathComponent("fuzz-crashers")

    static func files(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The pipeline the fuzzer runs, over the real built-in library.
    static func pipeline() throws -> (PlanPipeline, URL) {
        let folder = try ClassPlanRun.temporaryFolder()
        return (PlanPipeline(assets: ClassPlanRun.assets, folder: folder), folder)
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files(in: Self.corpus).count >= 50, "the minimised fuzz corpus is committed")
    }

    @Test func everyCorpusInputRunsThroughThePipeline() throws {
        let (pipeline, folder) = try Self.pipeline()
        defer { try? FileManager.default.removeItem(at: folder) }
        var composed = 0
        for file in Self.files(in: Self.corpus) {
            let outcome = pipeline.run(try Data(contentsOf: file))
            if outcome.composed { composed += 1 }
            // Whatever went wrong, the teacher is told where.
            #expect(outcome.composed || outcome.diagnostics.hasErrors, "\(file.lastPathComponent)")
        }
        #expect(composed > 0, "some of the corpus is valid plans that compose")
    }

    /// A replay over an empty folder would run no case and pass: it must not.
    @Test func theCrashersAreThere() {
        #expect(!Self.files(in: Self.crashers).isEmpty, "the fuzz crashers are committed")
    }

    @Test(arguments: files(in: crashers))
    func crasher(_ file: URL) throws {
        let (pipeline, folder) = try Self.pipeline()
        defer { try? FileManager.default.removeItem(at: folder) }
        // In this process, the way the fuzzer ran it ...
        let outcome = pipeline.run(try Data(contentsOf: file))
        #expect(outcome.composed || outcome.diagnostics.hasErrors)
        // ... and through the command line, as a teacher would.
        try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent("crasher.yaml"))
        let r = try ClassPlanRun.run(["check", "crasher.yaml"], in: folder, seconds: 60)
        #expect(!r.crashed && !r.timedOut, "\(r.stderr.prefix(2000))")
        #expect([0, 1].contains(r.status), "\(r.stderr.prefix(2000))")
    }
}
