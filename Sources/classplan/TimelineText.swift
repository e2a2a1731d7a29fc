import PlanCore

/// The timeline as a table for the terminal.
enum TimelineText {
    static func render(_ seq: ClassSequence, library: Library) -> String {
        let plan = seq.plan
        var header = plan.title
        var facts: [String] = []
        if let length = plan.length { facts.append("\(length.spoken) class") }
        if let level = plan.level { facts.append(level.rawValue) }
        if plan.fit { facts.append("fitted to length") }
        if !facts.isEmpty { header += " (" + facts.joined(separator: ", ") + ")" }

        var rows: [[String]] = [["START", "BLOCK", "EXERCISE", "SIDE", "TIME", "POSITION"]]
        for item in seq.items {
            let block = item.blockID.map { library.blocks[$0]?.name ?? $0 } ?? ""
            if item.kind == .transition {
                rows.append([item.start.clock, "", "  ~ \(item.moveWords)", item.side?.letter ?? "", item.duration.clock, ""])
            } else {
                var name = item.exercise.name
                if let reps = item.reps { name += " x\(reps)" }
                rows.append([item.start.clock, block, name, item.side?.letter ?? "", item.duration.clock,
                             item.position.rawValue])
            }
        }
        let widths = (0..<6).map { c in rows.map { $0[c].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [0, 4]
        var out = header + "\n\n"
        for row in rows {
            let cells = row.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return rightAligned.contains(c) ? pad + text : text + pad
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        out += "\nTotal \(seq.total.clock)  (work \(seq.work.clock), transitions \(seq.transitions.clock)"
        let right = seq.work(on: .right), left = seq.work(on: .left)
        if right > .zero || left > .zero { out += ", right side \(right.clock), left side \(left.clock)" }
        out += ")"
        if let length = plan.length { out += "  against a length of \(length.clock)" }
        out += "\n"
        for w in seq.warnings { out += "warning: \(w.message)\n" }
        return out
    }
}

extension String {
    /// The string without spaces at its end.
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
