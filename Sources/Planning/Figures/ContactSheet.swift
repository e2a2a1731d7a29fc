import Figures
import Foundation
import Graphics

/// Every figure in a grid, each with its caption underneath.
struct ContactSheet {
    /// The figures, each with its caption.
    var figures: [(caption: String, scene: Scene)]
    /// How many figures across.
    var columns = 4
    /// How large each figure is drawn.
    var size: FigureSize = .screen

    /// The cell a figure is drawn in, in points.
    var cell: Size {
        switch size {
        case .screen: return Session.figureSize
        case .print: return Size(width: FigureSize.printWidth.points, height: FigureSize.printWidth.points * 2 / 3)
        }
    }

    /// The sheet as one scene: captions are labels under each cell.
    var scene: Scene {
        let cell = self.cell
        // Captions as large as a handout's small print at print size.
        let captionSize = size == .print ? 7.0 : 15.0
        let captionHeight = captionSize * 1.75
        let rows = (figures.count + columns - 1) / columns
        var sheet = Scene(size: Size(width: cell.width * Double(columns),
                                     height: (cell.height + captionHeight) * Double(max(rows, 1))))
        for (i, figure) in figures.enumerated() {
            let x = Double(i % columns) * cell.width, y = Double(i / columns) * (cell.height + captionHeight)
            let shift = Point(x: x, y: y)
            sheet.append(.path(.polygon([shift, shift + Point(x: cell.width, y: 0),
                                         shift + Point(x: cell.width, y: cell.height + captionHeight),
                                         shift + Point(x: 0, y: cell.height + captionHeight)]),
                               ShapeStyle(stroke: .gray(0.85), lineWidth: 1)))
            // A figure's frame fits its ink, so it is scaled down to its cell if need be and
            // centred there, as a handout scales it into its column.
            let k = min(1, cell.width / figure.scene.size.width, cell.height / figure.scene.size.height)
            let inset = Point(x: max(0, cell.width - figure.scene.size.width * k) / 2,
                              y: max(0, cell.height - figure.scene.size.height * k) / 2)
            for element in figure.scene.scaled(by: k).elements { sheet.append(element.translated(by: shift + inset)) }
            sheet.append(.label(Label(text: figure.caption,
                                      position: shift + Point(x: cell.width / 2, y: cell.height + captionSize * 1.1),
                                      fontSize: captionSize, color: .gray(0.2), anchor: .middle)))
        }
        return sheet
    }

    /// The sheet as a file.
    func render(_ format: FigureFormat) throws -> Data {
        // At print size, PNG pixels are those of a 150 dpi print: what a page looks like on
        // a screen at its printed size, and a file small enough to keep in the repository.
        let pixels = size == .print ? Int((cell.width / 72 * 150).rounded()) : 300
        return try FigureFormat.render(scene, as: format, title: "Figures", pixelWidth: columns * pixels)
    }
}

/// How large figures are drawn: as on screen, or at the width a handout prints them.
public enum FigureSize: String, Sendable, CaseIterable {
    case screen, print

    /// The width of a figure on a printed handout.
    public static let printWidth = Length.millimeters(55)
}
