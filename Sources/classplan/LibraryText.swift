import PlanCore

/// The library as text for a terminal.
enum LibraryText {
    /// `1 min per side`, `2 min`, `10 reps`.
    static func dose(_ dose: Dose?) -> String {
        switch dose {
        case .time(let d): return d.spoken
        case .perSide(let d): return "\(d.spoken) per side"
        case .reps(let n): return "\(n) reps"
        case nil: return "each exercise's own"
        }
    }

    /// Both tables: blocks, then exercises.
    static func listing(_ library: Library) -> String {
        var out = "Blocks\n"
        out += table([["id", "name", "exercises", "dose"]] + library.allBlocks.map {
            [$0.id, $0.name, String($0.exercises.count), dose($0.dose)]
        })
        out += "\nExercises\n"
        out += table([["id", "name", "position", "sided", "dose"]] + library.allExercises.map {
            [$0.id, $0.name, $0.position.name, $0.sided ? "yes" : "no", dose($0.dose)]
        })
        return out
    }

    /// What `--search` found, best first, with what matched.
    static func found(_ matches: [LibrarySearch.Match], in library: Library) -> String {
        table([["id", "name", "kind", "matched"]] + matches.map { match in
            let name = match.kind == .block ? library.blocks[match.id]?.name : library.exercises[match.id]?.name
            return [match.id, name ?? "", match.kind.rawValue, match.reasons.prefix(2).joined(separator: ", ")]
        })
    }

    /// Rows with columns padded to line up, the first row as the heading.
    static func table(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.map { "  " + $0 + "\n" }.joined()
    }

    private static func section(_ title: String, _ lines: [String], numbered: Bool = false) -> String {
        guard !lines.isEmpty else { return "" }
        return "\n\(title):\n" + lines.enumerated().map { i, line in
            (numbered ? "  \(i + 1). " : "  - ") + line + "\n"
        }.joined()
    }

    private static func tips(_ title: String, _ tips: [Tip]) -> String {
        section(title, tips.map { $0.title.isEmpty ? $0.text : "\($0.title): \($0.text)" })
    }

    /// One block in full.
    static func describe(_ block: Block, library: Library) -> String {
        var out = "\(block.name)  (block '\(block.id)')\n"
        if !block.aliases.isEmpty { out += "  also called: \(block.aliases.joined(separator: ", "))\n" }
        out += "  dose: \(dose(block.dose)); sides: \(block.sides.rawValue)"
        out += block.practice.map { "; practise \($0)" } ?? ""
        out += "\n"
        out += section("Why", block.purpose)
        out += section("Exercises", block.exercises.map { id in
            library.exercises[id].map { "\($0.name)  (\(id), \($0.position.name))" } ?? "\(id)  (missing)"
        }, numbered: true)
        out += section("Set-up", block.setup, numbered: true)
        out += tips("Cues", block.cues)
        out += section("Mistakes", block.mistakes)
        out += tips("Palpation", block.palpation)
        out += section("Muscles", block.muscles)
        out += block.model.map { "\nModel: \($0)\n" } ?? ""
        return out
    }

    /// One exercise in full.
    static func describe(_ e: Exercise) -> String {
        var out = "\(e.name)  (exercise '\(e.id)')\n"
        if !e.aliases.isEmpty { out += "  also called: \(e.aliases.joined(separator: ", "))\n" }
        out += "  \(e.position.name), \(e.sided ? "on each side" : "not sided"), \(dose(e.dose))"
        if let m = e.minimum { out += ", at least \(m.spoken)" }
        out += "\n"
        if !e.summary.isEmpty { out += "\n\(e.summary)\n" }
        out += section("Targets", e.targets)
        out += section("Feel it", e.feel)
        out += section("Set-up", e.setup, numbered: true)
        if !e.movement.isEmpty { out += "\nMovement:\n  \(e.movement)\n" }
        out += section("Cues", e.cues)
        out += section("Mistakes", e.mistakes)
        out += tips("Palpation", e.palpation)
        out += section("Cautions", e.cautions)
        out += section("Easier", e.easier)
        out += section("Harder", e.harder)
        let model = [e.layer.map { "layer: \($0)" }, e.range.map { "range: \($0)" }, e.sensation.map { "feel: \($0)" }]
            .compactMap { $0 }
        out += section("In the series", model)
        if !e.tags.isEmpty { out += "\nTags: \(e.tags.joined(separator: ", "))\n" }
        return out
    }
}
