import Foundation
import Testing
import TestSupport
@testable import Graphics

/// The incremental update that adds alt text, language and the title display to the PDF
/// cairo wrote.
@Suite("PDF incremental update")
struct PDFUpdateTests {
    /// A small PDF laid out as cairo writes one: a catalog with a structure tree of two
    /// figures and a paragraph, a string holding `>>` and parentheses, and a classic
    /// cross-reference table.
    static func sample() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog\n   /Pages 2 0 R\n   /StructTreeRoot 4 0 R\n   /PageLabels << /Nums [ 0 << /P (1 \\(a\\) >> b) >> ] >>\n>>",
            "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 612 792 ] >>",
            "<< /Type /StructTreeRoot\n   /K [ 5 0 R ]\n>>",
            "<< /Type /StructElem /S /Document /P 4 0 R /K [ 6 0 R 7 0 R 8 0 R ] >>",
            "<< /Type /StructElem\n   /S /Figure\n   /P 5 0 R\n   /Pg 3 0 R\n   /K 0\n>>",
            "<< /Type /StructElem /S /P /P 5 0 R /Pg 3 0 R /K 1 >>",
            "<< /Type /StructElem /S /Figure /P 5 0 R /Pg 3 0 R /K 2 >>",
            "<< /Producer (cairo \\(test\\)) /Title <FEFF0041> >>",
        ]
        var pdf = Array("%PDF-1.5\n%\u{00BF}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = pdf.count
        pdf += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { pdf += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        pdf += Array("trailer\n<< /Size \(objects.count + 1)\n   /Root 1 0 R\n   /Info 9 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return pdf
    }

    @Test func valuesAreReadAsCairoWritesThem() throws {
        let update = try PDFUpdate(Data(Self.sample()))
        #expect(update.offsets.count == 9)
        #expect(update.trailer["/Root"] == .reference(1))
        let catalog = try update.object(1)
        #expect(catalog["/StructTreeRoot"] == .reference(4))
        // The string with `>>` and escaped parentheses inside did not end the dictionary.
        guard case .dictionary(let labels)? = catalog["/PageLabels"], case .array(let nums)? = labels.first?.value else {
            Issue.record("no page labels: \(catalog)")
            return
        }
        #expect(nums.count == 2)
        #expect(nums.last?["/P"] == .other(Array("(1 \\(a\\) >> b)".utf8)))
        #expect(try update.object(6)["/S"] == .name("/Figure"))
        #expect(try update.object(6)["/K"] == .other(Array("0".utf8)))
    }

    /// The finished file keeps every byte cairo wrote, appends new versions of the catalog
    /// and the two figures only, and qpdf reads it without a warning, with the alt texts in
    /// document order and the language.
    @Test func theUpdateAddsAltTextLanguageAndTitleDisplay() throws {
        let original = Self.sample()
        let done = try PDFAccessibility.complete(Data(original), figureAlternates: ["A dial on the hip", "Knees (bent) >> 90°"],
                                                 language: "en-GB")
        let bytes = [UInt8](done)
        #expect(Array(bytes.prefix(original.count)) == original, "what cairo wrote is kept byte for byte")
        let added = String(decoding: bytes.dropFirst(original.count), as: UTF8.self)
        #expect(added.contains("1 0 obj") && added.contains("6 0 obj") && added.contains("8 0 obj"))
        #expect(!added.contains("7 0 obj") && !added.contains("5 0 obj"), "only what changed is written again")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-pdfupdate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("done.pdf")
        try done.write(to: file)
        let check = try ExternalProcess.run("qpdf", ["--check", file.path])
        #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)\(check.errors)")
        let json = try ExternalProcess.run("qpdf", ["--json", file.path]).output
        #expect(json.contains("u:A dial on the hip"))
        #expect(json.contains("u:Knees (bent) >> 90°"))
        #expect(json.contains("u:en-GB"))
        #expect(json.contains("\"/DisplayDocTitle\": true"))
        // The same input gives the same bytes.
        #expect(try PDFAccessibility.complete(Data(original), figureAlternates: ["A dial on the hip", "Knees (bent) >> 90°"],
                                              language: "en-GB") == done)
    }

    /// A resource dictionary that names a form twice (as cairo 1.16 writes a page that paints
    /// one form twice) keeps each name once, where it first came; one that does not is left
    /// alone.
    @Test func resourcesNamingAFormTwiceKeepEachNameOnce() throws {
        var reader = PDFUpdate.Reader(bytes: Array(
            "<< /ExtGState << /a0 << /CA 1 >> >> /XObject << /x5 5 0 R /x6 6 0 R /x5 5 0 R >> /Font << /f-0 9 0 R >> >>".utf8), at: 0)
        let resources = try reader.value()
        let clean = try #require(PDFAccessibility.deduped(resources))
        #expect(String(decoding: clean.bytes, as: UTF8.self)
                == "<< /ExtGState << /a0 << /CA 1 >> >> /XObject << /x5 5 0 R /x6 6 0 R >> /Font << /f-0 9 0 R >> >>")
        #expect(PDFAccessibility.deduped(clean) == nil)
        // Were the two ever to differ, the value kept is the one a reader takes: the last.
        var differing = PDFUpdate.Reader(bytes: Array("<< /XObject << /x5 5 0 R /x6 6 0 R /x5 7 0 R >> >>".utf8), at: 0)
        let last = try #require(PDFAccessibility.deduped(try differing.value()))
        #expect(String(decoding: last.bytes, as: UTF8.self) == "<< /XObject << /x5 7 0 R /x6 6 0 R >> >>")
    }

    /// Bytes that are not a PDF as cairo writes one end in an error that says so, never a
    /// crash or a file half updated.
    @Test(arguments: [0, 40, 200])
    func aDamagedPDFIsRefused(keeping count: Int) {
        let damaged = Data(Self.sample().prefix(count))
        #expect(throws: GraphicsError.self) {
            try PDFAccessibility.complete(damaged, figureAlternates: ["a", "b"], language: nil)
        }
    }

    @Test func aFigureCountThatDoesNotMatchIsRefused() {
        #expect(throws: GraphicsError.self) {
            try PDFAccessibility.complete(Data(Self.sample()), figureAlternates: ["only one"], language: nil)
        }
    }
}
