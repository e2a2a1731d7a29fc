internal import CCairo
import Figures
import Foundation

/// A multi-page PDF made in memory: draw pages, add an outline and page labels, then
/// `finish()` for the bytes. The same drawing and metadata always give the same bytes.
public final class PDFDocument {
    private let surface: OpaquePointer
    private let sink: ByteSink
    private let context: DrawingContext
    /// The page size in points.
    public let pageSize: Size
    /// How many pages have been drawn.
    public private(set) var pageCount = 0
    private var outlineTargets: [String] = []
    private var result: Data?
    private let creationDate: PDFMetadata.Date
    private let language: String?

    /// A document whose pages are `pageSize` points; text drawn through `typesetter` (a new
    /// one when nil) shares its fonts with the pages' scene labels.
    public init(pageSize: Size, metadata: PDFMetadata, typesetter: Typesetter? = nil) throws {
        try Self.validate(pageSize, "start a PDF")
        let sink = ByteSink()
        guard let surface = cairo_pdf_surface_create_for_stream(byteSinkWrite, sink.closure,
                                                                 pageSize.width, pageSize.height) else {
            throw GraphicsError.cairo(operation: "creating a PDF surface", status: "no memory")
        }
        do {
            try GraphicsError.check(cairo_surface_status(surface), "creating a PDF surface")
            self.context = try DrawingContext(surface: surface, typesetter: typesetter ?? Typesetter(), target: "the PDF")
            context.recordsScenes = true
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.sink = sink
        self.pageSize = pageSize
        self.creationDate = metadata.creationDate ?? PDFMetadata.fixedDate
        self.language = metadata.language
        Self.apply(metadata, to: surface)
        // cairo 1.16 leaves the files it writes damaged when a link annotation sits on a page
        // whose drawing belongs to no structure element (it reserves objects it never
        // writes); one element around the whole document avoids that.
        cairo_tag_begin(context.cr, Self.documentTag, "")
        try GraphicsError.check(cairo_surface_status(surface), "setting the PDF metadata")
    }

    deinit {
        // Finishing first means cairo writes its last bytes while the sink is still alive,
        // even if a drawing context outlives this document.
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    /// The typesetter this document's pages use for scene labels.
    public var typesetter: Typesetter { context.typesetter }

    /// Draws one page with `draw`, labelled `label` in a viewer's page list when given, then
    /// checks that cairo accepted everything drawn on it.
    public func page(label: String? = nil, _ draw: (DrawingContext) throws -> Void) throws {
        precondition(result == nil, "a PDF cannot get pages after finish()")
        let number = pageCount + 1
        if let label { setPageLabel(label) }
        context.save()
        markPageStart()
        do {
            try draw(context)
        } catch {
            context.unwindSaves()
            throw error
        }
        context.unwindSaves()
        cairo_new_path(context.cr)
        cairo_show_page(context.cr)
        pageCount = number
        try GraphicsError.check(cairo_status(context.cr), "drawing page \(number) of the PDF")
        try GraphicsError.check(cairo_surface_status(surface), "writing page \(number) of the PDF")
    }

    /// Draws a white point in the page's top-left corner before anything else, so that the
    /// first visible drawing on a page is never a colour glyph: cairo 1.16 draws colour
    /// glyphs (emoji) as fallback images, and a fallback first on a page fails the page with
    /// a tag error. (A full-page paint would not do: cairo drops what an opaque paint covers,
    /// the document's structure tag with it.)
    private func markPageStart() {
        cairo_save(context.cr)
        cairo_set_source_rgb(context.cr, 1, 1, 1)
        cairo_rectangle(context.cr, 0, 0, 0.01, 0.01)
        cairo_fill(context.cr)
        cairo_restore(context.cr)
    }

    /// Sets the label a viewer shows for the page being drawn (or, outside `page`, the next
    /// page), such as "i" or "A-1".
    public func setPageLabel(_ label: String) {
        cairo_pdf_surface_set_page_label(surface, label)
    }

    /// Adds an outline (bookmark) entry titled `title` that jumps to the destination named
    /// `destination` (see `DrawingContext.addDestination`), under the entry `parent` (nil for
    /// the top level); returns the entry's id for its children.
    @discardableResult
    public func addOutline(title: String, destination: String, parent: Int? = nil, open: Bool = false) -> Int {
        let encoded = PDFNames.encode(destination)
        outlineTargets.append(encoded)
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        let parentID = Int32(clamping: parent ?? Int(CAIRO_PDF_OUTLINE_ROOT))
        return Int(cairo_pdf_surface_add_outline(surface, parentID, title, "dest='\(encoded)'", flags))
    }

    /// Ends the document and returns the whole PDF, its figures' alt text, language and
    /// title display added after cairo wrote it. Throws if a page or the document failed, if
    /// a link or outline entry names a destination that no page defines, or if a structure
    /// element is still open.
    public func finish() throws -> Data {
        if let result { return result }
        let defined = context.destinations
        var seen = Set<String>()
        for name in defined where !seen.insert(name).inserted {
            throw GraphicsError.invalidArgument(operation: "finish the PDF",
                                                reason: "the destination '\(PDFNames.decode(name))' is defined twice")
        }
        for name in context.linkTargets + outlineTargets where !seen.contains(name) {
            throw GraphicsError.invalidArgument(operation: "finish the PDF",
                                                reason: "a link points to the destination '\(PDFNames.decode(name))', which no page defines")
        }
        guard context.openStructure.isEmpty else {
            throw GraphicsError.invalidArgument(operation: "finish the PDF",
                                                reason: "the structure element \(context.openStructure.last ?? "") was never ended")
        }
        cairo_tag_end(context.cr, Self.documentTag)
        cairo_surface_finish(surface)
        try GraphicsError.check(cairo_status(context.cr), "finishing the PDF")
        try GraphicsError.check(cairo_surface_status(surface), "finishing the PDF")
        let data = try PDFAccessibility.complete(Self.fixingDates(in: sink.data, date: creationDate),
                                                 figureAlternates: context.figureAlternates, language: language)
        result = data
        return data
    }

    private static let documentTag = "Document"

    /// `data` with cairo's date strings given the `D:` prefix; the replacement has the same
    /// length, so the cross-reference offsets stay right.
    static func fixingDates(in data: Data, date: PDFMetadata.Date) -> Data {
        var data = data
        for key in ["/CreationDate ", "/ModDate "] {
            let old = Data((key + date.cairoOutput).utf8), new = Data((key + date.pdfDate).utf8)
            precondition(old.count == new.count)
            // cairo writes the document information last, so the search starts at the end.
            if let range = data.range(of: old, options: .backwards) { data.replaceSubrange(range, with: new) }
        }
        return data
    }

    private static func apply(_ metadata: PDFMetadata, to surface: OpaquePointer) {
        func set(_ key: cairo_pdf_metadata_t, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        set(CAIRO_PDF_METADATA_TITLE, metadata.title)
        set(CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        set(CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        set(CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", "))
        set(CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        // Without a date cairo writes the clock's time, and the bytes change on every run.
        let date = (metadata.creationDate ?? PDFMetadata.fixedDate).cairoInput
        set(CAIRO_PDF_METADATA_CREATE_DATE, date)
        set(CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    static func validate(_ size: Size, _ operation: String) throws {
        // PDF viewers accept pages up to 200 inches a side.
        guard size.width.isFinite, size.height.isFinite, size.width >= 1, size.height >= 1,
              size.width <= 14_400, size.height <= 14_400 else {
            throw GraphicsError.invalidArgument(operation: operation,
                                                reason: "a page of \(size.width) × \(size.height) points is not possible")
        }
    }
}
