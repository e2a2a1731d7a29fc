import Foundation
import Graphics
import Handouts

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

extension OutputFolder {
    /// Throws when a plan file given is one that another plan of the batch would write, in
    /// `folder` (`x-teacher.pdf` given beside `x.yaml`): that plan would be overwritten in
    /// the same run. Folders are compared by their real paths.
    static func checkNoPlanIsAnOutput(_ plans: [String], folder: URL, kinds: [HandoutKind],
                                      format: OutputFormat) throws(OutputProblem) {
        guard let target = realPath(folder.path) else { return }
        for plan in plans {
            let url = URL(fileURLWithPath: plan)
            guard realPath(url.deletingLastPathComponent().path) == target else { continue }
            let name = url.lastPathComponent
            for writer in plans where writer != plan
                && mayWrite(name, base: baseName(of: writer), kinds: kinds, format: format) {
                throw OutputProblem(message: "'\(plan)' is given as a plan, but rendering '\(writer)' would write over it",
                                    hint: "render into another folder with -o, or rename the plan file",
                                    status: .invalid)
            }
        }
    }

    /// Whether rendering a plan of base name `base` may write a file called `name`: the
    /// handout renderer's names, `BASE-KIND.pdf`, or one file per page, `BASE-KIND-N.png`.
    static func mayWrite(_ name: String, base: String, kinds: [HandoutKind], format: OutputFormat) -> Bool {
        kinds.contains { kind in
            let stem = "\(base)-\(kind.rawValue)"
            if format == .pdf { return name == "\(stem).pdf" }
            let suffix = ".\(format.rawValue)"
            guard name.hasPrefix(stem + "-"), name.hasSuffix(suffix) else { return false }
            let page = name.dropFirst(stem.count + 1).dropLast(suffix.count)
            return !page.isEmpty && page.allSatisfy(\.isASCII) && page.allSatisfy(\.isNumber)
        }
    }

    /// The resolved real path of `path`, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
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
