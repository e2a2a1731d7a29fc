import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// The names teachers use: aliases in plans and in the library, did-you-mean over them,
/// figures that start `like:` another exercise's, and inline exercises as full as library ones.
@Suite("Names and shared poses")
struct NamesTests {
    /// Loads plan text against the real built-in library.
    static func load(_ text: String, folders: [String] = []) throws -> LoadedPlan {
        let assets = LibraryContentTests.root.appendingPathComponent("Assets")
        return try PlanLoader(assets: assets, libraryFolders: folders)
            .load(text: text, path: Fixtures.path("names.yaml"))
    }

    static func errors(_ loaded: LoadedPlan) -> [String] {
        loaded.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    /// A library folder in a fresh temporary folder holding `files`.
    static func libraryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func aPlanNamesExercisesAndBlocksByAlias() throws {
        let loaded = try Self.load("""
        title: Aliases
        sequence:
          - exercise: clam
          - block: hip-series
            pick: [clamshell, 3]
        """)
        #expect(Self.errors(loaded).isEmpty, "\(loaded.diagnostics)")
        let plan = try #require(loaded.plan)
        // The plan carries the library's ids, so every handout shows the library's name.
        #expect(plan.sequence[0].content == .exercise("hip-rotation-feet-down"))
        #expect(plan.sequence[1].content == .block("hip-rotation-series"))
        #expect(plan.sequence[1].pick == [.id("hip-rotation-feet-down"), .number(3)])
        let sequence = Composer(library: loaded.library).compose(plan)
        let names = sequence.items.filter { $0.kind == .exercise }.map(\.exercise.name)
        #expect(names.first == "Hip rotation, feet down")
    }

    @Test func didYouMeanSearchesIdsNamesAndAliases() throws {
        let loaded = try Self.load("""
        title: Typos
        sequence:
          - exercise: clamm
          - exercise: glute-brige
          - exercise: childs-pos
          - block: hip-seires
        """)
        let hints = loaded.diagnostics.compactMap(\.hint)
        #expect(hints.contains("did you mean 'clam'?"), "\(hints)")
        #expect(hints.contains("did you mean 'glute-bridge'?"), "\(hints)")
        #expect(hints.contains("did you mean 'childs-pose'?"), "\(hints)")
        #expect(hints.contains("did you mean 'hip-series'?"), "\(hints)")
    }

    @Test func aNameTypedAsAPhraseIsSuggestedAsItsId() throws {
        let loaded = try Self.load("""
        title: Names
        sequence:
          - exercise: bird-dogg
          - exercise: side-plank-on-the-knees
        """)
        let hints = loaded.diagnostics.compactMap(\.hint)
        #expect(hints.contains("did you mean 'bird-dog'?"), "\(hints)")
        // `Side plank on the knees` is the exercise's name; the hint gives its id.
        #expect(hints.contains("did you mean 'side-plank-knees'?"), "\(hints)")
    }

    @Test func anAliasNamesOneEntryOnly() throws {
        let folder = try Self.libraryFolder(["mine.yaml": """
        exercises:
          - id: my-clam
            name: My clam
            aliases: [clam, my-clam, shell]
            position: side-lying
            sided: true
            per_side: 1min
            feel: [side of the hip]
            cues: [Turn the thigh., Keep the pelvis still.]
            mistakes: [Rolling back.]
          - id: my-shell
            name: My shell
            aliases: [shell, glute-bridge]
            position: side-lying
            sided: true
            per_side: 1min
            feel: [side of the hip]
            cues: [Turn the thigh., Keep the pelvis still.]
            mistakes: [Rolling back.]
        """])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try Self.load("title: x\nsequence:\n  - exercise: my-clam\n", folders: [folder.path])
        let errors = Self.errors(loaded)
        #expect(errors.contains("the alias 'clam' already names 'hip-rotation-feet-down'"), "\(errors)")
        #expect(errors.contains("'my-clam' is this entry's id already"), "\(errors)")
        #expect(errors.contains("the alias 'shell' already names 'my-clam'"), "\(errors)")
        #expect(errors.contains("the alias 'glute-bridge' already names 'glute-bridge'"), "\(errors)")
        let clash = try #require(loaded.diagnostics.first { $0.message.contains("'clam' already") })
        #expect(clash.span?.line == 4 && clash.span?.column == 15, "points at the alias itself")
        #expect(loaded.plan == nil)
    }

    @Test func aFigureStartsLikeAnotherExercisesAndWritesOnlyWhatDiffers() throws {
        let loaded = try Self.load("""
        title: Own clam
        sequence:
          - name: Clam with a pause
            position: side-lying
            per_side: 1min
            figure:
              like: clam
              view: front
              start: {right-knee.flexion: 70}
              end: {right-hip.rotation: 20}
        """)
        #expect(Self.errors(loaded).isEmpty, "\(loaded.diagnostics)")
        let plan = try #require(loaded.plan)
        guard case .inline(let exercise) = plan.sequence[0].content else { Issue.record("not inline"); return }
        let figure = try #require(exercise.figure)
        let clam = try #require(loaded.library.exercises["hip-rotation-feet-down"]?.figure)
        #expect(figure.base == clam.base)
        #expect(figure.view == .front, "a key written replaces the base's")
        #expect(figure.highlight == clam.highlight, "a key not written comes from the base")
        #expect(figure.start[.rightKneeFlexion] == .degrees(70))
        #expect(figure.end[.rightKneeFlexion] == .degrees(70), "start angles change the end pose too")
        #expect(figure.start[.rightHipFlexion] == clam.start[.rightHipFlexion])
        #expect(figure.end[.rightHipRotation] == .degrees(20))
    }

    @Test func libraryFiguresChainLikesAcrossFiles() throws {
        let exercise = { (id: String, figure: String) in """
          - id: \(id)
            name: \(id)
            position: supine
            sided: false
            time: 1min
            feel: [belly]
            cues: [One., Two.]
            mistakes: [None.]
            figure: \(figure)
        """ }
        let folder = try Self.libraryFolder([
            "a.yaml": "exercises:\n" + exercise("top-one", "{like: middle-one, end: {neck.flexion: 30}}"),
            "b.yaml": "exercises:\n" + exercise("middle-one", "{like: glute-bridge, start: {spine.flexion: 20}}")
                + "\n" + exercise("loop-a", "{like: loop-b}") + "\n" + exercise("loop-b", "{like: loop-a}")
                + "\n" + exercise("nowhere", "{like: glute-bridgge}"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try Self.load("title: x\nsequence:\n  - exercise: top-one\n", folders: [folder.path])
        let errors = Self.errors(loaded)
        #expect(errors.contains { $0.hasPrefix("these figures start from each other in a circle: loop-a → loop-b → loop-a") },
                "\(errors)")
        #expect(errors.contains("no exercise 'glute-bridgge' to take the figure from"), "\(errors)")
        #expect(loaded.diagnostics.contains { $0.hint == "did you mean 'glute-bridge'?" })
        let top = try #require(loaded.library.exercises["top-one"]?.figure)
        let bridge = try #require(loaded.library.exercises["glute-bridge"]?.figure)
        #expect(top.base == bridge.base)
        #expect(top.start[.spineFlexion] == .degrees(20))
        #expect(top.end[.neckFlexion] == .degrees(30))
        #expect(top.end[.rightHipFlexion] == bridge.end[.rightHipFlexion])
    }

    /// A chain of thousands of `like`s resolves without recursion, and a circle of them is
    /// named by its ends rather than in a message of thousands of ids.
    @Test func longChainsOfLikesResolveAndLongCirclesAreShortToRead() throws {
        func exercise(_ id: String, like: String) -> String {
            "  - {id: \(id), name: \(id), position: supine, sided: false, time: 1min, feel: [belly], "
                + "cues: [One., Two.], mistakes: [None.], figure: {like: \(like)}}\n"
        }
        let count = 3_000
        let chain = (0..<count).map { exercise("c\($0)", like: $0 == count - 1 ? "glute-bridge" : "c\($0 + 1)") }
        let circle = (0..<count).map { exercise("r\($0)", like: "r\(($0 + 1) % count)") }
        let folder = try Self.libraryFolder(["long.yaml": "exercises:\n" + chain.joined() + circle.joined()])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try Self.load("title: x\nsequence:\n  - exercise: c0\n", folders: [folder.path])
        let errors = Self.errors(loaded)
        #expect(errors.count == 1, "\(errors.map { $0.prefix(200) })")
        let circleMessage = try #require(errors.first)
        #expect(circleMessage == "these figures start from each other in a circle: r0 → r1 → r2 → … 2995 more … → r2998 → r2999 → r0")
        let first = try #require(loaded.library.exercises["c0"]?.figure)
        let bridge = try #require(loaded.library.exercises["glute-bridge"]?.figure)
        #expect(first.base == bridge.base && first.start == bridge.start && first.end == bridge.end,
                "the first of the chain has the pose at its far end")
    }

    @Test func inlineExercisesTakeTheLibrarysKeys() throws {
        let loaded = try Self.load("""
        title: Own hundred
        sequence:
          - name: The Hundred
            position: supine
            time: 1min
            summary: Pump the arms while the breath counts to a hundred.
            setup: [Lie on your back., Lift your head and shoulders.]
            movement: Pump the arms up and down by your sides.
            cues: [Pump from the shoulders., Breathe in for five and out for five.]
            mistakes: [Pulling on the neck.]
            feel: [belly]
            cautions: [Keep the head down if the neck strains.]
            tags: [abdominals]
            figure:
              start: {spine.flexion: 30, right-hip.flexion: 90, left-hip.flexion: 90}
              highlight: [abdominals]
          - exercise: glute-bridge
            setup: [Lie down.]
        """)
        let errors = Self.errors(loaded)
        #expect(errors == ["'setup' belongs to inline exercises; a library exercise has its own"], "\(errors)")
        let draft = PlanFileParser.parse(text: """
        title: Own hundred
        sequence:
          - name: The Hundred
            position: supine
            time: 1min
            summary: Pump the arms.
            setup: [Lie on your back.]
            cues: [Pump., Breathe.]
            figure:
              start: {spine.flexion: 30}
              highlight: [abdominals]
        """, file: "plan.yaml")
        guard case .inline(let hundred)? = draft.plan?.sequence.first?.content else { Issue.record("no inline item"); return }
        #expect(hundred.summary == "Pump the arms.")
        #expect(hundred.setup == ["Lie on your back."])
        #expect(hundred.cues == ["Pump.", "Breathe."])
        #expect(hundred.figure?.start[.spineFlexion] == .degrees(30))
        #expect(hundred.figure?.highlight == [.abdominals])
    }
}

/// `classplan library --search`: ranked over names, aliases, targets, tags and position.
@Suite("Library search")
struct LibrarySearchTests {
    static let library = LibraryContentTests.load().library

    @Test func theAliasOfTheClamComesFirst() {
        let found = LibrarySearch(library: Self.library).find("clam")
        #expect(found.first?.id == "hip-rotation-feet-down", "\(found.map(\.id))")
        #expect(found.first?.reasons.first == "alias 'clam'")
    }

    @Test func everyWordMustMatch() {
        let found = LibrarySearch(library: Self.library).find("side lying leg")
        #expect(!found.isEmpty)
        for match in found {
            let exercise = Self.library.exercises[match.id]
            let block = Self.library.blocks[match.id]
            let fields = [exercise?.id, exercise?.name, exercise?.position.name, exercise?.summary, block?.id, block?.name]
                .compactMap { $0 } + (exercise.map { $0.tags + $0.targets + $0.feel + $0.aliases } ?? [])
                + (block.map { $0.purpose + $0.muscles + $0.aliases } ?? [])
            let text = fields.joined(separator: " ").lowercased()
            for word in ["side", "lying", "leg"] {
                #expect(text.contains(word), "\(match.id) matched without '\(word)': \(match.reasons)")
            }
        }
        #expect(LibrarySearch(library: Self.library).find("clam zebra").isEmpty)
        #expect(LibrarySearch(library: Self.library).find("  ").isEmpty)
    }

    @Test func namesOutrankTagsAndTagsOutrankSummaries() {
        let found = LibrarySearch(library: Self.library).find("bridge")
        let ids = found.map(\.id)
        // `glute-bridge` is called `bridge`; the block and the other bridges name it in theirs.
        #expect(ids.first == "glute-bridge", "\(ids)")
        // The block is found by its name, ahead of anything found only by a tag or a summary,
        // however many bridges the library holds.
        let byName = found.filter { m in m.reasons.contains { $0.hasPrefix("id ") || $0.hasPrefix("name ") } }
        #expect(byName.map(\.id).contains("bridges"), "\(ids)")
        if let block = ids.firstIndex(of: "bridges"), let weak = found.firstIndex(where: { !byName.contains($0) }) {
            #expect(block < weak, "\(ids)")
        }
    }

    @Test func positionsAndTargetsFindExercises() {
        let prone = LibrarySearch(library: Self.library).find("prone").map(\.id)
        #expect(prone.contains("prone-heel-squeeze"), "\(prone)")
        let rotators = LibrarySearch(library: Self.library).find("deep hip rotators").map(\.id)
        #expect(rotators.prefix(3).contains("hip-rotation-tabletop"), "\(rotators)")
        let partial = LibrarySearch(library: Self.library).find("hamstr").map(\.id)
        #expect(partial.contains("hamstring-stretch"), "a word's start is enough: \(partial)")
    }
}

/// Inline exercises whose names make the same id each keep a place of their own.
@Test func inlineExercisesNamedAlikeGetDistinctIds() throws {
    let loaded = try NamesTests.load("""
    title: Alike
    sequence:
      - name: Glute bridge
        position: supine
        time: 1min
      - name: glute bridge!
        position: supine
        time: 1min
      - exercise: glute-bridge
    """)
    let plan = try #require(loaded.plan, "\(loaded.diagnostics)")
    let ids = plan.sequence.compactMap { item -> String? in
        if case .inline(let exercise) = item.content { return exercise.id } else { return nil }
    }
    #expect(ids == ["glute-bridge-2", "glute-bridge-3"])
    let sequence = Composer(library: loaded.library).compose(plan)
    #expect(Set(sequence.items.filter { $0.kind == .exercise }.map(\.exercise.id)).count == 3)
}
