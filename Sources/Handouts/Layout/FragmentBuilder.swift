import Figures
import Graphics

/// Measures blocks with Pango and cuts them into fragments a page can take.
struct FragmentBuilder {
    /// The tallest a diagram may be, as a share of the width it is given.
    static let tallestFigure = 0.75
    /// A QR code's caption narrower than this, in points, goes above the code, not beside it.
    static let narrowestQRCaption = 110.0

    let typesetter: Typesetter
    let theme: Theme
    /// The column width.
    let width: Double
    /// The tallest a fragment may be: the page body's height.
    let maxHeight: Double
    /// Text that no installed font can show, collected for a warning.
    private(set) var missingGlyphs: [String] = []
    /// Links too long to fit in a QR code, printed as text only.
    private(set) var linksWithoutQRCode: [String] = []

    init(typesetter: Typesetter, theme: Theme, width: Double, maxHeight: Double) {
        self.typesetter = typesetter
        self.theme = theme
        self.width = width
        self.maxHeight = maxHeight
    }

    /// Lays out text and notes any character the fonts lack.
    mutating func layout(_ runs: [TextRun], _ style: TextStyle, width: Double) throws -> TextLayout {
        let layout = try typesetter.layout(runs, style: style, width: max(1, width))
        if !layout.missingCharacters.isEmpty {
            let text = runs.map(\.text).joined()
            missingGlyphs.append(text.count > 60 ? String(text.prefix(57)) + "..." : text)
        }
        return layout
    }

    mutating func fragments(_ block: FlowBlock) throws -> [Fragment] {
        switch block {
        case .heading(let h): return try heading(h)
        case .paragraph(let p):
            return Self.tagged(try lines(of: p, indent: 0, spaceBefore: 0, spaceAfter: theme.paragraphGap), .paragraph)
        case .bullets(let list): return try bullets(list)
        case .table(let table): return try self.table(table)
        case .figure(let figure): return try self.figure(figure)
        case .box(let box): return try self.box(box)
        case .tracker(let tracker): return try self.tracker(tracker)
        case .qrCode(let qr): return try self.qr(qr)
        case .marker(let m): return try marker(m)
        case .space(let h): return [Fragment(height: h, isSpace: true, items: [])]
        case .row(let row): return try self.row(row)
        case .keepTogether(let children):
            var all = try children.flatMap { try fragments($0) }
            let total = all.reduce(0) { $0 + $1.height + $1.spaceBefore }
            if total <= maxHeight {
                for k in all.indices.dropLast() where !all[k].isSpace { all[k].keepWithNext = true }
            }
            return all
        }
    }

    // MARK: Text

    mutating func heading(_ h: Heading) throws -> [Fragment] {
        let style = h.style ?? theme.heading(h.level)
        let layout = try self.layout([TextRun(h.text)], style, width: width)
        var items: [PlacedItem] = []
        if let anchor = h.anchor { items.append(.destination(anchor, at: .zero)) }
        let gapAfter = h.level == 1 ? 6.0 : h.level == 4 ? 1.5 : 3.0
        let lineHeights = layout.lines.map(\.height)
        var out: [Fragment] = []
        // A long heading may run over several lines; each is a fragment kept with the next.
        for (k, lh) in lineHeights.enumerated() {
            let top = layout.lines[k].top
            var line: [PlacedItem] = [.text(layout, lines: k..<(k + 1),
                                            frame: Rect(x: 0, y: 0, width: width, height: lh))]
            if k == 0 { line = [.beginStructure(.heading(level: h.level))] + items + line }
            if k == lineHeights.count - 1 { line.append(.endStructure(.heading(level: h.level))) }
            out.append(Fragment(height: lh + (k == lineHeights.count - 1 ? gapAfter : 0),
                                spaceBefore: k == 0 ? (h.level == 3 ? 6 : h.level == 4 ? 4 : 0) : 0,
                                keepWithNext: true, items: line))
            _ = top
        }
        if h.style == nil && (h.level == 2 || h.level == 4) {
            // A section's heading and a group's carry a rule under them across the column.
            let color = h.level == 2 ? theme.rule : theme.accent
            out[out.count - 1].items.append(.rule(from: Point(x: 0, y: out[out.count - 1].height - 1.5),
                                                  to: Point(x: width, y: out[out.count - 1].height - 1.5),
                                                  color: color, width: h.level == 2 ? 0.6 : 0.5))
            out[out.count - 1].height += 2
        }
        return out
    }

    /// A paragraph as one fragment per line, its first two and last two lines kept together.
    mutating func lines(of p: Paragraph, indent: Double, spaceBefore: Double, spaceAfter: Double,
                        prefix: [PlacedItem] = []) throws -> [Fragment] {
        let layout = try self.layout(p.runs, p.style, width: width - indent)
        let n = layout.lineCount
        var out: [Fragment] = []
        for k in 0..<n {
            let line = layout.lines[k]
            var items: [PlacedItem] = [.text(layout, lines: k..<(k + 1),
                                             frame: Rect(x: indent, y: 0, width: width - indent, height: line.height))]
            if k == 0 { items = prefix + items }
            let last = k == n - 1
            out.append(Fragment(height: line.height + (last ? spaceAfter : 0),
                                spaceBefore: k == 0 ? spaceBefore : 0,
                                keepWithNext: n >= 3 && (k == 0 || k == n - 2), items: items))
        }
        return out
    }

    mutating func bullets(_ list: BulletList) throws -> [Fragment] {
        var out: [Fragment] = []
        if let label = list.label {
            let style = TextStyle(family: list.style.family, size: list.style.size, weight: .bold,
                                  lineSpacing: list.style.lineSpacing, color: theme.accent)
            var f = Self.tagged(try lines(of: Paragraph([TextRun(label)], style: style), indent: 0, spaceBefore: 3, spaceAfter: 1),
                                .paragraph)
            for k in f.indices { f[k].keepWithNext = true }
            out += f
        }
        let indent = list.style.size * 1.3
        var items: [Fragment] = []
        for item in list.items {
            let dot = try self.layout([TextRun("•", color: theme.accent)], list.style, width: indent)
            let bullet = PlacedItem.text(dot, lines: 0..<1, frame: Rect(x: 0, y: 0, width: indent, height: dot.size.height))
            let body = try lines(of: Paragraph(item, style: list.style), indent: indent, spaceBefore: 0,
                                 spaceAfter: 1.5, prefix: [.beginStructure(.label), bullet, .endStructure(.label)])
            items += Self.tagged(Self.tagged(body, .listBody, after: 3), .listItem)
        }
        out += Self.tagged(items, .list)
        if !out.isEmpty { out[out.count - 1].height += theme.paragraphGap - 1.5 }
        return out
    }

    // MARK: Table

    mutating func table(_ t: Table) throws -> [Fragment] {
        let total = t.columns.reduce(0) { $0 + $1.weight }
        let widths = t.columns.map { $0.weight / total * width }
        let pad = t.padding
        func row(_ cells: [String], style: TextStyle, tint: Color?, link: String?,
                 cellTag: StructureTag = .cell) throws -> Fragment {
            var items: [PlacedItem] = []
            var x = 0.0
            var layouts: [(TextLayout, Double, Double)] = []
            for (k, text) in cells.enumerated() where k < widths.count {
                var s = style
                s.alignment = t.columns[k].alignment
                // A cell holds one short value; a runaway one is cut so a row fits a page.
                let cell = text.count > 160 ? String(text.prefix(157)) + "..." : text
                layouts.append((try layout([TextRun(cell)], s, width: widths[k] - 2 * pad), x + pad, widths[k] - 2 * pad))
                x += widths[k]
            }
            let h = (layouts.map { $0.0.size.height }.max() ?? 0) + 2 * pad
            if let tint { items.append(.fill(Rect(x: 0, y: 0, width: width, height: h), tint, radius: 0)) }
            items.append(.beginStructure(.tableRow))
            for (l, lx, w) in layouts {
                items += [.beginStructure(cellTag),
                          .text(l, lines: 0..<l.lineCount, frame: Rect(x: lx, y: pad, width: w, height: l.size.height)),
                          .endStructure(cellTag)]
            }
            if let link { items.append(.link(Rect(x: 0, y: 0, width: width, height: h), destination: link)) }
            items.append(.endStructure(.tableRow))
            return Fragment(height: h, items: items)
        }
        var headStyle = t.style
        headStyle.weight = .bold
        headStyle.color = theme.accent
        var head = try row(t.columns.map(\.title), style: headStyle, tint: nil, link: nil, cellTag: .headerCell)
        head.items.append(.rule(from: Point(x: 0, y: head.height), to: Point(x: width, y: head.height),
                                color: theme.accent, width: 0.8))
        // The header drawn again at the top of a new page is page furniture: untagged, so a
        // screen reader hears it once.
        let repeatedHead = Self.untagged(head.items)
        var out: [Fragment] = [Fragment(height: head.height, keepWithNext: true, items: head.items)]
        for (k, r) in t.rows.enumerated() {
            var s = t.style
            if r.muted { s.color = theme.muted; s.italic = true }
            if r.bold { s.weight = .bold }
            var f = try row(r.cells, style: s, tint: k % 2 == 1 ? Color.gray(0.955) : nil, link: r.link)
            f.header = repeatedHead
            f.headerHeight = head.height
            out.append(f)
        }
        out[out.count - 1].height += theme.paragraphGap
        return Self.tagged(out, .table)
    }

    // MARK: Figures and boxes

    /// Paragraphs stacked in a column of `width`; their items and total height.
    mutating func stack(_ paragraphs: [Paragraph], width w: Double, gap: Double) throws -> ([PlacedItem], Double) {
        var items: [PlacedItem] = []
        var y = 0.0
        for (k, p) in paragraphs.enumerated() {
            let l = try layout(p.runs, p.style, width: w)
            items += [.beginStructure(.paragraph),
                      .text(l, lines: 0..<l.lineCount, frame: Rect(x: 0, y: y, width: w, height: l.size.height)),
                      .endStructure(.paragraph)]
            y += l.size.height + (k == paragraphs.count - 1 ? 0 : gap)
        }
        return (items, y)
    }

    mutating func figure(_ f: FigureBlock) throws -> [Fragment] {
        let gap = f.textGap
        let slotW = min(f.width ?? width * f.widthShare, width)
        let aspect = f.scene.size.height / max(1, f.scene.size.width)
        // A tall figure (standing) is fitted to a height of at most 3/4 of the column's
        // width rather than blown up to the full width: it gets narrower, not taller.
        let figH = min(slotW * aspect, f.maxHeight ?? slotW * Self.tallestFigure, maxHeight * 0.6)
        let figW = slotW
        let textW = width - figW - gap
        var (text, textH) = try stack(f.side, width: textW, gap: f.paragraphGap)
        // The heading beside the diagram comes first in reading order, before the diagram.
        var head: [PlacedItem] = []
        if let heading = f.heading {
            let l = try layout([TextRun(heading.text)], heading.style ?? theme.heading(heading.level), width: textW)
            let headH = l.size.height + 3
            let tag = StructureTag.heading(level: heading.level)
            head = [.beginStructure(tag),
                    .text(l, lines: 0..<l.lineCount, frame: Rect(x: 0, y: 0, width: textW, height: l.size.height)),
                    .endStructure(tag)]
            if let anchor = heading.anchor { head.insert(.destination(anchor, at: .zero), at: 0) }
            text = text.map { $0.offset(0, headH) }
            textH += headH
        }
        var captionH = 0.0
        let figureTag = StructureTag.figure(alt: f.alt)
        var items: [PlacedItem] = [.beginStructure(figureTag),
                                   .scene(f.scene, frame: Rect(x: 0, y: 0, width: figW, height: figH)),
                                   .endStructure(figureTag)]
        if let caption = f.caption {
            let l = try layout(caption.runs, caption.style, width: figW)
            items += [.beginStructure(.caption),
                      .text(l, lines: 0..<l.lineCount, frame: Rect(x: 0, y: figH + 2, width: figW, height: l.size.height)),
                      .endStructure(.caption)]
            captionH = l.size.height + 2
        }
        let h = max(figH + captionH, textH)
        if h > maxHeight {
            // Too much text beside the diagram to keep whole: heading and diagram first, text
            // flowing under it.
            var out = try f.heading.map { try self.heading($0) } ?? []
            out.append(Fragment(height: figH + captionH + 4, items: items))
            for p in f.side { out += Self.tagged(try lines(of: p, indent: 0, spaceBefore: 0, spaceAfter: 4), .paragraph) }
            return out
        }
        items = head.map { $0.offset(figW + gap, 0) } + items + text.map { $0.offset(figW + gap, 0) }
        return [Fragment(height: h + f.spaceAfter, spaceBefore: f.spaceBefore, items: items)]
    }

    mutating func box(_ b: Box) throws -> [Fragment] {
        let pad = 7.0
        let picW = b.scene == nil ? 0.0 : min(b.pictureWidth ?? 150, width * 0.30)
        let textW = width - 2 * pad - (picW > 0 ? picW + pad : 0)
        var paras = b.body
        if !b.title.isEmpty {
            paras.insert(Paragraph([TextRun(b.title)], style: theme.boxTitle), at: 0)
        }
        let (text, textH) = try stack(paras, width: textW, gap: 3)
        var picH = 0.0
        if let s = b.scene { picH = picW * s.size.height / max(1, s.size.width) }
        let h = max(textH, picH) + 2 * pad
        if h > maxHeight {
            // A box taller than a page can't stay whole: its text flows like any other.
            var out: [Fragment] = []
            if let s = b.scene {
                out.append(Fragment(height: min(picH, maxHeight / 2) + pad,
                                    items: Self.figure(s, alt: b.alt, frame: Rect(x: 0, y: 0, width: picW, height: min(picH, maxHeight / 2)))))
            }
            for p in paras { out += Self.tagged(try lines(of: p, indent: 0, spaceBefore: 0, spaceAfter: 3), .paragraph) }
            return Self.tagged(out, .division)
        }
        var items: [PlacedItem] = [.fill(Rect(x: 0, y: 0, width: width, height: h), b.tint, radius: 5),
                                   .beginStructure(.division)]
        let textX = pad + (picW > 0 ? picW + pad : 0)
        items += text.map { $0.offset(textX, (h - textH) / 2) }
        // The picture is read after the text it illustrates.
        if let s = b.scene {
            items += Self.figure(s, alt: b.alt, frame: Rect(x: pad, y: (h - picH) / 2, width: picW, height: picH))
        }
        items.append(.endStructure(.division))
        return [Fragment(height: h, spaceBefore: 4, items: items)]
    }

    /// The label, then a hairline from its end to the column's edge, at the text's middle.
    mutating func marker(_ m: Marker) throws -> [Fragment] {
        let pad = 1.5
        let l = try layout(m.label, m.style, width: width)
        let lineH = l.lines.first?.height ?? l.size.height
        var items: [PlacedItem] = [.text(l, lines: 0..<l.lineCount, frame: Rect(x: 0, y: pad, width: width, height: l.size.height))]
        let textEnd = l.lineCount == 1 ? l.size.width + 4 : width
        if textEnd < width {
            let y = pad + lineH / 2
            items.append(.rule(from: Point(x: textEnd, y: y), to: Point(x: width, y: y), color: m.style.color, width: 0.4))
        }
        return Self.tagged([Fragment(height: l.size.height + 2 * pad, items: items)], .paragraph)
    }

    /// The cells side by side, each laid out in its own width and stacked there: one
    /// fragment, as tall as the tallest cell. A row taller than a page is set one cell under
    /// another instead.
    mutating func row(_ r: Row) throws -> [Fragment] {
        let total = r.cells.reduce(0) { $0 + $1.share }
        let usable = width - r.gap * Double(max(0, r.cells.count - 1))
        var items: [PlacedItem] = []
        var x = 0.0, height = 0.0
        // What the cells have to say is kept only if the row is used as laid out here.
        var glyphs: [String] = [], links: [String] = []
        for cell in r.cells {
            let w = usable * cell.share / max(total, 1e-9)
            var inner = FragmentBuilder(typesetter: typesetter, theme: theme, width: w, maxHeight: maxHeight)
            let fragments = try inner.fragments(cell.block)
            glyphs += inner.missingGlyphs
            links += inner.linksWithoutQRCode
            var y = 0.0
            for (k, f) in fragments.enumerated() where !(f.isSpace && k == 0) {
                if k > 0 { y += f.spaceBefore }
                items += f.items.map { $0.offset(x, y) }
                y += f.height
            }
            height = max(height, y)
            x += w + r.gap
        }
        if height > maxHeight {
            // Laid out again at the full width, one cell after another.
            return try r.cells.flatMap { try fragments($0.block) }
        }
        missingGlyphs += glyphs
        linksWithoutQRCode += links
        return [Fragment(height: height, spaceBefore: 4, items: items)]
    }

    // MARK: Tracker and QR code

    mutating func tracker(_ t: Tracker) throws -> [Fragment] {
        let perWeek = 7
        let weeks = (t.days + perWeek - 1) / perWeek
        let small = theme.small
        // The week label's column fits its widest label at the theme's size: 52 points at the default.
        let labelW = max(52, try layout([.bold("Week \(weeks)")], theme.body, width: width).size.width + 8)
        let cellW = (width - labelW) / Double(perWeek)
        // Boxes as large as the theme asks, or as large as a day's boxes fit side by side
        // in its column (large print in a narrow column).
        let marks = Double(t.marks.count)
        let box = max(1, min(theme.tickBox, (cellW - 4 * marks) / marks))
        // `Day 1` when it fits a column on one line, else the day's number alone.
        let widest = try layout([TextRun("Day \(perWeek)")], small, width: width)
        let dayWord = widest.lineCount == 1 && widest.size.width <= cellW ? "Day " : ""
        var out: [Fragment] = []
        var head: [PlacedItem] = []
        for d in 0..<perWeek {
            let l = try layout([TextRun("\(dayWord)\(d + 1)")], small, width: cellW)
            head.append(.text(l, lines: 0..<l.lineCount, frame: Rect(x: labelW + Double(d) * cellW, y: 0, width: cellW, height: l.size.height)))
        }
        out.append(Fragment(height: max(14, small.size * 1.6), keepWithNext: true, items: head))
        for w in 0..<weeks {
            var items: [PlacedItem] = []
            let l = try layout([.bold("Week \(w + 1)")], theme.body, width: labelW)
            let rowH = box + 7
            items.append(.text(l, lines: 0..<l.lineCount, frame: Rect(x: 0, y: (rowH - l.size.height) / 2, width: labelW, height: l.size.height)))
            for d in 0..<perWeek where w * perWeek + d < t.days {
                for (m, mark) in t.marks.enumerated() {
                    let x = labelW + Double(d) * cellW + Double(m) * (box + 4)
                    items.append(.outline(Rect(x: x, y: 3.5, width: box, height: box), theme.accent, width: 0.8, radius: 2))
                    if !mark.isEmpty {
                        // The side's letter, faint inside its box, so a tick still reads.
                        var faint = small
                        faint.alignment = .center
                        faint.size = theme.tickMarkSize
                        faint.color = theme.largePrint ? theme.muted : Color.gray(0.6)
                        let ml = try layout([TextRun(mark)], faint, width: box)
                        items.append(.text(ml, lines: 0..<1, frame: Rect(x: x, y: 3.5 + (box - ml.size.height) / 2, width: box, height: ml.size.height)))
                    }
                }
            }
            items.append(.rule(from: Point(x: 0, y: rowH), to: Point(x: width, y: rowH), color: theme.rule, width: 0.4))
            out.append(Fragment(height: rowH, items: items))
        }
        // A grid of empty boxes means nothing read aloud box by box: one figure says what it is.
        let boxes = t.marks.count > 1 ? "a tick box for each side on each day" : "a tick box for each day"
        let alt = "A practice tracker of \(t.days) days in \(weeks) week\(weeks == 1 ? "" : "s"), with \(boxes) you practise."
        return Self.tagged(out, .figure(alt: alt))
    }

    /// The QR code with the link printed under it, and what it is for beside it.
    mutating func qr(_ q: QRBlock) throws -> [Fragment] {
        guard let code = try? QRCode(text: q.link) else {
            // Too long for any QR code: the link is still printed, and the teacher is told.
            linksWithoutQRCode.append(q.link)
            return Self.tagged(try lines(of: Paragraph([.bold("Class page  "), TextRun(q.link)], style: theme.body),
                                         indent: 0, spaceBefore: 4, spaceAfter: theme.paragraphGap), .paragraph)
        }
        // In a narrow column (beside the tracker) the caption goes above a smaller code.
        let narrow = width - 92 - 12 < Self.narrowestQRCaption
        let side = narrow ? 60.0 : 92.0
        let captionW = narrow ? width : width - side - 12
        let caption = try layout([.bold(q.caption)], narrow ? theme.small : theme.body, width: captionW)
        let link = try layout([TextRun(q.link)], theme.small, width: width)
        let codeTag = StructureTag.figure(alt: "A QR code that opens \(q.link)")
        let top = narrow ? caption.size.height + 4 : 0
        let captionFrame = narrow ? Rect(x: 0, y: 0, width: captionW, height: caption.size.height)
            : Rect(x: side + 12, y: (side - caption.size.height) / 2, width: captionW, height: caption.size.height)
        return [Fragment(height: top + side + 4 + link.size.height + (narrow ? 0 : 6), spaceBefore: 4, items: [
            .beginStructure(.paragraph),
            .text(caption, lines: 0..<caption.lineCount, frame: captionFrame),
            .endStructure(.paragraph),
            .beginStructure(codeTag), .qr(code, frame: Rect(x: 0, y: top, width: side, height: side)), .endStructure(codeTag),
            .beginStructure(.paragraph),
            .text(link, lines: 0..<link.lineCount, frame: Rect(x: 0, y: top + side + 4, width: width, height: link.size.height)),
            .endStructure(.paragraph),
        ])]
    }

    // MARK: Structure

    /// `fragments` inside the structure element `tag`: it begins before the first one's
    /// items and ends after the last one's, however pages break between them. `after` keeps
    /// that many items of the first fragment before the start (a list item's bullet).
    static func tagged(_ fragments: [Fragment], _ tag: StructureTag, after: Int = 0) -> [Fragment] {
        guard !fragments.isEmpty else { return fragments }
        var out = fragments
        out[0].items.insert(.beginStructure(tag), at: min(after, out[0].items.count))
        out[out.count - 1].items.append(.endStructure(tag))
        return out
    }

    /// `items` without their structure tags: content a screen reader should skip.
    static func untagged(_ items: [PlacedItem]) -> [PlacedItem] {
        items.filter {
            switch $0 {
            case .beginStructure, .endStructure: false
            default: true
            }
        }
    }

    /// A diagram as a figure element with its alt text.
    static func figure(_ scene: Scene, alt: String, frame: Rect) -> [PlacedItem] {
        let tag = StructureTag.figure(alt: alt)
        return [.beginStructure(tag), .scene(scene, frame: frame), .endStructure(tag)]
    }
}
