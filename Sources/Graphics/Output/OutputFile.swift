import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes output files whole or not at all.
public enum OutputFile {
    /// Writes `data` to `url` through a temporary file in the same folder that is renamed
    /// into place, so a reader never sees a partial file and a failure leaves none behind.
    /// Throws `GraphicsError.cannotWrite` naming the path.
    public static func write(_ data: Data, to url: URL) throws {
        try writeAll([(url, data)])
    }

    /// Writes several files all or nothing: every file is first written in full to a
    /// temporary file beside it; only when all of them are on disk are they renamed into
    /// place. When any fails, the temporary files are removed and no output file changes.
    public static func writeAll(_ files: [(url: URL, data: Data)]) throws {
        var staged: [(temporary: String, path: String)] = []
        var committed = 0
        defer { for s in staged.dropFirst(committed) { unlink(s.temporary) } }
        for (url, data) in files {
            staged.append((try stage(data, beside: url), url.path))
        }
        for s in staged {
            guard rename(s.temporary, s.path) == 0 else {
                throw GraphicsError.cannotWrite(path: s.path, reason: "cannot replace the file: \(String(cString: strerror(errno)))")
            }
            committed += 1
        }
    }

    /// Writes `data` to a new temporary file in `url`'s folder, synced to disk; returns its path.
    private static func stage(_ data: Data, beside url: URL) throws -> String {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = (folder as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(UInt64.random(in: 0...UInt64.max) & 0xffff_ffff).tmp")
        func failure(_ action: String, _ code: Int32) -> GraphicsError {
            .cannotWrite(path: path, reason: "\(action): \(String(cString: strerror(code)))")
        }

        // 0o666 is narrowed by the user's umask, as for any new file.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("cannot create a file in '\(folder)'", errno) }
        var closed = false
        var kept = false
        defer {
            if !closed { close(fd) }
            if !kept { unlink(temporary) }
        }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("writing failed", errno)
                }
                offset += written
            }
        }
        guard fsync(fd) == 0 else { throw failure("saving to disk failed", errno) }
        closed = true
        guard close(fd) == 0 else { throw failure("closing failed", errno) }
        kept = true
        return temporary
    }
}
