import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes output files whole or not at all: the one writer every command's files go through.
///
/// Every file is first written in full to a staging file beside it, made with `O_EXCL` under
/// a name no one can guess (`.NAME.classplan-PID-RANDOM.tmp`), so a file planted there in
/// advance is never followed or overwritten. Staging files are registered with `StagedFiles`
/// while they exist, so an interrupted run can remove them, and a later run removes those
/// of runs that have ended (see `StagedFiles.removeStale(in:)`).
public enum OutputFile {
    /// Writes `data` to `url` through a staging file in the same folder that is renamed
    /// into place, so a reader never sees a partial file and a failure leaves none behind.
    /// Throws `GraphicsError.cannotWrite` naming the path.
    public static func write(_ data: Data, to url: URL) throws {
        try writeAll([(url, data)])
    }

    /// Writes a new file at `url`, never over anything already there (a file, a folder or
    /// a link, even one that points nowhere): the staging file is linked into place, which
    /// fails when the name is taken. Throws `GraphicsError.cannotWrite` naming the path.
    public static func writeNew(_ data: Data, to url: URL) throws {
        StagedFiles.removeStale(in: url.deletingLastPathComponent())
        let temporary = try stage(data, beside: url)
        defer { StagedFiles.remove(temporary) }
        let code = StagedFiles.commit { link(temporary, url.path) == 0 ? 0 : errno }
        if code != 0 {
            throw GraphicsError.cannotWrite(path: url.path, reason: code == EEXIST
                ? "something of that name is already there" : String(cString: strerror(code)))
        }
    }

    /// Writes several files all or nothing: every file is first written in full to a
    /// staging file beside it; only when all of them are on disk are they renamed into
    /// place, and then the files of `removing` are removed, in the same step. When any
    /// fails, the staging files are removed and no output file changes: files already
    /// renamed into place are put back as they were.
    public static func writeAll(_ files: [(url: URL, data: Data)], removing: [URL] = []) throws {
        for folder in Set(files.map { $0.url.deletingLastPathComponent().standardizedFileURL }) {
            StagedFiles.removeStale(in: folder)
        }
        var staged: [(temporary: String, path: String)] = []
        var committed = 0
        defer {
            // Those renamed into place are only forgotten; the rest are removed.
            for (index, s) in staged.enumerated() {
                if index < committed { StagedFiles.forget(s.temporary) } else { StagedFiles.remove(s.temporary) }
            }
        }
        for (url, data) in files {
            staged.append((try stage(data, beside: url), url.path))
        }
        // Each file about to be replaced gets a second name first (a hard link, which costs
        // no copy), so a rename failing halfway can restore the ones already replaced.
        var previous: [Previous] = []
        defer { for case .kept(let backup) in previous { StagedFiles.remove(backup) } }
        for s in staged { previous.append(try keep(s.path)) }
        // The renames run as one step that an interruption waits for: the set is replaced
        // whole or not at all.
        try StagedFiles.commit { () throws(GraphicsError) in
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
            for url in removing { unlink(url.path) }
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
        let backup = StagedFiles.name(for: URL(fileURLWithPath: path), kind: .backup)
        return StagedFiles.register(backup) { link(path, backup) == 0 } ? .kept(backup) : .unrecoverable
    }

    /// Writes `data` to a new staging file in `url`'s folder, synced to disk; returns its path.
    private static func stage(_ data: Data, beside url: URL) throws -> String {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = StagedFiles.name(for: url, kind: .file)
        func failure(_ action: String, _ code: Int32) -> GraphicsError {
            .cannotWrite(path: path, reason: "\(action): \(String(cString: strerror(code)))")
        }

        // 0o666 is narrowed by the user's umask, as for any new file. O_NOFOLLOW as well as
        // O_EXCL: a link planted at the name is refused, never followed.
        var fd: Int32 = -1
        var code: Int32 = 0
        _ = StagedFiles.register(temporary) {
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            code = errno
            return fd >= 0
        }
        guard fd >= 0 else { throw failure("cannot create a file in '\(folder)'", code) }
        var closed = false
        var kept = false
        defer {
            if !closed { close(fd) }
            if !kept { StagedFiles.remove(temporary) }
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
