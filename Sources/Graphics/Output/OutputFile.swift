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
    /// place. When any fails, the temporary files are removed and no output file changes:
    /// files already renamed into place are put back as they were.
    public static func writeAll(_ files: [(url: URL, data: Data)]) throws {
        var staged: [(temporary: String, path: String)] = []
        var committed = 0
        defer { for s in staged.dropFirst(committed) { unlink(s.temporary) } }
        for (url, data) in files {
            staged.append((try stage(data, beside: url), url.path))
        }
        // Each file about to be replaced gets a second name first (a hard link, which costs
        // no copy), so a rename failing halfway can restore the ones already replaced.
        var previous: [Previous] = []
        defer { for case .kept(let backup) in previous { unlink(backup) } }
        for s in staged { previous.append(try keep(s.path)) }
        for (index, s) in staged.enumerated() {
            guard rename(s.temporary, s.path) == 0 else {
                let code = errno
                for undo in (0..<index).reversed() {
                    switch previous[undo] {
                    case .none: unlink(staged[undo].path)
                    case .kept(let backup): if rename(backup, staged[undo].path) == 0 { previous[undo] = .none }
                    case .unrecoverable: break
                    }
                }
                throw GraphicsError.cannotWrite(path: s.path, reason: "cannot replace the file: \(String(cString: strerror(code)))")
            }
            committed += 1
        }
    }

    /// What stood at an output path before it was replaced.
    private enum Previous {
        /// Nothing.
        case none
        /// A file, now also reachable at this second path.
        case kept(String)
        /// A file that could not be given a second name (a file system without hard links).
        case unrecoverable
    }

    /// Gives the file at `path`, if any, a second name to restore it from. Throws when a
    /// folder or other non-file stands there: it could not be replaced anyway.
    private static func keep(_ path: String) throws -> Previous {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        guard info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFLNK else {
            throw GraphicsError.cannotWrite(path: path, reason: "cannot replace it: it is not a file")
        }
        let backup = (((path as NSString).deletingLastPathComponent) as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).\(UInt64.random(in: 0...UInt64.max) & 0xffff_ffff).old")
        return link(path, backup) == 0 ? .kept(backup) : .unrecoverable
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
