import Foundation
import Testing
import TestSupport

/// Runs the built `classplan` binary.
enum ClassPlanBinary {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    /// The small library the plan-file tests use: it holds every id the starter plan names.
    static let fixtureAssets = packageRoot.appendingPathComponent("Tests/PlanFilesTests/Fixtures/assets")

    /// The binary: beside the test bundle, or in `.build/debug`.
    static let url: URL? = BuiltBinary.classplan(packageRoot: packageRoot)

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `classplan` with `arguments` in `folder`, with the fixture library as built-in.
    /// The teacher's own personal library is never read: `XDG_CONFIG_HOME` points at a folder
    /// that is not there unless `extra` sets it (as it may `CLASSPLAN_LIBRARY`).
    static func run(_ arguments: [String], in folder: URL = fixtures, assets: URL? = fixtureAssets,
                    environment extra: [String: String] = [:]) throws -> Result {
        let binary = try #require(url, "build the classplan binary first")
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "CLASSPLAN_LIBRARY")
        environment["XDG_CONFIG_HOME"] = "/nonexistent/classplan-tests-config"
        environment["XDG_CACHE_HOME"] = "/nonexistent/classplan-tests-cache"
        environment.merge(extra) { $1 }
        if let assets { environment["CLASSPLAN_ASSETS"] = assets.path } else { environment.removeValue(forKey: "CLASSPLAN_ASSETS") }
        let r = try ExternalProcess.run(binary, arguments, in: folder, environment: environment)
        return Result(status: r.status, stdout: r.output, stderr: r.errors)
    }

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Test func checkValidPlanWithOwnLibrary() throws {
    let r = try ClassPlanBinary.run(["check", "with-own-library/plan.yaml"])
    #expect(r.status == 0, "\(r.stderr)")
    // The plan is short of its length, and uses an exercise its own library replaces.
    #expect(r.stdout == "with-own-library/plan.yaml: ok (2 warnings)\n")
    #expect(r.stderr.contains("with-own-library/plan.yaml:2:1: warning: the class runs 13 min 8 s, 16 min 52 s short of its length of 30 min"))
    #expect(r.stderr.contains("with-own-library/my-exercises/mine.yaml:2:5: warning: your library replaces the built-in exercise 'glute-bridge'"))
    #expect(!r.stderr.contains("\u{1B}["), "no colour when stderr is not a terminal")
}

/// The first run keeps the built-in library as parsed in the user's cache folder, and a
/// later run, reading it from there, says exactly what the first said. A built-in file
/// edited since is parsed again: the later run sees the edit.
@Test func theBuiltInLibraryIsKeptParsedInTheCacheFolder() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let assets = folder.appendingPathComponent("assets")
    try FileManager.default.copyItem(at: ClassPlanBinary.fixtureAssets, to: assets)
    let cache = folder.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: false)
    let environment = ["XDG_CACHE_HOME": cache.path]
    let first = try ClassPlanBinary.run(["check", "with-own-library/plan.yaml"], assets: assets, environment: environment)
    let kept = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("classplan").path)
    #expect(kept.count == 1 && kept.allSatisfy { $0.hasPrefix("library-") && $0.hasSuffix(".snapshot") }, "\(kept)")
    let later = try ClassPlanBinary.run(["check", "with-own-library/plan.yaml"], assets: assets, environment: environment)
    #expect(first.status == 0 && later.status == 0)
    #expect(later.stdout == first.stdout && later.stderr == first.stderr)

    let file = try #require(try FileManager.default.contentsOfDirectory(atPath: assets.appendingPathComponent("library").path)
        .first { $0.hasSuffix(".yaml") })
    let url = assets.appendingPathComponent("library").appendingPathComponent(file)
    try Data((try String(contentsOf: url, encoding: .utf8) + "\nnot yaml: [\n").utf8).write(to: url)
    let edited = try ClassPlanBinary.run(["check", "with-own-library/plan.yaml"], assets: assets, environment: environment)
    #expect(edited.stderr.contains(file), "the edited file is read again: \(edited.stderr)")
}

@Test func checkInvalidPlan() throws {
    let r = try ClassPlanBinary.run(["check", "bad-plan.yaml"])
    #expect(r.status == 1)
    #expect(r.stdout == "bad-plan.yaml: 1 error\n")
    #expect(r.stderr == """
        bad-plan.yaml:3:15: error: no exercise 'glute-brige' in the library
           3 |   - exercise: glute-brige
             |               ^~~~~~~~~~~
        hint: did you mean 'glute-bridge'?

        """)
}

@Test func checkSeveralPlansAndAMissingOne() throws {
    let r = try ClassPlanBinary.run(["check", "with-own-library/plan.yaml", "bad-plan.yaml", "nowhere.yaml"])
    #expect(r.status == 3)
    #expect(r.stdout.split(separator: "\n") == [
        "with-own-library/plan.yaml: ok (2 warnings)", "bad-plan.yaml: 1 error", "nowhere.yaml: cannot be read",
    ])
    #expect(r.stderr.contains("error: cannot read 'nowhere.yaml': no such file"))
}

@Test func usageErrorsExitTwo() throws {
    #expect(try ClassPlanBinary.run(["check"]).status == 2)
    #expect(try ClassPlanBinary.run(["check", "--no-such-flag", "x.yaml"]).status == 2)
    #expect(try ClassPlanBinary.run(["no-such-command"]).status == 2)
}

@Test func newWritesAPlanThatChecksAndNeverOverwrites() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let created = try ClassPlanBinary.run(["new", "tuesday.yaml"], in: folder)
    #expect(created.status == 0, "\(created.stderr)")
    let file = folder.appendingPathComponent("tuesday.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("title: "))

    let checked = try ClassPlanBinary.run(["check", "tuesday.yaml"], in: folder, assets: builtInLibrary)
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stdout.hasPrefix("tuesday.yaml: ok"))

    try "mine".write(to: file, atomically: true, encoding: .utf8)
    let again = try ClassPlanBinary.run(["new", "tuesday.yaml"], in: folder)
    #expect(again.status == 3)
    #expect(again.stderr.contains("already exists"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tuesday.yaml"], "no temporary left behind")
}

@Test func libraryListsShowsAndPrintsJSON() throws {
    let list = try ClassPlanBinary.run(["library"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("hip-rotation-series"))
    let bridge = list.stdout.split(separator: "\n").first { $0.hasPrefix("  glute-bridge ") }
    #expect(bridge?.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            == "glute-bridge Glute bridge supine no 10 reps")

    let one = try ClassPlanBinary.run(["library", "hip-rotation-series"])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("The hip rotation series  (block 'hip-rotation-series')\n"))
    #expect(one.stdout.contains("  1. Hip rotation, feet lifted  (hip-rotation-feet-lifted, side-lying)"))

    let json = try ClassPlanBinary.run(["library", "--json", "--library", "with-own-library/my-exercises"])
    #expect(json.status == 0)
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let series = try #require(entries.first { $0["id"] as? String == "hip-rotation-series" })
    #expect(series["kind"] as? String == "block")
    #expect(series["position"] as? String == "side-lying")
    #expect(series["sided"] as? Bool == true)
    #expect(series["exercises"] as? [String] == ["hip-rotation-feet-lifted", "hip-rotation-feet-down", "hip-rotation-tabletop"])
    let wallSit = try #require(entries.first { $0["id"] as? String == "wall-sit" })
    #expect(wallSit["kind"] as? String == "exercise")
    #expect(wallSit["sided"] as? Bool == false)
    #expect(entries.first { $0["id"] as? String == "glute-bridge" }?["name"] as? String == "Glute bridge with a block")
    #expect(json.stderr.contains("warning: exercise 'glute-bridge' replaces the built-in one"))

    let typo = try ClassPlanBinary.run(["library", "glute-brige"])
    #expect(typo.status == 1)
    #expect(typo.stderr.contains("hint: did you mean 'glute-bridge'?"))
}

/// The real built-in library.
let builtInLibrary = ClassPlanBinary.packageRoot.appendingPathComponent("Assets")

@Test func examplePlansAndTheStarterPlanCheckAgainstTheBuiltInLibrary() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try ClassPlanBinary.run(["new", "starter.yaml"], in: folder, assets: builtInLibrary).status == 0)
    let starter = try ClassPlanBinary.run(["check", "starter.yaml"], in: folder, assets: builtInLibrary)
    #expect(starter.status == 0, "\(starter.stderr)")
    #expect(starter.stdout == "starter.yaml: ok\n", "the starter plan checks without warnings: \(starter.stderr)")

    let plans = ClassPlanBinary.packageRoot.appendingPathComponent("Plans")
    let names = try FileManager.default.contentsOfDirectory(atPath: plans.path).filter { $0.hasSuffix(".yaml") }
    #expect(names.count >= 3)
    let r = try ClassPlanBinary.run(["check"] + names.sorted(), in: plans, assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(!r.stderr.contains("error:"))
}

@Test func personalLibraryIsReadAndListed() throws {
    let config = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: config) }
    let personal = config.appendingPathComponent("classplan/library")
    try FileManager.default.createDirectory(at: personal, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: ClassPlanBinary.fixtures.appendingPathComponent("with-own-library/my-exercises/mine.yaml"),
                                     to: personal.appendingPathComponent("mine.yaml"))
    let plan = config.appendingPathComponent("plan.yaml")
    try "title: T\nsequence:\n  - exercise: wall-sit\n".write(to: plan, atomically: true, encoding: .utf8)
    let environment = ["XDG_CONFIG_HOME": config.path, "CLASSPLAN_LIBRARY": "/no/such/shared-library"]

    let check = try ClassPlanBinary.run(["check", plan.path], environment: environment)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stderr.contains("warning: no library folder '/no/such/shared-library' (named in CLASSPLAN_LIBRARY)"))
    let without = try ClassPlanBinary.run(["check", plan.path])
    #expect(without.status == 1, "without the personal library the exercise is unknown")

    let paths = try ClassPlanBinary.run(["library", "--paths", "--library", "extra"], environment: environment)
    #expect(paths.status == 0, "\(paths.stderr)")
    let lines = paths.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
    #expect(lines == [
        "Library folders, each laid over the ones above it",
        "from folder",
        "built-in \(ClassPlanBinary.fixtureAssets.path)/library",
        "personal \(personal.path)",
        "CLASSPLAN_LIBRARY /no/such/shared-library (missing)",
        "plan the plan's own `library:` folders, relative to the plan",
        "--library extra (missing)",
    ])
}
