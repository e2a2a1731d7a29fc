import Foundation

/// The folders files pulled in by a plan must stay inside: the plan's own folder and the
/// folders the teacher named with `--library`. A plan is shared between teachers, so it
/// must not be able to read files from elsewhere on the machine into a handout.
struct FileContainment: Sendable, Equatable {
    /// The allowed folders, as real paths (links resolved).
    var roots: [String]

    /// The plan's folder (empty for the working folder) and the `--library` folders.
    init(planFolder: String, libraryFolders: [String]) {
        roots = ([planFolder.isEmpty ? "." : planFolder] + libraryFolders).map(Self.realPath)
    }

    /// True when `path` (after resolving links) is one of the roots or inside one.
    ///
    /// Compared byte for byte: Swift's `==` and `hasPrefix` treat canonically equivalent
    /// strings as equal (a Kelvin sign and a `K`, an `é` and an `e` with a combining accent),
    /// but the file system holds them as different folders.
    func contains(_ path: String) -> Bool {
        let real = Array(Self.realPath(path).utf8)
        return roots.contains { root in
            let folder = Array((root.hasSuffix("/") ? root : root + "/").utf8)
            return real.elementsEqual(root.utf8) || real.starts(with: folder)
        }
    }

    /// The absolute path with `.`, `..` and links resolved. For a path that does not exist,
    /// the longest part that does is resolved and the rest appended, so a missing folder
    /// behind a link is still judged by where the link points.
    static func realPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        // No system call takes a path this long, so nothing behind it can be opened: it is
        // judged as written, and not walked back one name at a time (quadratic in its length).
        guard absolute.utf8.count < Int(PATH_MAX) else { return absolute }
        var existing = absolute
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.isEmpty ? base : (base as NSString).appendingPathComponent(rest.reversed().joined(separator: "/"))
            }
            let parent = (existing as NSString).deletingLastPathComponent
            if parent == existing || parent.isEmpty { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent
        }
    }
}
