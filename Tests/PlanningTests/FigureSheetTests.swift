import Foundation
import Testing
import Figures
import Graphics
@testable import Planning

/// `classplan figure --all --size print`: the contact sheet at the size a handout prints.
@Suite struct FigureSheetTests {
    @Test func aPrintSheetDrawsEachFigureFiftyFiveMillimetresWide() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sheet.pdf")
        let report = testSession().figure(FigureRequest(id: nil, size: .print), to: url.path)
        #expect(report.status == .done)
        let sheet = ContactSheet(figures: [("clam", Scene(size: Size(width: 450, height: 300)))], columns: 3, size: .print)
        #expect(abs(sheet.cell.width - Length.millimeters(55).points) < 0.01)
        let pdf = try PDFDocumentInfo(url)
        // Three cells across, each 55 mm.
        #expect(abs(pdf.width - 3 * Length.millimeters(55).points) < 0.5, "\(pdf.width)")
    }

    @Test func aFigureAsSVGKeepsItsNamedGroups() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("strap.svg")
        #expect(testSession().figure(FigureRequest(id: "hamstring-stretch"), to: url.path).status == .done)
        let svg = try String(contentsOf: url, encoding: .utf8)
        #expect(svg.contains("<g class=\"prop strap\">"))
        #expect(svg.contains("<g class=\"annotation arrow path\">"))
    }
}

/// The page size of a one-page PDF, read from its MediaBox.
private struct PDFDocumentInfo {
    var width: Double
    init(_ url: URL) throws {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let box = try #require(text.range(of: "/MediaBox [ "))
        let numbers = text[box.upperBound...].prefix(60).split(separator: " ").compactMap { Double($0) }
        width = numbers.count >= 3 ? numbers[2] - numbers[0] : 0
    }
}
