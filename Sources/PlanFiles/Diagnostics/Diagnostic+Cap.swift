import PlanCore

extension Array where Element == Diagnostic {
    /// At most `Limits.diagnosticsPerFile` diagnostics of each file, in their order, and
    /// for a file with more, one last line saying how many were left out: an error when
    /// any of them is one, else a warning, so capping never changes how a run ends.
    public func cappedPerFile(limit: Int = Limits.diagnosticsPerFile) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var errorLeftOut: Set<String> = []
        var kept: [Diagnostic] = []
        var order: [String] = []
        for diagnostic in self {
            let file = diagnostic.file ?? ""
            let seen = counts[file, default: 0]
            if seen == 0 { order.append(file) }
            counts[file] = seen + 1
            if seen < limit { kept.append(diagnostic) } else if diagnostic.isError { errorLeftOut.insert(file) }
        }
        for file in order where counts[file, default: 0] > limit {
            // After the last kept diagnostic of its file, so it reads as the file's last word.
            let message = Diagnostic.Message.moreDiagnostics(counts[file, default: 0] - limit)
            let shown = file.isEmpty ? nil : file
            let more = errorLeftOut.contains(file) ? Diagnostic.error(message, at: nil, file: shown)
                : Diagnostic.warning(message, at: nil, file: shown)
            let position = (kept.lastIndex { ($0.file ?? "") == file } ?? kept.count - 1) + 1
            kept.insert(more, at: position)
        }
        return kept
    }
}
