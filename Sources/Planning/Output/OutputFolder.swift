import Foundation

/// Checks on where output goes, made before anything is drawn.
enum OutputFolder {
    /// Makes `folder` (and the folders that lead to it) when it is missing; returns true when
    /// it made it. Throws when it cannot be made, or is a file.
    static func prepare(_ folder: URL) throws(OutputProblem) -> Bool {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                return true
            } catch {
                throw OutputProblem(message: "the output folder '\(folder.relativePathForDisplay)' cannot be made",
                                    hint: "check that you may write where it goes, or name another with -o",
                                    status: .file)
            }
        }
        if !isDirectory.boolValue {
            throw OutputProblem(message: "'\(folder.relativePathForDisplay)' is a file, not a folder",
                                hint: "name a folder with -o", status: .file)
        }
        return false
    }

    /// Removes `folder` when the run made it and wrote nothing into it: a run that fails
    /// leaves no trace.
    static func removeIfEmpty(_ folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), names.isEmpty else { return }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The name output files are made from: the plan file's name without `.yaml` (or the
    /// `.yaml.txt` a phone or mail program may give it).
    static func baseName(of path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        for ext in [".yaml.txt", ".yml.txt", ".yaml", ".yml", ".txt"] where name.hasSuffix(ext) && name.count > ext.count {
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
