import Foundation
import Testing
import TestSupport

/// Runs the built `classplan` binary with a time limit, as a teacher would.
enum ClassPlanRun {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    /// The real built-in library.
    static let assets = packageRoot.appendingPathComponent("Assets")
    static let examplePlans = packageRoot.appendingPathComponent("Plans")

    /// The binary: beside the test bundle, or in `.build/debug`.
    static let binary: URL? = BuiltBinary.classplan(packageRoot: packageRoot)

    /// How a run ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when it was stopped for running past its time.
        var timedOut: Bool
        /// True when it ended by a signal (a crash) rather than an exit.
        var crashed: Bool
    }

    /// Runs `classplan` with `arguments` in `folder`, stopping it after `seconds`.
    static func run(_ arguments: [String], in folder: URL, seconds: Double = 60) throws -> Result {
        let binary = try #require(binary, "build the classplan binary first (swift build)")
        var environment = ProcessInfo.processInfo.environment
        environment["CLASSPLAN_ASSETS"] = assets.path
        environment["NO_COLOR"] = "1"
        // Never the teacher's own personal library.
        environment.removeValue(forKey: "CLASSPLAN_LIBRARY")
        environment["XDG_CONFIG_HOME"] = "/nonexistent/classplan-tests-config"
        environment["XDG_CACHE_HOME"] = "/nonexistent/classplan-tests-cache"
        let r = try ExternalProcess.run(binary, arguments, in: folder, environment: environment, timeLimit: seconds)
        return Result(status: r.status, stdout: r.output, stderr: r.errors, timedOut: r.timedOut, crashed: r.crashed)
    }

    /// Runs `classplan` with `arguments` in `folder` through `/bin/sh`, after the shell
    /// commands of `shellPrefix` (limits to set), its output read through pipes.
    static func runThroughPipes(_ arguments: [String], in folder: URL, shellPrefix: String) throws -> Result {
        let binary = try #require(binary, "build the classplan binary first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shellPrefix + #"; exec "$0" "$@""#, binary.path] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CLASSPLAN_ASSETS"] = assets.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // What the runs here print fits in a pipe's buffer, so it is read after the end.
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                      stderr: String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                      timedOut: false, crashed: process.terminationReason == .uncaughtSignal)
    }

    /// `count` copies of the example plan in `folder`, named `class-N.yaml` and titled
    /// `title` and their number; returns their names.
    static func copiesOfExample(_ count: Int, titled title: String, in folder: URL) throws -> [String] {
        let example = try String(contentsOf: examplePlans.appendingPathComponent("hip-series.yaml"), encoding: .utf8)
        return try (1...count).map { n in
            let name = "class-\(n).yaml"
            let text = example.replacingOccurrences(of: "title: Hip rotations at home", with: "title: \(title) \(n)")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            return name
        }
    }

    /// A fresh empty folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command-line tool and returns its stdout.
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        try ExternalProcess.run(name, arguments).output
    }
}

/// The files in a folder and their bytes, to show that a failed run changed nothing.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    var files: [String: Data]

    /// Every file directly in `folder`, hidden ones included (a left temporary file shows).
    init(_ folder: URL) throws {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            files[name] = isDirectory.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: url)
        }
        self.files = files
    }

    var description: String { files.keys.sorted().joined(separator: ", ") }
}
