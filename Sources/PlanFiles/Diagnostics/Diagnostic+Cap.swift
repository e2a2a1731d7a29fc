import PlanCore

extension Array where Element == Diagnostic {
    /// At most `Limits.diagnosticsPerFile` diagnostics of each file, in their order, and
    /// for a file with more, one last line saying how many were left out. Errors are kept
    /// before warnings, so a run that fails always shows why; the last line is an error
    /// when any error was left out, else a warning, so capping never changes how a run ends.
    ///
    /// Capping what was capped before counts again what the earlier summary left out: a
    /// plan's loader and its composer each cap their own, and the two together still show
    /// at most `limit` of each file and one summary line.
    public func cappedPerFile(limit: Int = Limits.diagnosticsPerFile) -> [Diagnostic] {
        var byFile: [String: [Int]] = [:]
        var order: [String] = []
        var earlier: [String: (errors: Int, warnings: Int)] = [:]
        for (index, diagnostic) in enumerated() {
            let file = diagnostic.file ?? ""
            if byFile[file] == nil { order.append(file); byFile[file] = [] }
            if diagnostic.isSummary {
                let before = earlier[file] ?? (0, 0)
                earlier[file] = (before.errors + diagnostic.omitted.errors, before.warnings + diagnostic.omitted.warnings)
            } else {
                byFile[file, default: []].append(index)
            }
        }
        var keep = Set<Int>()
        var more: [(file: String, errors: Int, warnings: Int)] = []
        for file in order {
            let indices = byFile[file] ?? []
            let carried = earlier[file] ?? (0, 0)
            guard indices.count > limit || carried.errors + carried.warnings > 0 else { keep.formUnion(indices); continue }
            let errors = indices.filter { self[$0].isError }
            let chosen = [Int]((errors + indices.filter { !self[$0].isError }).prefix(limit))
            keep.formUnion(chosen)
            let errorsLeft = errors.count - chosen.count(where: { self[$0].isError })
            let warningsLeft = indices.count - chosen.count - errorsLeft
            more.append((file, errorsLeft + carried.errors, warningsLeft + carried.warnings))
        }
        var kept = indices.filter(keep.contains).map { self[$0] }
        for (file, errors, warnings) in more {
            // After the last kept diagnostic of its file, so it reads as the file's last word.
            let message = Diagnostic.Message.moreDiagnostics(errors + warnings)
            let shown = file.isEmpty ? nil : file
            var line = errors > 0 ? Diagnostic.error(message, at: nil, file: shown) : Diagnostic.warning(message, at: nil, file: shown)
            line.omitted = Diagnostic.Omitted(errors: errors, warnings: warnings)
            let position = (kept.lastIndex { ($0.file ?? "") == file } ?? kept.count - 1) + 1
            kept.insert(line, at: position)
        }
        return kept
    }
}
