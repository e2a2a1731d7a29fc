import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Figures
import PlanCore

/// Every figure as SVG: each hip-series pose, each library exercise and each tip picture
/// is well-formed markup with something drawn in it. With `FIGURES_PREVIEW` set to a
/// folder, each is written there as well, for looking at.
@Test func everyFigureIsWellFormedSVG() throws {
    let size = Size(width: 300, height: 200)
    var figures: [(name: String, svg: String)] = []
    for (i, item) in HipSeriesPoses.all.enumerated() {
        figures.append(("hip-\(i + 1)", scene(for: item.spec, size: size, options: FigureOptions(labels: true)).svg()))
    }
    for exercise in BuiltInLibrary.loaded.library.allExercises {
        guard let spec = exercise.figure else { continue }
        figures.append(("lib-\(exercise.id)", scene(for: spec, size: size, options: FigureOptions(labels: true)).svg()))
    }
    for ill in Illustration.allCases {
        figures.append(("ill-\(ill.rawValue)", scene(for: ill, size: size).svg()))
    }
    #expect(figures.count > HipSeriesPoses.all.count + Illustration.allCases.count)

    for figure in figures {
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(figure.svg.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(figure.name): \(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.root == "svg", "\(figure.name)")
        #expect(counter.count["path", default: 0] + counter.count["circle", default: 0] >= 3, "\(figure.name) draws almost nothing")
    }

    if let dir = ProcessInfo.processInfo.environment["FIGURES_PREVIEW"], !dir.isEmpty {
        let folder = URL(fileURLWithPath: dir)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for figure in figures {
            try figure.svg.write(to: folder.appendingPathComponent("\(figure.name).svg"), atomically: true, encoding: .utf8)
        }
    }
}

/// Counts the elements of an XML document by name, and notes its root.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var count: [String: Int] = [:]
    var root: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = name }
        count[name, default: 0] += 1
    }
}
