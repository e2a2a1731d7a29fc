/// The composer's warning texts, in one place so they are easy to find, read and test.
enum Message {
    static func overLength(total: Duration, length: Duration) -> String {
        "the class runs \(total.spoken), \((total - length).spoken) over its length of \(length.spoken)"
    }
    static let overLengthHint = "shorten or drop an item, or add `fit: true` to scale times to the length"
    static func underLength(total: Duration, length: Duration) -> String {
        "the class runs \(total.spoken), \((length - total).spoken) short of its length of \(length.spoken)"
    }
    static let underLengthHint = "add an item, lengthen times, or add `fit: true` to scale times to the length"
    static func standingChanges(_ n: Int) -> String {
        "the class moves between the floor and standing \(n) times"
    }
    static let standingChangesHint = "group standing work together: each change costs time and breaks the flow"
    static func overridden(_ id: String, isBlock: Bool) -> String {
        "your library replaces the built-in \(isBlock ? "block" : "exercise") '\(id)'"
    }
    static let overriddenHint = "this plan uses your version; give it another id to keep both"
    static func skippedUnknown(_ id: String) -> String {
        "'\(id)' is not in the library, so it was left out"
    }
    static func nothingToFit(_ length: Duration) -> String {
        "`fit` cannot reach \(length.spoken): every item is counted in reps or marked `fixed`"
    }
    static let nothingToFitHint = "give at least one item a `time` or `per_side` and leave it unfixed"
    static func cannotFit(_ length: Duration, over: Duration) -> String {
        "`fit` cannot bring the class down to \(length.spoken): at their minimum times the items still run \(over.spoken) over"
    }
    static let cannotFitHint = "drop an item, or mark fewer items `fixed`"
    static func longDose(key: String, _ dose: Duration) -> String {
        "'\(key)' is \(dose.spoken), a long time for one exercise"
    }
    static let longDoseHint = "check the unit: `1min` is a minute, `1h` an hour"
    static let fitWithoutLength = "`fit: true` has no length to fit the class to, so every time stays as written"
    static let fitWithoutLengthHint = "add the class's length, for example `length: 45min`, or remove `fit: true`"
    static func fitLeftover(_ length: Duration, short: Duration) -> String {
        "`fit` ends the class \(short.spoken) short of \(length.spoken): doses move in whole steps and the class has no transition to take the rest"
    }
    static let fitLeftoverHint = "give one item a time that is not a whole step, or leave `fit` off"
    static func extraTurnOver(_ name: String, lyingOn: Side, after: Side) -> String {
        "\(name) starts lying on the \(lyingOn.rawValue) side, but the class is already lying on its \(after.rawValue) side: one more turn-over than it needs"
    }
    static func extraTurnOverHint(_ sides: SideOrder) -> String {
        "add `sides: \(sides.rawValue)` to this item to start on the side the class is already lying on"
    }
    static func wholeClassHome(_ total: Duration) -> String {
        "no item is marked `home: true`, so the home practice is the whole class, \(total.spoken) long"
    }
    static func hardToRead(_ sentence: String, grade: Double, in place: String) -> String {
        let shown = sentence.count > 120 ? String(sentence.prefix(117)) + "..." : sentence
        return "a sentence in \(place) reads at school grade \(Int(grade.rounded())), above the grade 10 most students read with ease: \"\(shown)\""
    }
    static let hardToReadHint = "shorter sentences and shorter words read more easily; grade 6 to 8 suits a handout"
    static let wholeClassHomeHint = "add `home: true` to the items students should practise at home, for example the hip rotation series"
}
