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
/// the same names and touching nothing else. Either way a failure while writing leaves
/// the destination as it was.
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
            try OutputFile.writeAll(zip(targets, files).map { (url: $0, data: $1.data) })
            return targets
        }

        let parent = folder.deletingLastPathComponent()
        guard fm.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GraphicsError.cannotWrite(path: folder.path, reason: "there is no folder '\(parent.path)' to hold it")
        }
        let token = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).partial-\(token)")
        defer { try? fm.removeItem(at: staging) }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
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
        guard rename(staging.path, folder.path) == 0 else {
            throw GraphicsError.cannotWrite(path: folder.path, reason: String(cString: strerror(errno)))
        }
        return targets
    }

    /// A plain file name: not empty, no folder separator, not `.` or `..`, no NUL.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
