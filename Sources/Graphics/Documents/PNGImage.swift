internal import CCairo
import Figures
import Foundation

/// A raster image in memory, drawn through `context` and encoded with `pngData()`.
public final class PNGImage {
    private let surface: OpaquePointer
    /// The context to draw the image with; units are pixels.
    public let context: DrawingContext
    /// The width in pixels.
    public let width: Int
    /// The height in pixels.
    public let height: Int

    /// An image of `width` × `height` pixels, filled with `background` or transparent.
    public init(width: Int, height: Int, background: Color?, typesetter: Typesetter? = nil) throws {
        guard (1...32_767).contains(width), (1...32_767).contains(height) else {
            throw GraphicsError.invalidArgument(operation: "make an image",
                                                reason: "\(width) × \(height) pixels is not a possible size")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw GraphicsError.cairo(operation: "creating a \(width) × \(height) image", status: "no memory")
        }
        do {
            try GraphicsError.check(cairo_surface_status(surface), "creating a \(width) × \(height) image")
            self.context = try DrawingContext(surface: surface, typesetter: typesetter ?? Typesetter(), target: "the image")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.width = width
        self.height = height
        if let background {
            context.withSavedState {
                context.setColor(background)
                context.paint()
            }
        }
    }

    /// An image decoded from PNG bytes, to look at its pixels or draw on it.
    public init(pngData: Data, typesetter: Typesetter? = nil) throws {
        let source = ByteSource(pngData)
        let decoded = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(byteSourceRead, source.closure)
        }
        guard let surface = decoded else {
            throw GraphicsError.cairo(operation: "reading a PNG image", status: "no memory")
        }
        do {
            try GraphicsError.check(cairo_surface_status(surface), "reading a PNG image")
            self.context = try DrawingContext(surface: surface, typesetter: typesetter ?? Typesetter(), target: "the image")
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        self.surface = surface
        self.width = Int(cairo_image_surface_get_width(surface))
        self.height = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }

    /// The colour of the pixel in column `x`, row `y` (transparent outside the image), with
    /// channels rounded to 1/255.
    public func pixel(x: Int, y: Int) -> Color {
        guard x >= 0, y >= 0, x < width, y < height, let base = cairo_image_surface_get_data(surface) else {
            return Color(red: 0, green: 0, blue: 0, alpha: 0)
        }
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        // Both ARGB32 and RGB24 keep a pixel in one native-endian 32-bit word.
        let word = base.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let alpha = format == CAIRO_FORMAT_RGB24 ? 255 : Double((word >> 24) & 0xff)
        guard alpha > 0 else { return Color(red: 0, green: 0, blue: 0, alpha: 0) }
        // Channels are stored premultiplied by alpha.
        func channel(_ shift: UInt32) -> Double {
            let stored = Double((word >> shift) & 0xff)
            return (min(stored * 255 / alpha, 255)).rounded() / 255
        }
        return Color(red: channel(16), green: channel(8), blue: channel(0), alpha: alpha / 255)
    }

    /// The image encoded as PNG. Throws if anything drawn put cairo into an error state.
    public func pngData() throws -> Data {
        try context.checkStatus("drawing")
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, byteSinkWrite, sink.closure)
        }
        try GraphicsError.check(status, "encoding the image as PNG")
        return sink.data
    }
}
