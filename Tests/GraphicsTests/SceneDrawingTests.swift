import Figures
import Foundation
import Testing
import TestSupport
@testable import Graphics

@Suite("Scenes on every surface")
struct SceneDrawingTests {
    /// A scene with one element of every kind.
    static let scene: Scene = {
        var scene = Scene(size: Size(width: 200, height: 100))
        var body = Path2D()
        body.move(to: Point(x: 20, y: 80))
        body.line(to: Point(x: 90, y: 60))
        body.curve(to: Point(x: 150, y: 70), control1: Point(x: 110, y: 40), control2: Point(x: 140, y: 50))
        body.close()
        scene.append(.path(body, ShapeStyle(fill: .hex(0xdde8f0), stroke: .hex(0x224466), lineWidth: 2)))
        scene.append(.circle(center: Point(x: 170, y: 30), radius: 12,
                             ShapeStyle(fill: .hex(0xf0c8a0), stroke: .black, lineWidth: 1.5, dash: [3, 2])))
        var swing = Path2D()
        swing.move(to: Point(x: 60, y: 30))
        swing.curve(to: Point(x: 120, y: 20), control1: Point(x: 80, y: 10), control2: Point(x: 100, y: 5))
        scene.append(.arrow(swing, ShapeStyle(stroke: .hex(0xc03030), lineWidth: 2), headLength: 8, doubleHeaded: true))
        var straight = Path2D()
        straight.move(to: Point(x: 20, y: 20))
        straight.line(to: Point(x: 20, y: 60))
        scene.append(.arrow(straight, ShapeStyle(stroke: .black, lineWidth: 1), headLength: 6, doubleHeaded: false))
        scene.append(.label(Label(text: "knee <up> & out", position: Point(x: 100, y: 95), fontSize: 9, anchor: .middle, bold: true)))
        return scene
    }()

    @Test("a scene draws into a PDF")
    func pdf() throws {
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata(title: "Scene"))
        try document.page { page in try page.draw(Self.scene, in: Rect(x: 50, y: 50, width: 400, height: 300)) }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try document.finish(), named: "scene.pdf")
        if let keep = ProcessInfo.processInfo.environment["GRAPHICS_KEEP_SCENE"] {
            try? FileManager.default.copyItem(atPath: path, toPath: keep)
        }
        let text = try Tools.output("pdftotext", [path, "-"])
        #expect(text.contains("knee <up> & out"))
    }

    /// A class card paints the same few diagrams hundreds of times: the PDF holds each
    /// scene once, as a form every use refers to, and names each form once in a page's
    /// resources, so qpdf reads it without a warning.
    @Test("a scene drawn many times is written to a PDF once")
    func aSceneDrawnManyTimesIsWrittenOnce() throws {
        func pdf(uses: Int, pages: Int) throws -> Data {
            let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata(title: "Scenes"))
            for _ in 0..<pages {
                try document.page { page in
                    for n in 0..<uses {
                        try page.draw(Self.scene, in: Rect(x: 20, y: 20 + Double(n) * 30, width: 60, height: 30))
                    }
                }
            }
            return try document.finish()
        }
        func forms(_ data: Data) -> Int {
            String(decoding: data, as: UTF8.self).components(separatedBy: "/Subtype /Form").count - 1
        }
        let once = try pdf(uses: 1, pages: 1), many = try pdf(uses: 20, pages: 3)
        #expect(forms(once) >= 1)
        #expect(forms(many) == forms(once))
        #expect(many.count < once.count * 3, "\(many.count) bytes for 60 uses against \(once.count) for one")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(many, named: "many.pdf")
        let check = try ExternalProcess.run("qpdf", ["--check", path])
        #expect(check.status == 0 && !check.output.contains("WARNING") && !check.errors.contains("WARNING"),
                "\(check.output)\(check.errors)")
        let text = try Tools.output("pdftotext", [path, "-"])
        #expect(text.components(separatedBy: "knee <up> & out").count - 1 == 60)
    }

    @Test("a scene draws into a PNG, fitted and centred")
    func png() throws {
        let image = try PNGImage(width: 300, height: 300, background: .white)
        try image.context.draw(Self.scene, in: Rect(x: 0, y: 0, width: 300, height: 300))
        let data = try image.pngData()
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(data, named: "scene.png")
        if let keep = ProcessInfo.processInfo.environment["GRAPHICS_KEEP_PNG"] { try? data.write(to: URL(fileURLWithPath: keep)) }
        // The 2:1 scene fills the width and sits in the middle band: the top and bottom
        // quarters stay white.
        let info = try Tools.output("file", [path])
        #expect(info.contains("300 x 300"))
        let ink = try PNGProbe.inkRows(of: data)
        #expect(ink.lowerBound >= 70 && ink.lowerBound < 90, "\(ink)")
        #expect(ink.upperBound <= 230 && ink.upperBound > 210, "\(ink)")
    }

    /// A label with a halo is drawn over a white rim: on a black ground, pixels round its
    /// letters turn white, which a label without one leaves black.
    @Test("a label's halo is drawn round its letters")
    func halo() throws {
        let size = Size(width: 120, height: 40)
        func drawn(_ halo: Color?) throws -> Int {
            let scene = Scene(size: size, elements: [
                .path(.polygon([Point(x: 0, y: 0), Point(x: 120, y: 0), Point(x: 120, y: 40), Point(x: 0, y: 40)]),
                      ShapeStyle(fill: .black)),
                .label(Label(text: "about 90°", position: Point(x: 60, y: 26), fontSize: 14, color: .black,
                             anchor: .middle, bold: true, halo: halo)),
            ])
            let image = try PNGImage(width: 120, height: 40, background: .white)
            try image.context.draw(scene, in: Rect(x: 0, y: 0, width: 120, height: 40))
            return (0..<40).reduce(0) { n, y in n + (0..<120).filter { x in image.pixel(x: x, y: y).red > 0.9 }.count }
        }
        #expect(try drawn(nil) == 0)
        #expect(try drawn(.white) > 100)
    }

    /// A filled circle is drawn as the round ends of a very short line, which a PDF writes
    /// in a fraction of the numbers: it must cover the same pixels as the circle's outline
    /// filled, in an image, and in a PDF as a viewer rasterizes it (poppler may set a stroke
    /// up to half a pixel off where it sets a fill, as it does every line of a figure).
    @Test("a filled circle draws the same disc as its outline filled")
    func discs() throws {
        let size = Size(width: 80, height: 80)
        let center = Point(x: 40, y: 40), radius = 27.5
        let disc = Scene(size: size, elements: [.circle(center: center, radius: radius, ShapeStyle(fill: .black))])
        let outline = Scene(size: size, elements: [.path(.circle(center: center, radius: radius), ShapeStyle(fill: .black))])
        /// Each pixel's ink, 0 for white to 1 for black, row by row.
        func ink(_ image: PNGImage) -> [[Double]] {
            (0..<image.height).map { y in (0..<image.width).map { x in 1 - image.pixel(x: x, y: y).red } }
        }
        func area(_ ink: [[Double]]) -> Double { ink.joined().reduce(0, +) }
        func inked(_ ink: [[Double]]) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
            let rows = ink.indices.filter { ink[$0].contains { $0 > 0.5 } }
            let columns = ink[0].indices.filter { x in ink.contains { $0[x] > 0.5 } }
            guard let top = rows.first, let bottom = rows.last, let left = columns.first, let right = columns.last else { return nil }
            return (top...bottom, left...right)
        }

        func png(_ scene: Scene) throws -> [[Double]] {
            let image = try PNGImage(width: 80, height: 80, background: .white)
            try image.context.draw(scene, in: Rect(x: 0, y: 0, width: 80, height: 80))
            return ink(try PNGImage(pngData: try image.pngData()))
        }
        let (a, b) = (try png(disc), try png(outline))
        let differing = zip(a.joined(), b.joined()).filter { abs($0 - $1) > 0.15 }.count
        #expect(differing <= 4, "\(differing) pixels differ")
        let expected = Double.pi * radius * radius
        #expect(abs(area(a) - expected) < expected * 0.01, "\(area(a)) against \(expected)")

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func pdf(_ scene: Scene, named name: String) throws -> [[Double]] {
            let document = try PDFDocument(pageSize: size, metadata: PDFMetadata(title: "Disc"))
            try document.page { try $0.draw(scene, in: Rect(x: 0, y: 0, width: 80, height: 80)) }
            let path = try folder.write(try document.finish(), named: "\(name).pdf")
            let raster = folder.url.appendingPathComponent(name).path
            _ = try Tools.output("pdftoppm", ["-r", "288", "-png", "-singlefile", path, raster])
            return ink(try PNGImage(pngData: try Data(contentsOf: URL(fileURLWithPath: raster + ".png"))))
        }
        let (c, d) = (try pdf(disc, named: "disc"), try pdf(outline, named: "outline"))
        let big = expected * 16
        #expect(abs(area(c) - big) < big * 0.01, "\(area(c)) against \(big)")
        #expect(abs(area(c) - area(d)) < big * 0.005)
        let (e, f) = (try #require(inked(c)), try #require(inked(d)))
        for (x, y) in [(e.rows.lowerBound, f.rows.lowerBound), (e.rows.upperBound, f.rows.upperBound),
                       (e.columns.lowerBound, f.columns.lowerBound), (e.columns.upperBound, f.columns.upperBound)] {
            #expect(abs(x - y) <= 2, "\(e) against \(f)")
        }
    }

    @Test("a scene draws into an SVG")
    func svg() throws {
        let document = try SVGDocument(size: Size(width: 200, height: 100))
        try document.draw { try $0.draw(Self.scene, in: Rect(x: 0, y: 0, width: 200, height: 100)) }
        let svg = String(decoding: try document.finish(), as: UTF8.self)
        if let keep = ProcessInfo.processInfo.environment["GRAPHICS_KEEP_SVG"] { try? svg.write(toFile: keep, atomically: true, encoding: .utf8) }
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("width=\"200pt\""))
        #expect(svg.contains("<path"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    /// On an SVG page a figure is the scene's own markup, placed where cairo would have
    /// drawn it: its props and annotations stay groups a style sheet can find, and its
    /// labels stay text.
    @Test("an SVG drawing writes a scene as markup, with its groups, where it belongs")
    func svgKeepsTheSceneAsMarkup() throws {
        var scene = Scene(size: Size(width: 100, height: 50))
        scene.append(.group("prop strap", [.circle(center: Point(x: 10, y: 10), radius: 5, ShapeStyle(fill: .black))]))
        scene.append(.group("annotation angle", [.label(Label(text: "about 90°", position: Point(x: 50, y: 40), fontSize: 6))]))
        let document = try SVGDocument(size: Size(width: 400, height: 300))
        try document.draw { ctx in
            ctx.translate(x: 10, y: 0)
            // A 100 by 50 scene in a 200 by 200 box: scaled by 2 and centred down the box.
            try ctx.draw(scene, in: Rect(x: 40, y: 20, width: 200, height: 200))
        }
        let svg = String(decoding: try document.finish(), as: UTF8.self)
        #expect(svg.contains("<g class=\"figure\" transform=\"matrix(2 0 0 2 50 70)\">"), "\(svg)")
        // A figure scaled well down, as on a class card, keeps its size to the micro-unit.
        let small = try SVGDocument(size: Size(width: 100, height: 100))
        try small.draw { try $0.draw(scene, in: Rect(x: 0, y: 0, width: 13.7, height: 13.7)) }
        let smallSVG = String(decoding: try small.finish(), as: UTF8.self)
        #expect(smallSVG.contains("matrix(0.137 0 0 0.137 0 3.425)"), "\(smallSVG)")
        #expect(svg.contains("<g class=\"prop strap\">"))
        #expect(svg.contains("<g class=\"annotation angle\">"))
        #expect(svg.contains(">about 90°</text>"))
        // Drawn over what cairo drew, inside the one root element.
        let figure = try #require(svg.range(of: "class=\"figure\""))
        #expect(svg.range(of: "<svg")!.lowerBound < figure.lowerBound)
        #expect(svg.components(separatedBy: "</svg>").count == 2)
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test("drawings meant to sit in one HTML page get ids of their own")
    func svgPrefixes() throws {
        func drawing(_ prefix: String) throws -> String {
            // Text cairo draws is glyphs it names in every file alike.
            let document = try SVGDocument(size: Size(width: 200, height: 100))
            try document.draw { ctx in
                let text = try ctx.typesetter.layout("knee up & out", style: TextStyle(size: 9))
                ctx.draw(text, at: Point(x: 10, y: 10))
            }
            return String(decoding: try document.finish(idPrefix: prefix), as: UTF8.self)
        }
        func matches(_ pattern: String, in text: String) throws -> [String] {
            let regex = try NSRegularExpression(pattern: pattern)
            return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range(at: 1), in: text).map { String(text[$0]) }
            }
        }
        let first = try drawing("clam"), second = try drawing("fig 2<")
        let firstIDs = Set(try matches(#"id="([^"]+)""#, in: first))
        let secondIDs = Set(try matches(#"id="([^"]+)""#, in: second))
        #expect(!firstIDs.isEmpty)
        #expect(firstIDs.allSatisfy { $0.hasPrefix("clam-") })
        #expect(secondIDs.allSatisfy { $0.hasPrefix("fig2-") })
        #expect(firstIDs.isDisjoint(with: secondIDs))
        let references = try matches(##"(?:href="#|url\(#)([^")]+)"##, in: first)
        #expect(!references.isEmpty)
        #expect(references.allSatisfy(firstIDs.contains))
    }

    @Test("an arrowhead points along the end tangent, and the shaft stops inside it")
    func arrowHeads() {
        var path = Path2D()
        path.move(to: Point(x: 0, y: 0))
        path.curve(to: Point(x: 10, y: 10), control1: Point(x: 10, y: 0), control2: Point(x: 10, y: 5))
        let heads = path.arrowheads(length: 2, doubleHeaded: true)
        #expect(heads.count == 2)
        // The end's head: tip at the end, base 2 back along the tangent (straight down).
        #expect(heads.first?[0] == Point(x: 10, y: 10))
        #expect(heads.first.map { abs(($0[1].y + $0[2].y) / 2 - 8) < 1e-9 && abs($0[1].x - $0[2].x) > 1 } == true)
        // The start's head points back along the first tangent (to the left).
        #expect(heads.last.map { $0[0] == Point(x: 0, y: 0) && abs(($0[1].x + $0[2].x) / 2 - 2) < 1e-9 } == true)
        let shaft = path.arrowShaft(headLength: 10 / 3, doubleHeaded: false)
        #expect(shaft.commands.last.map { command in
            guard case .curve(let c1, let c2, let p) = command else { return false }
            return c1 == Point(x: 10, y: 0) && abs(c2.y - 3) < 1e-9 && abs(p.y - 8) < 1e-9
        } == true, "the shaft's end and its control point move back by 0.6 of the head")
        // A path of one point has no direction and gets no head.
        #expect(Path2D([.move(Point(x: 1, y: 1))]).arrowheads(length: 2, doubleHeaded: true).isEmpty)
    }

    @Test("SVG and cairo draw an arrow from the same shaft and heads")
    func arrowInSVG() throws {
        var path = Path2D()
        path.move(to: Point(x: 0, y: 0))
        path.line(to: Point(x: 10, y: 0))
        let scene = Scene(size: Size(width: 20, height: 10),
                          elements: [.arrow(path, ShapeStyle(stroke: .black, lineWidth: 1), headLength: 2, doubleHeaded: false)])
        let svg = scene.svgElements()
        #expect(svg.contains("d=\"M0 0 L8.8 0\""), "the shaft stops 0.6 of the head before the tip: \(svg)")
        #expect(svg.contains("M10 0 L8 0.9 L8 -0.9 Z\" fill=\"rgb(0,0,0)\" stroke=\"none\""), "\(svg)")
    }
}

/// Looks at the pixels of a PNG.
enum PNGProbe {
    /// The range of rows holding any pixel that is not white.
    static func inkRows(of data: Data) throws -> Range<Int> {
        let image = try PNGImage(pngData: data)
        let inked = (0..<image.height).filter { y in
            (0..<image.width).contains { x in image.pixel(x: x, y: y) != .white }
        }
        guard let first = inked.first, let last = inked.last else { return 0..<0 }
        return first..<(last + 1)
    }
}
