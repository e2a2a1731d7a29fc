import Foundation
import PlanFiles

extension LibraryText {
    /// `library --paths`: each folder the library is read from, first to last (a later one
    /// replaces an earlier one's ids), with why it is there and whether it is missing.
    static func searchPath(builtIn: URL, places: [LibrarySearchPath.Place], options: [String]) -> String {
        var rows: [[String]] = [["from", "folder"], ["built-in", builtIn.path]]
        for place in places {
            let missing = place.origin == .personal ? " (not there yet: make it to add your own exercises)" : " (missing)"
            rows.append([place.origin == .personal ? "personal" : LibrarySearchPath.variable,
                         place.path + (place.exists ? "" : missing)])
        }
        // A plan's own `library:` folders come between these and `--library`.
        rows.append(["plan", "the plan's own `library:` folders, relative to the plan"])
        for folder in options {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
            rows.append(["--library", folder + (exists ? "" : " (missing)")])
        }
        return "Library folders, each laid over the ones above it\n" + table(rows)
    }
}
