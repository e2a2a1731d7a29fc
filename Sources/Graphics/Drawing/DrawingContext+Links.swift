internal import CCairo
import Figures

extension DrawingContext {
    /// Marks `point` (in current user units) as the PDF destination `name`, for links and
    /// outline entries to jump to. Any text can be a name; it is encoded so the PDF is never
    /// malformed. Other surfaces ignore destinations.
    public func addDestination(name: String, at point: Point) {
        let encoded = PDFNames.encode(name)
        let p = userToDevice(point)
        guard p.x.isFinite, p.y.isFinite else { return }
        destinations.append(encoded)
        let attributes = "name='\(encoded)' x=\(PDFNames.number(p.x)) y=\(PDFNames.number(p.y))"
        tag(CAIRO_TAG_DEST, attributes: attributes)
    }

    /// Makes `rect` (in current user units) a link to the destination `name` in this PDF.
    public func addLink(rect: Rect, toDestination name: String) {
        let encoded = PDFNames.encode(name)
        guard let area = deviceRectAttribute(rect) else { return }
        linkTargets.append(encoded)
        tag(CAIRO_TAG_LINK, attributes: "rect=\(area) dest='\(encoded)'")
    }

    /// Makes `rect` (in current user units) a link to the web address `uri`.
    public func addLink(rect: Rect, uri: String) {
        guard let area = deviceRectAttribute(rect) else { return }
        tag(CAIRO_TAG_LINK, attributes: "rect=\(area) uri='\(PDFNames.quoted(PDFNames.safeURI(uri)))'")
    }

    /// Opens and closes the cairo tag `name` with `attributes`; cairo reports a malformed
    /// attribute string only through the context's status, checked after each page.
    func tag(_ name: String, attributes: String) {
        cairo_tag_begin(cr, name, attributes)
        cairo_tag_end(cr, name)
    }

    /// The `[x y w h]` attribute for `rect`, in device units: cairo 1.16 reads a link's
    /// rectangle without applying the current transform.
    private func deviceRectAttribute(_ rect: Rect) -> String? {
        let corners = [Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
                       Point(x: rect.minX, y: rect.maxY), Point(x: rect.maxX, y: rect.maxY)].map(userToDevice)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max(),
              [x0, x1, y0, y1].allSatisfy(\.isFinite) else { return nil }
        return "[\(PDFNames.number(x0)) \(PDFNames.number(y0)) \(PDFNames.number(x1 - x0)) \(PDFNames.number(y1 - y0))]"
    }
}

/// Spelling names, strings and numbers for cairo's tag attributes, so that no input can
/// produce a malformed attribute (which would make cairo drop the rest of the page).
enum PDFNames {
    /// `name` with every byte outside `[A-Za-z0-9_-]` written as `.XX` (hex): one-to-one, and
    /// safe both in a cairo attribute and as a PDF name or string.
    static func encode(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "." + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out.isEmpty ? ".00" : out
    }

    /// The name `encode` was given, for messages.
    static func decode(_ encoded: String) -> String {
        var bytes: [UInt8] = []
        var i = encoded.utf8.startIndex
        let utf8 = encoded.utf8
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == UInt8(ascii: "."), let end = utf8.index(i, offsetBy: 3, limitedBy: utf8.endIndex),
               let value = UInt8(String(decoding: utf8[utf8.index(after: i)..<end], as: UTF8.self), radix: 16) {
                bytes.append(value)
                i = end
            } else {
                bytes.append(byte)
                i = utf8.index(after: i)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `uri` with spaces, quotes, backslashes, parentheses and non-ASCII bytes percent-encoded,
    /// so it survives both the attribute parser and the PDF string it ends up in.
    static func safeURI(_ uri: String) -> String {
        var out = ""
        for byte in uri.utf8 {
            // `%` is kept so an address that is already percent-encoded stays as it is.
            let keep = byte > 0x20 && byte < 0x7f && !"\"'\\()<>{}|^`".utf8.contains(byte)
            if keep {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `text` with `\` and `'` backslash-escaped for a single-quoted cairo attribute string.
    static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }

    /// A number cairo's attribute parser reads: fixed point, three decimals, never exponent form.
    static func number(_ v: Double) -> String {
        // Clamped far beyond any page so the conversion to Int cannot overflow.
        let thousandths = Int((min(max(v, -1e9), 1e9) * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
