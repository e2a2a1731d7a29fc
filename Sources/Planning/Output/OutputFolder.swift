import Foundation

/// Checks on where output goes, made before anything is drawn.
enum OutputFolder {
    /// Throws when `folder` is missing or is not a folder.
    static func check(_ folder: URL) throws(OutputProblem) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            throw OutputProblem(message: "the output folder '\(folder.relativePathForDisplay)' does not exist",
                                hint: "create it first (mkdir -p \(folder.relativePathForDisplay)) or name another with -o",
                                status: .file)
        }
        if !isDirectory.boolValue {
            throw OutputProblem(message: "'\(folder.relativePathForDisplay)' is a file, not a folder",
                                hint: "name a folder with -o", status: .file)
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

    /// Throws when two plans would write files of the same name into one folder.
    static func checkDistinctNames(_ plans: [String]) throws(OutputProblem) {
        var seen: [String: String] = [:]
        for path in plans {
            let base = baseName(of: path)
            if let other = seen[base], other != path {
                throw OutputProblem(message: "'\(other)' and '\(path)' would both write \(base)-teacher.pdf and \(base)-student.pdf",
                                    hint: "render them into different folders with -o, or rename one plan",
                                    status: .invalid)
            }
            seen[base] = path
        }
    }
}

/// A run refused before any plan is read: where its output would go is wrong.
public struct OutputProblem: Error, Sendable, Equatable {
    /// What is wrong, in plain words.
    public var message: String
    /// How to put it right.
    public var hint: String?
    /// How the run ends.
    public var status: RunStatus
}

extension URL {
    /// The path as the teacher would like to read it: relative to the working folder when
    /// inside it.
    public var relativePathForDisplay: String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
