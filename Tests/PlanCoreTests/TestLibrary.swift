@testable import PlanCore

/// A small library in code, so composer tests don't depend on the built-in files.
enum TestLibrary {
    static func exercise(_ id: String, _ position: BodyPosition, sided: Bool, _ dose: Dose,
                         secondsPerRep: Int? = nil, minimum: Int? = nil) -> Exercise {
        Exercise(id: id, name: id, position: position, sided: sided, dose: dose,
                 secondsPerRep: secondsPerRep.map(Duration.seconds),
                 minimum: minimum.map(Duration.seconds))
    }

    static let library: Library = {
        var lib = Library()
        let exercises = [
            exercise("pelvic-clock", .supine, sided: false, .time(.minutes(2)), minimum: 60),
            exercise("knee-sway", .supine, sided: false, .time(.minutes(1)), minimum: 30),
            exercise("cat-cow", .quadruped, sided: false, .time(.minutes(1)), minimum: 30),
            exercise("hip-rotation-feet-lifted", .sideLying, sided: true, .perSide(.minutes(1)), minimum: 30),
            exercise("hip-rotation-feet-down", .sideLying, sided: true, .perSide(.minutes(1)), minimum: 30),
            exercise("hip-rotation-tabletop", .sideLying, sided: true, .perSide(.minutes(1)), minimum: 30),
            exercise("glute-bridge", .supine, sided: false, .reps(10), secondsPerRep: 5),
            exercise("figure-four-stretch", .supine, sided: true, .perSide(.seconds(45)), minimum: 30),
            exercise("standing-balance", .standing, sided: true, .perSide(.seconds(30)), minimum: 20),
            exercise("child-pose", .kneeling, sided: false, .time(.minutes(1)), minimum: 30),
            exercise("savasana", .supine, sided: false, .time(.minutes(2)), minimum: 60),
        ]
        for e in exercises { lib.add(e) }
        lib.add(Block(id: "warm-up", name: "Warm-up", exercises: ["pelvic-clock", "knee-sway", "cat-cow"]))
        lib.add(Block(id: "hip-rotation-series", name: "Hip rotation series",
                      exercises: ["hip-rotation-feet-lifted", "hip-rotation-feet-down", "hip-rotation-tabletop"],
                      sides: .rightFirst, dose: .perSide(.minutes(1))))
        lib.add(Block(id: "cool-down", name: "Cool-down", exercises: ["child-pose", "savasana"]))
        return lib
    }()

    /// The hip series done right-first at its one minute, as `snapshot` writes it.
    static let hipSeriesRightFirst = [
        "0:00 +1:00 R hip-rotation-feet-lifted",
        "1:00 +1:00 R hip-rotation-feet-down",
        "2:00 +1:00 R hip-rotation-tabletop",
        "3:00 +0:15 L (turn-over)",
        "3:15 +1:00 L hip-rotation-feet-lifted",
        "4:15 +1:00 L hip-rotation-feet-down",
        "5:15 +1:00 L hip-rotation-tabletop",
    ]

    static func item(_ content: PlanItem.Content, perSide: Duration? = nil, time: Duration? = nil,
                     reps: Int? = nil, sides: SideOrder? = nil, pick: [PlanItem.Pick]? = nil,
                     fixed: Bool = false, home: Bool = false) -> PlanItem {
        PlanItem(content: content, perSide: perSide, time: time, reps: reps, sides: sides,
                 pick: pick, fixed: fixed, home: home)
    }
}

/// A timeline as one readable line per row: `0:00 +1:00 R hip-rotation-feet-lifted`.
func snapshot(_ sequence: ClassSequence) -> [String] {
    sequence.items.map { item in
        let side = item.side?.letter ?? "-"
        let what = item.kind == .transition ? "(\(item.move?.rawValue ?? "?"))" : item.exercise.id
        return "\(item.start.clock) +\(item.duration.clock) \(side) \(what)"
    }
}
