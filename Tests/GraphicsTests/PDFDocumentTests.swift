import Figures
import Foundation
import Testing
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
        // Each outline entry resolves to a page.
        #expect(outlines.first?["destpageposfrom1"] as? Int == 1)
        #expect(kids.first?["destpageposfrom1"] as? Int == 2)
    }
}
