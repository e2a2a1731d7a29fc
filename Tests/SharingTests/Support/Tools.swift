import Foundation
import Testing

/// Runs the command-line tools the checks need (zbar, chromium), failing clearly when one
/// is missing: `make deps` installs them, and a check that quietly passed without its tool
/// would prove nothing.
enum Tools {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `tool` (found on PATH) with `arguments`.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        // Errors go to a file rather than a second pipe, so neither stream can fill up and
        // stall the tool while the other is read.
        let errURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("sharing-tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? errHandle.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus,
                      output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    /// The tool's path, or a recorded failure naming the Debian package that provides it.
    static func require(_ tool: String, package: String) -> Bool {
        let found = (try? run("sh", ["-c", "command -v \(tool)"]).status) == 0
        if !found {
            Issue.record("'\(tool)' is not installed; install Debian's \(package) (make deps does)")
        }
        return found
    }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sharing-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
