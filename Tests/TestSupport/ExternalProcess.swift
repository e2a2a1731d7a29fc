import Foundation

/// Runs a program to the end and collects what it printed: the tests' one way to call
/// poppler, qpdf, zbar, Chromium and the built `classplan`.
public enum ExternalProcess {
    /// How a run ended.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `tool`, found on PATH, with `arguments`.
    public static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments)
    }

    /// Runs the program at `executable` in `folder` with `environment` (the current one when
    /// nil).
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        // Errors go to a file rather than a second pipe, so neither stream can fill up and
        // stall the program while the other is read.
        let errURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("classplan-test-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? errHandle.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus,
                      output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    /// Whether `tool` is on PATH.
    public static func exists(_ tool: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(tool)"]).status) == 0
    }
}
