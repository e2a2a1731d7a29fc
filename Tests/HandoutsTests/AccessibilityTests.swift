import Foundation
import Testing
import Graphics
@testable import Handouts
import PlanCore

/// A PDF's structure tree as qpdf reads it back: each element's type, alt text and children.
struct StructureElement {
    var type: String
    var alt: String?
    var children: [StructureElement]

    /// Every element under this one, depth first: the reading order.
    var all: [StructureElement] { children.flatMap { [$0] + $0.all } }
}

/// What a tagged PDF says about itself, read back with `qpdf --json`.
struct TaggedPDF {
    var root: StructureElement
    var catalog: [String: Any]

    init(_ file: URL) throws {
        let json = try run("qpdf", ["--json", file.path]).output
        let top = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = ((top?["qpdf"] as? [Any])?[1] as? [String: Any]) ?? [:]
        func value(_ ref: Any?) -> Any? {
            guard let ref = ref as? String, ref.hasSuffix(" R") else { return ref }
            return (objects["obj:" + ref] as? [String: Any])?["value"]
        }
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        catalog = value(trailer?["/Root"]) as? [String: Any] ?? [:]
        func element(_ any: Any?, depth: Int) -> [StructureElement] {
            guard depth < 64 else { return [] }
            if let list = value(any) as? [Any] { return list.flatMap { element($0, depth: depth + 1) } }
            guard let dict = value(any) as? [String: Any], let type = dict["/S"] as? String else { return [] }
            let alt = (dict["/Alt"] as? String).map { $0.hasPrefix("u:") ? String($0.dropFirst(2)) : $0 }
            return [StructureElement(type: String(type.dropFirst()), alt: alt,
                                     children: element(dict["/K"], depth: depth + 1))]
        }
        let tree = value(catalog["/StructTreeRoot"]) as? [String: Any]
        root = StructureElement(type: "StructTreeRoot", alt: nil, children: element(tree?["/K"], depth: 0))
    }

    func count(_ type: String) -> Int { root.all.filter { $0.type == type }.count }
}

private func render(_ kind: HandoutKind, language: String = "en") throws -> (URL, LaidOutHandout) {
    var plan = HandoutFixtures.plan(items: 3)
    plan.language = language
    let input = HandoutFixtures.input(plan, library: HandoutFixtures.library(cueLength: 2))
    let renderer = try HandoutRenderer(paper: .a4)
    let laidOut = try renderer.layout(kind.document(input))
    return (try scratchFile(try renderer.pdf(laidOut), name: "\(kind.rawValue)-tagged.pdf"), laidOut)
}

/// How many diagrams and other figures (the tracker, a QR code) the pages hold.
private func figureCount(_ laidOut: LaidOutHandout) -> Int {
    laidOut.pages.flatMap(\.items).filter { if case .beginStructure(.figure) = $0 { true } else { false } }.count
}

private func sceneCount(_ laidOut: LaidOutHandout) -> Int {
    laidOut.pages.flatMap(\.items).filter { if case .scene = $0 { true } else { false } }.count
}

@Test(arguments: HandoutKind.allCases)
func handoutsAreTaggedWithLanguageTitleAndAltText(kind: HandoutKind) throws {
    let (file, laidOut) = try render(kind, language: "en-GB")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let info = try run("pdfinfo", [file.path]).output
    #expect(field("Tagged", in: info) == "yes")
    let check = try run("qpdf", ["--check", file.path])
    #expect(check.status == 0, "\(check.output)")

    let pdf = try TaggedPDF(file)
    #expect(pdf.catalog["/Lang"] as? String == "u:en-GB")
    #expect((pdf.catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
    #expect(pdf.root.children.map(\.type) == ["Document"])

    // One figure element per diagram, each with its alt text.
    let figures = pdf.root.all.filter { $0.type == "Figure" }
    #expect(figures.count == figureCount(laidOut))
    #expect(figures.count >= sceneCount(laidOut))
    #expect(sceneCount(laidOut) >= 4)
    for figure in figures { #expect(!(figure.alt ?? "").isEmpty, "a figure without alt text") }
    #expect(pdf.count("H1") == 1)
}

@Test func studentHandoutHasAHeadingPerExerciseInReadingOrder() throws {
    let (file, _) = try render(.student)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let pdf = try TaggedPDF(file)
    // Three hip positions and the bridge: one level-3 heading each.
    #expect(pdf.count("H3") == 4)
    #expect(pdf.count("L") >= 1)
    #expect(pdf.count("LI") == pdf.count("LBody"))
    #expect(pdf.count("LI") == pdf.count("Lbl"))

    // The text comes out in reading order: the order of the headings in the document.
    let text = try run("pdftotext", [file.path, "-"]).output
    let order = ["Deep hips & <steady> pelvis", "Your routine", "The exercises", "1. Hip rotation 1",
                 "2. Hip rotation 2", "3. Hip rotation 3", "4. Glute bridge", "Tick it off", "Scan to open the class page"]
    let positions = order.map { text.range(of: $0)?.lowerBound }
    for (name, position) in zip(order, positions) { #expect(position != nil, "missing \(name)") }
    let found = positions.compactMap { $0 }
    #expect(found == found.sorted(), "text out of reading order")
}

@Test func teacherTimelineIsATableWithHeaderCells() throws {
    let (file, laidOut) = try render(.teacher)
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let pdf = try TaggedPDF(file)
    let tables = pdf.root.all.filter { $0.type == "Table" }
    #expect(tables.count == 1)
    guard let table = tables.first else { return }
    let rows = table.children.filter { $0.type == "TR" }
    #expect(rows.first?.children.map(\.type) == Array(repeating: "TH", count: 5))
    // A row that links to its exercise holds the link beside its cells.
    for row in rows.dropFirst() {
        #expect(row.children.map(\.type).filter { $0 != "Link" } == Array(repeating: "TD", count: 5), "\(row.children.map(\.type))")
    }
    let sequence = HandoutFixtures.input(HandoutFixtures.plan(items: 3), library: HandoutFixtures.library(cueLength: 2)).sequence
    #expect(rows.count == sequence.items.count + 1)
    // Headings for the block and each exercise (and the timeline itself).
    #expect(pdf.count("H2") >= 3)
    #expect(pdf.count("H3") >= 3)
    _ = laidOut
}

@Test func structureTagsBalanceAcrossPages() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 30), library: HandoutFixtures.library(cueLength: 6))
    let renderer = try HandoutRenderer(paper: .a4)
    for document in [TeacherSheet.document(input), StudentHandout.document(input)] {
        let pages = try renderer.layout(document).pages
        #expect(pages.count > 1)
        var open: [String] = []
        for tag in pages.flatMap(\.structureOutline) {
            if tag.hasPrefix("</") {
                #expect(open.popLast() == String(tag.dropFirst(2).dropLast()), "\(tag) closes out of order")
            } else {
                open.append(String(tag.dropFirst().dropLast()))
            }
        }
        #expect(open.isEmpty)
    }
}

@Test func taggedPDFsAreReproducible() throws {
    let input = HandoutFixtures.input(HandoutFixtures.plan(items: 3), library: HandoutFixtures.library())
    let renderer = try HandoutRenderer(paper: .a4)
    let one = try renderer.pdf(try renderer.layout(StudentHandout.document(input)))
    let two = try renderer.pdf(try renderer.layout(StudentHandout.document(input)))
    #expect(one == two)
}
