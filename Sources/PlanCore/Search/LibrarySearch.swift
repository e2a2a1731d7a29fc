/// Finds blocks and exercises by the words a teacher would type: a name (`clam`), part of
/// one (`side kick`), a target (`glutes`), a tag or a position (`prone`).
///
/// Every word of the query must match something about an entry; entries are ranked by how
/// strongly they match, the strongest first. A word that is a whole id or alias outranks
/// everything else, so `clam` finds the exercise called the clam before exercises that
/// merely mention it.
public struct LibrarySearch: Sendable {
    /// One entry found, with what matched.
    public struct Match: Sendable, Equatable {
        /// A block or an exercise.
        public enum Kind: String, Sendable, Equatable { case block, exercise }
        /// The entry's id.
        public var id: String
        /// Block or exercise.
        public var kind: Kind
        /// The higher, the better it matches.
        public var score: Int
        /// What matched, in words (`alias 'clam'`, `tag 'hips'`), strongest first.
        public var reasons: [String]
    }

    /// How much a matching field counts. A whole id or alias is what the teacher asked for;
    /// a word of the name nearly so; targets, tags and position describe the work; the
    /// summary only mentions it.
    enum Weight {
        static let wholeName = 100
        static let idWord = 12
        static let nameWord = 10
        static let aliasWord = 10
        static let target = 6
        static let tag = 6
        static let position = 5
        static let feel = 3
        static let summary = 1
        /// A query word that only starts a field's word (`rot` for `rotation`) counts this part.
        static let prefixDivisor = 2
        /// Query words shorter than this do not match by prefix: `s` would match everything.
        static let shortestPrefix = 3
    }

    let library: Library

    /// A search over `library`.
    public init(library: Library) { self.library = library }

    /// The entries that match every word of `query`, best first; blocks before exercises
    /// of the same score, then in library order.
    public func find(_ query: String) -> [Match] {
        let words = Self.words(of: query)
        guard !words.isEmpty else { return [] }
        let whole = words.joined(separator: "-")
        var found: [Match] = []
        for block in library.allBlocks {
            var fields = [Field(label: "id", text: block.id, weight: Weight.idWord, isName: true),
                          Field(label: "name", text: block.name, weight: Weight.nameWord, isName: true)]
            fields += block.aliases.map { Field(label: "alias", text: $0, weight: Weight.aliasWord, isName: true) }
            fields += block.muscles.map { Field(label: "muscle", text: $0, weight: Weight.target) }
            fields += block.purpose.map { Field(label: "purpose", text: $0, weight: Weight.summary) }
            if let match = score(words, whole: whole, fields: fields) {
                found.append(Match(id: block.id, kind: .block, score: match.score, reasons: match.reasons))
            }
        }
        for exercise in library.allExercises {
            var fields = [Field(label: "id", text: exercise.id, weight: Weight.idWord, isName: true),
                          Field(label: "name", text: exercise.name, weight: Weight.nameWord, isName: true)]
            fields += exercise.aliases.map { Field(label: "alias", text: $0, weight: Weight.aliasWord, isName: true) }
            fields += exercise.targets.map { Field(label: "target", text: $0, weight: Weight.target) }
            fields += exercise.tags.map { Field(label: "tag", text: $0, weight: Weight.tag) }
            fields.append(Field(label: "position", text: exercise.position.name, weight: Weight.position))
            fields += exercise.feel.map { Field(label: "feel", text: $0, weight: Weight.feel) }
            fields.append(Field(label: "summary", text: exercise.summary, weight: Weight.summary))
            if let match = score(words, whole: whole, fields: fields) {
                found.append(Match(id: exercise.id, kind: .exercise, score: match.score, reasons: match.reasons))
            }
        }
        // A stable sort keeps library order among equal scores.
        return found.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
    }

    /// One searchable piece of text of an entry.
    struct Field {
        var label: String
        var text: String
        var weight: Int
        /// An id, name or alias: matching it whole is matching the entry itself.
        var isName = false
    }

    private func score(_ words: [String], whole: String, fields: [Field]) -> (score: Int, reasons: [String])? {
        var total = 0
        var reasons: [(Int, String)] = []
        for field in fields where field.isName && Self.words(of: field.text).joined(separator: "-") == whole {
            total += Weight.wholeName
            reasons.append((Weight.wholeName, "\(field.label) '\(field.text)'"))
            break
        }
        for word in words {
            var best: (Int, String)?
            for field in fields {
                let fieldWords = Self.words(of: field.text)
                let points: Int
                if fieldWords.contains(word) {
                    points = field.weight
                } else if word.count >= Weight.shortestPrefix, fieldWords.contains(where: { $0.hasPrefix(word) }) {
                    points = max(1, field.weight / Weight.prefixDivisor)
                } else {
                    continue
                }
                if points > (best?.0 ?? 0) { best = (points, "\(field.label) '\(field.text)'") }
            }
            guard let best else { return nil }
            total += best.0
            reasons.append(best)
        }
        var seen = Set<String>()
        let ordered = reasons.sorted { $0.0 > $1.0 }.map(\.1).filter { seen.insert($0).inserted }
        return (total, ordered)
    }

    /// Lower-case words of `text`, split at anything that is not a letter or digit.
    static func words(of text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
