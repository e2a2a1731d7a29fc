import Foundation
import Testing
import TestSupport

/// `classplan preview` (or `watch`) running in the background while a test works with it.
final class BackgroundRun {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary: URL? = BuiltBinary.classplan(packageRoot: packageRoot)

    let process = Process()
    let output: URL
    let errors: URL

    /// Starts `classplan ARGUMENTS` in `folder` with the real built-in library and no personal
    /// library (the real home is never read).
    init(_ arguments: [String], in folder: URL) throws {
        let binary = try #require(Self.binary, "build classplan first (swift build)")
        output = folder.appendingPathComponent("run-out.txt")
        errors = folder.appendingPathComponent("run-err.txt")
        for file in [output, errors] { FileManager.default.createFile(atPath: file.path, contents: nil) }
        var environment = ProcessInfo.processInfo.environment
        environment["CLASSPLAN_ASSETS"] = Self.packageRoot.appendingPathComponent("Assets").path
        environment["XDG_CONFIG_HOME"] = "/nonexistent/classplan-tests-config"
        environment["XDG_CACHE_HOME"] = "/nonexistent/classplan-tests-cache"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "CLASSPLAN_LIBRARY")
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    /// What it has printed so far on stdout and stderr.
    var printed: (out: String, err: String) {
        (String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self),
         String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self))
    }

    /// Waits up to `seconds` until stdout or stderr shows `accept`; returns whether it did.
    func waitForOutput(seconds: Double, _ accept: ((out: String, err: String)) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if accept(printed) { return true }
            if !process.isRunning { return accept(printed) }
            usleep(50_000)
        }
        return false
    }

    /// Sends Ctrl-C and waits up to `seconds` for the exit; the exit status, or nil when it
    /// did not stop.
    func interrupt(seconds: Double = 20) -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        guard !process.isRunning else { return nil }
        return process.terminationStatus
    }
}

/// Writes `text` to `file` as editors do: a new file renamed over the old one.
func save(_ text: String, to file: URL) throws {
    try Data(text.utf8).write(to: file, options: .atomic)
}

/// A fresh folder, removed by the caller.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The status line of a GET of `path` from 127.0.0.1:`port` with the `Host` header `host`,
/// sent over a plain socket so the header is exactly what a browser elsewhere might send.
func statusLine(port: Int, path: String, host: String) throws -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    try #require(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    try #require(connected == 0, "cannot connect to the preview")
    let request = Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    var answer = [UInt8](repeating: 0, count: 4096)
    let n = read(fd, &answer, answer.count)
    return String(decoding: answer[..<max(n, 0)], as: UTF8.self).components(separatedBy: "\r\n").first ?? ""
}
