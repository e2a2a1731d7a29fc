import Foundation

/// Runs a program to the end and collects what it printed: the tests' one way to call
/// poppler, qpdf, zbar, Chromium and the built `classplan`.
public enum ExternalProcess {
    /// How a run ended.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        /// True when it was stopped for running past its time limit.
        public var timedOut: Bool
        /// True when it ended by a signal (a crash) rather than an exit.
        public var crashed: Bool
    }

    /// Runs `tool`, found on PATH, with `arguments`.
    public static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments)
    }

    /// Runs the program at `executable` in `folder` with `environment` (the current one when
    /// nil), stopping it after `timeLimit` seconds when one is given.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
                           environment: [String: String]? = nil, timeLimit: Double? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        // Output goes to files, not pipes: a program that writes a lot cannot stall on a full
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
        var timedOut = false
        if let timeLimit {
            let deadline = Date().addingTimeInterval(timeLimit)
            while process.isRunning {
                if Date() > deadline {
                    timedOut = true
                    process.terminate()
                    break
                }
                usleep(5_000)
            }
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                      timedOut: timedOut,
                      crashed: process.terminationReason == .uncaughtSignal && !timedOut)
    }

    /// Whether `tool` is on PATH.
    public static func exists(_ tool: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(tool)"]).status) == 0
    }
}
