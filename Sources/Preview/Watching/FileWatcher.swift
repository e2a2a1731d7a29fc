import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for files to change, by watching the folders they are in with inotify.
///
/// Folders, not files, are watched: an editor that saves by writing a new file and renaming
/// it over the old one leaves a watch on the old file pointing at nothing, while the folder
/// sees the rename. A folder that is not there yet (a plan's `library:` folder still to be
/// made) is looked for again every `recheck` and counts as a change when it appears.
///
/// A class because it owns the inotify descriptor, closed when it goes.
public final class FileWatcher {
    /// What to watch: files by path, and folders in which any `.yaml` file counts.
    public struct Interest: Sendable, Equatable {
        /// Files whose saving counts, as absolute, standardised paths.
        public var files: Set<String>
        /// Folders in which a change to any `.yaml` file counts.
        public var folders: Set<String>

        /// The files and folders given, made absolute.
        public init(files: [String], folders: [String]) {
            func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
            self.files = Set(files.map(absolute))
            self.folders = Set(folders.map(absolute))
        }

        /// Every folder to put a watch on: the files' folders and the library folders.
        var watchedFolders: Set<String> {
            folders.union(files.map { ($0 as NSString).deletingLastPathComponent })
        }

        /// Whether a change to `name` inside `folder` matters.
        func matters(_ name: String, in folder: String) -> Bool {
            let path = (folder as NSString).appendingPathComponent(name)
            if files.contains(path) { return true }
            // Editors' swap and backup files (`.plan.yaml.swp`, `plan.yaml~`) do not end in .yaml.
            return folders.contains(folder) && name.hasSuffix(".yaml") && !name.hasPrefix(".")
        }
    }

    /// The events that say a file was saved, made, removed or renamed in or out.
    private static let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
                                       | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    /// How long a burst of events must be quiet before it is reported: an editor's save is
    /// often a write, a rename and a change of mode, and one run should follow all three.
    public static let settle: Duration = .milliseconds(15)
    /// The longest a burst is waited on, so a file written without pause still gets a run.
    static let longestBurst: Duration = .milliseconds(250)

    private let descriptor: Int32
    private var interest = Interest(files: [], folders: [])
    /// The watch descriptor of each watched folder, and back.
    private var watches: [String: Int32] = [:]
    private var folderOfWatch: [Int32: String] = [:]
    /// Folders wanted but not there when last tried.
    private var missing: Set<String> = []

    /// A watcher with nothing to watch yet. Throws when inotify cannot be had (too many
    /// instances open), naming why.
    public init() throws(FileWatcherError) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if descriptor < 0 { throw FileWatcherError(reason: String(cString: strerror(errno))) }
    }

    deinit { close(descriptor) }

    /// Watches `interest` from now on, in place of what was watched before.
    public func watch(_ interest: Interest) {
        self.interest = interest
        let wanted = interest.watchedFolders
        for (folder, wd) in watches where !wanted.contains(folder) {
            inotify_rm_watch(descriptor, wd)
            watches[folder] = nil
            folderOfWatch[wd] = nil
        }
        missing = []
        for folder in wanted where watches[folder] == nil { add(folder) }
    }

    private func add(_ folder: String) {
        let wd = inotify_add_watch(descriptor, folder, Self.events)
        if wd < 0 {
            missing.insert(folder)
            return
        }
        watches[folder] = wd
        folderOfWatch[wd] = folder
    }

    /// Blocks until a watched file changes, or `stop` says to stop (asked every `recheck`).
    /// Returns the paths that changed in the burst, or nil when stopped. Sleeps in `poll`:
    /// no time is spent while nothing happens.
    public func waitForChange(recheck: Duration = .milliseconds(250), stop: () -> Bool = { false }) -> Set<String>? {
        var changed: Set<String> = []
        var burstStarted: ContinuousClock.Instant?
        while true {
            if changed.isEmpty && stop() { return nil }
            let timeout = changed.isEmpty ? recheck : Self.settle
            if waitReadable(timeout) {
                let paths = readEvents()
                if !paths.isEmpty && burstStarted == nil { burstStarted = .now }
                changed.formUnion(paths)
            } else if !changed.isEmpty {
                return changed
            } else {
                // Quiet: a folder that was missing may have been made meanwhile.
                let appeared = missing.filter { FileManager.default.fileExists(atPath: $0) }
                for folder in appeared { missing.remove(folder); add(folder) }
                if !appeared.isEmpty { return appeared }
            }
            if let burstStarted, ContinuousClock.now - burstStarted > Self.longestBurst { return changed }
        }
    }

    /// Whether events are waiting, after up to `timeout`.
    private func waitReadable(_ timeout: Duration) -> Bool {
        var fds = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return poll(&fds, 1, milliseconds) > 0
    }

    /// Reads every waiting event; returns the paths among them that matter.
    private func readEvents() -> Set<String> {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                // struct inotify_event { int wd; uint32_t mask, cookie, len; char name[]; }
                while offset + 16 <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    offset += 16 + length
                    guard let folder = folderOfWatch[wd] else { continue }
                    if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                        // The folder itself went: watch for it to come back.
                        watches[folder] = nil
                        folderOfWatch[wd] = nil
                        missing.insert(folder)
                        changed.insert(folder)
                        continue
                    }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    if interest.matters(name, in: folder) { changed.insert((folder as NSString).appendingPathComponent(name)) }
                }
            }
        }
        return changed
    }
}

/// inotify could not be set up.
public struct FileWatcherError: Error, CustomStringConvertible {
    /// The system's reason.
    public var reason: String
    public var description: String { "cannot watch files for changes: \(reason)" }
}
