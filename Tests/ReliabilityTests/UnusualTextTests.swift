import Foundation
import Testing
import TestSupport

/// Plans that are unusual but valid: they must render, with their words in the handouts.
@Suite("Unusual but valid text renders as written")
struct UnusualTextTests {
    /// Renders `text` as `name.yaml` and returns the words of the teacher sheet, the student
    /// handout and the class card.
    func render(_ text: String, name: String) throws -> (result: ClassPlanRun.Result, teacher: String, student: String, card: String) {
        let folder = try ClassPlanRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).yaml"))
        let r = try ClassPlanRun.run(["render", "\(name).yaml", "-o", "."], in: folder, seconds: 120)
        #expect(!r.timedOut && !r.crashed)
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["\(name)-card.pdf", "\(name)-student.pdf", "\(name)-teacher.pdf", "\(name).yaml"], "no temporary file is left")
        // Clean to qpdf, warnings included (exit 3): emoji and joined emoji once left a
        // dictionary with a repeated key.
        for kind in ["card", "student", "teacher"] {
            let checked = try ExternalProcess.run("qpdf", ["--check", folder.appendingPathComponent("\(name)-\(kind).pdf").path])
            #expect(checked.status == 0, "qpdf on the \(kind) PDF: \(checked.output.suffix(400)) \(checked.errors.suffix(400))")
        }
        let teacher = try ClassPlanRun.tool("pdftotext", [folder.appendingPathComponent("\(name)-teacher.pdf").path, "-"])
        let student = try ClassPlanRun.tool("pdftotext", [folder.appendingPathComponent("\(name)-student.pdf").path, "-"])
        let card = try ClassPlanRun.tool("pdftotext", [folder.appendingPathComponent("\(name)-card.pdf").path, "-"])
        return (r, teacher, student, card)
    }

    @Test func cjkRightToLeftAndEmoji() throws {
        let plan = """
            title: 股関節の回旋 🧘
            date: 2026-12-01
            teacher: 李小龍
            studio: استوديو الحركة
            focus: 深層外旋六筋
            notes: |
              מורים: שימו לב לאגן. 注意骨盆。🙂 Joined emoji: 👩🏽‍🏫 🏳️‍🌈 👨‍👩‍👧 ❤️‍🔥
            sequence:
              - block: warm-up
                note: 呼吸を整える 🌬️
              - name: 背中の呼吸 ✨
                position: supine
                time: 2min
                cues: [肋骨を広げる, اجعل الأضلاع تتسع, תנו לצלעות להתרחב]
            share:
              message: كل يوم — 毎日 — 🌞

            """
        let (r, teacher, student, card) = try render(plan, name: "world")
        for words in ["股関節の回旋", "李小龍", "深層外旋六筋", "呼吸を整える", "背中の呼吸", "肋骨を広げる"] {
            #expect(teacher.contains(words), "the teacher sheet shows \(words)")
        }
        #expect(student.contains("股関節の回旋") && student.contains("毎日"))
        // Right-to-left text may come out of pdftotext in either order of its words.
        #expect(student.contains("استوديو الحركة") || student.contains("الحركة استوديو"))
        #expect(teacher.contains("שימו לב לאגן") || teacher.contains("לאגן לב שימו"))
        for words in ["股関節の回旋", "背中の呼吸", "肋骨を広げる"] {
            #expect(card.contains(words), "the class card shows \(words)")
        }
        #expect(!r.stderr.contains("the installed fonts cannot show"), "the installed fonts cover all of it: \(r.stderr)")
    }

    /// cairo 1.16 draws a colour emoji as a fallback image, and used to fail the whole page
    /// ("invalid tag name, attributes, or nesting") when that was the first thing drawn on it.
    @Test func textThatStartsWithAnEmoji() throws {
        let plan = """
            title: "😀 Hips"
            sequence:
              - block: hip-series
              - name: "🧘 Rest"
                position: supine
                time: 1min
                cues: ["🌬️ Breathe out slowly"]

            """
        let (_, teacher, student, card) = try render(plan, name: "emoji")
        for text in [teacher, student, card] {
            #expect(text.contains("Hips") && text.contains("Rest"))
        }
        #expect(teacher.contains("Breathe out slowly"))
    }

    @Test func markupCharactersInEveryTextField() throws {
        let plan = """
            title: "<b>Hips</b> & <i>\\"more\\"</i> 'too'"
            date: 2026-12-01
            teacher: "A & B <team>"
            studio: "<span foreground='red'>Studio</span> &amp; co"
            focus: "x < y && y > z"
            notes: "<markup> & \\"quotes\\" &lt; </unclosed>"
            sequence:
              - block: warm-up
                note: "<u>note</u> & \\"it\\""
              - name: "Breathing <b> & \\"ribs\\""
                position: supine
                time: 2min
                cues: ["<cue> & \\"quoted\\" 'single'", "&#x41; &nbsp; <![CDATA[x]]>"]
            share:
              link: "https://example.org/a?b=1&c=<2>"
              message: "<message> & \\"more\\""

            """
        let (_, teacher, student, card) = try render(plan, name: "markup")
        for words in ["<b>Hips</b> & <i>\"more\"</i> 'too'", "A & B <team>", "<span foreground='red'>Studio</span> &amp; co",
                      "x < y && y > z", "<markup> & \"quotes\" &lt; </unclosed>", "<u>note</u> & \"it\"",
                      "Breathing <b> & \"ribs\"", "<cue> & \"quoted\" 'single'", "&#x41; &nbsp; <![CDATA[x]]>"] {
            #expect(teacher.contains(words), "the teacher sheet shows \(words) as written")
        }
        for words in ["<message> & \"more\"", "https://example.org/a?b=1&c=<2>", "Breathing <b> & \"ribs\""] {
            #expect(student.contains(words), "the student handout shows \(words) as written")
        }
        for words in ["<b>Hips</b> & <i>\"more\"</i> 'too'", "Breathing <b> & \"ribs\"", "<cue> & \"quoted\" 'single'"] {
            #expect(card.contains(words), "the class card shows \(words) as written")
        }
    }

    /// The longest cue a file may hold, with words as long as a word may be.
    @Test func aCueAtTheLimitRendersToItsEnd() throws {
        let words = (0..<2_000).map { $0 % 50 == 0 ? String(repeating: "unbroken", count: 25) : "breathe\($0)" }
        let cue = String(words.joined(separator: " ").prefix(9_990))
        let plan = "title: Big cue\nsequence:\n  - name: Long\n    position: supine\n    time: 2min\n    cues: [\"\(cue)\"]\n"
        let (_, teacher, student, card) = try render(plan, name: "long-cue")
        let last = try #require(cue.split(separator: " ").dropLast().last)
        #expect(student.contains("breathe1 ") && student.contains(last), "the cue is there to its end, over many pages")
        #expect(teacher.contains(last))
        #expect(card.contains(last), "the card's cue runs on over more pages rather than being cut")
    }
}
