import Figures
import PlanCore
@testable import Sharing

/// A small library and plans in code, so the pack's tests don't depend on the built-in files.
enum Fixtures {
    static let hostileCue = "<script>alert(1)</script> & keep \"calm\""

    static func lying(_ id: String, _ name: String, cue: String) -> Exercise {
        Exercise(id: id, name: name, position: .sideLying, sided: true, dose: .perSide(.minutes(1)),
                 minimum: .seconds(30), summary: "One of the three positions.",
                 feel: ["side and back of the top hip"],
                 cues: [cue, "Your pelvis stays stacked."],
                 mistakes: ["Lifting the knee with the front of the thigh."])
    }

    static let library: Library = {
        var lib = Library()
        lib.add(lying("feet-lifted", "Hip rotation, feet lifted", cue: "Turn the dial; the knee rises because the thigh turns."))
        lib.add(lying("feet-down", "Hip rotation, feet down", cue: "Feet stay together on the mat."))
        lib.add(lying("tabletop", "Hip rotation, tabletop", cue: "Keep hips and knees at a right angle."))
        lib.add(Exercise(id: "bridge", name: "Glute bridge", position: .supine, sided: false,
                         dose: .reps(10), secondsPerRep: .seconds(5),
                         cues: ["Press through your heels; ribs stay soft."]))
        lib.add(Exercise(id: "rest", name: "Resting on your back", position: .supine, sided: false,
                         dose: .time(.minutes(2))))
        lib.add(Block(id: "hips", name: "The hip rotation series",
                      purpose: ["Strong deep rotators help keep the hip centred."],
                      exercises: ["feet-lifted", "feet-down", "tabletop"], sides: .rightFirst,
                      dose: .perSide(.minutes(1)), practice: "every day",
                      setup: ["Lie on one side with both knees bent."],
                      cues: [Tip(title: "Turn the dial", text: "Picture a radio dial on your hip.", illustration: .dial)],
                      palpation: [Tip(title: "Wake them up", text: "Scratch the side of the hip.", illustration: .scratch)]))
        return lib
    }()

    /// The hip series alone, with a share section.
    static func hipPlan(link: String? = "https://example.org/hip-rotations", days: Int = 28,
                        title: String = "Hip rotations at home",
                        date: PlanDate? = PlanDate(year: 2026, month: 12, day: 1)) -> Plan {
        Plan(title: title, date: date, teacher: "Alex Rivera",
             sequence: [PlanItem(content: .block("hips"), perSide: .minutes(1))],
             share: ShareSettings(link: link, message: "One minute per position on each side, every day.",
                                  practiceDays: days))
    }

    /// A class mixing sided, counted and timed work, with an inline exercise whose cue is hostile.
    static func mixedPlan() -> Plan {
        let inline = Exercise(id: "breathing", name: "Breathing <into> the back ribs", position: .supine,
                              sided: false, dose: .time(.minutes(2)), cues: [hostileCue],
                              mistakes: ["Holding the breath; a, b; c\\d"])
        return Plan(title: "Deep hips; steady, calm \\ pelvis", date: PlanDate(year: 2026, month: 12, day: 3),
                    teacher: "Alex Rivera", studio: "Riverside Movement",
                    sequence: [
                        PlanItem(content: .inline(inline)),
                        PlanItem(content: .exercise("bridge"), reps: 10),
                        PlanItem(content: .block("hips"), perSide: .minutes(1)),
                        PlanItem(content: .exercise("rest")),
                    ],
                    share: ShareSettings(link: "https://example.org/deep-hips?a=1&b=2",
                                         message: "See you <b>next</b> week & practise!",
                                         practiceDays: 10))
    }

    static func routine(_ plan: Plan) -> StudentRoutine {
        StudentRoutine(sequence: Composer(library: library).compose(plan), library: library)
    }

    /// A simple lying figure: enough geometry to see on a page.
    static let figure: Scene = {
        var scene = Scene(size: Size(width: 320, height: 160))
        var mat = Path2D()
        mat.move(to: Point(x: 10, y: 140)); mat.line(to: Point(x: 310, y: 140))
        scene.append(.path(mat, ShapeStyle(stroke: .gray(0.5), lineWidth: 4)))
        var body = Path2D()
        body.move(to: Point(x: 60, y: 120)); body.line(to: Point(x: 200, y: 120))
        body.curve(to: Point(x: 260, y: 70), control1: Point(x: 230, y: 120), control2: Point(x: 250, y: 90))
        scene.append(.path(body, ShapeStyle(stroke: .hex(0x2b7a69), lineWidth: 14)))
        scene.append(.circle(center: Point(x: 40, y: 110), radius: 18, ShapeStyle(fill: .hex(0x2b7a69))))
        var arc = Path2D()
        arc.move(to: Point(x: 240, y: 40)); arc.curve(to: Point(x: 290, y: 60), control1: Point(x: 260, y: 25), control2: Point(x: 280, y: 35))
        scene.append(.arrow(arc, ShapeStyle(stroke: .hex(0xc0392b), lineWidth: 3), headLength: 10, doubleHeaded: false))
        scene.append(.label(Label(text: "start <& end>", position: Point(x: 160, y: 30), anchor: .middle)))
        return scene
    }()

    static func figures(for routine: StudentRoutine) -> PackFigures {
        PackFigures(for: routine, exercise: { _ in figure }, illustration: { _ in figure })
    }
}
