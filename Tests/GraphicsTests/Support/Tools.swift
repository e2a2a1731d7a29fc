import Foundation
import Testing

/// Runs command-line tools (poppler, qpdf, zbar) on files the tests write.
enum Tools {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `tool` (found on PATH) with `arguments` and returns its exit status and output.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the tool.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: outData, as: UTF8.self),
                      errors: String(decoding: errData, as: UTF8.self))
    }

    /// Whether `tool` is installed.
    static func has(_ tool: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(tool)"]).status) == 0
    }

    /// Runs `tool` and returns its standard output, recording an issue when it fails.
    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try run(tool, arguments)
        #expect(result.status == 0, "\(tool) \(arguments.joined(separator: " ")) failed: \(result.errors)")
        return result.output
    }
}

/// A fresh folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("graphics-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `data` to `name` in the folder and returns its path.
    func write(_ data: Data, named name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Where the tests find poppler's view of a PDF.
enum PDFInfo {
    /// `pdfinfo`'s key/value lines for `path`.
    static func fields(_ path: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try Tools.output("pdfinfo", [path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }
}
