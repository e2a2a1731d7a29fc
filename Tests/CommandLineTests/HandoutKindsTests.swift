import Foundation
import Testing
import PlanCore
import PlanFiles
import TestSupport

/// `render --for`: which handouts, what they are called, and their shape, read back from
/// the files themselves.
@Suite("Handouts for each reader")
struct HandoutKindsTests {
    static let plans = ClassPlanBinary.packageRoot.appendingPathComponent("Plans")

    func tool(_ name: String, _ args: [String]) throws -> String {
        let r = try ExternalProcess.run(name, args)
        #expect(r.status == 0, "\(name) \(args): \(r.errors)")
        return r.output
    }

    func pages(_ pdf: URL) throws -> Int {
        let info = try tool("pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? -1
    }

    /// The words of a PDF with every run of white space made one space, so text that wraps
    /// differently still matches.
    func words(_ pdf: URL) throws -> String {
        try tool("pdftotext", [pdf.path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func render(_ plan: String, _ options: [String]) throws -> (folder: URL, files: [String]) {
        let folder = try ClassPlanBinary.temporaryFolder()
        let r = try ClassPlanBinary.run(["render", Self.plans.appendingPathComponent("\(plan).yaml").path, "-o", folder.path] + options,
                                        assets: builtInLibrary)
        #expect(r.status == 0, "\(r.stderr)")
        return (folder, try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted())
    }

    @Test func forTakesACommaListAndBothStaysTeacherAndStudent() throws {
        let picked = try render("hip-series", ["--for", "reference,card"])
        defer { try? FileManager.default.removeItem(at: picked.folder) }
        #expect(picked.files == ["hip-series-card.pdf", "hip-series-reference.pdf"])

        let both = try render("hip-series", ["--for", "both"])
        defer { try? FileManager.default.removeItem(at: both.folder) }
        #expect(both.files == ["hip-series-student.pdf", "hip-series-teacher.pdf"])

        let all = try render("hip-series", ["--for", "card,teacher,student,reference"])
        defer { try? FileManager.default.removeItem(at: all.folder) }
        #expect(all.files.count == 4)

        let bad = try ClassPlanBinary.run(["render", Self.plans.appendingPathComponent("hip-series.yaml").path, "--for", "card,poster"],
                                          assets: builtInLibrary)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--for"), "\(bad.stderr)")
    }

    @Test func theFortyFiveMinuteClassGetsAOnePageCardAndATeacherSheetOfSixPagesAtMost() throws {
        let out = try render("mat-class-45", [])
        defer { try? FileManager.default.removeItem(at: out.folder) }
        #expect(out.files == ["mat-class-45-card.pdf", "mat-class-45-student.pdf", "mat-class-45-teacher.pdf"])

        let card = out.folder.appendingPathComponent("mat-class-45-card.pdf")
        #expect(try pages(card) == 1)
        #expect(try tool("pdfinfo", [card.path]).contains("841.89 x 595.276 pts"), "A4 on its side")
        let cardWords = try words(card)
        let loaded = try PlanLoader(assets: builtInLibrary).load(Self.plans.appendingPathComponent("mat-class-45.yaml").path)
        let plan = try #require(loaded.plan)
        let sequence = Composer(library: loaded.library).compose(plan)
        for item in sequence.items where item.kind == .exercise {
            #expect(cardWords.contains(item.start.clock + " "), "the card shows when \(item.exercise.name) starts")
            #expect(cardWords.contains(item.exercise.name))
        }
        #expect(cardWords.contains("\(sequence.total.clock) of 45:00 planned"))
        #expect(cardWords.contains("The hip rotation series"), "blocks head their rows")
        #expect(cardWords.contains("turn over onto the other side 0:15"), "transitions are marked with their time")

        let teacher = out.folder.appendingPathComponent("mat-class-45-teacher.pdf")
        #expect(try pages(teacher) <= 6)
        let teacherWords = try words(teacher)
        for name in Set(sequence.items.map(\.exercise.name)) { #expect(teacherWords.contains(name)) }
        #expect(teacherWords.contains("Timeline") && teacherWords.contains("Wake them up"), "the block's palpation tricks")
    }

    @Test func theReferenceHoldsEveryExercisesCompleteWriteUp() throws {
        let out = try render("mat-class-45", ["--for", "reference"])
        defer { try? FileManager.default.removeItem(at: out.folder) }
        let text = try words(out.folder.appendingPathComponent("mat-class-45-reference.pdf"))
        let loaded = try PlanLoader(assets: builtInLibrary).load(Self.plans.appendingPathComponent("mat-class-45.yaml").path)
        let plan = try #require(loaded.plan)
        let sequence = Composer(library: loaded.library).compose(plan)
        var seen = Set<String>()
        for item in sequence.items where item.kind == .exercise && seen.insert(item.exercise.id).inserted {
            let e = item.exercise
            let parts = e.setup + e.cues + e.mistakes + e.cautions + e.easier + e.harder + [e.movement, e.summary]
            for part in parts where !part.isEmpty {
                let said = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(text.contains(said), "\(e.id): \(said)")
            }
            if !e.targets.isEmpty { #expect(text.contains(e.targets.joined(separator: ", ")), "\(e.id)'s targets") }
        }
        #expect(seen.count > 20)
    }

    @Test func theHipSeriesStudentHandoutIsTwoPagesInSpokenWords() throws {
        let out = try render("hip-series", ["--for", "student"])
        defer { try? FileManager.default.removeItem(at: out.folder) }
        let pdf = out.folder.appendingPathComponent("hip-series-student.pdf")
        #expect(try pages(pdf) == 2)
        let text = try words(pdf)
        #expect(text.contains("about 6 minutes in all"), "the routine's length as people say it")
        #expect(text.contains("1 minute each side"))
        #expect(!text.contains(" s in all") && !text.contains("min "), "no clock-style times for students")
        // The tracker and the QR code share the last page with the tips.
        let last = try tool("pdftotext", ["-f", "2", "-l", "2", pdf.path, "-"])
        #expect(last.contains("Tick it off") && last.contains("Week 4") && last.contains("Keep it small"))
        #expect(last.contains("https://example.org/hip-rotations"))
    }

    @Test func aClassWithItsHomePracticeGetsTheHomeRoutineOnTwoPages() throws {
        let out = try render("mat-class-45", ["--for", "student"])
        defer { try? FileManager.default.removeItem(at: out.folder) }
        let pdf = out.folder.appendingPathComponent("mat-class-45-student.pdf")
        #expect(try pages(pdf) == 2)
        let text = try words(pdf)
        #expect(text.contains("Hip rotation, tabletop") && !text.contains("Glute bridge"))
        let why = try tool("pdftotext", [pdf.path, "-"]).components(separatedBy: "Why it's worth it").last ?? ""
        let points = why.components(separatedBy: "Getting set").first?.components(separatedBy: "•").count ?? 0
        #expect(points - 1 <= 5, "at most five reasons")
    }

    @Test func pngAndSVGWorkForTheCard() throws {
        let png = try render("hip-series", ["--for", "card", "--format", "png"])
        defer { try? FileManager.default.removeItem(at: png.folder) }
        #expect(png.files == ["hip-series-card-1.png"])
        let data = try Data(contentsOf: png.folder.appendingPathComponent("hip-series-card-1.png"))
        // The PNG header's width and height, big-endian at bytes 16 and 20: landscape.
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > height)

        let svg = try render("hip-series", ["--for", "card,reference", "--format", "svg"])
        defer { try? FileManager.default.removeItem(at: svg.folder) }
        #expect(svg.files.first == "hip-series-card-1.svg")
        #expect(svg.files.contains("hip-series-reference-1.svg"))
        let text = try String(contentsOf: svg.folder.appendingPathComponent("hip-series-card-1.svg"), encoding: .utf8)
        #expect(text.contains("width=\"841"))
    }
}
