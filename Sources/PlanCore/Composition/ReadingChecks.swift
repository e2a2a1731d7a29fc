/// Warnings for a teacher's own words that students read and that may be hard going: the
/// share message and the texts of inline exercises, each sentence graded on its own.
enum ReadingChecks {
    static func warnings(for plan: Plan) -> [PlanWarning] {
        var warnings: [PlanWarning] = []
        func check(_ text: String?, _ place: String, _ span: SourceSpan?) {
            guard let text else { return }
            for sentence in ReadingGrade.sentences(in: text) {
                let grade = ReadingGrade(sentence)
                guard grade.words >= ReadingGrade.shortestGraded, grade.grade > ReadingGrade.warningLimit else { continue }
                warnings.append(.init(message: Message.hardToRead(sentence, grade: grade.grade, in: place),
                                      hint: Message.hardToReadHint, span: span))
            }
        }
        check(plan.share?.message, "the share message", plan.keySpans["share"])
        for item in plan.sequence {
            guard case .inline(let e) = item.content else { continue }
            let place = "the cues of '\(e.name)'"
            for cue in e.cues { check(cue, place, item.span) }
            check(e.summary, "the summary of '\(e.name)'", item.span)
            check(e.movement, "the movement of '\(e.name)'", item.span)
            for text in e.setup { check(text, "the set-up of '\(e.name)'", item.span) }
            for text in e.feel { check(text, "where to feel '\(e.name)'", item.span) }
            for text in e.mistakes { check(text, "the mistakes of '\(e.name)'", item.span) }
        }
        return warnings
    }
}
