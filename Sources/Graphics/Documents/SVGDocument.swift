internal import CCairo
import Figures
import Foundation

/// A one-page SVG drawing made in memory: draw it, then `finish()` for the bytes.
public final class SVGDocument {
    private let surface: OpaquePointer
    private let sink: ByteSink
    private let context: DrawingContext
    /// The drawing's size in points.
    public let size: Size
    private var result: Data?

    /// An SVG drawing of `size` points.
    public init(size: Size, typesetter: Typesetter? = nil) throws {
        try PDFDocument.validate(size, "start an SVG drawing")
        let sink = ByteSink()
        guard let surface = cairo_svg_surface_create_for_stream(byteSinkWrite, sink.closure, size.width, size.height) else {
            throw GraphicsError.cairo(operation: "creating an SVG surface", status: "no memory")
        }
        do {
            try GraphicsError.check(cairo_surface_status(surface), "creating an SVG surface")
            self.context = try DrawingContext(surface: surface, typesetter: typesetter ?? Typesetter(), target: "the SVG drawing")
            context.keptScenes = []
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.sink = sink
        self.size = size
    }

    deinit {
        // As for PDF: the last write must happen while the sink is alive.
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    /// Draws onto the drawing with `body`; may be called more than once before `finish()`.
    public func draw(_ body: (DrawingContext) throws -> Void) throws {
        precondition(result == nil, "an SVG drawing cannot be drawn on after finish()")
        context.save()
        defer { context.unwindSaves() }
        try body(context)
        try context.checkStatus("drawing")
    }

    /// Ends the drawing and returns the SVG text as UTF-8 bytes. With `idPrefix`, every id in
    /// the drawing (cairo names glyphs `glyph0-1` in every file) and every reference to one
    /// starts with that prefix, so several drawings can sit inline in one HTML page without
    /// borrowing each other's glyphs. The prefix keeps only letters, digits, `-` and `_`.
    public func finish(idPrefix: String? = nil) throws -> Data {
        let data = try finish()
        guard let idPrefix else { return data }
        let prefix = String(idPrefix.unicodeScalars.filter {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
        }.map(Character.init))
        guard !prefix.isEmpty else { return data }
        var text = String(decoding: data, as: UTF8.self)
        for marker in ["id=\"", "href=\"#", "url(#"] {
            text = text.replacingOccurrences(of: marker, with: marker + prefix + "-")
        }
        return Data(text.utf8)
    }

    /// Ends the drawing and returns the SVG text as UTF-8 bytes. Figures drawn on it come
    /// last, over what cairo drew, each as `<g class="figure">` holding the scene's own
    /// markup: its props and annotations stay groups a style sheet or a test can find, as in
    /// a figure's own SVG and in the web page.
    public func finish() throws -> Data {
        if let result { return result }
        cairo_surface_finish(surface)
        try context.checkStatus("finishing")
        try GraphicsError.check(cairo_surface_status(surface), "finishing the SVG drawing")
        let drawn = sink.data
        let scenes = context.keptScenes ?? []
        guard !scenes.isEmpty, let close = drawn.range(of: Data("</svg>".utf8), options: .backwards) else {
            result = drawn
            return drawn
        }
        var figures = ""
        for (scene, m) in scenes {
            // A figure is often scaled down by a factor of five or ten: two decimals would
            // make it the wrong size.
            let values = [m.xx, m.yx, m.xy, m.yy, m.x0, m.y0].map { XMLText.number($0, decimals: 6) }.joined(separator: " ")
            figures += "<g class=\"figure\" transform=\"matrix(\(values))\">\n" + scene.svgElements() + "</g>\n"
        }
        var whole = drawn.subdata(in: drawn.startIndex..<close.lowerBound)
        whole.append(Data(figures.utf8))
        whole.append(drawn.subdata(in: close.lowerBound..<drawn.endIndex))
        result = whole
        return whole
    }
}
