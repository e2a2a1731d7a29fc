import Foundation
import PlanCore
import Testing
@testable import PlanFiles

private func parse(_ text: String) -> LibraryFileParser.Contents {
    LibraryFileParser.parse(text: text, file: "lib.yaml")
}

@Test func fixtureLibraryLoadsClean() throws {
    let loaded = try LibraryLoader().load(builtIn: LibraryLoader.builtInFolder(assets: Fixtures.assets), folders: [])
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.library.blockOrder == ["warm-up", "hip-rotation-series", "standing", "cool-down"])
    let series = try #require(loaded.library.blocks["hip-rotation-series"])
    #expect(series.exercises == ["hip-rotation-feet-lifted", "hip-rotation-feet-down", "hip-rotation-tabletop"])
    #expect(series.dose == .perSide(.minutes(1)))
    #expect(series.cues == [Tip(title: "Turn the dial", text: "Picture a dial on the side of the hip.", illustration: .dial)])
    let bridge = try #require(loaded.library.exercises["glute-bridge"])
    #expect(bridge.dose == .reps(10))
    #expect(bridge.secondsPerRep == .seconds(5))
    #expect(bridge.minimum == .seconds(25), "half the dose by default")
    #expect(loaded.library.exercises["cat-cow"]?.mistakes == ["Collapsing into the shoulders."], "one text is a list of one")
}

@Test func figurePoseDataIsReadAndOverlaid() throws {
    let loaded = try LibraryLoader().load(builtIn: LibraryLoader.builtInFolder(assets: Fixtures.assets), folders: [])
    let figure = try #require(loaded.library.exercises["hip-rotation-feet-lifted"]?.figure)
    #expect(figure.base == .sideLying)
    #expect(figure.view == .front)
    #expect(figure.start[.rightKneeFlexion] == .degrees(90))
    #expect(figure.start[.rightHipRotation] == .zero)
    #expect(figure.end[.rightHipRotation] == .degrees(35))
    #expect(figure.end[.rightKneeFlexion] == .degrees(90), "the end pose is laid over the start")
    #expect(figure.highlight == [.hipRotators])
}

@Test func exerciseRulesOfTheFormat() {
    let contents = parse("""
    exercises:
      - id: Bad_Id
        name: Something
        position: supine
        sided: maybe
        time: 1min
        reps: 10
        feel: [here]
        cues: [only one]
        mistakes: []
        figure:
          view: {azimuth: 30, elevation: 20}
          start: {right-hip.rotaton: 10}
          highlight: [glute]
    """)
    #expect(contents.exercises.isEmpty)
    #expect(contents.brokenIDs == ["Bad_Id"])
    let messages = contents.diagnostics.map { "\($0.span?.line ?? 0) \($0.message)" }
    #expect(messages == [
        "2 'Bad_Id' is not a valid id",
        "5 'sided' is true or false, not 'maybe'",
        "7 an exercise needs exactly one default dose",
        "9 'cues' needs at least 2 entries",
        "10 'mistakes' needs at least 1 entry",
        "13 unknown key 'right-hip.rotaton' in the start pose",
        "14 'highlight' cannot be 'glute'",
    ])
    #expect(contents.diagnostics[5].hint == "did you mean 'right-hip.rotation'?")
}

@Test func aMissingSidedAsksForEitherValue() {
    let contents = parse("""
    exercises:
      - id: rib-breathing
        name: Rib breathing
        position: supine
        time: 1min
        feel: [ribs]
        cues: [Breathe into the hands, Let the ribs close]
        mistakes: [Lifting the shoulders]
    """)
    let missing = contents.diagnostics.first { $0.message == "this exercise has no 'sided'" }
    #expect(missing?.hint == "add `sided: true` if it is done on each side, or `sided: false`",
            "a breathing exercise is not done on each side: the hint must not push `true`")
}

@Test func blockRules() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planfiles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    blocks:
      - id: my-block
        name: Mine
        exercises: [cat-cow, glute-brige]
      - id: my-block
        name: Mine again
        exercises: [cat-cow]
      - name: No id
        exercises: [cat-cow]
    """.write(to: folder.appendingPathComponent("blocks.yaml"), atomically: true, encoding: .utf8)
    let loaded = try LibraryLoader().load(builtIn: LibraryLoader.builtInFolder(assets: Fixtures.assets),
                                          folders: [LibraryFolder(url: folder, name: "mine")])
    let found = loaded.diagnostics.map { "\($0.span?.line ?? 0) \($0.message)" }
    #expect(found == [
        "5 block 'my-block' is defined twice",
        "8 this block has no 'id'",
        "4 block 'my-block' lists 'glute-brige', which is not in the library",
    ])
    #expect(loaded.diagnostics.last?.hint == "did you mean 'glute-bridge'?")
    #expect(loaded.diagnostics.first?.file == "mine/blocks.yaml")
}

/// A library file of one side-lying exercise whose `figure:` the test goes on to write
/// (its lines start at line 11).
private let clamWithFigure = """
exercises:
  - id: clam
    name: Clam
    position: side-lying
    sided: true
    time: 1min
    feel: [side of the hip]
    cues: [one, two]
    mistakes: [one]
    figure:

"""

@Test func figureAnnotationsAndPropsAreRead() throws {
    let contents = parse(clamWithFigure + """
          start: {right-knee.flexion: 90}
          annotate:
            - angle: right-hip
            - lifted: feet
            - down: knees
              text: knees rest
            - label: right-knee
              text: turn the thigh
            - arrow: circle
          props:
            - cushion
            - strap: left-foot
    """)
    #expect(contents.diagnostics.isEmpty, "\(contents.diagnostics)")
    let figure = try #require(contents.exercises.first?.figure)
    #expect(figure.annotations == [.angle(.rightHip), .lifted(.feet, text: nil), .down(.knees, text: "knees rest"),
                                   .label(.rightKnee, text: "turn the thigh"), .arrow(.circle)])
    #expect(figure.props == [FigureProp(.cushion, at: .head), FigureProp(.strap, at: .leftFoot)])
}

@Test func badAnnotationsAndPropsAreReported() {
    let contents = parse(clamWithFigure + """
          annotate:
            - angle: right-hipp
            - {lifted: feet, down: knees}
            - label: head
            - down: feet
              text: this label is far too long to sit beside a body
            - arrow: spiral
          props:
            - ball: head
            - hammock
    """)
    let messages = contents.diagnostics.map { "\($0.span?.line ?? 0) \($0.message)" }
    #expect(messages == [
        "12 'angle' cannot be 'right-hipp'",
        "13 this annotation names 'lifted' and 'down' at once",
        "14 a label annotation has no 'text'",
        "16 the label 'this label is far too long to sit beside a body' is longer than 32 characters",
        "17 'arrow' cannot be 'spiral'",
        "19 a ball cannot go at 'head'",
        "20 'props' cannot be 'hammock'",
    ])
}
