import Foundation
import Testing
import TestSupport

/// Runs the command-line tools the checks need (zbar, chromium), failing clearly when one
/// is missing: `make deps` installs them, and a check that quietly passed without its tool
/// would prove nothing.
enum Tools {
    typealias Result = ExternalProcess.Result

    /// Runs `tool` (found on PATH) with `arguments`.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        try ExternalProcess.run(tool, arguments)
    }

    /// The tool's path, or a recorded failure naming the Debian package that provides it.
    static func require(_ tool: String, package: String) -> Bool {
        let found = ExternalProcess.exists(tool)
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
