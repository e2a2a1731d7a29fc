import PlanCore

extension Array where Element == Diagnostic {
    /// At most `Limits.diagnosticsPerFile` diagnostics of each file, in their order, and
    /// for a file with more, one last error saying how many were left out.
    public func cappedPerFile(limit: Int = Limits.diagnosticsPerFile) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var kept: [Diagnostic] = []
        var order: [String] = []
        for diagnostic in self {
            let file = diagnostic.file ?? ""
            let seen = counts[file, default: 0]
            if seen == 0 { order.append(file) }
            counts[file] = seen + 1
            if seen < limit { kept.append(diagnostic) }
        }
        for file in order where counts[file, default: 0] > limit {
            // After the last kept diagnostic of its file, so it reads as the file's last word.
            let more = Diagnostic.error(.moreDiagnostics(counts[file, default: 0] - limit), at: nil,
                                        file: file.isEmpty ? nil : file)
            let position = (kept.lastIndex { ($0.file ?? "") == file } ?? kept.count - 1) + 1
            kept.insert(more, at: position)
        }
        return kept
    }
}
