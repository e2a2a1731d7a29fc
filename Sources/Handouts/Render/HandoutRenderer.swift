import Foundation
import Figures
import Graphics

/// A handout placed on pages, with anything worth telling the teacher about it.
public struct LaidOutHandout {
    public var document: HandoutDocument
    /// The size of every page, in points: the paper, turned for a landscape handout.
    public var pageSize: Size
    public var pages: [PageLayout]
    /// Texts holding characters that no installed font can show.
    public var missingGlyphText: [String]
    /// Links printed without a QR code because they are too long for one.
    public var linksWithoutQRCode: [String]
}

/// Lays out a handout on paper and draws it as PDF, PNG or SVG pages.
public struct HandoutRenderer {
    public let paper: PaperSize
    public let theme: Theme
    let typesetter: Typesetter
    /// When set, drawing ends at the next page once it is stopped (`DrawingStopped`).
    public var stop: DrawingStop?

    /// The height kept at the foot of each page for the footer, at the default small print.
    static let footerBand = 18.0

    /// The footer band for `theme`: room for a line of its small print and the rule above.
    static func footerBand(_ theme: Theme) -> Double { max(footerBand, theme.smallSize * 2.25) }

    public init(paper: PaperSize, theme: Theme = Theme()) throws {
        self.paper = paper
        self.theme = theme
        typesetter = try Typesetter()
    }

    /// A renderer that lays text out with `typesetter`: one typesetter can serve renderers
    /// of several paper sizes, on one thread, and its loaded fonts are kept between them.
    public init(paper: PaperSize, theme: Theme = Theme(), typesetter: Typesetter) {
        self.paper = paper
        self.theme = theme
        self.typesetter = typesetter
    }

    /// The page size for `shape`: the paper, turned on its side for a landscape handout.
    public func pageSize(_ shape: PageShape) -> Size {
        let portrait = paper.size
        return shape.landscape ? Size(width: portrait.height, height: portrait.width) : portrait
    }

    /// Places the document's blocks on pages.
    public func layout(_ document: HandoutDocument) throws -> LaidOutHandout {
        let theme = document.theme ?? self.theme
        let shape = document.shape
        let size = pageSize(shape)
        var paginator = Paginator(page: size, margin: shape.margin ?? theme.margin, footerHeight: Self.footerBand(theme),
                                  columns: shape.columns, columnGap: shape.columnGap)
        var masthead = FragmentBuilder(typesetter: typesetter, theme: theme, width: paginator.body.width,
                                       maxHeight: paginator.body.height)
        var builder = FragmentBuilder(typesetter: typesetter, theme: theme, width: paginator.columnWidth,
                                      maxHeight: paginator.body.height)
        paginator.placeMasthead(try document.masthead.flatMap { try masthead.fragments($0) }, gap: theme.paragraphGap)
        // All fragments first, then one placement pass: a heading's keep-with-next chain
        // reaches into the block that follows it.
        var fragments: [Fragment] = []
        for block in document.blocks { fragments += try builder.fragments(block) }
        paginator.place(fragments)
        return LaidOutHandout(document: document, pageSize: size, pages: paginator.finish(),
                              missingGlyphText: masthead.missingGlyphs + builder.missingGlyphs,
                              linksWithoutQRCode: masthead.linksWithoutQRCode + builder.linksWithoutQRCode)
    }

    /// The handout as one PDF: metadata, outline, links, page labels, footers. Each page's
    /// layout is let go once the page is drawn, so a long handout never holds the text of
    /// every page and the PDF at once.
    public func pdf(_ handout: consuming LaidOutHandout) throws -> Data {
        let doc = try PDFDocument(pageSize: handout.pageSize, metadata: handout.document.metadata, typesetter: typesetter)
        var pages = handout.pages
        handout.pages = []
        let count = pages.count
        var outlineParents: [Int: Int] = [:]
        for n in pages.indices {
            try stop?.check()
            try doc.page(label: "\(n + 1)") { ctx in
                try draw(pages[n], number: n + 1, of: count, footer: handout.document.footer,
                         theme: handout.document.theme ?? theme, in: ctx, links: true)
            }
            for case let .destination(anchor, _) in pages[n].items {
                let parent = anchor.depth > 0 ? outlineParents[anchor.depth - 1] : nil
                outlineParents[anchor.depth] = doc.addOutline(title: anchor.title, destination: anchor.name, parent: parent)
                outlineParents = outlineParents.filter { $0.key <= anchor.depth }
            }
            pages[n].items = []
        }
        return try doc.finish()
    }

    /// Each page as a PNG at `dpi`.
    public func png(_ handout: LaidOutHandout, dpi: Double = 150) throws -> [Data] {
        let scale = dpi / 72
        return try handout.pages.enumerated().map { n, page in
            try stop?.check()
            let image = try PNGImage(width: Int((handout.pageSize.width * scale).rounded()),
                                     height: Int((handout.pageSize.height * scale).rounded()),
                                     background: .white, typesetter: typesetter)
            try image.context.withSavedState {
                image.context.scale(x: scale, y: scale)
                try draw(page, number: n + 1, of: handout.pages.count, footer: handout.document.footer,
                         theme: handout.document.theme ?? theme, in: image.context, links: false)
            }
            return try image.pngData()
        }
    }

    /// Each page as an SVG document.
    public func svg(_ handout: LaidOutHandout) throws -> [Data] {
        try handout.pages.enumerated().map { n, page in
            try stop?.check()
            let svg = try SVGDocument(size: handout.pageSize, typesetter: typesetter)
            try svg.draw { ctx in
                try draw(page, number: n + 1, of: handout.pages.count, footer: handout.document.footer,
                         theme: handout.document.theme ?? theme, in: ctx, links: false)
            }
            return try svg.finish()
        }
    }

    /// Draws one page and its footer; `links` (PDF only) adds links, destinations and the
    /// structure tags.
    func draw(_ page: PageLayout, number: Int, of count: Int, footer: String, theme: Theme,
              in ctx: DrawingContext, links: Bool) throws {
        for item in page.items {
            switch item {
            case let .text(layout, lines, frame):
                ctx.draw(layout, at: frame.origin, lines: lines)
            case let .scene(scene, frame):
                try ctx.draw(scene, in: frame)
            case let .fill(rect, color, radius):
                roundedRect(rect, radius: radius, in: ctx)
                ctx.setColor(color)
                ctx.fill()
            case let .outline(rect, color, width, radius):
                roundedRect(rect, radius: radius, in: ctx)
                ctx.setColor(color)
                ctx.setLineWidth(width)
                ctx.stroke()
            case let .rule(a, b, color, width):
                ctx.strokeLine(from: a, to: b, color: color, width: width)
            case let .qr(code, frame):
                ctx.drawQRCode(code, in: frame, color: .black)
            case let .link(rect, destination):
                if links { ctx.addLink(rect: rect, toDestination: destination) }
            case let .destination(anchor, point):
                if links { ctx.addDestination(name: anchor.name, at: point) }
            // Structure elements span pages, which only a PDF's one drawing context can follow.
            case let .beginStructure(tag):
                if links { ctx.beginStructure(tag) }
            case let .endStructure(tag):
                if links { ctx.endStructure(tag) }
            }
        }
        try drawFooter(footer, number: number, of: count, page: page, theme: theme, in: ctx)
    }

    /// The footer is drawn outside every structure element, so a screen reader following the
    /// tags skips it (cairo 1.16 cannot mark it as an artifact).
    func drawFooter(_ text: String, number: Int, of count: Int, page: PageLayout, theme: Theme,
                    in ctx: DrawingContext) throws {
        let box = page.marginBox
        let style = theme.small
        // The page number's column grows with the print: 90 points at the default size.
        let numberWidth = 90 * max(1, style.size / 8)
        let right = try typesetter.layout("Page \(number) of \(count)",
                                          style: TextStyle(family: style.family, size: style.size,
                                                           alignment: .right, color: style.color),
                                          width: numberWidth)
        let left = try typesetter.layout(text, style: style, width: box.width - numberWidth - 10)
        let y = box.maxY - max(left.lines.first?.height ?? 0, right.size.height)
        ctx.strokeLine(from: Point(x: box.minX, y: y - 4), to: Point(x: box.maxX, y: y - 4),
                       color: theme.rule, width: 0.5)
        ctx.draw(left, at: Point(x: box.minX, y: y), lines: 0..<min(1, left.lineCount))
        ctx.draw(right, at: Point(x: box.maxX - numberWidth, y: y))
    }

    func roundedRect(_ r: Rect, radius: Double, in ctx: DrawingContext) {
        ctx.newPath()
        guard radius > 0 else { ctx.rectangle(r); return }
        let rad = min(radius, r.width / 2, r.height / 2)
        ctx.arc(center: Point(x: r.maxX - rad, y: r.minY + rad), radius: rad, startAngle: -.pi / 2, endAngle: 0)
        ctx.arc(center: Point(x: r.maxX - rad, y: r.maxY - rad), radius: rad, startAngle: 0, endAngle: .pi / 2)
        ctx.arc(center: Point(x: r.minX + rad, y: r.maxY - rad), radius: rad, startAngle: .pi / 2, endAngle: .pi)
        ctx.arc(center: Point(x: r.minX + rad, y: r.minY + rad), radius: rad, startAngle: .pi, endAngle: 1.5 * .pi)
        ctx.closePath()
    }
}
