import PlanCore

/// The timeline as a table for the terminal.
enum TimelineText {
    /// The table, its totals and what goes home, then the composer's `warnings` unless
    /// they were shown already.
    static func render(_ seq: ClassSequence, library: Library, warnings: Bool = true) -> String {
        let plan = seq.plan
        var header = plan.title
        var facts: [String] = []
        if let length = plan.length { facts.append("\(length.spoken) class") }
        if let level = plan.level { facts.append(level.rawValue) }
        // A FIT column only when `fit` had a length to fit to: it says what fit changed and
        // by how much.
        let showFit = plan.fit && plan.length != nil
        if showFit { facts.append("fitted to length") }
        if !facts.isEmpty { header += " (" + facts.joined(separator: ", ") + ")" }

        var rows: [[String]] = [["START", "BLOCK", "EXERCISE", "SIDE", "TIME", "POSITION"] + (showFit ? ["FIT"] : [])]
        for item in seq.items {
            let side = item.sideShort ?? ""
            let fit = showFit ? [item.fitChange.map(Self.signed) ?? ""] : []
            let block = item.blockID.map { library.blocks[$0]?.name ?? $0 } ?? ""
            if item.kind == .transition {
                rows.append([item.start.clock, "", "  ~ \(item.moveWords)", side, item.duration.clock, ""] + fit)
            } else {
                var name = item.exercise.name
                if let reps = item.reps { name += " x\(reps)" }
                rows.append([item.start.clock, block, name, side, item.duration.clock,
                             item.position.rawValue] + fit)
            }
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [0, 4, 6]
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
        out += homeLine(seq, library: library) + "\n"
        if showFit { out += fitLine(seq) + "\n" }
        if warnings { for w in seq.warnings { out += "warning: \(w.message)\n" } }
        return out
    }

    /// What `fit` changed: `fit changed 5 of 43 exercises' times and 3 transitions (FIT: the change)`.
    static func fitLine(_ seq: ClassSequence) -> String {
        let exercises = seq.items.filter { $0.kind == .exercise }
        let changed = exercises.filter { $0.planned != nil }.count
        let transitions = seq.items.filter { $0.kind == .transition && $0.planned != nil }.count
        var line = "fit changed \(changed) of \(exercises.count) exercises' times"
        if transitions > 0 { line += " and \(transitions) transition\(transitions == 1 ? "" : "s")" }
        return line + " (FIT: the change)"
    }

    /// What students take home: `Home practice 6:15: The hip rotation series`.
    static func homeLine(_ seq: ClassSequence, library: Library) -> String {
        let home = Composer(library: library).home(of: seq)
        let marked = seq.plan.sequence.filter(\.home)
        guard !marked.isEmpty else { return "Home practice \(home.total.clock): the whole class (no item is marked `home: true`)" }
        let names = marked.map { item -> String in
            switch item.content {
            case .block(let id): return library.blocks[id]?.name ?? id
            case .exercise(let id): return library.exercises[id]?.name ?? id
            case .inline(let exercise): return exercise.name
            }
        }
        return "Home practice \(home.total.clock): " + names.joined(separator: ", ")
    }

    /// A change of time with its sign: `+0:15`, `-1:30`.
    static func signed(_ change: Duration) -> String {
        change.seconds < 0 ? "-" + Duration(seconds: -change.seconds).clock : "+" + change.clock
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
