internal import CPangoCairo
import Figures

/// One laid-out line of a `TextLayout`, in points from the layout's top left.
public struct TextLine: Sendable, Hashable {
    /// The top of the line's box (half of any extra line spacing included).
    public var top: Double
    /// The height of the line's box; the next line starts at `top + height`.
    public var height: Double
    /// The baseline's distance from the layout's top.
    public var baseline: Double
    /// The left edge of the line's text (non-zero when centred or right-aligned).
    public var x: Double
    /// The width of the line's text.
    public var width: Double
    /// The text on the line.
    public var text: String

    /// The bottom of the line's box.
    public var bottom: Double { top + height }
}

/// Text laid out by a `Typesetter`: its measured size and lines, ready to draw.
public final class TextLayout {
    let layout: OpaquePointer
    /// The colour the text is drawn in where no run sets its own.
    public let color: Color
    /// The logical size of the text in points: the widest line by the height of all lines.
    public let size: Size
    /// The lines, top to bottom.
    public let lines: [TextLine]
    /// How many glyphs no installed font could show (each would print as a box).
    public let unknownGlyphCount: Int
    /// The characters no installed font could show, each once, in order of appearance.
    public let missingCharacters: [Character]

    init(layout: OpaquePointer, color: Color) {
        self.layout = layout
        self.color = color
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        size = Size(width: Double(logical.width) / scale, height: Double(logical.height) / scale)
        unknownGlyphCount = Int(pango_layout_get_unknown_glyphs_count(layout))

        let text = pango_layout_get_text(layout).map { Array(String(cString: $0).utf8) } ?? []
        var lines: [TextLine] = []
        var missing: [Character] = []
        if let iter = pango_layout_get_iter(layout) {
            repeat {
                var y0: Int32 = 0, y1: Int32 = 0
                pango_layout_iter_get_line_yrange(iter, &y0, &y1)
                var lineRect = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &lineRect)
                let baseline = pango_layout_iter_get_baseline(iter)
                var lineText = ""
                if let line = pango_layout_iter_get_line_readonly(iter) {
                    let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
                    if start >= 0, length >= 0, start + length <= text.count {
                        lineText = String(decoding: text[start..<(start + length)], as: UTF8.self)
                    }
                }
                lines.append(TextLine(top: Double(y0) / scale, height: Double(y1 - y0) / scale,
                                      baseline: Double(baseline) / scale, x: Double(lineRect.x) / scale,
                                      width: Double(lineRect.width) / scale, text: lineText))
            } while pango_layout_iter_next_line(iter) != 0
            pango_layout_iter_free(iter)
        }
        if unknownGlyphCount > 0, let iter = pango_layout_get_iter(layout) {
            repeat {
                guard let run = pango_layout_iter_get_run_readonly(iter), let glyphs = run.pointee.glyphs else { continue }
                for i in 0..<Int(glyphs.pointee.num_glyphs) {
                    let glyph = glyphs.pointee.glyphs[i].glyph
                    // An unknown glyph is the missing character's code point with this flag set.
                    guard glyph & Self.unknownGlyphFlag != 0,
                          let scalar = Unicode.Scalar(glyph & ~Self.unknownGlyphFlag) else { continue }
                    let character = Character(scalar)
                    if !missing.contains(character) { missing.append(character) }
                }
            } while pango_layout_iter_next_run(iter) != 0
            pango_layout_iter_free(iter)
        }
        self.lines = lines
        self.missingCharacters = missing
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// PANGO_GLYPH_UNKNOWN_FLAG, which Swift does not import because it is a cast macro.
    private static let unknownGlyphFlag: UInt32 = 0x1000_0000

    /// The number of lines.
    public var lineCount: Int { lines.count }

    /// The height of `range` of lines when drawn on their own.
    public func height(ofLines range: Range<Int>) -> Double {
        let range = range.clamped(to: lines.indices)
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].bottom - lines[first].top
    }

    /// How many lines, starting at line `start`, fit in `height` points; use it to break a
    /// paragraph across pages at a line boundary (draw them with `draw(_:at:lines:)`).
    public func linesFitting(height: Double, from start: Int = 0) -> Int {
        guard start >= 0, start < lines.count else { return 0 }
        let top = lines[start].top
        var count = 0
        for line in lines[start...] {
            guard line.bottom - top <= height + 1e-6 else { break }
            count += 1
        }
        return count
    }
}
