import Foundation
import Testing
import Figures
import Graphics
@testable import Handouts
import PlanCore
import PlanFiles

/// The repository's example plans with the built-in library and the real diagrams.
enum RealPlans {
    /// The repository, three levels above this file (Tests/HandoutsTests/<file>).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The handout input of `Plans/NAME.yaml`.
    static func input(_ name: String, largePrint: Bool = false) throws -> HandoutInput {
        let loaded = try PlanLoader(assets: repository.appendingPathComponent("Assets"))
            .load(repository.appendingPathComponent("Plans/\(name).yaml").path)
        let plan = try #require(loaded.plan, "\(loaded.diagnostics)")
        return HandoutInput(sequence: Composer(library: loaded.library).compose(plan), library: loaded.library,
                            figures: ExerciseFigures(), version: "test", largePrint: largePrint)
    }
}

/// The width a scene is drawn at in `frame`: it keeps its aspect ratio, fitted inside.
private func drawnWidth(_ scene: Scene, in frame: Rect) -> Double {
    min(frame.width, frame.height * scene.size.width / max(1, scene.size.height))
}

/// The height pdftotext gives a word of Noto Sans, per point of font size (its ascent
/// plus descent): 21.79 for 16-point text.
private let wordHeightPerPoint = 1.362

@Suite struct LargePrintTests {
    static let plans = ["hip-series", "mat-class-45"]

    @Test(arguments: plans, [PaperSize.a4, .letter])
    func largePrintIsLaidOutAgainAndFitsThePage(plan: String, paper: PaperSize) throws {
        let input = try RealPlans.input(plan, largePrint: true)
        let document = StudentHandout.document(input)
        #expect(document.theme?.largePrint == true)
        let renderer = try HandoutRenderer(paper: paper)
        let laidOut = try renderer.layout(document)
        var scenes = 0
        for page in laidOut.pages {
            // Whole pages: nothing drawn past the margins.
            for frame in page.frames {
                #expect(frame.minX >= page.marginBox.minX - 0.01 && frame.maxX <= page.marginBox.maxX + 0.01
                        && frame.minY >= page.marginBox.minY - 0.01 && frame.maxY <= page.marginBox.maxY + 0.01,
                        "\(frame) outside \(page.marginBox)")
            }
            for case let .scene(scene, frame) in page.items {
                scenes += 1
                #expect(drawnWidth(scene, in: frame) >= Length.millimeters(80).points - 0.5,
                        "a diagram \(drawnWidth(scene, in: frame) / Length.millimeters(1).points) mm wide")
                // Labels would print too small: large print says them in words instead.
                #expect(!scene.leaves.contains { if case .label = $0 { true } else { false } })
            }
        }
        #expect(scenes >= 3)
    }

    @Test func theHipSeriesInLargePrintHasNoTextBelowSixteenPoints() throws {
        let input = try RealPlans.input("hip-series", largePrint: true)
        let renderer = try HandoutRenderer(paper: .a4)
        let laidOut = try renderer.layout(StudentHandout.document(input))
        let file = try scratchFile(try renderer.pdf(laidOut), name: "hip-series-large-print.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let boxes = try run("pdftotext", ["-bbox", file.path, "-"]).output
        let heights = matches(#"<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)""#, in: boxes)
            .map { $0[1] - $0[0] }
        #expect(heights.count > 300)
        let smallest = heights.min() ?? 0
        #expect(smallest / wordHeightPerPoint >= 15.95, "the smallest text is \(smallest / wordHeightPerPoint) pt")

        // The same plan in normal print does have small text: the check can fail.
        let normal = try RealPlans.input("hip-series")
        let small = try scratchFile(try renderer.pdf(try renderer.layout(StudentHandout.document(normal))), name: "hip-series-normal.pdf")
        defer { try? FileManager.default.removeItem(at: small.deletingLastPathComponent()) }
        let normalHeights = matches(#"<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)""#,
                                    in: try run("pdftotext", ["-bbox", small.path, "-"]).output).map { $0[1] - $0[0] }
        #expect((normalHeights.min() ?? 99) / wordHeightPerPoint < 12)

        // Still tagged, with alt text, in reading order.
        #expect(try run("pdfinfo", [file.path]).output.contains("Tagged:          yes"))
        let figures = try TaggedPDF(file).root.all.filter { $0.type == "Figure" }
        #expect(figures.count >= 7)
        #expect(figures.allSatisfy { !($0.alt ?? "").isEmpty })
        let text = try run("pdftotext", [file.path, "-"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // What the pictures show by tone and shade is said in words.
        #expect(text.contains("dashed outline shows where you start"))
        #expect(text.contains("Shaded"))
        #expect(text.contains("Feet off the mat"))
    }

    @Test func theNormalHandoutIsUnchangedByTheOption() throws {
        let input = try RealPlans.input("hip-series")
        #expect(StudentHandout.document(input).theme == nil)
    }
}

/// The number pairs each match of `pattern` captures.
private func matches(_ pattern: String, in text: String) -> [[Double]] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
        (1..<m.numberOfRanges).compactMap { Range(m.range(at: $0), in: text).flatMap { Double(text[$0]) } }
    }
}

/// The tracker in large print: every tick box apart from every other, and each day's label
/// on one line above its boxes, with the QR code under the tracker, not beside it.
@Test(arguments: [PaperSize.a4, .letter])
func theLargePrintTrackersBoxesStandApart(paper: PaperSize) throws {
    let input = try RealPlans.input("hip-series", largePrint: true)
    let handout = try HandoutRenderer(paper: paper).layout(StudentHandout.document(input))
    let page = try #require(handout.pages.last)
    let boxes = page.items.compactMap { if case .outline(let r, _, _, _) = $0 { r } else { nil } }
    #expect(boxes.count == 28 * 2)
    for (i, a) in boxes.enumerated() {
        for b in boxes[(i + 1)...] {
            #expect(a.maxX <= b.minX || b.maxX <= a.minX || a.maxY <= b.minY || b.maxY <= a.minY, "\(a) overlaps \(b)")
        }
    }
    // A label wrapped onto two lines reads as two texts, "Day" and "1": none may be left.
    let texts = page.items.compactMap { if case .text(let l, _, _) = $0 { l.lines.map(\.text).joined(separator: "|") } else { nil } }
    #expect(texts.filter { $0.wholeMatch(of: /(Day )?[1-7]/) != nil }.count == 7, "\(texts)")
    #expect(!texts.contains { $0.hasPrefix("Day|") }, "\(texts)")
    let qr = try #require(page.items.compactMap { if case .qr(_, let f) = $0 { f } else { nil } }.first)
    #expect(qr.minY >= boxes.map(\.maxY).max()!)
}
