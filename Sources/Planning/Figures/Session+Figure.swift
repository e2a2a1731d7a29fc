import Figures
import Foundation
import Graphics
import PlanCore
import PlanFiles

/// Which figure `Session.figure` draws, and how.
public struct FigureRequest: Sendable {
    /// An exercise id or an illustration name; nil draws every figure on a contact sheet.
    public var id: String?
    /// Draw the left side working (the mirror image).
    public var left: Bool
    /// Name the target muscles on the diagram.
    public var labels: Bool
    /// Draw the exercise from six views on one sheet, each captioned with its `view:` value.
    public var views: Bool
    /// How large a contact sheet draws its figures.
    public var size: FigureSize

    /// A request for `id` (nil: every figure).
    public init(id: String?, left: Bool = false, labels: Bool = false, views: Bool = false,
                size: FigureSize = .screen) {
        self.id = id
        self.left = left
        self.labels = labels
        self.views = views
        self.size = size
    }
}

/// A problem with the figure asked for, to print with a hint.
struct FigureFailure: Error {
    var message: String
    var hint: String?
}

extension Session {
    /// The drawing size of one figure, in points (PDF, SVG) or, doubled, in pixels (PNG).
    public static let figureSize = Size(width: 450, height: 300)

    /// Draws the figure of `request` into the file at `path` (its format by extension),
    /// whole or not at all. The report holds the library's diagnostics and any failure:
    /// `.invalid` for a figure that does not exist, `.file` when a file cannot be read or
    /// written or the drawing fails.
    public func figure(_ request: FigureRequest, to path: String) -> PlanReport {
        var report = PlanReport()
        guard let format = FigureFormat(path: path) else {
            report.fail("'\(path)' must end in .png, .svg or .pdf", status: .invalid)
            return report
        }
        let loaded: LoadedLibrary
        do {
            loaded = try loadLibrary()
        } catch {
            report.fail(error.description, status: .file)
            return report
        }
        report.add(loaded.diagnostics, sources: loaded.sources)
        let lib = loaded.library
        let options = FigureOptions(labels: request.labels)

        let data: Data
        do {
            if let id = request.id, request.views {
                data = try ContactSheet(figures: Self.views(of: id, in: lib, options: options), columns: 3,
                                        size: request.size).render(format)
            } else if let id = request.id {
                let scene = try Self.scene(for: id, in: lib, options: options)
                data = try FigureFormat.render(request.left ? scene.mirrored() : scene, as: format,
                                               title: id, pixelWidth: 900)
            } else {
                data = try ContactSheet(figures: Self.everyFigure(lib, options: options),
                                        columns: request.size == .print ? 3 : 4, size: request.size).render(format)
            }
        } catch let failure as FigureFailure {
            report.fail(failure.message, hint: failure.hint, status: .invalid)
            return report
        } catch {
            report.failDrawing("could not draw the figure", error)
            return report
        }
        let url = URL(fileURLWithPath: path)
        do {
            try OutputFile.write(data, to: url)
        } catch {
            report.fail("\(error)", status: .file)
            return report
        }
        report.written.append(url)
        return report
    }

    /// The scene for an exercise id or an illustration name.
    static func scene(for id: String, in lib: Library, options: FigureOptions) throws -> Scene {
        if let exercise = lib.exerciseID(named: id).flatMap({ lib.exercises[$0] }) {
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

    /// One exercise from six views, each captioned with the `view:` line that gives it: the
    /// four named views, and two from either side of the front, a little above.
    static func views(of id: String, in lib: Library, options: FigureOptions) throws -> [(caption: String, scene: Scene)] {
        guard let exercise = lib.exerciseID(named: id).flatMap({ lib.exercises[$0] }) else {
            _ = try scene(for: id, in: lib, options: options)
            throw FigureFailure(message: "'\(id)' is a tip's picture, which has one view only", hint: nil)
        }
        guard let spec = exercise.figure else {
            throw FigureFailure(message: "exercise '\(exercise.id)' has no figure",
                                hint: "add a `figure:` section with its pose data, or start from another's with `like:`")
        }
        let front = Camera(.front, base: spec.base).azimuth.degrees
        let obliqueTurn = 40.0, obliqueHeight = 25.0
        let obliques = [front - obliqueTurn, front + obliqueTurn].map { azimuth -> CameraView in
            // Written as a teacher would copy it: a whole number from -180 to 180.
            let a = (azimuth + 540).truncatingRemainder(dividingBy: 360) - 180
            return .free(azimuth: .degrees(a.rounded()), elevation: .degrees(obliqueHeight))
        }
        let named: [(String, CameraView)] = [("side", .side), ("front", .front), ("back", .back), ("top", .top)]
        let views = named + obliques.map { view -> (String, CameraView) in
            guard case .free(let a, let e) = view else { return ("", view) }
            return ("{azimuth: \(Int(a.degrees)), elevation: \(Int(e.degrees))}", view)
        }
        return views.map { caption, view in
            var posed = spec
            posed.view = view
            return ("view: " + caption, Figures.scene(for: posed, size: figureSize, options: options))
        }
    }

    /// Every exercise with a figure, then every illustration, captioned.
    static func everyFigure(_ lib: Library, options: FigureOptions) -> [(caption: String, scene: Scene)] {
        lib.allExercises.compactMap { e in
            e.figure.map { (e.id, Figures.scene(for: $0, size: figureSize, options: options)) }
        } + Illustration.allCases.map { ("tip: \($0.rawValue)", Figures.scene(for: $0, size: figureSize, options: options)) }
    }
}
