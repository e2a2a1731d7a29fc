import Foundation
import Figures
import Graphics
@testable import Handouts
import PlanCore
import TestSupport

/// Runs a command-line tool and returns its status and what it printed.
func run(_ tool: String, _ args: [String]) throws -> (status: Int32, output: String) {
    let result = try ExternalProcess.run(tool, args)
    return (result.status, result.output + result.errors)
}

/// A scratch folder removed by the caller.
func scratchFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("classplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `data` to a scratch file and returns its path.
func scratchFile(_ data: Data, name: String) throws -> URL {
    let url = try scratchFolder().appendingPathComponent(name)
    try data.write(to: url)
    // CLASSPLAN_KEEP=DIR keeps a copy of every rendered file there, to look at.
    if let keep = ProcessInfo.processInfo.environment["CLASSPLAN_KEEP"] {
        try? data.write(to: URL(fileURLWithPath: keep).appendingPathComponent(name))
    }
    return url
}

/// A figure provider that draws a simple labelled frame, so layout tests don't depend on
/// the body model.
struct BoxFigures: FigureProvider {
    func scene(for exercise: Exercise) -> Scene? {
        var s = Scene(size: Size(width: 300, height: 200))
        s.append(.path(Path2D([.move(Point(x: 10, y: 10)), .line(Point(x: 290, y: 10)),
                               .line(Point(x: 290, y: 190)), .line(Point(x: 10, y: 190)), .close]),
                       ShapeStyle(fill: .gray(0.9), stroke: .black, lineWidth: 2)))
        return s
    }
    func scene(for illustration: Illustration) -> Scene? { scene(for: Exercise(id: "x", name: "x", position: .supine, sided: false, dose: .time(.zero))) }
}

/// The built-in-like library used by handout tests, made in code.
enum HandoutFixtures {
    static func library(cueLength: Int = 1) -> Library {
        var lib = Library()
        let longCue = String(repeating: "Keep the pelvis quiet and let the thigh turn. ", count: cueLength)
        for n in 1...3 {
            lib.add(Exercise(id: "hip-\(n)", name: "Hip rotation \(n)", position: .sideLying, sided: true,
                             dose: .perSide(.minutes(1)), summary: "Position \(n) of the series.",
                             feel: ["side and back of the top hip"],
                             cues: ["Turn the dial <on> the hip & let the knee rise. " + longCue, "Feet stay lifted."],
                             mistakes: ["Lifting the knee with the front of the thigh."]))
        }
        lib.add(Exercise(id: "bridge", name: "Glute bridge", position: .supine, sided: false, dose: .reps(10),
                         secondsPerRep: .seconds(5), feel: ["seat"], cues: ["Peel up.", "Roll down."],
                         mistakes: ["Arching the back."]))
        lib.add(Block(id: "hips", name: "Hip series", purpose: ["Keeps the hip centred."],
                      exercises: ["hip-1", "hip-2", "hip-3"], practice: "every day",
                      cues: [Tip(title: "Turn the dial", text: "A radio dial on the hip.", illustration: .dial)],
                      mistakes: ["Using the front of the thigh."],
                      palpation: [Tip(title: "Scratch", text: "Wake it up.", illustration: .scratch)],
                      muscles: ["piriformis"]))
        return lib
    }

    static func plan(items: Int = 2, notes: String? = "Bring blocks & straps <today>.") -> Plan {
        var seq: [PlanItem] = [PlanItem(content: .block("hips"), note: "Scratch first.")]
        for _ in 1..<max(2, items) { seq.append(PlanItem(content: .exercise("bridge"))) }
        return Plan(title: "Deep hips & <steady> pelvis", date: PlanDate(year: 2026, month: 12, day: 1),
                    teacher: "Alex Rivera", studio: "Riverside Movement", length: .minutes(45),
                    level: .mixed, focus: "the six deep hip rotators", notes: notes, sequence: seq,
                    share: ShareSettings(link: "https://example.org/deep-hips", message: "One minute a position.", practiceDays: 28))
    }

    static func input(_ plan: Plan, library: Library) -> HandoutInput {
        HandoutInput(sequence: Composer(library: library).compose(plan), library: library,
                     figures: BoxFigures(), version: "test")
    }
}
