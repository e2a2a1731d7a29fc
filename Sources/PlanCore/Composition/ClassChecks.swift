/// The warnings a composed class earns: length, floor-to-standing changes, overrides.
enum ClassChecks {
    /// More floor-to-standing changes than this earn a warning.
    static let standingChangesAllowed = 2
    /// A class shorter than its length by more than this fraction earns a warning.
    static let shortTolerance = 0.10
    /// A home practice longer than this, made of the whole class because no item is marked
    /// `home: true`, earns a warning: few students keep up a daily routine of a whole class.
    static let homeLengthAllowed = Duration.minutes(15)
    /// One item's `time` or `per_side` longer than this is more likely a slip of the unit
    /// (`1h` for `1min`) than a plan: it earns a warning.
    static let longestLikelyDose = Duration.minutes(30)

    static func warnings(for sequence: ClassSequence, library: Library) -> [PlanWarning] {
        var warnings: [PlanWarning] = []
        let plan = sequence.plan
        // With `fit` on, fitting ends the class on its length or says why it cannot.
        if let length = plan.length, !plan.fit {
            let total = sequence.total
            let span = plan.keySpans["length"]
            if total > length {
                warnings.append(.init(message: Message.overLength(total: total, length: length),
                                      hint: Message.overLengthHint, span: span))
            } else if Double((length - total).seconds) > Double(length.seconds) * shortTolerance {
                warnings.append(.init(message: Message.underLength(total: total, length: length),
                                      hint: Message.underLengthHint, span: span))
            }
        }
        for item in plan.sequence {
            for (key, dose) in [("per_side", item.perSide), ("time", item.time)] {
                guard let dose, dose > longestLikelyDose else { continue }
                warnings.append(.init(message: Message.longDose(key: key, dose), hint: Message.longDoseHint, span: item.span))
            }
        }
        let changes = sequence.items.filter { $0.move == .floorToStanding }.count
        if changes > standingChangesAllowed {
            warnings.append(.init(message: Message.standingChanges(changes),
                                  hint: Message.standingChangesHint, span: plan.keySpans["sequence"]))
        }
        if !plan.sequence.contains(where: \.home), sequence.total > homeLengthAllowed {
            warnings.append(.init(message: Message.wholeClassHome(sequence.total),
                                  hint: Message.wholeClassHomeHint, span: plan.keySpans["sequence"]))
        }
        let used = Set(sequence.items.map(\.exercise.id) + sequence.items.compactMap(\.blockID))
        for o in library.overrides where used.contains(o.id) {
            warnings.append(.init(message: Message.overridden(o.id, isBlock: o.isBlock),
                                  hint: Message.overriddenHint, span: o.span))
        }
        warnings += ReadingChecks.warnings(for: plan)
        return warnings
    }
}
