import Foundation
import Testing
import Graphics
@testable import Handouts
import PlanCore

private func teacherPDF(paper: PaperSize = .a4) throws -> Data {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 12), library: HandoutFixtures.library(cueLength: 3))
    let renderer = try HandoutRenderer(paper: paper)
    return try renderer.pdf(try renderer.layout(TeacherSheet.document(input)))
}

@Test(arguments: [(PaperSize.a4, "595.276 x 841.89"), (.letter, "612 x 792")])
func pageSizeFollowsThePaper(paper: PaperSize, expected: String) throws {
    let file = try scratchFile(try teacherPDF(paper: paper), name: "teacher-\(paper).pdf")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let info = try run("pdfinfo", [file.path]).output
    #expect(field("Page size", in: info).hasPrefix("\(expected) pts"))
}

@Test func teacherSheetCarriesMetadataOutlineAndWorkingLinks() throws {
    let file = try scratchFile(try teacherPDF(), name: "t.pdf")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let info = try run("pdfinfo", [file.path]).output
    #expect(field("Title", in: info) == "Deep hips & <steady> pelvis")
    #expect(field("Author", in: info) == "Alex Rivera")
    #expect(field("Subject", in: info) == "the six deep hip rotators")
    #expect(field("Creator", in: info) == "classplan test")
    #expect(field("CreationDate", in: info).contains("Dec  1 00:00:00 2026"))
    #expect(field("Keywords", in: info).contains("teacher sheet"))

    let fonts = try run("pdffonts", [file.path]).output
    let rows = fonts.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows { #expect(row.contains(" yes "), "font not embedded: \(row)") }

    let text = try run("pdftotext", ["-layout", file.path, "-"]).output
    for name in ["Hip rotation 1", "Hip rotation 2", "Hip rotation 3", "Glute bridge", "Timeline", "Total"] {
        #expect(text.contains(name), "missing \(name)")
    }
    #expect(text.contains("Bring blocks & straps <today>."))

    let check = try run("qpdf", ["--check", file.path])
    #expect(check.status == 0, "\(check.output)")

    // Every link lands on a named destination that exists; the outline has an entry per
    // block and exercise.
    let json = try run("qpdf", ["--json", file.path]).output
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let outlines = object?["outlines"] as? [[String: Any]] ?? []
    #expect(outlines.map { $0["title"] as? String } .contains("Hip series"))
    let kids = outlines.first { ($0["title"] as? String) == "Hip series" }?["kids"] as? [[String: Any]] ?? []
    #expect(kids.compactMap { $0["title"] as? String } == ["Hip rotation 1", "Hip rotation 2", "Hip rotation 3"])
    let linkDests = Set(matches(of: #""/Dest": "u:([^"]*)""#, in: json))
    let dests = try run("pdfinfo", ["-dests", file.path]).output
    let named = Set(matches(of: #""([^"]+)"\s*$"#, in: dests.split(separator: "\n").map(String.init).joined(separator: "\n"), multiline: true))
    #expect(linkDests.count >= 4)
    for dest in linkDests { #expect(named.contains(dest), "link to missing destination \(dest)") }
}

@Test func sameInputsGiveByteIdenticalPDFs() throws {
    #expect(try teacherPDF() == (try teacherPDF()))
}

/// The value of one `pdfinfo` field.
func field(_ name: String, in info: String) -> String {
    for line in info.split(separator: "\n") where line.hasPrefix(name + ":") {
        return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
    }
    return ""
}

private func matches(of pattern: String, in text: String, multiline: Bool = false) -> [String] {
    guard let re = try? NSRegularExpression(pattern: pattern, options: multiline ? [.anchorsMatchLines] : []) else { return [] }
    return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}
