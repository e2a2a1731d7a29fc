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

    deinit { cairo_surface_destroy(surface) }

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
