import Figures
import Foundation
import Testing
internal import CCairo
@testable import Graphics

@Suite("PDF documents")
struct PDFDocumentTests {
    /// A two-page document with text, a scene, an outline, links and labels.
    static func sampleDocument(paper: PaperSize = .a4) throws -> Data {
        let metadata = PDFMetadata(title: "Deep hips, steady pelvis", author: "Alex Rivera",
                                   subject: "the six deep hip rotators", keywords: ["pilates", "hips"],
                                   creator: "classplan test", creationDate: PDFMetadata.Date("2026-12-01"))
        let document = try PDFDocument(pageSize: paper.size, metadata: metadata)
        let typesetter = document.typesetter
        let chapter = document.addOutline(title: "Exercises", destination: "exercises")
        document.addOutline(title: "Clam & <shell>", destination: "clam & <shell>", parent: chapter)
        try document.page(label: "i") { page in
            let title = try typesetter.layout("Deep hips, steady pelvis", style: TextStyle(size: 20, weight: .bold))
            page.draw(title, at: Point(x: 56, y: 56))
            page.addDestination(name: "exercises", at: Point(x: 56, y: 56))
            let body = try typesetter.layout("Teacher text with <b>tags</b> & ampersands stays as written.",
                                             style: TextStyle(size: 11), width: 300)
            page.draw(body, at: Point(x: 56, y: 100))
            page.addLink(rect: Rect(x: 56, y: 100, width: body.size.width, height: body.size.height),
                         toDestination: "clam & <shell>")
            page.addLink(rect: Rect(x: 56, y: 140, width: 100, height: 12), uri: "https://example.org/deep hips")
        }
        try document.page(label: "ii") { page in
            page.translate(x: 40, y: 30)
            page.addDestination(name: "clam & <shell>", at: Point(x: 16, y: 70))
            let heading = try typesetter.layout("Clam", style: TextStyle(size: 16, weight: .bold))
            page.draw(heading, at: Point(x: 16, y: 70))
            // Drawn under a transform: the link's area must land where it is drawn.
            page.addLink(rect: Rect(x: 0, y: 0, width: 100, height: 20), toDestination: "exercises")
        }
        return try document.finish()
    }

    @Test("a two-page document has two A4 pages and its metadata")
    func twoPagesA4() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try Self.sampleDocument(), named: "a4.pdf")
        let info = try PDFInfo.fields(path)
        #expect(info["Pages"] == "2")
        #expect(info["Page size"]?.hasPrefix("595.276 x 841.89 pts") == true, "\(info["Page size"] ?? "none")")
        #expect(info["Title"] == "Deep hips, steady pelvis")
        #expect(info["Author"] == "Alex Rivera")
        #expect(info["Subject"] == "the six deep hip rotators")
        #expect(info["Keywords"] == "pilates, hips")
        #expect(info["Creator"] == "classplan test")
        #expect(info["CreationDate"]?.contains("2026") == true, "\(info["CreationDate"] ?? "none")")
    }

    @Test("Letter pages are 612 × 792 points")
    func letter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try Self.sampleDocument(paper: .letter), named: "letter.pdf")
        #expect(try PDFInfo.fields(path)["Page size"]?.hasPrefix("612 x 792 pts") == true)
    }

    @Test("every font is embedded")
    func fontsEmbedded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try Self.sampleDocument(), named: "fonts.pdf")
        let rows = try Tools.output("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
    }

    @Test("a font is embedded once when text the family covers and text it lacks share a page")
    func eachFontOnce() throws {
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata(title: "Fonts"))
        let typesetter = document.typesetter
        try document.page(label: "1") { page in
            page.draw(try typesetter.layout("Hip rotation, feet lifted", style: TextStyle(size: 11)), at: Point(x: 56, y: 56))
            page.draw(try typesetter.layout("Hip rotation 股関節", style: TextStyle(size: 11)), at: Point(x: 56, y: 80))
            page.draw(try typesetter.layout("Turn the dial", style: TextStyle(size: 11, weight: .bold)), at: Point(x: 56, y: 104))
            page.draw(try typesetter.layout("Turn the dial → 股関節", style: TextStyle(size: 11, weight: .bold)), at: Point(x: 56, y: 128))
        }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try document.finish(), named: "mixed.pdf")
        // A font's name (without its subset tag), type and encoding: cairo writes one
        // subset of each font per encoding, unless two faces of one font reach it.
        let fonts = try Tools.output("pdffonts", [path]).split(separator: "\n").dropFirst(2).map { row in
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            return columns.dropLast(5).map(String.init).joined(separator: " ")
                .replacing(/^[A-Z]{6}\+/, with: "")
        }
        #expect(fonts.contains { $0.hasPrefix("NotoSans-Regular ") })
        #expect(fonts.contains { $0.hasPrefix("NotoSansCJK") })
        #expect(Set(fonts).count == fonts.count, "a font embedded twice: \(fonts)")
    }

    @Test("markup characters in text come out as written")
    func markupCharacters() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try Self.sampleDocument(), named: "text.pdf")
        let text = try Tools.output("pdftotext", ["-layout", path, "-"])
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Teacher text with <b>tags</b> & ampersands stays as written."), "\(text)")
    }

    @Test("two renders are byte-identical and carry no clock time")
    func reproducible() throws {
        let first = try Self.sampleDocument()
        let second = try Self.sampleDocument()
        #expect(first == second)
        // The only dates in the file are the plan's.
        let text = String(decoding: first, as: UTF8.self)
        let dates = text.ranges(of: "(D:").map { String(text[$0.upperBound...].prefix(8)) }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0 == "20261201" }, "\(dates)")
    }

    @Test("qpdf finds the file clean, with an outline and links to existing destinations")
    func structure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try Self.sampleDocument(), named: "links.pdf")
        if let keep = ProcessInfo.processInfo.environment["GRAPHICS_KEEP"] { try? FileManager.default.copyItem(atPath: path, toPath: keep) }
        let check = try Tools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("No syntax or stream encoding errors"))

        let json = try Tools.output("qpdf", ["--json", path])
        let structure = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(structure["outlines"] as? [[String: Any]])
        #expect(outlines.count == 1)
        #expect(outlines.first?["title"] as? String == "Exercises")
        let kids = outlines.first?["kids"] as? [[String: Any]] ?? []
        #expect(kids.first?["title"] as? String == "Clam & <shell>")
        #expect(json.contains("Exercises"))

        let pdf = try QPDFObjects(path: path)
        let dests = try pdf.namedDestinations()
        #expect(dests.count == 2)
        // Outline entries and links name destinations that exist, on the right page and spot.
        #expect(pdf.outlineDestinations().sorted() == dests.keys.sorted())
        let links = pdf.linkAnnotations()
        #expect(links.count == 3)
        for link in links where link.uri == nil {
            let dest = try #require(link.destination.flatMap { dests[$0] }, "link to a missing destination: \(link)")
            #expect(pdf.pageObjects.contains(dest.page))
        }
        let clam = try #require(dests[PDFNames.encode("clam & <shell>")])
        #expect(clam.page == pdf.pageObjects[1])
        #expect(abs(clam.x - 56) < 0.01 && abs(clam.y - (841.889764 - 100)) < 0.01, "\(clam)")
        let translated = try #require(links.first { $0.page == pdf.pageObjects[1] })
        // The rectangle (0, 0, 100, 20) under a (40, 30) translation, in PDF's y-up space.
        let expected = [40, 841.889764 - 50, 140, 841.889764 - 30]
        #expect(translated.rect.count == 4 && zip(translated.rect, expected).allSatisfy { abs($0 - $1) < 0.01 },
                "\(translated.rect)")
        #expect(links.contains { $0.uri == "https://example.org/deep%20hips" })
        #expect(try PDFInfo.labels(path) == ["i", "ii"])
    }

    @Test("a long paragraph continues on the next page at a line boundary")
    func paragraphAcrossPages() throws {
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata(title: "Flow"))
        let sentences = (1...60).map { "Sentence \($0) keeps the pelvis steady." }
        let layout = try document.typesetter.layout(sentences.joined(separator: " "), style: TextStyle(size: 14), width: 300)
        let frame = Rect(x: 72, y: 500, width: 300, height: 270)
        var next = 0
        var pages = 0
        while next < layout.lineCount {
            let top = pages == 0 ? frame.minY : 72
            let fit = layout.linesFitting(height: frame.maxY - top, from: next)
            #expect(fit > 0)
            #expect(layout.height(ofLines: next..<(next + fit)) <= frame.maxY - top)
            try document.page { page in page.draw(layout, at: Point(x: frame.minX, y: top), lines: next..<(next + fit)) }
            next += fit
            pages += 1
        }
        #expect(pages >= 2)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(try document.finish(), named: "flow.pdf")
        // Every sentence is there once, in order, and each page's text sits inside the frame.
        let text = try Tools.output("pdftotext", [path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(sentences.joined(separator: " ")))
        let boxes = try Tools.output("pdftotext", ["-bbox", path, "-"])
        let ys = try NSRegularExpression(pattern: #"yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)""#)
        var count = 0
        for match in ys.matches(in: boxes, range: NSRange(boxes.startIndex..., in: boxes)) {
            guard let r1 = Range(match.range(at: 1), in: boxes), let r2 = Range(match.range(at: 2), in: boxes),
                  let yMin = Double(boxes[r1]), let yMax = Double(boxes[r2]) else { continue }
            #expect(yMin >= 72 - 0.5 && yMax <= frame.maxY + 0.5, "word box \(yMin)–\(yMax) outside the frame")
            count += 1
        }
        #expect(count > 300)
    }

    @Test("a plan date becomes the creation date; no date gives a fixed one")
    func dates() throws {
        #expect(PDFMetadata.Date("2026-12-01") == PDFMetadata.Date(year: 2026, month: 12, day: 1))
        #expect(PDFMetadata.Date("2026-13-01") == nil)
        #expect(PDFMetadata.Date("26-12-01") == nil)
        #expect(PDFMetadata.Date("2026-12-01").map(\.pdfDate) == "(D:20261201)")
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata())
        try document.page { _ in }
        let text = String(decoding: try document.finish(), as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20000101)"))
    }

    @Test("a link to a destination no page defines is an error")
    func brokenLink() throws {
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata())
        try document.page { page in
            page.addDestination(name: "here", at: Point(x: 10, y: 10))
            page.addLink(rect: Rect(x: 10, y: 10, width: 50, height: 10), toDestination: "nowhere")
        }
        #expect(throws: GraphicsError.invalidArgument(operation: "finish the PDF",
                                                      reason: "a link points to the destination 'nowhere', which no page defines")) {
            try document.finish()
        }
    }

    @Test("a page cairo rejects throws an error naming the page")
    func pageStatus() throws {
        let document = try PDFDocument(pageSize: PaperSize.a4.size, metadata: PDFMetadata())
        try document.page { _ in }
        let error = #expect(throws: GraphicsError.self) {
            // A transform that cannot be inverted: cairo records an error and ignores the rest.
            try document.page { page in cairo_scale(page.cr, 0, 0) }
        }
        guard case .cairo(let operation, _)? = error else {
            Issue.record("expected a cairo error, got \(String(describing: error))")
            return
        }
        #expect(operation == "drawing page 2 of the PDF")
    }

    @Test("impossible page sizes throw")
    func badSizes() {
        #expect(throws: GraphicsError.self) { try PDFDocument(pageSize: Size(width: 0, height: 100), metadata: PDFMetadata()) }
        #expect(throws: GraphicsError.self) { try PDFDocument(pageSize: Size(width: .infinity, height: 100), metadata: PDFMetadata()) }
        #expect(throws: GraphicsError.self) { try PNGImage(width: 0, height: 10, background: nil) }
        #expect(throws: GraphicsError.self) { try SVGDocument(size: Size(width: -1, height: 10)) }
    }

    @Test("destination names are encoded one-to-one into safe characters", arguments: [
        "plain-name_1", "with space", "quote ' and \\ backslash", "(paren)", "ünï", "", ".2E",
    ])
    func names(name: String) {
        let encoded = PDFNames.encode(name)
        #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        #expect(PDFNames.decode(encoded) == name || name.isEmpty)
    }
}
