import Figures
import Foundation
import Testing
@testable import Graphics

@Suite("Text layout")
struct TypesetterTests {
    let typesetter: Typesetter
    init() throws { typesetter = try Typesetter() }

    @Test("extents grow with the text")
    func extentsGrow() throws {
        let style = TextStyle(size: 12)
        let short = try typesetter.layout("Clam", style: style)
        let long = try typesetter.layout("Clam with the top knee lifting", style: style)
        #expect(short.size.width > 10)
        #expect(long.size.width > short.size.width * 3)
        #expect(long.lineCount == 1)
        // At 72 dpi a 12 pt line is 12–20 points tall, not the third more Pango gives at 96 dpi.
        #expect(short.size.height > 12 && short.size.height < 20, "\(short.size.height)")
        let bigger = try typesetter.layout("Clam", style: TextStyle(size: 24))
        #expect(abs(bigger.size.width - 2 * short.size.width) < 0.5)
    }

    @Test("text wraps at the width and never runs past it")
    func wraps() throws {
        let text = String(repeating: "Let the knee float up like a lid opening. ", count: 6)
        let layout = try typesetter.layout(text, style: TextStyle(size: 10), width: 150)
        #expect(layout.lineCount > 3)
        #expect(layout.size.width <= 150)
        for line in layout.lines { #expect(line.x + line.width <= 150 + 1e-6) }
        // Lines tile the height, top to bottom.
        for (a, b) in zip(layout.lines, layout.lines.dropFirst()) { #expect(abs(a.bottom - b.top) < 1e-6) }
        let last = try #require(layout.lines.last)
        #expect(abs(last.bottom - layout.size.height) < 1e-6)
        // A word longer than the column is broken rather than overflowing it.
        let word = try typesetter.layout(String(repeating: "x", count: 80), style: TextStyle(size: 10), width: 100)
        #expect(word.size.width <= 100)
        #expect(word.lineCount > 1)
    }

    @Test("line spacing and alignment are applied")
    func spacingAndAlignment() throws {
        let text = "One line\nand another line\nand a third"
        let natural = try typesetter.layout(text, style: TextStyle(size: 10), width: 200)
        let airy = try typesetter.layout(text, style: TextStyle(size: 10, lineSpacing: 1.5), width: 200)
        #expect(airy.size.height > natural.size.height * 1.3)
        let right = try typesetter.layout(text, style: TextStyle(size: 10, alignment: .right), width: 200)
        #expect(abs(right.lines[0].x + right.lines[0].width - 200) < 0.01)
        let centred = try typesetter.layout(text, style: TextStyle(size: 10, alignment: .center), width: 200)
        #expect(abs(centred.lines[0].x - (200 - centred.lines[0].width) / 2) < 0.01)
    }

    @Test("bold is wider than regular, and runs mix")
    func weightsAndRuns() throws {
        let regular = try typesetter.layout("Side-lying clam", style: TextStyle(size: 12))
        let bold = try typesetter.layout("Side-lying clam", style: TextStyle(size: 12, weight: .bold))
        #expect(bold.size.width > regular.size.width)
        let mixed = try typesetter.layout([.bold("Side-lying"), TextRun(" clam")], style: TextStyle(size: 12))
        #expect(mixed.size.width > regular.size.width && mixed.size.width < bold.size.width)
    }

    @Test("markup characters in runs are shown as written", arguments: [
        "a < b & c > d", "\"quoted\" and 'single'", "<span weight=\"bold\">not markup</span>", "&amp; stays &amp;",
    ])
    func runsEscaped(text: String) throws {
        let layout = try typesetter.layout([TextRun(text, weight: .bold), TextRun(text, italic: true, color: .hex(0x336699))],
                                           style: TextStyle(size: 10))
        #expect(layout.lines.map(\.text).joined() == text + text)
    }

    @Test("plain text is never read as markup, and control characters do not break it")
    func plainText() throws {
        let text = "<b>bold?</b> & \u{1}bell"
        let layout = try typesetter.layout(text, style: TextStyle(size: 10))
        #expect(layout.lines.map(\.text).joined() == "<b>bold?</b> & \u{FFFD}bell")
    }

    @Test("characters no font covers are counted and named")
    func unknownGlyphs() throws {
        let known = try typesetter.layout("Hip series, Ελληνικά, русский", style: TextStyle(size: 10))
        #expect(known.unknownGlyphCount == 0)
        #expect(known.missingCharacters.isEmpty)
        // Private-use code points: no installed font draws them.
        let unknown = try typesetter.layout("Clam \u{F0001}\u{F0002} clam \u{F0001}", style: TextStyle(size: 10))
        #expect(unknown.unknownGlyphCount == 3)
        #expect(unknown.missingCharacters == ["\u{F0001}", "\u{F0002}"])
    }

    @Test("a family's own fonts cover its scripts, and nothing else")
    func familyCoverage() throws {
        let noto = try #require(FamilyFonts.named("Noto Sans"))
        #expect(noto.covers("Side-lying hip rotation: 1 min each side, Ελληνικά, русский, café – “dial”"))
        #expect(noto.covers("Clam\n\tlift"))
        #expect(!noto.covers("股関節のストレッチ"))
        #expect(!noto.covers("Clam \u{1F9D8}"))
        #expect(!noto.covers("\u{F0001}"))
        #expect(FamilyFonts.named("No Such Family Anywhere") == nil)
        #expect(FamilyFonts.named("Noto Sans") === noto)
    }

    @Test("text is laid out the same over the family's fonts alone as over every font", arguments: [
        ("Side-lying hip rotation, lying on your left side", TextStyle(size: 9)),
        ("Radio dial: turn the thigh in its socket", TextStyle(size: 11, weight: .bold)),
        ("Keep the knee soft — Ελληνικά, русский", TextStyle(size: 7.5, weight: .medium, italic: true)),
    ])
    func sameFaces(text: String, style: TextStyle) throws {
        let everyFont = try Typesetter(familyFontsAlone: false)
        let own = try typesetter.layout(text, style: style, width: 120)
        let every = try everyFont.layout(text, style: style, width: 120)
        #expect(own.size == every.size)
        #expect(own.lines == every.lines)
    }

    @Test("text the family covers goes to its fonts alone, other text to every font")
    func whichFonts() throws {
        #expect(typesetter.laysOutOverFamilyAlone("Side-lying hip rotation, 1 min each side", family: "Noto Sans"))
        #expect(!typesetter.laysOutOverFamilyAlone("Hip series 股関節", family: "Noto Sans"))
        #expect(!typesetter.laysOutOverFamilyAlone("Hip series", family: "No Such Family Anywhere"))
        let everyFont = try Typesetter(familyFontsAlone: false)
        #expect(!everyFont.laysOutOverFamilyAlone("Side-lying hip rotation", family: "Noto Sans"))
    }

    @Test("text the family lacks still finds a font")
    func fallback() throws {
        let mixed = try typesetter.layout("Hip series 股関節 🧘", style: TextStyle(size: 10))
        #expect(mixed.unknownGlyphCount == 0, "\(mixed.missingCharacters)")
        let runs = try typesetter.layout([TextRun("Clam "), TextRun("股関節", weight: .bold)], style: TextStyle(size: 10))
        #expect(runs.unknownGlyphCount == 0)
    }

    @Test("a paragraph splits at a line boundary")
    func splitting() throws {
        let text = String(repeating: "Breathe into the back ribs and let them widen. ", count: 10)
        let layout = try typesetter.layout(text, style: TextStyle(size: 10), width: 120)
        let lineHeight = layout.lines[0].height
        let fit = layout.linesFitting(height: lineHeight * 3.5)
        #expect(fit == 3)
        #expect(abs(layout.height(ofLines: 0..<fit) - lineHeight * 3) < 1e-6)
        let rest = layout.linesFitting(height: 1000, from: fit)
        #expect(fit + rest == layout.lineCount)
        #expect(layout.linesFitting(height: lineHeight / 2) == 0)
        #expect(layout.linesFitting(height: 100, from: layout.lineCount) == 0)
    }

    @Test("a bad font size throws instead of trapping")
    func badSize() throws {
        #expect(throws: GraphicsError.self) { try typesetter.layout("x", style: TextStyle(size: 0)) }
        #expect(throws: GraphicsError.self) { try typesetter.layout("x", style: TextStyle(size: .nan)) }
    }
}
