import Figures
import Graphics

/// Places a handout's blocks on pages: text flows across pages between lines and rows; a
/// heading never stands alone at the foot of a page; a diagram, a box or a QR code stays
/// whole; nothing crosses the margins.
struct Paginator {
    let page: Size
    let marginBox: Rect
    /// The area content may use: the margin box less the footer band.
    let body: Rect
    private(set) var pages: [PageLayout] = []
    private var y: Double
    private var current: [PlacedItem] = []
    private var pageIsEmpty = true

    init(page: Size, theme: Theme, footerHeight: Double) {
        self.page = page
        let m = theme.margin.points
        marginBox = Rect(x: m, y: m, width: page.width - 2 * m, height: page.height - 2 * m)
        body = Rect(x: m, y: m, width: marginBox.width, height: marginBox.height - footerHeight)
        y = body.minY
    }

    /// Places fragments in order, honouring keep-with-next chains.
    mutating func place(_ fragments: [Fragment]) {
        var i = 0
        while i < fragments.count {
            let f = fragments[i]
            if f.isSpace {
                if !pageIsEmpty { y += f.height }
                i += 1
                continue
            }
            // The chain this fragment starts: it and every following fragment it is kept with.
            var j = i
            var chainHeight = f.height + (pageIsEmpty ? 0 : f.spaceBefore)
            while fragments[j].keepWithNext && j + 1 < fragments.count {
                j += 1
                chainHeight += fragments[j].spaceBefore + fragments[j].height
            }
            let freshChain = chainHeight - (pageIsEmpty ? 0 : f.spaceBefore)
            if !pageIsEmpty && y + chainHeight > body.maxY && freshChain <= body.height {
                newPage()
            } else if !pageIsEmpty && y + f.spaceBefore + f.height > body.maxY {
                newPage()
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
        if pageIsEmpty, let header = f.header {
            current += header.map { $0.offset(body.minX, y) }
            y += f.headerHeight
        }
        if !pageIsEmpty { y += f.spaceBefore }
        current += f.items.map { $0.offset(body.minX, y) }
        y += f.height
        pageIsEmpty = false
    }

    private mutating func newPage() {
        flushPage()
    }

    private mutating func flushPage() {
        pages.append(PageLayout(size: page, marginBox: marginBox, items: current))
        current = []
        y = body.minY
        pageIsEmpty = true
    }
}
