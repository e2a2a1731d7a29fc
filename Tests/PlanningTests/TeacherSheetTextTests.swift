import Foundation
import Handouts
import Planning
import Testing
import TestSupport

/// The teacher sheet read back as a teacher reads it: `pdftotext` of the PDF the session
/// draws, checked for its times, sides, durations, totals, warnings and page footers.
@Suite("The teacher sheet says what the class is")
struct TeacherSheetTextTests {
    /// The teacher sheet of the plan at `path`, as lines of text with every run of spaces
    /// made one, and its page count.
    func teacherSheet(_ path: String) throws -> (lines: [String], pages: Int) {
        let out = testSession().outputs(of: path, kinds: [.teacher])
        try #require(out.report.status == .done, "\(out.report.diagnostics)")
        let pdf = try #require(out.handouts.first { $0.name.hasSuffix("-teacher.pdf") })
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(pdf.name)
        try pdf.data.write(to: file)
        let text = try ExternalProcess.run("pdftotext", ["-layout", file.path, "-"])
        try #require(text.status == 0, "\(text.errors)")
        let info = try ExternalProcess.run("pdfinfo", [file.path]).output
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        let lines = text.output.split(separator: "\n").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
        return (lines, pages)
    }

    /// The example plan given a length it falls short of: every row of its timeline, the
    /// totals against the length, the warning, and a footer on each page.
    @Test func aShortClassShowsItsTimelineTotalsWarningAndFooters() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try String(contentsOf: Package.plans.appendingPathComponent("hip-series.yaml"), encoding: .utf8)
        let plan = folder.appendingPathComponent("short.yaml")
        try Data(example.replacingOccurrences(of: "title: Hip rotations at home", with: "title: Short on time\nlength: 10min").utf8)
            .write(to: plan)
        let sheet = try teacherSheet(plan.path)

        let start = try #require(sheet.lines.firstIndex(of: "Start Exercise Side Time Position"))
        #expect(Array(sheet.lines[(start + 1)...].prefix(8)) == [
            "0:00 The hip rotation series › Hip rotation, feet lifted R (lying on L) 1:00 side-lying",
            "1:00 The hip rotation series › Hip rotation, feet down R (lying on L) 1:00 side-lying",
            "2:00 The hip rotation series › Hip rotation, tabletop R (lying on L) 1:00 side-lying",
            "3:00 Turn over onto the other side L (lying on R) 0:15",
            "3:15 The hip rotation series › Hip rotation, feet lifted L (lying on R) 1:00 side-lying",
            "4:15 The hip rotation series › Hip rotation, feet down L (lying on R) 1:00 side-lying",
            "5:15 The hip rotation series › Hip rotation, tabletop L (lying on R) 1:00 side-lying",
            "Total 6:15 work 6:00 · transitions 0:15 · right side 3:00 · left side 3:00 (planned 10:00)",
        ])
        #expect(sheet.lines.contains("Class length 10 min Level mixed Focus the six deep hip rotators"))
        let text = sheet.lines.joined(separator: " ")
        #expect(text.contains("Check before class The class runs 6 min 15 s, 3 min 45 s short of its length of 10 min."))
        #expect(sheet.pages == 2)
        #expect(sheet.lines.filter { $0.hasPrefix("Short on time · teacher sheet") }
                == (1...sheet.pages).map { "Short on time · teacher sheet Page \($0) of \(sheet.pages)" })
    }

    /// The 45-minute example class: sided blocks done right then left, counted work, the
    /// moves between positions, a timeline that runs onto the next page, the totals, no
    /// warning, and every page's footer in order.
    @Test func theFortyFiveMinuteClassShowsEveryPositionAndSide() throws {
        let sheet = try teacherSheet(Package.plans.appendingPathComponent("mat-class-45.yaml").path)
        // A timeline row starts with its time, m:ss.
        let rows = sheet.lines.filter { line in
            line.split(separator: " ").first.map { $0.contains(":") && $0.allSatisfy { $0.isNumber || $0 == ":" } } == true
        }
        #expect(rows.prefix(5) == [
            "0:00 Arriving and breathing 2:00 supine",
            "2:00 Warm-up › Pelvic tilts × 10 0:50 supine",
            "2:50 Warm-up › Knee sways × 8 0:48 supine",
            "3:38 Warm-up › Knee stirs R 1:00 supine",
            "4:38 Warm-up › Bent-knee fall-out R 1:00 supine",
        ])
        for row in [
            "9:38 Bridges › Single-leg bridge × 8 R 0:40 supine",
            "10:18 Bridges › Single-leg bridge × 8 L 0:40 supine",
            "10:58 Lie on your side 0:15",
            "11:13 The hip rotation series › Hip rotation, feet lifted · home R (lying on L) 1:00 side-lying",
            "14:13 Turn over onto the other side L (lying on R) 0:15",
            "29:29 Come up to standing 0:30",
            "33:59 Come down to the mat 0:30",
            "34:29 Hip stretches › Kneeling hip flexor stretch R 1:00 kneeling",
        ] {
            #expect(rows.contains(row), "missing: \(row)")
        }
        let total = try #require(sheet.lines.firstIndex { $0.hasPrefix("Total ") })
        #expect(sheet.lines[total - 1] == "42:44 Cool-down › Constructive rest 2:00 supine")
        // The timeline runs past the first page: its header comes again on the next.
        let headers = sheet.lines.indices.filter { sheet.lines[$0] == "Start Exercise Side Time Position" }
        let firstFooter = try #require(sheet.lines.firstIndex(of: "Deep hips, steady pelvis · teacher sheet Page 1 of \(sheet.pages)"))
        #expect(headers.count == 2 && headers[0] < firstFooter && headers[1] > firstFooter)
        #expect(sheet.lines.contains("Total 44:44 work 41:44 · transitions 3:00 · right side 15:28 · left side 15:28 (planned 45:00)"))
        #expect(!sheet.lines.contains("Check before class"))
        #expect(sheet.pages == 6)
        #expect(sheet.lines.filter { $0.hasPrefix("Deep hips, steady pelvis · teacher sheet") }
                == (1...sheet.pages).map { "Deep hips, steady pelvis · teacher sheet Page \($0) of \(sheet.pages)" })
    }
}
