import PlanCore

extension Array where Element == Diagnostic {
    /// At most `Limits.diagnosticsPerFile` diagnostics of each file, in their order, and
    /// for a file with more, one last line saying how many were left out. Errors are kept
    /// before warnings, so a run that fails always shows why; the last line is an error
    /// when any error was left out, else a warning, so capping never changes how a run ends.
    public func cappedPerFile(limit: Int = Limits.diagnosticsPerFile) -> [Diagnostic] {
        var byFile: [String: [Int]] = [:]
        var order: [String] = []
        for (index, diagnostic) in enumerated() {
            let file = diagnostic.file ?? ""
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(index)
        }
        var keep = Set<Int>()
        var more: [(file: String, count: Int, error: Bool)] = []
        for file in order {
            let indices = byFile[file] ?? []
            guard indices.count > limit else { keep.formUnion(indices); continue }
            let errors = indices.filter { self[$0].isError }
            let chosen = [Int]((errors + indices.filter { !self[$0].isError }).prefix(limit))
            keep.formUnion(chosen)
            more.append((file, indices.count - limit, errors.count > chosen.count(where: { self[$0].isError })))
        }
        var kept = indices.filter(keep.contains).map { self[$0] }
        for (file, count, error) in more {
            // After the last kept diagnostic of its file, so it reads as the file's last word.
            let message = Diagnostic.Message.moreDiagnostics(count)
            let shown = file.isEmpty ? nil : file
            let line = error ? Diagnostic.error(message, at: nil, file: shown) : Diagnostic.warning(message, at: nil, file: shown)
            let position = (kept.lastIndex { ($0.file ?? "") == file } ?? kept.count - 1) + 1
            kept.insert(line, at: position)
        }
        return kept
    }
}
