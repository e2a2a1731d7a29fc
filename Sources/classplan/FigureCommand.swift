import ArgumentParser
import Figures
import Foundation
import Graphics
import PlanCore
import PlanFiles

/// `classplan figure ID [-o FILE]`: one exercise's diagram (or a tip's picture) as PNG, SVG
/// or PDF by the file's extension; `--all` draws a contact sheet of every figure.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Draw one exercise's diagram, or a picture for a tip (dial, scratch, rest, small-range).")

    @Argument(help: ArgumentHelp("An exercise id, or dial, scratch, rest or small-range.", valueName: "ID"))
    var id: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write: .png, .svg or .pdf (default: ID.png, or figures.png with --all).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Draw every exercise's figure and every tip picture on one contact sheet.")
    var all = false

    @Flag(help: "Draw the left side working (the mirror image).")
    var left = false

    @Flag(help: "Name the target muscles on the diagram.")
    var labels = false

    @OptionGroup var library: LibraryOptions

    /// The drawing size of one figure, in points (PDF, SVG) or, doubled, in pixels (PNG).
    static let figureSize = Size(width: 450, height: 300)

    func validate() throws {
        if all && id != nil { throw ValidationError("give an ID or --all, not both") }
        if !all && id == nil { throw ValidationError("give an exercise ID, or --all for every figure") }
        if let output, FigureFormat(path: output) == nil {
            throw ValidationError("'\(output)' must end in .png, .svg or .pdf")
        }
    }

    func run() throws {
        let loaded = try library.loadLibrary()
        let lib = loaded.library
        let path = output ?? (all ? "figures.png" : "\(id ?? "figure").png")
        guard let format = FigureFormat(path: path) else { throw ExitStatus.usage.exitCode }
        let options = FigureOptions(labels: labels)

        let data: Data
        do {
            if all {
                data = try ContactSheet(figures: Self.everyFigure(lib, options: options)).render(format)
            } else {
                let scene = try Self.scene(for: id ?? "", in: lib, options: options)
                data = try FigureFormat.render(left ? scene.mirrored() : scene, as: format,
                                               title: id ?? "figure", pixelWidth: 900)
            }
        } catch let failure as FigureFailure {
            Terminal.fail(failure.message, hint: failure.hint)
            throw ExitStatus.invalid.exitCode
        } catch {
            Terminal.fail("could not draw the figure: \(error)")
            throw ExitStatus.file.exitCode
        }
        do {
            try OutputFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            Terminal.fail("\(error)")
            throw ExitStatus.file.exitCode
        }
    }

    /// The scene for an exercise id or an illustration name.
    static func scene(for id: String, in lib: Library, options: FigureOptions) throws -> Scene {
        if let exercise = lib.exercises[id] {
            guard let spec = exercise.figure else {
                throw FigureFailure(message: "exercise '\(id)' has no figure",
                                    hint: "add a `figure:` section with its pose data (see \"Figure pose data\" in the README)")
            }
            return Figures.scene(for: spec, size: figureSize, options: options)
        }
        if let illustration = Illustration(rawValue: id) {
            return Figures.scene(for: illustration, size: figureSize, options: options)
        }
        let names = lib.exerciseOrder + Illustration.allCases.map(\.rawValue)
        let suggestion = EditDistance.suggestion(for: id, among: names)
        throw FigureFailure(message: "no exercise '\(id)' in the library",
                            hint: suggestion.map { "did you mean '\($0)'?" } ?? "`classplan library` lists them all")
    }

    /// Every exercise with a figure, then every illustration, captioned.
    static func everyFigure(_ lib: Library, options: FigureOptions) -> [(caption: String, scene: Scene)] {
        lib.allExercises.compactMap { e in
            e.figure.map { (e.id, Figures.scene(for: $0, size: figureSize, options: options)) }
        } + Illustration.allCases.map { ("tip: \($0.rawValue)", Figures.scene(for: $0, size: figureSize, options: options)) }
    }
}

/// A problem with the figure asked for, to print with a hint.
struct FigureFailure: Error {
    var message: String
    var hint: String?
}

/// The file formats a figure can be written in, by extension.
enum FigureFormat {
    case png, svg, pdf

    init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "png": self = .png
        case "svg": self = .svg
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// A scene as a file: PNG `pixelWidth` wide on white, or SVG and PDF at the scene's size
    /// in points.
    static func render(_ scene: Scene, as format: FigureFormat, title: String, pixelWidth: Int) throws -> Data {
        let size = scene.size
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height)
        switch format {
        case .png:
            let height = Int((Double(pixelWidth) * size.height / size.width).rounded())
            let image = try PNGImage(width: pixelWidth, height: max(1, height), background: .white)
            try image.context.draw(scene, in: Rect(x: 0, y: 0, width: Double(pixelWidth), height: Double(height)))
            return try image.pngData()
        case .svg:
            let doc = try SVGDocument(size: size)
            try doc.draw { try $0.draw(scene, in: frame) }
            return try doc.finish()
        case .pdf:
            let doc = try PDFDocument(pageSize: size, metadata: PDFMetadata(title: title, creator: "classplan"))
            try doc.page { try $0.draw(scene, in: frame) }
            return try doc.finish()
        }
    }
}

/// Every figure in a grid, each with its caption underneath.
struct ContactSheet {
    var figures: [(caption: String, scene: Scene)]
    var columns = 4

    /// The sheet as one scene: captions are labels under each cell.
    var scene: Scene {
        let cell = FigureCommand.figureSize
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

    func render(_ format: FigureFormat) throws -> Data {
        try FigureFormat.render(scene, as: format, title: "Figures", pixelWidth: columns * 300)
    }
}
