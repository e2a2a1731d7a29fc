import Foundation
import Graphics

/// One file of the pack: its name in the folder and its bytes.
public struct PackFile: Sendable, Equatable {
    /// The file name, without any folder.
    public var name: String
    /// The bytes to write.
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Writes the pack's files into a folder all together or not at all.
///
/// A new folder is built as a hidden sibling (every file written in full and synced) and
/// then renamed into place in one step, so it is either complete or absent. An existing
/// folder is never removed or emptied, since it may be the teacher's own folder holding
/// other things: the files go in through `OutputFile.writeAll`, which stages every file
/// beside its target and renames them only when all are on disk, replacing older files of
/// the same names. When the folder holds an earlier pack, that pack's files the new one
/// does not have (its other cards, its QR code, the files of a plan since renamed) are
/// removed in the same step, so no card or QR code of an old link is left beside the new
/// ones; nothing else is touched. Either way a failure while writing leaves the
/// destination as it was.
public enum PackWriter {
    /// Writes `files` into `folder`, creating the folder (not its parents) when missing, and
    /// returns the written files' addresses. Throws `GraphicsError.cannotWrite` naming the path.
    @discardableResult
    public static func write(_ files: [PackFile], to folder: URL) throws -> [URL] {
        let names = files.map(\.name)
        precondition(names.allSatisfy(isPlainName), "pack file names are plain names: \(names)")
        precondition(Set(names).count == names.count, "pack file names are unique: \(names)")
        let fm = FileManager.default
        let folder = folder.standardizedFileURL
        let targets = names.map { folder.appendingPathComponent($0) }
        var isDirectory: ObjCBool = false

        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw GraphicsError.cannotWrite(path: folder.path, reason: "it is a file, not a folder")
            }
            // A folder standing where a file should go would stop the renames half-way
            // through the set; find it before anything moves.
            for target in targets where fm.fileExists(atPath: target.path, isDirectory: &isDirectory) && isDirectory.boolValue {
                throw GraphicsError.cannotWrite(path: target.path, reason: "a folder of that name is in the way")
            }
            let earlier = earlierPack(in: folder).subtracting(names).sorted().map { folder.appendingPathComponent($0) }
            try OutputFile.writeAll(zip(targets, files).map { (url: $0, data: $1.data) }, removing: earlier)
            return targets
        }

        let parent = folder.deletingLastPathComponent()
        guard fm.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GraphicsError.cannotWrite(path: folder.path, reason: "there is no folder '\(parent.path)' to hold it")
        }
        StagedFiles.removeStale(in: parent)
        let staging = URL(fileURLWithPath: StagedFiles.name(for: folder, kind: .folder))
        defer { StagedFiles.remove(staging.path) }
        guard StagedFiles.register(staging.path, { mkdir(staging.path, 0o777) == 0 }) else {
            throw GraphicsError.cannotWrite(path: folder.path, reason: "cannot create a folder in '\(parent.path)'")
        }
        do {
            try OutputFile.writeAll(names.map { staging.appendingPathComponent($0) }.enumerated()
                .map { (url: $1, data: files[$0].data) })
        } catch let GraphicsError.cannotWrite(path, reason) {
            // Name the file where the teacher asked for it, not its hidden staging place.
            throw GraphicsError.cannotWrite(path: folder.appendingPathComponent((path as NSString).lastPathComponent).path,
                                            reason: reason)
        }
        // rename(2) of a folder onto a name that appeared meanwhile fails unless that is an
        // empty folder, so nothing of anyone else's is replaced.
        let code = StagedFiles.commit { rename(staging.path, folder.path) == 0 ? 0 : errno }
        guard code == 0 else {
            throw GraphicsError.cannotWrite(path: folder.path, reason: String(cString: strerror(code)))
        }
        StagedFiles.forget(staging.path)
        return targets
    }

    /// The names of the files of an earlier pack in `folder`: none unless the folder's
    /// `index.html` is a pack's page; then every card, the QR code, and the handout, text
    /// and calendar of any plan whose handout and text both stand there. Plain files only.
    static func earlierPack(in folder: URL) -> Set<String> {
        let page = folder.appendingPathComponent(StudentPack.FileName.page)
        guard let head = try? FileHandle(forReadingFrom: page).read(upToCount: 4096),
              String(decoding: head, as: UTF8.self).contains(#"<meta name="generator" content="classplan">"#),
              let present = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        let files = Set(present.filter { isPlainFile(folder.appendingPathComponent($0)) })
        var earlier = files.filter { ($0.hasPrefix("card-") && $0.hasSuffix(".png")) || $0 == StudentPack.FileName.qrCode }
        for name in files where name.hasSuffix("-student.pdf") {
            let plan = String(name.dropLast("-student.pdf".count))
            guard !plan.isEmpty, files.contains(StudentPack.FileName.text(plan)) else { continue }
            earlier.insert(name)
            earlier.insert(StudentPack.FileName.text(plan))
            if files.contains(StudentPack.FileName.calendar(plan)) { earlier.insert(StudentPack.FileName.calendar(plan)) }
        }
        return earlier
    }

    /// Whether a plain file (not a folder, not a link) stands at `url`.
    private static func isPlainFile(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// A plain file name: not empty, no folder separator, not `.` or `..`, no NUL.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
