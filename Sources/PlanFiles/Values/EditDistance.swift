import PlanCore

/// Nearest-word suggestions for typos in keys and ids.
public enum EditDistance {
    /// The edit distance between two words (insertions, deletions, substitutions and
    /// swaps of neighbours each count one), case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars))
    }

    private static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let width = y.count + 1
        var d = [Int](repeating: 0, count: (x.count + 1) * width)
        for i in 0...x.count { d[i * width] = i }
        for j in 0...y.count { d[j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1, d[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, d[(i - 2) * width + j - 2] + 1)
                }
                d[i * width + j] = best
            }
        }
        return d[x.count * width + y.count]
    }

    /// How much comparing hints may still cost, in cells of the edit-distance table: one
    /// budget shared by every hint of a file, so many unknown ids against a large library
    /// cost a bounded time (`Limits.hintCells`). Once spent, hints are left out.
    public struct Budget: Sendable {
        /// Cells left.
        public var cells: Int
        /// A full budget.
        public init(cells: Int = Limits.hintCells) { self.cells = cells }
    }

    /// The candidate nearest to `word`, when it is near enough to be a likely typo: within
    /// a third of the word's length (at least 2 edits), or differing only in `-`/`_`.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        var budget = Budget()
        return suggestion(for: word, among: candidates, budget: &budget)
    }

    /// The same, spending from `budget`: nil once it is spent.
    public static func suggestion(for word: String, among candidates: some Sequence<String>,
                                  budget: inout Budget) -> String? {
        // Words longer than any id are not worth the quadratic table.
        guard word.count <= 80, budget.cells > 0 else { return nil }
        let normal = { (s: String) in s.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-") }
        let wordNormal = normal(word)
        let x = Array(word.lowercased().unicodeScalars)
        let allowed = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            budget.cells -= x.count + 1
            if budget.cells <= 0 { return best?.0 }
            let candidateNormal = normal(candidate)
            if candidateNormal == wordNormal { return candidate }
            // `right` for `right-first`: the start of a longer word.
            if word.count >= 3, candidateNormal.hasPrefix(wordNormal), best == nil { best = (candidate, .max - 1) }
            let y = Array(candidate.lowercased().unicodeScalars)
            // The distance is at least the difference in length: no table needed to rule it out.
            guard abs(x.count - y.count) <= allowed else { continue }
            budget.cells -= x.count * y.count
            let d = distance(x, y)
            if d <= allowed, d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }
}
