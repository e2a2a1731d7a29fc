import Foundation
import Testing
import Figures
import Graphics
@testable import Handouts
import PlanCore

@Test(arguments: [PaperSize.a4, .letter], HandoutKind.allCases)
func longContentPaginatesInsideTheMargins(paper: PaperSize, kind: HandoutKind) throws {
    // The card leaves out the notes and cues at length, so its 60 items take fewer pages.
    let leastPages = kind == .card ? 1 : 3
    let longNotes = (1...40).map { "Note \($0): " + String(repeating: "breathe wide into the back ribs, ", count: 12) }
        .joined(separator: "\n\n")
    let library = HandoutFixtures.library(cueLength: 60)
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 60, notes: longNotes), library: library)
    let handout = try HandoutRenderer(paper: paper).layout(kind.document(input))

    #expect(handout.pages.count > leastPages)
    for (n, page) in handout.pages.enumerated() {
        #expect(!page.items.isEmpty, "page \(n + 1) is empty")
        for frame in page.frames {
            #expect(page.marginBox.contains(frame), "page \(n + 1): \(frame) leaves \(page.marginBox)")
        }
        // Nothing overlaps the footer band.
        let footerTop = page.marginBox.maxY - HandoutRenderer.footerBand
        for frame in page.textFrames { #expect(frame.maxY <= footerTop + 1e-6, "page \(n + 1)") }
    }
}

@Test(arguments: [HandoutKind.teacher, .student, .reference])
func aHeadingIsNeverLastOnAPage(kind: HandoutKind) throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 60, notes: nil), library: HandoutFixtures.library(cueLength: 8))
    let document = kind.document(input)
    func headings(_ blocks: [FlowBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let h): return [h.text]
            case .keepTogether(let inner): return headings(inner)
            default: return []
            }
        }
    }
    let headingTexts = Set(headings(document.blocks))
    #expect(headingTexts.count > 3)
    let handout = try HandoutRenderer(paper: .a4).layout(document)
    #expect(handout.pages.count > 1)
    for (n, page) in handout.pages.enumerated().dropLast() {
        let texts = page.items.compactMap { item -> String? in
            guard case let .text(layout, lines, _) = item, let first = lines.first else { return nil }
            return layout.lines[first].text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let last = try #require(texts.last)
        #expect(!headingTexts.contains(last), "page \(n + 1) ends with the heading '\(last)'")
    }
}

@Test func textWrapsToTheColumnAndFlowsToMorePages() throws {
    let short = HandoutFixtures.input(HandoutFixtures.plan(items: 2, notes: nil), library: HandoutFixtures.library())
    let long = HandoutFixtures.input(HandoutFixtures.plan(items: 2, notes: String(repeating: "A long note. ", count: 800)),
                                     library: HandoutFixtures.library())
    let renderer = try HandoutRenderer(paper: .a4)
    let a = try renderer.layout(TeacherSheet.document(short))
    let b = try renderer.layout(TeacherSheet.document(long))
    #expect(b.pages.count > a.pages.count)
}

@Test func studentHandoutLeavesOutTeacherNotes() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(notes: "SECRET-TEACHER-NOTE"), library: HandoutFixtures.library())
    let renderer = try HandoutRenderer(paper: .a4)
    let pdf = try renderer.pdf(try renderer.layout(StudentHandout.document(input)))
    let file = try scratchFile(pdf, name: "student.pdf")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let text = try run("pdftotext", ["-layout", file.path, "-"]).output
    #expect(!text.contains("SECRET-TEACHER-NOTE"))
    #expect(!text.contains("Scratch first."))
    #expect(text.contains("Hip rotation 1"))
    #expect(text.contains("Week 4"))
    #expect(text.contains("https://example.org/deep-hips"))
}

@Test func aLinkTooLongForAQRCodeIsPrintedAndWarnedAbout() throws {
    var plan = HandoutFixtures.plan()
    let link = "https://example.org/" + String(repeating: "very-long-path/", count: 300)
    plan.share = ShareSettings(link: link, message: nil, practiceDays: 7)
    let input = HandoutFixtures.input(plan, library: HandoutFixtures.library())
    let rendered = try HandoutRenderer(paper: .a4).files(for: input, kinds: [.student], format: .pdf, baseName: "x")
    #expect(rendered.files.count == 1)
    #expect(rendered.warnings.count == 1)
    #expect(rendered.warnings.first?.contains("too long for a QR code") == true)
}

/// Once another handout of the plan was refused, a renderer draws no page of its own:
/// the work would never be written.
@Test func aStoppedRendererDrawsNoPage() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(), library: HandoutFixtures.library())
    var renderer = try HandoutRenderer(paper: .a4)
    renderer.stop = DrawingStop()
    let drawn = try renderer.files(for: input, kinds: [.student], format: .pdf, baseName: "x")
    #expect(drawn.files.count == 1, "a stop not given changes nothing")
    renderer.stop?.stop()
    for format in OutputFormat.allCases {
        #expect(throws: DrawingStopped.self) {
            try renderer.files(for: input, kinds: [.student], format: format, baseName: "x")
        }
    }
    let laidOut = try renderer.layout(StudentHandout.document(input))
    #expect(throws: DrawingStopped.self) { try renderer.pdf(laidOut) }
    #expect(throws: DrawingStopped.self) { try renderer.png(laidOut) }
    #expect(throws: DrawingStopped.self) { try renderer.svg(laidOut) }
}

@Test func textTheFontsCannotShowIsNamedInAWarning() throws {
    var plan = HandoutFixtures.plan()
    // U+E000 is a private-use character: no installed font has a glyph for it.
    plan.title = "Hips \u{E000} deep"
    let input = HandoutFixtures.input(plan, library: HandoutFixtures.library())
    let rendered = try HandoutRenderer(paper: .a4).files(for: input, kinds: [.teacher], format: .pdf, baseName: "x")
    #expect(rendered.warnings.contains { $0.contains("cannot show") && $0.contains("Hips \u{E000} deep") })

    // Greek, Cyrillic, CJK and emoji are covered by the fonts `make deps` installs.
    plan.title = "Ισχίο · Бедро · 股関節 · 🧘"
    let covered = try HandoutRenderer(paper: .a4).files(for: HandoutFixtures.input(plan, library: HandoutFixtures.library()),
                                                        kinds: [.teacher], format: .pdf, baseName: "x")
    #expect(covered.warnings.isEmpty, "\(covered.warnings)")
}

@Test func eachStudentExerciseShowsACueNotShownBefore() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 2, notes: nil), library: HandoutFixtures.library())
    let renderer = try HandoutRenderer(paper: .a4)
    let pdf = try renderer.pdf(try renderer.layout(StudentHandout.document(input)))
    let file = try scratchFile(pdf, name: "cues.pdf")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let text = try run("pdftotext", [file.path, "-"]).output
    // The three fixture positions share both their cues: the first shows the key cue, the
    // second the next one, and the third, with nothing new left, its key cue again.
    #expect(text.components(separatedBy: "Turn the dial <on> the hip").count - 1 == 2)
    #expect(text.components(separatedBy: "Feet stay lifted.").count - 1 == 1)
}
