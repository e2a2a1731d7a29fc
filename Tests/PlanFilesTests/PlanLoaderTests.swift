import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// Every feature of the plan format at once.
let fullPlan = """
title: Deep hips, steady pelvis
date: 2026-12-01
teacher: Alex Rivera
studio: Riverside Movement
length: 45min
level: mixed
focus: the six deep hip rotators
paper: letter
fit: true
notes: |
  Bring blocks for the tabletop position.
transitions:
  turn-over: 10s
  floor-to-standing: 0s
sequence:
  - block: warm-up
  - block: hip-rotation-series
    per_side: 1m30s
    sides: alternate
    pick: [1, hip-rotation-tabletop]
    note: Scratch the side of the hip before position 2.
    fixed: true
    home: true
  - exercise: glute-bridge
    reps: 12
  - exercise: figure-four-stretch
    per_side: 1:15
  - name: Breathing into the back ribs
    position: supine
    time: 2 minutes
    cues: [Let the back ribs widen on the in-breath.]
    home: yes
  - block: cool-down
share:
  link: https://example.org/deep-hips
  message: One minute per position, each side, every day.
  practice: 3 weeks
  reminder: 07:30
"""

@Test func readsEveryFeatureOfAPlan() throws {
    let loaded = try Fixtures.load(fullPlan)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let plan = try #require(loaded.plan)
    #expect(plan.title == "Deep hips, steady pelvis")
    #expect(plan.date == PlanDate(year: 2026, month: 12, day: 1))
    #expect(plan.teacher == "Alex Rivera")
    #expect(plan.studio == "Riverside Movement")
    #expect(plan.length == .minutes(45))
    #expect(plan.level == .mixed)
    #expect(plan.focus == "the six deep hip rotators")
    #expect(plan.paper == .letter)
    #expect(plan.fit)
    #expect(plan.notes == "Bring blocks for the tabletop position.\n")
    #expect(plan.transitions == TransitionTimes(turnOver: .seconds(10), floorChange: .seconds(15), floorToStanding: .zero))
    #expect(plan.share == ShareSettings(link: "https://example.org/deep-hips",
                                       message: "One minute per position, each side, every day.", practiceDays: 21,
                                       reminder: TimeOfDay(hour: 7, minute: 30)!))
    #expect(plan.keySpans["length"]?.line == 5)
    #expect(plan.sequence.count == 6)

    let series = plan.sequence[1]
    #expect(series.content == .block("hip-rotation-series"))
    #expect(series.perSide == .seconds(90))
    #expect(series.sides == .alternate)
    #expect(series.pick == [.number(1), .id("hip-rotation-tabletop")])
    #expect(series.note == "Scratch the side of the hip before position 2.")
    #expect(series.fixed)
    #expect(series.home)
    #expect(series.span?.line == 17)
    #expect(plan.sequence.map(\.home) == [false, true, false, false, true, false])

    #expect(plan.sequence[2].content == .exercise("glute-bridge"))
    #expect(plan.sequence[2].reps == 12)
    #expect(plan.sequence[3].perSide == .seconds(75))

    guard case .inline(let breathing) = plan.sequence[4].content else {
        Issue.record("expected an inline exercise")
        return
    }
    #expect(breathing.id == "breathing-into-the-back-ribs")
    #expect(breathing.name == "Breathing into the back ribs")
    #expect(breathing.position == .supine)
    #expect(!breathing.sided)
    #expect(breathing.dose == .time(.minutes(2)))
    #expect(breathing.cues == ["Let the back ribs widen on the in-breath."])
    #expect(plan.sequence[4].time == .minutes(2))
}

@Test func defaultsWhenOptionalKeysAreLeftOut() throws {
    let plan = try #require(try Fixtures.load("title: Short\nsequence:\n  - block: warm-up\n").plan)
    #expect(plan.paper == .a4)
    #expect(!plan.fit)
    #expect(plan.transitions == TransitionTimes())
    #expect(plan.share == nil)
    #expect(plan.library.isEmpty)
    #expect(plan.sequence.allSatisfy { !$0.home && !$0.fixed })
    #expect(ShareSettings().reminder == TimeOfDay(hour: 8, minute: 0))
}

@Test func reportsEveryProblemInFileOrder() throws {
    let text = """
    title: Tuesday
    level: mixd
    sequence:
      - exercise: glute-brige
      - block: hip-rotation-series
        per-side: 1min
      - exercise: figure-four-stretch
        time: 45s
    paper: a3
    """
    let loaded = try Fixtures.load(text)
    #expect(loaded.plan == nil)
    #expect(loaded.diagnostics.map { $0.span?.line } == [2, 4, 6, 8, 9])
    #expect(loaded.diagnostics[0].hint == "did you mean 'mixed'? 'level' is one of 'beginner', 'mixed' or 'advanced'")
    #expect(loaded.diagnostics[1].hint == "did you mean 'glute-bridge'?")
    #expect(loaded.diagnostics[2].hint == "did you mean 'per_side'?")
    #expect(loaded.diagnostics[3].hint == "write `per_side: 45s` for the time on each side")
}

/// The dose hints offer a form the loader accepts, not the teacher's misspelling again.
@Test func doseHintsNeverRepeatATimeThatIsNotOne() throws {
    let text = """
    title: Tuesday
    sequence:
      - exercise: figure-four-stretch
        time: 2 minuts
      - exercise: glute-bridge
        per_side: 90
    """
    let loaded = try Fixtures.load(text)
    let hints = loaded.diagnostics.compactMap(\.hint)
    #expect(hints.contains("write `per_side: 1min` for the time on each side"), "\(hints)")
    #expect(hints.contains("write `time: 1min` for its whole time"), "\(hints)")
    #expect(!hints.contains { $0.contains("minuts`") || $0.contains(": 90`") }, "\(hints)")
}

@Test func pickRunsInTheOrderWritten() throws {
    let loaded = try Fixtures.load("title: T\nsequence:\n  - block: hip-rotation-series\n    pick: [3, 1]\n")
    let plan = try #require(loaded.plan)
    #expect(loaded.diagnostics.isEmpty, "a pick out of the block's order is what the teacher means")
    let sequence = Composer(library: loaded.library).compose(plan)
    let ids = sequence.items.filter { $0.kind == .exercise && $0.side == .right }.map(\.exercise.id)
    #expect(ids == ["hip-rotation-tabletop", "hip-rotation-feet-lifted"])
}

@Test func ownLibraryOverridesAndAdds() throws {
    let text = "title: T\nlibrary: [teacher-library]\nsequence:\n  - exercise: wall-sit\n  - exercise: glute-bridge\n"
    let loaded = try Fixtures.load(text)
    #expect(loaded.plan != nil)
    #expect(loaded.library.exercises["wall-sit"]?.name == "Wall sit")
    #expect(loaded.library.exercises["glute-bridge"]?.name == "Glute bridge with a block")
    #expect(loaded.library.overrides.map(\.id) == ["glute-bridge"])
    // The plan uses the replaced exercise, so composing it says so, once, at the replacement.
    #expect(loaded.diagnostics.isEmpty)
    let plan = try #require(loaded.plan)
    let warnings = Composer(library: loaded.library).compose(plan).warnings
    #expect(warnings.count == 1)
    let warning = try #require(warnings.first)
    #expect(warning.message == "your library replaces the built-in exercise 'glute-bridge'")
    #expect(warning.span?.file.hasSuffix("teacher-library/mine.yaml") == true)
    #expect(warning.span?.line == 2)
}

@Test func libraryOptionFoldersLoadToo() throws {
    let loaded = try Fixtures.load("title: T\nsequence:\n  - exercise: wall-sit\n", folders: [Fixtures.teacherLibrary.path])
    #expect(loaded.plan != nil)
    let missing = try Fixtures.load("title: T\nsequence:\n  - block: warm-up\n", folders: ["no-such-folder"])
    #expect(missing.plan == nil)
    #expect(missing.diagnostics.map(\.message) == ["no library folder 'no-such-folder' (given with --library)"])
}

@Test func brokenLibraryFilesPointAtTheirLines() throws {
    let loaded = try Fixtures.load("title: T\nsequence:\n  - exercise: side-kick\n", folders: [Fixtures.brokenLibrary.path])
    #expect(loaded.plan == nil)
    let found = loaded.diagnostics.map { "\($0.span?.line ?? 0):\($0.span?.column ?? 0) \($0.message)" }
    #expect(found == [
        "4:15 'position' cannot be 'side-lyin'",
        "11:34 900° is out of range for 'right-hip.flexion'",
    ])
    #expect(loaded.diagnostics.allSatisfy { $0.file?.hasSuffix("broken-library/broken.yaml") == true })
    #expect(loaded.diagnostics.last?.hint == "'right-hip.flexion' goes from -30° to 140°")
}

@Test func missingPlanFileThrows() {
    #expect(throws: FileReadError.self) {
        try PlanLoader(assets: Fixtures.assets).load(Fixtures.path("no-such-plan.yaml"))
    }
}

/// A teacher writes names as the handouts print them: capitals, spaces, the printed name.
@Test func namesAndWordsAreReadWhateverTheirCapitals() throws {
    let text = """
    title: Tuesday
    level: Mixed
    paper: A4
    sequence:
      - block: Warm-up
      - exercise: Glute Bridge
      - exercise: “cat and cow”
      - block: The hip rotation series
        sides: Left-first
    """
    let loaded = try Fixtures.load(text)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let plan = try #require(loaded.plan)
    #expect(plan.level == .mixed)
    #expect(plan.paper == .a4)
    #expect(plan.sequence.map(\.content) == [.block("warm-up"), .exercise("glute-bridge"), .exercise("cat-cow"),
                                            .block("hip-rotation-series")])
    #expect(plan.sequence[3].sides == .leftFirst)
    // A real mistake is still one, with its did-you-mean.
    let typo = try Fixtures.load("title: T\nsequence:\n  - block: Warm-upp\n")
    #expect(typo.plan == nil)
    #expect(typo.diagnostics.first?.hint?.contains("warm-up") == true, "\(typo.diagnostics)")
}

@Test func aLinkWithoutItsSchemeIsToldHowToWriteIt() throws {
    let loaded = try Fixtures.load("title: T\nsequence:\n  - block: warm-up\nshare:\n  link: www.example.org/hips\n")
    #expect(loaded.diagnostics.first?.hint == "write `link: https://www.example.org/hips`", "\(loaded.diagnostics)")
}

@Test func slipsATeacherMakesGetAHintThatFits() throws {
    let empty = try Fixtures.load("title:\nsequence:\n  - block: warm-up\n    home: maybe\n")
    #expect(empty.diagnostics.map(\.hint) == ["write a value after the colon", "write `home: true` or `home: false`"])
    let list = try Fixtures.load("- title: T\n- block: warm-up\n")
    #expect(list.diagnostics.first?.hint?.contains("`title:`, then `sequence:`") == true, "\(list.diagnostics)")

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hints-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("title: T\nsequence:\n  - block: warm-up\n".utf8).write(to: folder.appendingPathComponent("thursday.yaml"))
    let missing = folder.appendingPathComponent("thursday").path
    let error = #expect(throws: FileReadError.self) { try PlanLoader(assets: Fixtures.assets).load(missing) }
    #expect(error?.hint == "did you mean '\(missing).yaml'?")
    #expect(FileReadError(path: folder.appendingPathComponent("friday").path, reason: FileReadError.Reason.missing).hint == nil)
}

@Test func anUnknownNameIsMatchedByAWordOfANameOrSentToTheSearch() throws {
    let word = try Fixtures.load("title: T\nsequence:\n  - exercise: glutes\n")
    #expect(word.diagnostics.first?.hint == "did you mean 'glute-bridge'?", "\(word.diagnostics)")
    let unknown = try Fixtures.load("title: T\nsequence:\n  - exercise: zzz-qqq\n")
    #expect(unknown.diagnostics.first?.hint == "`classplan library --search \"zzz qqq\"` finds exercises by name, target or tag",
            "\(unknown.diagnostics)")
}

/// A word of a name finds its entry through every spelling of it, aliases included, and
/// the look costs from the same budget as the spelling search.
@Test func aWordOfANameFindsOneEntryHoweverManySpellingsHoldIt() {
    var library = Library()
    library.add(Exercise(id: "rib-breathing", name: "Breathing into the ribs", aliases: ["lateral-breathing", "rib-cage-breathing"],
                         position: .supine, sided: false, dose: .time(.minutes(1))))
    library.add(Exercise(id: "cat-cow", name: "Cat and cow", position: .quadruped, sided: false, dose: .reps(8)))
    library.add(Exercise(id: "bird-dog", name: "Bird dog", position: .quadruped, sided: true, dose: .reps(8)))
    library.add(Exercise(id: "downward-dog", name: "Downward dog", aliases: ["down-dog"], position: .standing, sided: false,
                         dose: .time(.seconds(30))))
    let names = NameSuggestions(library: library, blocks: false)
    var budget = EditDistance.Budget()
    #expect(names.nearest(to: "breathings", budget: &budget) == "rib-breathing")
    #expect(names.nearest(to: "dogs", budget: &budget) == nil, "two entries hold it")
    var spent = EditDistance.Budget(cells: 0)
    #expect(names.nearest(to: "breathings", budget: &spent) == nil)
}
