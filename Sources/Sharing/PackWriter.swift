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
/// Every file is first written into a hidden staging folder on the same file system; only
/// when all of them are there does anything move into place, by renaming, which cannot
/// fail half-way through a file. A new folder appears in one rename of the staging folder,
/// so it is either complete or absent. An existing folder is never removed or emptied
/// (it may be the teacher's own folder holding other things): each pack file is renamed
/// into it, replacing an older file of the same name, and nothing else in it is touched.
/// A failure while staging leaves the destination exactly as it was.
public enum PackWriter {
    /// Writes `files` into `folder`, creating it (and its parents) when missing, and returns
    /// the written files' addresses. Throws `GraphicsError.cannotWrite` naming the path.
    @discardableResult
    public static func write(_ files: [PackFile], to folder: URL) throws -> [URL] {
        let names = files.map(\.name)
        precondition(names.allSatisfy(isPlainName), "pack file names are plain names: \(names)")
        precondition(Set(names).count == names.count, "pack file names are unique: \(names)")
        let fm = FileManager.default
        let folder = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw GraphicsError.cannotWrite(path: folder.path, reason: "it is a file, not a folder")
        }
        let token = String(UInt32.random(in: 0...UInt32.max), radix: 16)

        if !exists {
            let parent = folder.deletingLastPathComponent()
            do {
                try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw GraphicsError.cannotWrite(path: parent.path, reason: reason(error))
            }
            let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).partial-\(token)")
            defer { try? fm.removeItem(at: staging) }
            try stage(files, in: staging, for: folder)
            guard rename(staging.path, folder.path) == 0 else {
                throw GraphicsError.cannotWrite(path: folder.path, reason: String(cString: strerror(errno)))
            }
            return names.map { folder.appendingPathComponent($0) }
        }

        let staging = folder.appendingPathComponent(".classplan-share-\(token)")
        defer { try? fm.removeItem(at: staging) }
        try stage(files, in: staging, for: folder)
        // A folder standing where a file should go would stop a rename half-way through the
        // set; find it before anything moves.
        for name in names {
            var isDir: ObjCBool = false
            let target = folder.appendingPathComponent(name)
            if fm.fileExists(atPath: target.path, isDirectory: &isDir), isDir.boolValue {
                throw GraphicsError.cannotWrite(path: target.path, reason: "a folder of that name is in the way")
            }
        }
        var written: [URL] = []
        for name in names {
            let target = folder.appendingPathComponent(name)
            guard rename(staging.appendingPathComponent(name).path, target.path) == 0 else {
                throw GraphicsError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
            }
            written.append(target)
        }
        return written
    }

    /// Writes every file into a new folder `staging`; errors name the file's place in
    /// `folder`, the path the teacher asked for.
    private static func stage(_ files: [PackFile], in staging: URL, for folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw GraphicsError.cannotWrite(path: folder.path, reason: reason(error))
        }
        for file in files {
            let url = staging.appendingPathComponent(file.name)
            do {
                try file.data.write(to: url)
            } catch {
                throw GraphicsError.cannotWrite(path: folder.appendingPathComponent(file.name).path,
                                                reason: reason(error))
            }
        }
    }

    /// A plain file name: not empty, no folder separator, not `.` or `..`, no NUL.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// The system's reason for a failure, without Foundation's wrapping.
    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
