import Foundation
import Synchronization

/// Library files already read and parsed, shared by the plans of one run: a batch of plans
/// reads the built-in library once instead of once per plan. Safe to share between threads.
/// Files are taken not to change while it is in use (one command's run).
public final class LibraryCache: Sendable {
    /// What reading and parsing one file gave.
    struct Entry: Sendable {
        var reading: SourceReading
        var contents: LibraryFileParser.Contents?
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// An empty cache.
    public init() {}

    /// The entry for `file` shown as `display`, made by `make` the first time.
    func entry(for file: URL, display: String, make: () throws(FileReadError) -> Entry) throws(FileReadError) -> Entry {
        let key = file.path + "\u{0}" + display
        if let cached = entries.withLock({ $0[key] }) { return cached }
        // Parsed outside the lock: two threads may both parse a file the first time, which
        // costs a little time but never blocks one on the other's parse.
        let made = try make()
        entries.withLock { $0[key] = made }
        return made
    }
}
