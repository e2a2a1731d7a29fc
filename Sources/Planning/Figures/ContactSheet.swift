import Figures
import Foundation
import Graphics

/// Every figure in a grid, each with its caption underneath.
struct ContactSheet {
    /// The figures, each with its caption.
    var figures: [(caption: String, scene: Scene)]
    /// How many figures across.
    var columns = 4

    /// The sheet as one scene: captions are labels under each cell.
    var scene: Scene {
        let cell = Session.figureSize
        let captionHeight = 26.0
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
            // A figure's frame fits its ink, so it is centred in its cell.
            let inset = Point(x: max(0, cell.width - figure.scene.size.width) / 2,
                              y: max(0, cell.height - figure.scene.size.height) / 2)
            for element in figure.scene.elements { sheet.append(element.translated(by: shift + inset)) }
            sheet.append(.label(Label(text: figure.caption, position: shift + Point(x: cell.width / 2, y: cell.height + 16),
                                      fontSize: 15, color: .gray(0.2), anchor: .middle)))
        }
        return sheet
    }

    /// The sheet as a file.
    func render(_ format: FigureFormat) throws -> Data {
        try FigureFormat.render(scene, as: format, title: "Figures", pixelWidth: columns * 300)
    }
}
