import Graphics
import PlanCore

/// What a handout's PDF says about itself.
enum Metadata {
    static func pdf(for input: HandoutInput, kind: HandoutKind) -> PDFMetadata {
        let plan = input.plan
        var keywords = ["class plan", kind.title]
        keywords += input.sections.compactMap { $0.block?.name }
        return PDFMetadata(
            title: kind == .student ? "\(plan.title): home practice" : plan.title,
            author: plan.teacher,
            subject: plan.focus,
            keywords: keywords,
            creator: "classplan \(input.version)",
            creationDate: plan.date.map { PDFMetadata.Date(year: $0.year, month: $0.month, day: $0.day) },
            language: plan.language
        )
    }
}
