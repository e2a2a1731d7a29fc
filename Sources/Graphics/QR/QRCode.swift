internal import CCairo
internal import CQRencode
import Figures
import Foundation

/// A QR code symbol for a text (a share link), as a square grid of dark and light modules.
public struct QRCode: Sendable, Hashable {
    /// The number of modules on each side.
    public let size: Int
    /// The modules row by row, true for dark.
    private let modules: [Bool]
    /// The light margin, in modules, a reader needs around the symbol.
    public static let recommendedQuietZone = 4

    /// Encodes `text` as UTF-8 bytes (8-bit mode) with error correction level M, in the
    /// smallest version that holds it. Throws when the text is empty or too long.
    public init(text: String) throws {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw GraphicsError.qrCode(reason: "there is no text to encode") }
        errno = 0
        let symbol = bytes.withUnsafeBufferPointer { buffer in
            QRcode_encodeData(Int32(buffer.count), buffer.baseAddress, 0, QR_ECLEVEL_M)
        }
        guard let symbol else {
            let reason = errno == ERANGE
                ? "the text is too long for a QR code (\(bytes.count) bytes)"
                : "libqrencode failed: \(String(cString: strerror(errno)))"
            throw GraphicsError.qrCode(reason: reason)
        }
        defer { QRcode_free(symbol) }
        let width = Int(symbol.pointee.width)
        guard width > 0, let data = symbol.pointee.data else {
            throw GraphicsError.qrCode(reason: "libqrencode returned an empty symbol")
        }
        size = width
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    }

    /// Whether the module in column `x`, row `y` is dark; outside the symbol is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// The symbol as a black-on-white PNG, each module `moduleSize` pixels, with a light
    /// margin of `quietZone` modules.
    public func pngData(moduleSize: Int = 8, quietZone: Int = QRCode.recommendedQuietZone) throws -> Data {
        guard moduleSize >= 1, quietZone >= 0, moduleSize <= 100, quietZone <= 100 else {
            throw GraphicsError.invalidArgument(operation: "draw a QR code",
                                                reason: "module size \(moduleSize) and quiet zone \(quietZone) are not usable")
        }
        let side = (size + 2 * quietZone) * moduleSize
        let image = try PNGImage(width: side, height: side, background: .white)
        let margin = Double(quietZone * moduleSize)
        image.context.drawQRCode(self, in: Rect(x: margin, y: margin, width: Double(size * moduleSize),
                                                height: Double(size * moduleSize)), color: .black)
        return try image.pngData()
    }
}

extension DrawingContext {
    /// Draws the dark modules of `qr` in `color`, filling the largest square that fits in
    /// `rect`, centred. Nothing is painted for light modules; leave a light quiet zone of
    /// `QRCode.recommendedQuietZone` modules around `rect`.
    public func drawQRCode(_ qr: QRCode, in rect: Rect, color: Color) {
        let side = min(rect.width, rect.height)
        guard qr.size > 0, side > 0, side.isFinite else { return }
        let module = side / Double(qr.size)
        let left = rect.minX + (rect.width - side) / 2, top = rect.minY + (rect.height - side) / 2
        withSavedState {
            setColor(color)
            cairo_new_path(cr)
            // Each row's runs of dark modules become one rectangle, so no hairline seams show
            // between neighbouring modules when anti-aliased.
            for y in 0..<qr.size {
                var x = 0
                while x < qr.size {
                    guard qr.isDark(x: x, y: y) else { x += 1; continue }
                    let start = x
                    while x < qr.size, qr.isDark(x: x, y: y) { x += 1 }
                    cairo_rectangle(cr, left + Double(start) * module, top + Double(y) * module,
                                    Double(x - start) * module, module)
                }
            }
            // Winding fill so rectangles of neighbouring rows that touch simply union.
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            cairo_fill(cr)
        }
    }
}
