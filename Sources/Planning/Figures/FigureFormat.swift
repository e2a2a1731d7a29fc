import Figures
import Foundation
import Graphics

/// The file formats a figure can be written in, by extension.
public enum FigureFormat: Sendable {
    case png, svg, pdf

    /// The format named by a file's extension; nil for any other.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "png": self = .png
        case "svg": self = .svg
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// A scene as a file: PNG `pixelWidth` wide on white, or SVG and PDF at the scene's size
    /// in points. SVG is the scene's own markup, the one SVG writer scenes have (the web
    /// page's inline figures are the same), with its labels as text and its named groups
    /// (`prop strap`, `annotation angle`) kept for a page to style.
    public static func render(_ scene: Scene, as format: FigureFormat, title: String, pixelWidth: Int) throws -> Data {
        let size = scene.size
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        switch format {
        case .png:
            let height = Int((Double(pixelWidth) * size.height / size.width).rounded())
            let image = try PNGImage(width: pixelWidth, height: max(1, height), background: .white)
            try image.context.draw(scene, in: Rect(x: 0, y: 0, width: Double(pixelWidth), height: Double(height)))
            return try image.pngData()
        case .svg:
            return Data(scene.svg().utf8)
        case .pdf:
            let doc = try PDFDocument(pageSize: size, metadata: PDFMetadata(title: title, creator: "classplan"))
            try doc.page { try $0.draw(scene, in: frame) }
            return try doc.finish()
        }
    }
}
