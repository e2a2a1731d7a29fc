import Foundation
import Testing
import TestSupport

/// Runs command-line tools (poppler, qpdf, zbar) on files the tests write.
enum Tools {
    typealias Result = ExternalProcess.Result

    /// Runs `tool` (found on PATH) with `arguments` and returns its exit status and output.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        try ExternalProcess.run(tool, arguments)
    }

    /// Whether `tool` is installed.
    static func has(_ tool: String) -> Bool { ExternalProcess.exists(tool) }

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
