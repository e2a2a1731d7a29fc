/// Scales flexible work so the class fills its length: `fit: true` in a plan.
///
/// Only time and per-side work of items not marked `fixed` changes; counted work and
/// transitions keep their time. Both sides of an exercise always get the same time, every
/// step lands on a multiple of 5 seconds, and none goes below its exercise's minimum.
struct FitToLength {
    /// The length to fill.
    var length: Duration
    /// Transition times, which `fit` never changes.
    var transitions: TransitionTimes

    /// The granularity of fitted times.
    static let step = 5

    /// Steps whose times must stay equal: both sides of one exercise of one plan item.
    struct Unit {
        var indices: [Int]
        var base: Int
        var minimum: Int
        var weight: Int { indices.count }
    }

    func apply(to steps: inout [WorkStep], warnings: inout [PlanWarning], span: SourceSpan?) {
        let units = Self.units(of: steps)
        let fixedWork = steps.filter { !$0.flexible }.reduce(0) { $0 + $1.duration.seconds }
        let transitionTime = Timeline.lay(steps, transitions: transitions)
            .filter { $0.kind == .transition }.reduce(0) { $0 + $1.duration.seconds }
        let target = length.seconds - fixedWork - transitionTime

        guard !units.isEmpty else {
            warnings.append(.init(message: Message.nothingToFit(length),
                                  hint: Message.nothingToFitHint, span: span))
            return
        }
        let floorTotal = units.reduce(0) { $0 + $1.weight * Self.ceil5($1.minimum) }
        if floorTotal > target {
            for unit in units { set(unit, to: Self.ceil5(unit.minimum), in: &steps) }
            let shortfall = Duration(seconds: floorTotal - target)
            warnings.append(.init(message: Message.cannotFit(length, over: shortfall),
                                  hint: Message.cannotFitHint, span: span))
            return
        }

        let scale = Self.scale(units, toFill: target)
        var values = units.map { max(Self.ceil5($0.minimum), Self.floor5(Double($0.base) * scale)) }
        var remaining = target - zip(units, values).reduce(0) { $0 + $1.0.weight * $1.1 }
        // Hand out what rounding down left, 5 s at a time, to the units that lost most to it;
        // a sided unit costs 10 s, so up to 5 s may stay unplaced.
        let order = units.indices.sorted { a, b in
            let ra = Double(units[a].base) * scale - Double(values[a])
            let rb = Double(units[b].base) * scale - Double(values[b])
            return ra != rb ? ra > rb : a < b
        }
        var progress = true
        while remaining >= Self.step && progress {
            progress = false
            for i in order where units[i].weight * Self.step <= remaining {
                values[i] += Self.step
                remaining -= units[i].weight * Self.step
                progress = true
                if remaining < Self.step { break }
            }
        }
        for (unit, value) in zip(units, values) { set(unit, to: value, in: &steps) }
    }

    /// The factor that makes the units, each held at or above its minimum, add up to `target`.
    static func scale(_ units: [Unit], toFill target: Int) -> Double {
        func total(_ k: Double) -> Double {
            units.reduce(0) { $0 + Double($1.weight) * max(Double($1.minimum), k * Double($1.base)) }
        }
        var low = 0.0, high = 1.0
        while total(high) < Double(target) && high < 1e6 { high *= 2 }
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if total(mid) < Double(target) { low = mid } else { high = mid }
        }
        return low
    }

    static func units(of steps: [WorkStep]) -> [Unit] {
        var units: [Unit] = []
        var byKey: [String: Int] = [:]
        for (i, s) in steps.enumerated() where s.flexible && s.duration.seconds > 0 {
            let key = "\(s.planIndex)/\(s.exercise.id)"
            if let u = byKey[key] {
                units[u].indices.append(i)
            } else {
                byKey[key] = units.count
                units.append(Unit(indices: [i], base: s.duration.seconds, minimum: s.minimum.seconds))
            }
        }
        return units
    }

    func set(_ unit: Unit, to seconds: Int, in steps: inout [WorkStep]) {
        for i in unit.indices { steps[i].duration = .seconds(seconds) }
    }

    static func floor5(_ x: Double) -> Int { Int((x / Double(step)).rounded(.down)) * step }
    static func ceil5(_ x: Int) -> Int { (x + step - 1) / step * step }
}
