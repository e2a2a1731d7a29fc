import Foundation
import Testing
import TestSupport

/// `share` on the real 45-minute class, which sends the hip series home: what a teacher
/// would send is the hip series and nothing else of the class.
@Suite(.serialized) struct HomeShareTests {
    static let plan = ClassPlanBinary.packageRoot.appendingPathComponent("Plans/mat-class-45.yaml")
    static let hipNames = ["Hip rotation, feet lifted", "Hip rotation, feet down", "Hip rotation, tabletop"]
    static let classOnly = ["Glute bridge", "Cat and cow", "Child's pose", "Figure-four stretch", "Inner-thigh lift"]

    @Test func theRealClassSendsTheHipSeriesHome() throws {
        let folder = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack")
        let r = try ClassPlanBinary.run(["share", Self.plan.path, "-o", out.path], assets: builtInLibrary)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("home practice is the whole class"))

        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasPrefix("card-") }.sorted() ==
                ["card-01-hip-rotation-feet-lifted.png", "card-02-hip-rotation-feet-down.png", "card-03-hip-rotation-tabletop.png"])
        func read(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        let markdown = try read("mat-class-45.md")
        let html = try read("index.html")
        let ics = try read("mat-class-45.ics").replacingOccurrences(of: "\r\n ", with: "")
            .replacingOccurrences(of: "\\,", with: ",")
        let pdf = try ExternalProcess.run("pdftotext", ["-layout", out.appendingPathComponent("mat-class-45-student.pdf").path, "-"])
            .output.replacingOccurrences(of: "\n", with: " ")
        for (name, text) in [("Markdown", markdown), ("web page", html), ("calendar", ics), ("student handout", pdf)] {
            for exercise in Self.hipNames { #expect(text.contains(exercise), "the \(name) names \(exercise)") }
            for exercise in Self.classOnly { #expect(!text.contains(exercise), "the \(name) leaves out \(exercise)") }
        }
        // The class is on 3 December 2026; practice starts the next morning at 08:00 and
        // books the home routine's 6 minutes 15 seconds, not the class's 45 minutes.
        #expect(ics.contains("\r\nDTSTART:20261204T080000\r\n"))
        #expect(ics.contains("\r\nDURATION:PT6M15S\r\n"))
        #expect(!markdown.contains("`"))
        // The series shares its main cue; each position says something of its own.
        let cues = markdown.split(separator: "\n").filter { $0.contains("Remember: ") }
        #expect(cues.count == 3 && Set(cues).count == 3, "\(cues)")
        #expect(html.contains("Your home practice: the hip rotation series, 3 exercises, about 6 minutes."))
    }

    @Test func aReminderTimeMovesTheCalendar() throws {
        let folder = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.plan, encoding: .utf8) + "  reminder: 07:30\n"
        try text.write(to: folder.appendingPathComponent("early.yaml"), atomically: true, encoding: .utf8)
        let r = try ClassPlanBinary.run(["share", "early.yaml", "-o", "pack"], in: folder, assets: builtInLibrary)
        #expect(r.status == 0, "\(r.stderr)")
        let ics = try String(contentsOf: folder.appendingPathComponent("pack/early.ics"), encoding: .utf8)
        #expect(ics.contains("\r\nDTSTART:20261204T073000\r\n"))
    }
}
