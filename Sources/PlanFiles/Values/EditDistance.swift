/// Nearest-word suggestions for typos in keys and ids.
public enum EditDistance {
    /// The edit distance between two words (insertions, deletions, substitutions and
    /// swaps of neighbours each count one), case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// The candidate nearest to `word`, when it is near enough to be a likely typo: within
    /// a third of the word's length (at least 2 edits), or differing only in `-`/`_`.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        // Words longer than any id are not worth the quadratic table.
        guard word.count <= 80 else { return nil }
        let normal = { (s: String) in s.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-") }
        var best: (String, Int)?
        for candidate in candidates {
            if normal(candidate) == normal(word) { return candidate }
            // `right` for `right-first`: the start of a longer word.
            if word.count >= 3, normal(candidate).hasPrefix(normal(word)), best == nil { best = (candidate, .max - 1) }
            let d = distance(word, candidate)
            if d <= max(2, word.count / 3), d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }
}
