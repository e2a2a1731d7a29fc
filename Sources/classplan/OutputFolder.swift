import Foundation

/// Checks on where output goes, made before anything is drawn.
enum OutputFolder {
    /// Exits 3 with a message when `folder` is missing or is not a folder.
    static func check(_ folder: URL) throws {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            Terminal.fail("the output folder '\(folder.relativePathForDisplay)' does not exist",
                          hint: "create it first (mkdir -p \(folder.relativePathForDisplay)) or name another with -o")
            throw ExitStatus.file.exitCode
        }
        if !isDirectory.boolValue {
            Terminal.fail("'\(folder.relativePathForDisplay)' is a file, not a folder", hint: "name a folder with -o")
            throw ExitStatus.file.exitCode
        }
    }

    /// The name output files are made from: the plan file's name without `.yaml`.
    static func baseName(of path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        for ext in [".yaml", ".yml"] where name.hasSuffix(ext) && name.count > ext.count {
            return String(name.dropLast(ext.count))
        }
        return name
    }

    /// Exits 1 when two plans would write files of the same name into one folder.
    static func checkDistinctNames(_ plans: [String]) throws {
        var seen: [String: String] = [:]
        for path in plans {
            let base = baseName(of: path)
            if let other = seen[base], other != path {
                Terminal.fail("'\(other)' and '\(path)' would both write \(base)-teacher.pdf and \(base)-student.pdf",
                              hint: "render them into different folders with -o, or rename one plan")
                throw ExitStatus.invalid.exitCode
            }
            seen[base] = path
        }
    }
}
