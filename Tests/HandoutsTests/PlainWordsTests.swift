import Foundation
import Testing
import Figures
import Graphics
@testable import Handouts
import PlanCore
import PlanFiles

private let builtIn: Library = {
    let folder = LibraryLoader.builtInFolder(assets: RealPlans.repository.appendingPathComponent("Assets"))
    return (try? LibraryLoader().load(builtIn: folder, folders: []).library) ?? Library()
}()

/// Every text of the built-in library that a student reads, with where it comes from.
private func studentTexts(_ library: Library) -> [(source: String, text: String)] {
    var out: [(String, String)] = []
    func add(_ source: String, _ texts: [String]) { out += texts.map { (source, $0) } }
    for e in library.allExercises {
        let s = "exercise \(e.id)"
        add(s + " summary", [e.summary])
        add(s + " feel", e.feel)
        add(s + " setup", e.setup)
        add(s + " movement", [e.movement])
        add(s + " cues", e.cues)
        add(s + " mistakes", e.mistakes)
        add(s + " cautions", e.cautions)
        add(s + " easier", e.easier)
        add(s + " harder", e.harder)
        add(s + " palpation", e.palpation.flatMap { [$0.title, $0.text] })
        add(s + " diagram alt text", [FigureAltText.text(for: e)])
    }
    for b in library.allBlocks {
        let s = "block \(b.id)"
        add(s + " purpose", b.purpose)
        add(s + " setup", b.setup)
        add(s + " cues", b.cues.flatMap { [$0.title, $0.text] })
        add(s + " mistakes", b.mistakes)
        add(s + " palpation", b.palpation.flatMap { [$0.title, $0.text] })
        add(s + " practice", b.practice.map { ["Practise \($0)."] } ?? [])
    }
    add("tip picture alt text", Illustration.allCases.map(FigureAltText.text(for:)))
    return out.filter { !$0.1.isEmpty }
}

/// Every text of a handout's blocks, in order.
private func texts(of blocks: [FlowBlock]) -> [String] {
    func runs(_ r: [TextRun]) -> String { r.map(\.text).joined() }
    return blocks.flatMap { block -> [String] in
        switch block {
        case .heading(let h): return [h.text]
        case .paragraph(let p): return [runs(p.runs)]
        case .bullets(let list): return (list.label.map { [$0] } ?? []) + list.items.map(runs)
        case .table(let t): return t.columns.map(\.title) + t.rows.flatMap(\.cells)
        case .figure(let f): return [f.alt] + (f.heading.map { [$0.text] } ?? []) + f.side.map { runs($0.runs) }
            + (f.caption.map { [runs($0.runs)] } ?? [])
        case .box(let b): return [b.title, b.alt] + b.body.map { runs($0.runs) }
        case .tracker: return []
        case .marker(let m): return [runs(m.label)]
        case .qrCode(let q): return [q.caption]
        case .space: return []
        case .keepTogether(let children): return texts(of: children)
        case .row(let row): return texts(of: row.cells.map(\.block))
        }
    }.filter { !$0.isEmpty }
}

/// The sentences of `texts` above `limit`, as lines naming where each comes from.
/// Sentences of fewer than `ReadingGrade.shortestGraded` words are left out: one long word
/// decides their grade (`The exercises` would read at grade 15).
private func hardSentences(_ texts: [(source: String, text: String)], above limit: Double) -> [String] {
    texts.flatMap { source, text in
        ReadingGrade.sentences(in: text).compactMap { sentence in
            let grade = ReadingGrade(sentence)
            guard grade.words >= ReadingGrade.shortestGraded, grade.grade > limit else { return nil }
            return "\(source): grade \((grade.grade * 10).rounded() / 10): \(sentence)"
        }
    }
}

@Suite struct PlainWordsTests {
    @Test func theLibraryReadsAtGradeEightOrBelow() {
        let texts = studentTexts(builtIn)
        #expect(texts.count > 300, "the built-in library did not load")
        let failing = hardSentences(texts, above: ReadingGrade.handoutLimit)
        #expect(failing.isEmpty, "sentences above grade 8:\n\(failing.joined(separator: "\n"))")
        let whole = ReadingGrade(texts.map(\.text).map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: "\n"))
        print("The built-in library reads at grade \(whole.grade) over \(whole.sentences) sentences (aim: \(ReadingGrade.aim)).")
        #expect(whole.grade <= ReadingGrade.aim + 1)
    }

    @Test func theStudentHandoutsOwnWordsReadAtGradeEightOrBelow() throws {
        let input = try RealPlans.input("hip-series")
        let plan = input.plan
        var large = input
        large.largePrint = true
        // Both prints: large print says in words what the pictures show by tone.
        let words = texts(of: StudentHandout.document(input).blocks) + texts(of: StudentHandout.document(large).blocks)
        #expect(words.contains("Tick it off"))
        // The plan's title, the byline with the teacher's name and the teacher's message are
        // the teacher's words, which `check` reads.
        let own = words.filter { $0 != plan.title && $0 != plan.share?.message && !$0.contains(plan.teacher ?? "\u{0}") }
        let failing = hardSentences(own.map { ("student handout", $0) }, above: ReadingGrade.handoutLimit)
        #expect(failing.isEmpty, "sentences above grade 8:\n\(failing.joined(separator: "\n"))")
    }
}

/// A figure that rolls the body back says so, rather than that the hips lift.
@Test(arguments: ["rolling-like-a-ball", "seal"])
func aRollingFiguresAltTextSaysTheBodyRollsBack(_ id: String) throws {
    let exercise = try #require(builtIn.exercises[id])
    let text = FigureAltText.text(for: exercise)
    #expect(text.contains("the body rolls back"), "\(text)")
}
