import Foundation
import Testing
import PlanCore
import PlanFiles

/// Checks the content of the built-in library and the example studio library: every file
/// loads cleanly, every exercise is complete, and the hip rotation series carries its facts
/// field by field.
@Suite("Library content")
struct LibraryContentTests {
    // The repository root, three levels above this file (Tests/PlanFilesTests/<file>).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let builtInFolder = root.appendingPathComponent("Assets/library")
    static let studioFolder = root.appendingPathComponent("Plans/studio-library")

    // The one place that calls the loader, so a change in its shape is a one-line fix.
    static func load(folders: [URL] = []) -> (library: Library, diagnostics: [Diagnostic]) {
        let teacher = folders.map { LibraryFolder(url: $0, name: $0.lastPathComponent) }
        guard let loaded = try? LibraryLoader().load(builtIn: builtInFolder, folders: teacher) else {
            Issue.record("a library file could not be read")
            return (Library(), [])
        }
        return (loaded.library, loaded.diagnostics)
    }

    // Overriding a built-in is reported as a warning; anything else in these files is a fault.
    static func isError(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error
    }

    static func yamlFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
    }

    @Test func builtInLibraryLoadsWithoutDiagnostics() throws {
        let (library, diagnostics) = Self.load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")

        // Every file contributed something: a file silently skipped would not be caught above.
        let files = try Self.yamlFiles(in: Self.builtInFolder)
        #expect(files.count >= 8)
        let spans = library.allExercises.compactMap(\.span) + library.allBlocks.compactMap(\.span)
        for file in files {
            #expect(spans.contains { $0.file.hasSuffix(file) }, "nothing was read from \(file)")
        }
    }

    @Test func everyExerciseHasEveryRequiredField() {
        let library = Self.load().library
        for exercise in library.allExercises {
            let id = exercise.id
            #expect(!exercise.name.isEmpty, "\(id): name")
            #expect(!exercise.summary.isEmpty, "\(id): summary")
            #expect(!exercise.feel.isEmpty, "\(id): feel")
            #expect(!exercise.targets.isEmpty, "\(id): targets")
            #expect(!exercise.setup.isEmpty, "\(id): setup")
            #expect(!exercise.movement.isEmpty, "\(id): movement")
            #expect(exercise.cues.count >= 2, "\(id): at least two cues")
            #expect(exercise.mistakes.count >= 1, "\(id): at least one mistake")
            #expect(!exercise.easier.isEmpty, "\(id): an easier variant")
            #expect(!exercise.harder.isEmpty, "\(id): a harder variant")
            #expect(!exercise.tags.isEmpty, "\(id): tags")

            // The dose must suit the sidedness, and the minimum must not exceed it.
            let work: Int
            switch exercise.dose {
            case .time(let t):
                #expect(!exercise.sided, "\(id): sided work takes per_side or reps, not time")
                work = t.seconds
            case .perSide(let t):
                #expect(exercise.sided, "\(id): per_side is for sided work")
                work = t.seconds
            case .reps(let n):
                #expect(n > 0, "\(id): reps")
                #expect(exercise.secondsPerRep != nil, "\(id): reps need seconds_per_rep")
                work = n * (exercise.secondsPerRep?.seconds ?? 0)
            }
            #expect(work > 0, "\(id): dose")
            if let minimum = exercise.minimum {
                #expect(minimum.seconds > 0 && minimum.seconds <= work, "\(id): minimum within the dose")
            } else {
                Issue.record("\(id): minimum")
            }
        }
    }

    @Test func everyBlockNamesExercisesThatExist() {
        let library = Self.load().library
        for block in library.allBlocks {
            #expect(!block.exercises.isEmpty, "\(block.id): no exercises")
            #expect(!block.purpose.isEmpty, "\(block.id): purpose")
            for id in block.exercises {
                #expect(library.exercises[id] != nil, "\(block.id): no exercise '\(id)'")
            }
        }
    }

    @Test func theBlocksOfAMatClassAreThere() throws {
        let library = Self.load().library
        let exact = ["bridges": 3, "side-lying-legs": 3, "quadruped": 3, "standing": 3,
                     "stretches": 3, "cool-down": 2, "hip-rotation-series": 3]
        for (id, count) in exact {
            let block = try #require(library.blocks[id], "no block '\(id)'")
            #expect(block.exercises.count == count, "\(id): \(block.exercises.count) exercises")
        }
        let warmUp = try #require(library.blocks["warm-up"])
        #expect(warmUp.exercises.count >= 3)

        #expect(library.blocks["bridges"]?.exercises.contains("glute-bridge") == true)
        #expect(library.blocks["stretches"]?.exercises.contains("figure-four-stretch") == true)
        // Blocks that stay in one position keep transitions out of the class.
        for (block, position) in [("side-lying-legs", BodyPosition.sideLying), ("standing", .standing),
                                  ("quadruped", .quadruped), ("bridges", .supine)] {
            for id in library.blocks[block]?.exercises ?? [] {
                #expect(library.exercises[id]?.position == position, "\(block): \(id)")
            }
        }
        #expect(library.allExercises.count >= 66)
    }

    @Test func theHipSeriesCarriesItsFacts() throws {
        let library = Self.load().library
        let series = try #require(library.blocks["hip-rotation-series"])

        // Three positions, in order, each one minute per side.
        #expect(series.exercises == ["hip-rotation-feet-lifted", "hip-rotation-feet-down",
                                     "hip-rotation-tabletop"])
        #expect(series.dose == .perSide(.seconds(60)))
        #expect(series.sides == .rightFirst)
        #expect(series.practice == "every day")
        // A prescription: `fit` leaves its minute alone.
        #expect(series.fixed)
        let positions = try series.exercises.map { try #require(library.exercises[$0]) }
        for exercise in positions {
            #expect(exercise.dose == .perSide(.seconds(60)), "\(exercise.id)")
            #expect(exercise.position == .sideLying, "\(exercise.id)")
            #expect(exercise.sided, "\(exercise.id)")
            #expect(exercise.sensation?.isEmpty == false, "\(exercise.id): sensation")
            #expect(exercise.feel.contains { $0.contains("hip") }, "\(exercise.id): felt in the hip")
        }

        // Each position reaches a deeper layer through a smaller range.
        #expect(positions.map(\.layer) == ["surface", "middle", "deepest"])
        #expect(positions.map(\.range) == ["largest", "smaller", "smallest"])

        // The radio dial is the block's key cue.
        #expect(series.cues.first?.illustration == .dial)

        // The three palpation tricks, in order.
        #expect(series.palpation.map(\.illustration) == [.scratch, .rest, .smallRange])
        #expect(series.palpation.allSatisfy { !$0.title.isEmpty && !$0.text.isEmpty })

        // The six deep lateral rotators, by name.
        #expect(series.muscles == ["piriformis", "gemellus superior", "obturator internus",
                                   "gemellus inferior", "obturator externus", "quadratus femoris"])

        // The one mistake to warn about: lifting with the front of the thigh.
        let mistake = try #require(series.mistakes.first).lowercased()
        #expect(mistake.contains("quadriceps"))
        #expect(mistake.contains("front of the thigh"))

        // The set-up, the why, and the layers presented as a teaching model.
        #expect(series.setup.count >= 3)
        #expect(series.purpose.count >= 4)
        #expect(series.model?.lowercased().contains("teaching model") == true)
    }

    /// The classical mat order, as teachers name it.
    static let classicalMat = ["hundred", "roll-up", "roll-over", "single-leg-circles", "rolling-like-a-ball",
                               "single-leg-stretch", "double-leg-stretch", "single-straight-leg-stretch",
                               "double-straight-leg-stretch", "criss-cross", "spine-stretch-forward",
                               "open-leg-rocker", "corkscrew", "saw", "swan", "single-leg-kick", "double-leg-kick",
                               "neck-pull", "shoulder-bridge", "spine-twist", "side-kick-front-back",
                               "side-kick-up-down", "side-kick-small-circles", "teaser", "swimming",
                               "leg-pull-front", "leg-pull-back", "seal", "push-up"]

    /// Modern mat and yoga-based work.
    static let modernMat = ["dead-bug", "roll-down-standing", "mermaid", "thread-the-needle", "downward-dog",
                            "low-lunge", "pigeon", "chest-opener-side-lying", "rib-breathing", "toe-taps",
                            "clam-with-band"]

    /// The files of the mat repertoire, whose exercises are held to the full standard.
    static let matFiles = ["mat-classical.yaml", "mat-modern.yaml"]

    @Test func theClassicalMatOrderIsThere() throws {
        let library = Self.load().library
        for id in Self.classicalMat + Self.modernMat {
            let exercise = try #require(library.exercises[id], "no exercise '\(id)'")
            #expect(exercise.figure != nil, "\(id): pose data")
        }
        // Counted work says so in its dose: the Hundred is 100 beats of the arms, a second each.
        let hundred = try #require(library.exercises["hundred"])
        #expect(hundred.dose == .reps(100))
        #expect(hundred.secondsPerRep == .seconds(1))
    }

    @Test func everyMatExerciseMeetsTheHipSeriesStandard() throws {
        let library = Self.load().library
        let mat = library.allExercises.filter { e in Self.matFiles.contains { e.span?.file.hasSuffix($0) == true } }
        #expect(mat.count == Self.classicalMat.count + Self.modernMat.count)
        for exercise in mat {
            let id = exercise.id
            #expect(!exercise.cautions.isEmpty, "\(id): cautions")
            #expect(exercise.cues.count >= 2 && exercise.mistakes.count >= 1, "\(id): cues and mistakes")
            let figure = try #require(exercise.figure, "\(id): pose data")
            #expect(figure.start != figure.end || exercise.tags.contains("hold"), "\(id): the figure shows no movement")
            #expect(!figure.highlight.isEmpty, "\(id): what to highlight")
            #expect(exercise.tags.contains("mat"), "\(id): tagged mat")
        }
    }

    /// The longest key cue a phone card and a handout line carry whole.
    static let keyCueLimit = 90

    @Test func everyExerciseHasAKeyCue() {
        for exercise in Self.load().library.allExercises {
            let cue = exercise.keyCue ?? ""
            #expect(!cue.isEmpty, "\(exercise.id): no key cue")
            #expect(cue.count <= Self.keyCueLimit, "\(exercise.id): key cue of \(cue.count) characters")
            #expect(cue.hasSuffix(".") || cue.hasSuffix("!"), "\(exercise.id): key cue is not a sentence")
        }
    }

    @Test func noTwoEntriesShareANameOrAlias() throws {
        // Read ids and aliases straight from the files, so a clash between an exercise and a
        // block, or between two files, is caught however the loader resolves it.
        var seen: [String: String] = [:]
        var ids = 0
        for file in try Self.yamlFiles(in: Self.builtInFolder) {
            let text = try String(contentsOf: Self.builtInFolder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                var names: [String] = []
                if line.hasPrefix("  - id: ") {
                    names = [String(line.dropFirst("  - id: ".count))]
                    ids += 1
                } else if line.hasPrefix("    aliases: [") && line.hasSuffix("]") {
                    names = line.dropFirst("    aliases: [".count).dropLast()
                        .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
                for name in names {
                    #expect(seen[name] == nil, "'\(name)' in \(file) and \(seen[name] ?? "")")
                    seen[name] = file
                }
            }
        }
        let library = Self.load().library
        #expect(ids == library.allExercises.count + library.allBlocks.count)
        // The names teachers say for the classical work find it.
        for (alias, id) in [("the-hundred", "hundred"), ("scissors", "single-straight-leg-stretch"),
                            ("lower-lift", "double-straight-leg-stretch"), ("side-kick", "side-kick-front-back")] {
            #expect(library.exercises[id]?.aliases.contains(alias) == true, "\(id): alias '\(alias)'")
        }
    }

    @Test func theStudioLibraryAddsAndOverrides() {
        let (library, diagnostics) = Self.load(folders: [Self.studioFolder])
        #expect(!diagnostics.contains(where: Self.isError), "\(diagnostics)")

        // Its own exercises and block, the block mixing its own and built-in exercises.
        for id in ["ball-squeeze-bridge", "side-step-with-band", "mermaid-stretch"] {
            #expect(library.exercises[id] != nil, "no exercise '\(id)'")
        }
        let block = library.blocks["band-and-balance"]
        #expect(block?.exercises == ["side-step-with-band", "single-leg-balance", "standing-hip-opener"])

        // Its child's pose replaces the built-in one, and the replacement is recorded.
        #expect(library.exercises["childs-pose"]?.name == "Child's pose on a bolster")
        #expect(library.overrides.map(\.id) == ["childs-pose"])
        #expect(library.overrides.first?.isBlock == false)
    }
}
