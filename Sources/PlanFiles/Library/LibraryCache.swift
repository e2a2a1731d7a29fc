import Foundation
import Synchronization

/// Library files already read and parsed, shared by the plans of one run: a batch of plans
/// reads the built-in library once instead of once per plan, and `watch` and `preview` read
/// again only the files saved since. Safe to share between threads.
///
/// An entry is kept with the file's modification time, size and inode, and made again when
/// any of them differs: an editor that saves by renaming a new file over the old one changes
/// the inode even within one tick of the clock. A file modified less than `settleTime`
/// before it was read is read again every time, as git does with "racy" files: the system
/// stamps files with a coarse clock, so a second save of the same size in the same tick
/// would otherwise go unseen.
public final class LibraryCache: Sendable {
    /// What reading and parsing one file gave.
    struct Entry: Sendable {
        var reading: SourceReading
        var contents: LibraryFileParser.Contents?
    }

    /// What `stat` says of a file, to tell whether it changed since it was read.
    struct Stamp: Sendable, Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64

        /// The modification time, in seconds since 1970.
        var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }

        /// The file's stamp now; nil when it cannot be had (the read then says why).
        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            size = Int64(info.st_size)
            inode = UInt64(info.st_ino)
        }
    }

    /// How long after its last change a file's stamp is trusted to tell a later change.
    static let settleTime = 1.0

    private let entries = Mutex<[String: (stamp: Stamp?, entry: Entry)]>([:])

    /// An empty cache.
    public init() {}

    /// The entry for `file` shown as `display`, made by `make` the first time and again
    /// whenever the file has changed.
    func entry(for file: URL, display: String, make: () throws(FileReadError) -> Entry) throws(FileReadError) -> Entry {
        let key = file.path + "\u{0}" + display
        let stamp = Stamp(file.path)
        if let cached = entries.withLock({ $0[key] }), let stamp, cached.stamp == stamp { return cached.entry }
        // Parsed outside the lock: two threads may both parse a file the first time, which
        // costs a little time but never blocks one on the other's parse.
        let made = try make()
        // A file changed just now keeps no stamp, so the next run reads it again.
        let settled = stamp.map { Date().timeIntervalSince1970 - $0.modified > Self.settleTime } ?? false
        entries.withLock { $0[key] = (settled ? stamp : nil, made) }
        return made
    }
}
