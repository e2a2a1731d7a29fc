import Foundation
import Testing

/// Runs the built `classplan` binary with a time limit, as a teacher would.
enum ClassPlanRun {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    /// The real built-in library.
    static let assets = packageRoot.appendingPathComponent("Assets")
    static let examplePlans = packageRoot.appendingPathComponent("Plans")

    /// The binary: beside the test bundle, or in `.build/debug`.
    static let binary: URL? = {
        var places: [URL] = []
        if let exe = Bundle.main.executableURL { places.append(exe.deletingLastPathComponent().appendingPathComponent("classplan")) }
        places.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("classplan"))
        places.append(packageRoot.appendingPathComponent(".build/debug/classplan"))
        return places.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

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
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CLASSPLAN_ASSETS"] = assets.path
        environment["NO_COLOR"] = "1"
        process.environment = environment
        // Output goes to files, not pipes: a child that writes a lot cannot stall on a full
        // pipe, and nothing needs reading while the clock runs.
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("out"), errURL = logs.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                process.waitUntilExit()
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        let crashed = process.terminationReason == .uncaughtSignal && !timedOut
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                      timedOut: timedOut, crashed: crashed)
    }

    /// A fresh empty folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a command-line tool and returns its stdout.
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
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
