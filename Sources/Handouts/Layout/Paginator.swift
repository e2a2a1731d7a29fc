import Figures
import Graphics

/// Places a handout's blocks on pages: text flows across columns and pages between lines
/// and rows; a heading never stands alone at the foot of a column; a diagram, a box or a QR
/// code stays whole; nothing crosses the margins.
struct Paginator {
    let page: Size
    let marginBox: Rect
    /// The area content may use: the margin box less the footer band.
    let body: Rect
    /// How many columns a page has, and the space between them.
    let columns: Int
    let columnGap: Double
    private(set) var pages: [PageLayout] = []
    private var y: Double
    /// Where the columns of the current page start: below the masthead on the first page.
    private var columnTop: Double
    private var column = 0
    private var current: [PlacedItem] = []
    private var columnIsEmpty = true
    private var pageIsEmpty = true

    init(page: Size, margin: Length, footerHeight: Double, columns: Int = 1, columnGap: Double = 0) {
        self.page = page
        let m = margin.points
        marginBox = Rect(x: m, y: m, width: page.width - 2 * m, height: page.height - 2 * m)
        body = Rect(x: m, y: m, width: marginBox.width, height: marginBox.height - footerHeight)
        self.columns = columns
        self.columnGap = columnGap
        y = body.minY
        columnTop = body.minY
    }

    /// The width of one column.
    var columnWidth: Double { (body.width - columnGap * Double(columns - 1)) / Double(columns) }

    private var columnX: Double { body.minX + Double(column) * (columnWidth + columnGap) }

    /// Places fragments across the whole width at the top of the first page, before any
    /// column; the columns start `gap` below them.
    mutating func placeMasthead(_ fragments: [Fragment], gap: Double) {
        precondition(pages.isEmpty && pageIsEmpty, "the masthead comes first")
        guard !fragments.isEmpty else { return }
        for f in fragments where !f.isSpace {
            if !pageIsEmpty { y += f.spaceBefore }
            current += f.items.map { $0.offset(body.minX, y) }
            y += f.height
            pageIsEmpty = false
        }
        y += gap
        columnTop = y
    }

    /// Places fragments in order, honouring keep-with-next chains.
    mutating func place(_ fragments: [Fragment]) {
        var i = 0
        while i < fragments.count {
            let f = fragments[i]
            if f.isSpace {
                if !columnIsEmpty { y += f.height }
                i += 1
                continue
            }
            // The chain this fragment starts: it and every following fragment it is kept with.
            var j = i
            var chainHeight = f.height + (columnIsEmpty ? 0 : f.spaceBefore)
            while fragments[j].keepWithNext && j + 1 < fragments.count {
                j += 1
                chainHeight += fragments[j].spaceBefore + fragments[j].height
            }
            let freshChain = chainHeight - (columnIsEmpty ? 0 : f.spaceBefore)
            if !columnIsEmpty && y + chainHeight > body.maxY && freshChain <= body.maxY - columnTop {
                nextColumn()
            } else if !columnIsEmpty && y + f.spaceBefore + f.height > body.maxY {
                nextColumn()
            }
            put(f)
            i += 1
        }
    }

    /// Finishes the last page and returns every page.
    mutating func finish() -> [PageLayout] {
        if !pageIsEmpty || pages.isEmpty { flushPage() }
        return pages
    }

    private mutating func put(_ f: Fragment) {
        if columnIsEmpty, let header = f.header {
            current += header.map { $0.offset(columnX, y) }
            y += f.headerHeight
        }
        if !columnIsEmpty { y += f.spaceBefore }
        current += f.items.map { $0.offset(columnX, y) }
        y += f.height
        columnIsEmpty = false
        pageIsEmpty = false
    }

    /// Moves on to the next column, or to a new page after the last one.
    private mutating func nextColumn() {
        if column + 1 < columns {
            column += 1
            y = columnTop
            columnIsEmpty = true
        } else {
            flushPage()
        }
    }

    private mutating func flushPage() {
        pages.append(PageLayout(size: page, marginBox: marginBox, items: current))
        current = []
        column = 0
        columnTop = body.minY
        y = body.minY
        columnIsEmpty = true
        pageIsEmpty = true
    }
}
