import Foundation

/// Writing output files whole or not at all.
public enum FileOutput {
    /// Why a write failed, in plain words.
    public struct Failure: Error {
        public var reason: String
    }

    /// Writes `data` to a temporary file beside `path`, then links it into place, which
    /// fails if `path` appeared meanwhile: a new file is never half written, and never
    /// replaces one.
    public static func writeNew(_ data: Data, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(reason: "there is no folder '\(folder.path)'")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw Failure(reason: "the folder cannot be written to")
        }
        defer { unlink(temporary.path) }
        if link(temporary.path, url.path) != 0 {
            throw Failure(reason: errno == EEXIST ? "the file already exists" : String(cString: strerror(errno)))
        }
    }
}
