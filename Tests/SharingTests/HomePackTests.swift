import Foundation
import Graphics
import PlanCore
import Testing
import TestSupport
@testable import Sharing

/// A class whose teacher sends only the hip series home: every file of the pack covers that
/// routine and nothing else of the class.
@Suite(.serialized) struct HomePackTests {
    static let hipNames = ["Hip rotation, feet lifted", "Hip rotation, feet down", "Hip rotation, tabletop"]
    static let classOnly = ["Glute bridge", "Breathing", "Resting on your back"]

    /// The mixed class with `home: true` on the hip series and a 07:30 reminder.
    static func plan() -> Plan {
        var plan = Fixtures.mixedPlan()
        let series = try! #require(plan.sequence.firstIndex { $0.content == .block("hips") })
        plan.sequence[series].home = true
        plan.share?.reminder = TimeOfDay(hour: 7, minute: 30)!
        return plan
    }

    static func output() throws -> (pack: StudentPack, files: [String: Data]) {
        let plan = plan()
        let sequence = Composer(library: Fixtures.library).compose(plan)
        let pack = StudentPack(sequence: sequence, library: Fixtures.library, figures: FixedFigures(),
                               version: "0.0.0-test", name: "deep-hips", firstDay: plan.date!.dayAfter)
        let output = try pack.render(typesetter: Typesetter())
        return (pack, Dictionary(uniqueKeysWithValues: output.files.map { ($0.name, $0.data) }))
    }

    @Test func theRoutineIsTheHipSeriesAlone() throws {
        let (pack, files) = try Self.output()
        #expect(pack.home.total == .seconds(375))
        #expect(pack.sequence.total > pack.home.total)
        #expect(pack.routine.exercises.map(\.name) == Self.hipNames)
        let cards = files.keys.filter { $0.hasPrefix("card-") }.sorted()
        #expect(cards == ["card-01-feet-lifted.png", "card-02-feet-down.png", "card-03-tabletop.png"])
    }

    @Test(arguments: ["index.html", "deep-hips.md", "deep-hips.ics"])
    func aTextFileNamesOnlyTheHipSeries(_ name: String) throws {
        let text = String(decoding: try #require(try Self.output().files[name]), as: UTF8.self)
        // The calendar folds long lines and escapes commas; undo both before reading.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\\,", with: ",")
        for exercise in Self.hipNames { #expect(unfolded.contains(exercise), "\(name) names \(exercise)") }
        for exercise in Self.classOnly { #expect(!unfolded.contains(exercise), "\(name) leaves out \(exercise)") }
    }

    @Test func theWebPageOpensWithTheRoutineAndItsLength() throws {
        let html = String(decoding: try #require(try Self.output().files["index.html"]), as: UTF8.self)
        let summary = try #require(html.range(of: "Your home practice: the hip rotation series, 3 exercises, about 6 minutes."))
        let firstStep = try #require(html.range(of: "<ol class=\"steps\">"))
        let why = try #require(html.range(of: "<section class=\"why\">"))
        #expect(summary.lowerBound < firstStep.lowerBound && firstStep.lowerBound < why.lowerBound)
        #expect(!html.contains(" min ") && !html.contains("6 min 15 s"))
    }

    @Test func theCalendarBooksTheHomeRoutineFromTheDayAfterTheClass() throws {
        let ics = String(decoding: try #require(try Self.output().files["deep-hips.ics"]), as: UTF8.self)
        // The class is on 3 December; practice starts on the 4th, at the plan's 07:30.
        #expect(ics.contains("\r\nDTSTART:20261204T073000\r\n"))
        #expect(ics.contains("\r\nDURATION:PT6M15S\r\n"))
        #expect(ics.contains("\r\nRRULE:FREQ=DAILY;COUNT=10\r\n"))
    }

    @Test func theStudentHandoutAndItsTrackerCoverTheHipSeries() throws {
        try #require(ExternalProcess.exists("pdftotext"), "poppler-utils is installed by make deps")
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let url = temp.url.appendingPathComponent("deep-hips-student.pdf")
        try #require(try Self.output().files["deep-hips-student.pdf"]).write(to: url)
        let text = try ExternalProcess.run("pdftotext", ["-layout", url.path, "-"]).output
            .replacingOccurrences(of: "\n", with: " ")
        for exercise in Self.hipNames { #expect(text.contains(exercise), "the handout names \(exercise)") }
        for exercise in Self.classOnly { #expect(!text.contains(exercise), "the handout leaves out \(exercise)") }
        #expect(text.contains("One box for each side"))
    }
}

/// The web page's one-line summary names what goes home: a block alone by its name, a block
/// with an exercise of the plan's own by both, and counts the exercises of both.
@Test func theSummaryNamesEveryBlockAndExerciseThatGoesHome() {
    var plan = Fixtures.mixedPlan()
    plan.sequence[2].home = true
    let hips = StudentRoutine(sequence: Composer(library: Fixtures.library).home(of: Composer(library: Fixtures.library).compose(plan)),
                              library: Fixtures.library)
    #expect(PackWords.summary(hips).hasPrefix("Your home practice: the hip rotation series, 3 exercises, "), "\(PackWords.summary(hips))")
    plan.sequence[1].home = true
    let both = StudentRoutine(sequence: Composer(library: Fixtures.library).home(of: Composer(library: Fixtures.library).compose(plan)),
                              library: Fixtures.library)
    #expect(PackWords.summary(both).hasPrefix("Your home practice: Glute bridge and the hip rotation series, 4 exercises, "),
            "\(PackWords.summary(both))")
    // The same exercise sent home twice is named once.
    plan.sequence.append(PlanItem(content: .exercise("bridge"), reps: 5, home: true))
    let twice = StudentRoutine(sequence: Composer(library: Fixtures.library).home(of: Composer(library: Fixtures.library).compose(plan)),
                               library: Fixtures.library)
    #expect(PackWords.summary(twice).hasPrefix("Your home practice: Glute bridge and the hip rotation series, 5 exercises, "),
            "\(PackWords.summary(twice))")
}

/// An exercise sent home on its own says how to set up and move, on the page and in the
/// text; the block's exercises, whose block says how to set up, do not repeat it.
@Test func aSingleExerciseSentHomeSaysHowToDoIt() throws {
    var library = Fixtures.library
    var bridge = try #require(library.exercises["bridge"])
    bridge.setup = ["Lie on your back, knees bent."]
    bridge.movement = "Lift the hips, then lower them slowly."
    library.add(bridge)
    var plan = Fixtures.mixedPlan()
    plan.sequence[1].home = true
    plan.sequence[2].home = true
    let sequence = Composer(library: library).compose(plan)
    let pack = StudentPack(sequence: sequence, library: library, figures: FixedFigures(),
                           version: "0.0.0-test", name: "deep-hips", firstDay: plan.date!.dayAfter)
    let files = Dictionary(uniqueKeysWithValues: try pack.render(typesetter: Typesetter()).files.map { ($0.name, $0.data) })
    let markdown = String(decoding: try #require(files["deep-hips.md"]), as: UTF8.self)
    #expect(markdown.contains("   Set up: Lie on your back, knees bent.\n   How: Lift the hips, then lower them slowly.\n"))
    #expect(markdown.components(separatedBy: "Set up:").count == 2)
    let html = String(decoding: try #require(files["index.html"]), as: UTF8.self)
    #expect(html.contains("<strong>How:</strong> Lift the hips, then lower them slowly."))
}

/// The block's mistakes, in the handout's "Keep in mind", are on the web page and in the text
/// too, between its cues and its tricks.
@Test func theBlocksMistakesGoIntoThePageAndTheText() throws {
    var library = Fixtures.library
    var hips = try #require(library.blocks["hips"])
    hips.mistakes = ["Lifting the knee with the front of the thigh."]
    library.add(hips)
    var plan = Fixtures.mixedPlan()
    plan.sequence[2].home = true
    let pack = StudentPack(sequence: Composer(library: library).compose(plan), library: library, figures: FixedFigures(),
                           version: "0.0.0-test", name: "deep-hips", firstDay: plan.date!.dayAfter)
    let files = Dictionary(uniqueKeysWithValues: try pack.render(typesetter: Typesetter()).files.map { ($0.name, $0.data) })
    let html = String(decoding: try #require(files["index.html"]), as: UTF8.self)
    #expect(html.contains("<div class=\"tip mistakes\">\n<h3>Mistakes to avoid</h3>\n<p>Lifting the knee with the front of the thigh.</p>"))
    let markdown = String(decoding: try #require(files["deep-hips.md"]), as: UTF8.self)
    #expect(markdown.contains("- **Mistakes to avoid**: Lifting the knee with the front of the thigh.\n"))
}
