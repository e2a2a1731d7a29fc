import Figures
import Foundation
import Graphics
import Handouts
import PlanCore
import Testing
@testable import Sharing

/// Figures for tests: the same simple scene for every exercise and tip.
struct FixedFigures: FigureProvider {
    func scene(for exercise: Exercise) -> Scene? { Fixtures.figure }
    func scene(for illustration: Illustration) -> Scene? { Fixtures.figure }
}

@Suite(.serialized) struct StudentPackTests {
    static func pack(_ plan: Plan) -> StudentPack {
        let sequence = Composer(library: Fixtures.library).compose(plan)
        return StudentPack(sequence: sequence, library: Fixtures.library, figures: FixedFigures(),
                           version: "0.0.0-test", name: "deep-hips",
                           firstDay: plan.date ?? PlanDate(year: 2027, month: 1, day: 1)!)
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, Array(bytes[0..<8]) == pngSignature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test func theFolderHoldsEveryFile() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let pack = Self.pack(Fixtures.mixedPlan())
        let output = try pack.render(typesetter: Typesetter())
        #expect(output.warnings.isEmpty)
        let folder = temp.url.appendingPathComponent("deep-hips-share")
        try PackWriter.write(output.files, to: folder)
        // Set SHARING_KEEP_PACK=DIR to keep a copy of the pack for looking at.
        if let keep = ProcessInfo.processInfo.environment["SHARING_KEEP_PACK"] {
            try PackWriter.write(output.files, to: URL(fileURLWithPath: keep))
        }

        let routine = pack.routine
        let cards = routine.exercises.map { "card-\($0.slug).png" }
        let expected = ["deep-hips-student.pdf", "index.html", "deep-hips.md", "deep-hips.ics", "qr-code.png"] + cards
        let present = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(present.sorted() == expected.sorted())
        #expect(cards.count == 6)

        func read(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
        #expect(try read("deep-hips-student.pdf").starts(with: Array("%PDF-".utf8)))
        #expect(try String(decoding: read("index.html"), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        #expect(try String(decoding: read("deep-hips.md"), as: UTF8.self).hasPrefix("# Deep hips"))
        #expect(try String(decoding: read("deep-hips.ics"), as: UTF8.self).hasPrefix("BEGIN:VCALENDAR\r\n"))
        let html = try String(decoding: read("index.html"), as: UTF8.self)
        #expect(html.contains("src=\"data:image/png;base64,"))
        #expect(HTMLChecks.externalProblems(in: html, link: routine.link).isEmpty)
    }

    @Test func aRepeatedBlockGivesEachExerciseOneCard() throws {
        var plan = Fixtures.hipPlan()
        plan.sequence = Array(repeating: plan.sequence[0], count: 3)
        let pack = Self.pack(plan)
        let output = try pack.render(typesetter: Typesetter())
        let cards = output.files.filter { $0.name.hasPrefix("card-") }.map(\.name)
        let distinct = Set(pack.routine.exercises.map(\.exercise.id))
        #expect(pack.routine.exercises.count == 3 * distinct.count, "the routine still lists each place")
        #expect(cards.count == distinct.count, "\(cards)")
        // The Markdown points every place at a card that is in the pack.
        let markdown = String(decoding: try #require(output.files.first { $0.name.hasSuffix(".md") }).data, as: UTF8.self)
        for name in markdown.split(separator: "(").compactMap({ $0.split(separator: ")").first }) where name.hasPrefix("card-") {
            #expect(cards.contains(String(name)), "\(name) is not in the pack")
        }
    }

    @Test func eachCardIsAReadablePhoneSizedPNG() throws {
        let pack = Self.pack(Fixtures.mixedPlan())
        let output = try pack.render(typesetter: Typesetter())
        let cards = output.files.filter { $0.name.hasPrefix("card-") }
        #expect(cards.count == pack.routine.exercises.count)
        for card in cards {
            let size = try #require(Self.pngSize(card.data), "\(card.name) is not a PNG")
            #expect(size == (ExerciseCard.width, ExerciseCard.height))
            let image = try PNGImage(pngData: card.data)
            #expect(image.width == 1080 && image.height == 1350)
            // Something is drawn: the figure's colour and dark text both appear.
            var dark = 0, figure = 0
            for y in stride(from: 0, to: image.height, by: 3) {
                for x in stride(from: 0, to: image.width, by: 3) {
                    let p = image.pixel(x: x, y: y)
                    if p.red < 0.3 && p.green < 0.3 && p.blue < 0.3 { dark += 1 }
                    if abs(p.red - 0x2b / 255.0) < 0.05 && abs(p.green - 0x7a / 255.0) < 0.05 { figure += 1 }
                }
            }
            #expect(dark > 500, "\(card.name): too little text")
            #expect(figure > 500, "\(card.name): no figure")
        }
    }

    @Test func theQRCodeDecodesToTheLink() throws {
        guard Tools.require("zbarimg", package: "zbar-tools") else { return }
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let plan = Fixtures.mixedPlan()
        let output = try Self.pack(plan).render(typesetter: Typesetter())
        let qr = try #require(output.files.first { $0.name == StudentPack.FileName.qrCode })
        let path = temp.url.appendingPathComponent("qr.png")
        try qr.data.write(to: path)
        let result = try Tools.run("zbarimg", ["--quiet", "--raw", path.path])
        #expect(result.status == 0, "zbarimg: \(result.errors)")
        #expect(result.output.trimmingCharacters(in: .newlines) == plan.share?.link)
    }

    @Test func noLinkMeansNoQRCode() throws {
        let output = try Self.pack(Fixtures.hipPlan(link: nil)).render(typesetter: Typesetter())
        #expect(!output.files.contains { $0.name == StudentPack.FileName.qrCode })
        #expect(output.files.contains { $0.name == "deep-hips.ics" })
    }

    @Test func aLinkTooLongForAQRCodeIsAWarning() throws {
        let link = "https://example.org/" + String(repeating: "a", count: 3000)
        let made = try StudentPack.qrCode(for: link)
        #expect(made.png == nil)
        #expect(made.warning?.contains("too long") == true)
        #expect(try StudentPack.qrCode(for: "https://example.org/x").png != nil)
    }
}
