import Foundation
import Synchronization

/// The staging files and folders this process has made and not yet renamed into place or
/// removed, so that an interrupted run can take them away (`removeAll`) and a later run can
/// recognise those of runs that have ended (`removeStale(in:)`).
///
/// Their names carry the process id and a random part:
/// `.handout.pdf.classplan-4711-0123456789abcdef.tmp` (a file being written), `….old` (a
/// second name of a file being replaced), `….partial` (a folder being built).
public enum StagedFiles {
    /// What a staging name stands for.
    public enum Kind: String, Sendable, CaseIterable {
        /// A file being written.
        case file = "tmp"
        /// A second name (a hard link) of a file being replaced, to put it back from.
        case backup = "old"
        /// A folder being built.
        case folder = "partial"
    }

    private struct State: ~Copyable {
        var paths: Set<String> = []
        var cleaned: Set<String> = []
        /// Set by `removeAll`: the process is ending, so nothing new is staged or committed.
        var closed = false
    }

    private static let state = Mutex(State())

    /// A fresh staging name beside `url`, unique and unpredictable: 64 random bits. A target
    /// name too long to carry whole is cut short and marked with `~`, so the staging name
    /// still fits where the target itself fits (255 bytes).
    public static func name(for url: URL, kind: Kind) -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let padded = String(repeating: "0", count: 16 - random.count) + random
        let tail = ".\(marker)-\(getpid())-\(padded).\(kind.rawValue)"
        var target = url.lastPathComponent
        if 1 + target.utf8.count + tail.utf8.count > maximumNameBytes {
            while 1 + target.utf8.count + 1 + tail.utf8.count > maximumNameBytes { target.removeLast() }
            target += "~"
        }
        return url.deletingLastPathComponent().appendingPathComponent("." + target + tail).path
    }

    /// The longest file name most file systems take, in bytes.
    static let maximumNameBytes = 255

    /// Runs `create` (which makes the file or folder at `path`) and, when it says it did,
    /// records the path; one step, so an interruption either sees the path or finds nothing
    /// made. Returns what `create` returned. Once the process is ending, waits for the end.
    public static func register(_ path: String, _ create: () -> Bool) -> Bool {
        state.withLock { state in
            waitIfEnding(state)
            guard create() else { return false }
            state.paths.insert(path)
            return true
        }
    }

    /// Runs `step` (renames that put staged files in place) as one step: an interruption
    /// waits for it to end. Once the process is ending it waits for the end instead.
    public static func commit<T, E: Error>(_ step: () throws(E) -> T) throws(E) -> T {
        try state.withLock { (state: inout State) throws(E) -> T in
            waitIfEnding(state)
            return try step()
        }
    }

    /// Removes the staged file or folder at `path` (if still there) and forgets it.
    public static func remove(_ path: String) {
        state.withLock { state in
            state.paths.remove(path)
            removeItem(path)
        }
    }

    /// Forgets `path` without removing it: it has been renamed into place.
    public static func forget(_ path: String) {
        _ = state.withLock { $0.paths.remove(path) }
    }

    /// Removes everything this process has staged and stops it from staging more: for an
    /// interrupted run, just before it exits. Files already in place are not touched.
    public static func removeAll() {
        state.withLock { state in
            state.closed = true
            for path in state.paths { removeItem(path) }
            state.paths = []
        }
    }

    /// Removes from `folder` the staging files and folders of runs that have ended: names
    /// of this form whose process is gone. A second name of a replaced file whose own name
    /// is missing is put back there instead, so no earlier output is lost. Other runs still
    /// going, and files of any other form, are left alone. Each folder is looked at once per
    /// process.
    public static func removeStale(in folder: URL) {
        let path = folder.standardizedFileURL.path
        let first = state.withLock { $0.cleaned.insert(path).inserted }
        guard first, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            guard let staged = parse(name), staged.pid != getpid(), !isRunning(staged.pid) else { continue }
            let stale = (path as NSString).appendingPathComponent(name)
            let original = (path as NSString).appendingPathComponent(staged.target)
            if staged.kind == .backup, access(original, F_OK) != 0 {
                // A cut-short name does not say where the file came from: it is kept.
                if staged.target.hasSuffix("~") || rename(stale, original) == 0 { continue }
            }
            removeItem(stale)
        }
    }

    /// Holds the caller (and the lock) for good once the process is ending: the thread
    /// that removed the staged files is about to exit, and nothing may be staged after it.
    private static func waitIfEnding(_ state: borrowing State) {
        while state.closed { sleep(60) }
    }

    /// The part of every staging name that says it is this program's.
    static let marker = "classplan"

    /// The target name, process id and kind of a staging name; nil for any other name.
    static func parse(_ name: String) -> (target: String, pid: pid_t, kind: Kind)? {
        guard name.hasPrefix(".") else { return nil }
        for kind in Kind.allCases where name.hasSuffix(".\(kind.rawValue)") {
            // .TARGET.classplan-PID-RANDOM.KIND
            let body = name.dropFirst().dropLast(kind.rawValue.count + 1)
            guard let dot = body.range(of: ".\(marker)-", options: .backwards) else { return nil }
            let target = String(body[..<dot.lowerBound])
            let parts = body[dot.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard !target.isEmpty, parts.count == 2, let pid = pid_t(parts[0]), pid > 0,
                  parts[1].count == 16, parts[1].allSatisfy(\.isHexDigit) else { return nil }
            return (target, pid, kind)
        }
        return nil
    }

    /// Whether process `pid` is still running (or may be: one we may not signal is).
    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Removes a file, link or folder (with what it holds), ignoring one already gone.
    private static func removeItem(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            try? FileManager.default.removeItem(atPath: path)
        } else {
            unlink(path)
        }
    }
}
