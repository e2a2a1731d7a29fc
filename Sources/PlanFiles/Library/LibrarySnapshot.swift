import Foundation
import PlanCore
import Synchronization

/// The built-in library's files as this build of the program last parsed them, kept in a
/// cache folder between runs: a run whose files have not changed decodes them instead of
/// parsing their YAML again, which was most of what `check` spent.
///
/// A file's entry is used only when the file's name and text hash to what was stored, and
/// the snapshot only when it was written by this very program file (its path, size,
/// modification time and inode), so an edited library file or a rebuilt program is parsed
/// afresh. A snapshot that cannot be read, or that does not decode, is ignored and made
/// again; one that cannot be written is left unwritten. Safe to share between threads.
public final class LibrarySnapshot: Sendable {
    /// The snapshot file.
    public let file: URL
    /// A folder that must exist already for the snapshot to be written: the folders from
    /// it down to the file's are made as needed, but never it or any folder above it.
    public let base: URL
    /// What identifies the program that writes and reads it.
    let build: String

    /// What is stored of one library file: its parse, encoded on its own so that the files
    /// are decoded side by side, each by the thread that reads the file.
    struct Entry: Sendable {
        /// `hash(display:text:)` of the file parsed.
        var hash: UInt64
        /// The file's `LibraryFileParser.Contents`, in the snapshot's form (`SnapshotValue`).
        var contents: [UInt8]
        /// FNV-1a of `contents`, so a damaged entry is parsed again rather than misread.
        var check: UInt64
    }

    /// The first words of a snapshot file, with its format's number: raised when the file's
    /// layout changes. (The parsed form's own shape is tied to the build, which must match.)
    static let magic = "classplan library snapshot 1"

    private struct State {
        var read = false
        var entries: [String: Entry] = [:]
        /// Raised by every `remember`; a save that wrote what it saw at one count leaves
        /// later remembered entries for the next save.
        var generation = 0
        var written = 0
    }

    /// The largest snapshot file read: the built-in library's is a few hundred kilobytes.
    static let largestFile = 16 << 20
    private let state = Mutex(State())

    /// A snapshot kept in `file` for the program identified by `build`, written only when
    /// `base` (by default the folder that holds the file's folder) exists.
    public init(file: URL, build: String, base: URL? = nil) {
        self.file = file
        self.base = base ?? file.deletingLastPathComponent().deletingLastPathComponent()
        self.build = build
    }

    /// Where the command line keeps snapshots, and the folder that must exist for it to.
    public struct Place: Sendable, Equatable {
        public var folder: URL
        public var base: URL
    }

    /// The snapshot of the running program, in `folder`: one file for each place the program
    /// is installed, so two installs never overwrite each other's. Nil when the program's
    /// own file cannot be found.
    public static func ofThisProgram(in place: Place) -> LibrarySnapshot? {
        guard let program = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var info = stat()
        guard stat(program, &info) == 0 else { return nil }
        let build = "\(program)\u{0}\(info.st_size)\u{0}\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\u{0}\(info.st_ino)"
        let name = "library-" + String(fnv1a(program.utf8), radix: 16) + ".snapshot"
        return LibrarySnapshot(file: place.folder.appendingPathComponent(name), build: build, base: place.base)
    }

    /// The snapshot of the running program in the place `environment` names (see
    /// `place(environment:)`); nil when there is none.
    public static func ofThisProgram(environment: [String: String]) -> LibrarySnapshot? {
        place(environment: environment).flatMap(ofThisProgram(in:))
    }

    /// Where the command line keeps snapshots: `$XDG_CACHE_HOME/classplan` when
    /// `XDG_CACHE_HOME` is an absolute path, else `~/.cache/classplan`; nil when neither is
    /// set. Nothing is written unless `XDG_CACHE_HOME` (or the home folder) exists.
    public static func place(environment: [String: String]) -> Place? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            let base = URL(fileURLWithPath: cache, isDirectory: true)
            return Place(folder: base.appendingPathComponent("classplan", isDirectory: true), base: base)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        let base = URL(fileURLWithPath: home, isDirectory: true)
        return Place(folder: base.appendingPathComponent(".cache/classplan", isDirectory: true), base: base)
    }

    /// The parsed contents stored for the file shown as `display` with `text`; nil when
    /// none is stored for that text.
    func contents(display: String, text: String) -> LibraryFileParser.Contents? {
        let hash = Self.hash(display: display, text: text)
        let stored = state.withLock { state in
            if !state.read {
                state.read = true
                state.entries = readStored() ?? [:]
            }
            return state.entries[display]
        }
        guard let stored, stored.hash == hash, stored.check == Self.fnv1a(stored.contents) else { return nil }
        return try? SnapshotReader.value(LibraryFileParser.Contents.self, in: stored.contents)
    }

    /// Keeps `contents` as the parse of the file shown as `display` with `text`, to be
    /// written by the next `save()`.
    func remember(_ contents: LibraryFileParser.Contents, display: String, text: String) {
        let writer = SnapshotWriter()
        writer.put(contents)
        let encoded = writer.bytes
        let entry = Entry(hash: Self.hash(display: display, text: text), contents: encoded, check: Self.fnv1a(encoded))
        state.withLock { state in
            state.entries[display] = entry
            state.generation += 1
        }
    }

    /// Writes the snapshot when anything was remembered since it was read, keeping only the
    /// entries of `displays` (the files the library has now). The file is replaced whole
    /// or not at all; a folder that cannot be made or written leaves it unwritten.
    func save(keeping displays: Set<String>) {
        let made: (data: Data, generation: Int)? = state.withLock { state in
            guard state.generation != state.written else { return nil }
            state.entries = state.entries.filter { displays.contains($0.key) }
            return (Self.file(build: build, entries: state.entries), state.generation)
        }
        guard let (data, generation) = made else { return }
        let folder = file.deletingLastPathComponent()
        // Folders below the base are made for the user alone, as the XDG rules ask.
        guard FileManager.default.fileExists(atPath: base.path),
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                         attributes: [.posixPermissions: 0o700])) != nil,
              (try? data.write(to: file, options: .atomic)) != nil else { return }
        // Written: the next save writes only what is remembered after this one saw.
        state.withLock { $0.written = max($0.written, generation) }
    }

    /// The snapshot file's bytes: a mark and the format, the build, then each file's name,
    /// hash, the check of its encoded contents, and those contents.
    static func file(build: String, entries: [String: Entry]) -> Data {
        let writer = SnapshotWriter()
        writer.put(magic)
        writer.put(build)
        writer.put(entries.count)
        for (display, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.put(display)
            writer.put(entry.hash)
            writer.put(entry.check)
            writer.put(entry.contents.count)
            writer.raw(entry.contents)
        }
        return Data(writer.bytes)
    }

    /// The entries of the snapshot file; nil when there is none, it cannot be read, or it
    /// was written by another program or format.
    private func readStored() -> [String: Entry]? {
        guard let bytes = Self.readRegularFile(file.path, limit: Self.largestFile) else { return nil }
        let reader = SnapshotReader(bytes)
        do throws(SnapshotReader.Unreadable) {
            guard try reader.take(String.self) == Self.magic, try reader.take(String.self) == build else { return nil }
            var entries: [String: Entry] = [:]
            for _ in 0..<(try reader.count()) {
                let display = try reader.take(String.self), hash = try reader.take(UInt64.self), check = try reader.take(UInt64.self)
                entries[display] = Entry(hash: hash, contents: try reader.raw(try reader.count()), check: check)
            }
            return reader.remaining == 0 ? entries : nil
        } catch {
            return nil
        }
    }

    /// The bytes of the regular file at `path` when it has at most `limit` of them; nil for
    /// anything else. Opened without following a link or waiting on a pipe, and checked once
    /// open, so a cache file swapped for a pipe, a device or a huge file is only skipped.
    static func readRegularFile(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= 0, info.st_size <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    /// A file's name and text as one number: FNV-1a over both, a zero byte between.
    static func hash(display: String, text: String) -> UInt64 {
        fnv1a(text.utf8, seed: fnv1a(display.utf8 + [0]))
    }

    /// FNV-1a, 64 bits, over `bytes`.
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
