/// Scales flexible work so the class fills its length: `fit: true` in a plan.
///
/// Only time and per-side work of items not marked `fixed` (nor in a block marked `fixed`)
/// changes; counted work keeps its time. Both sides of an exercise always get the same time,
/// and none goes below its exercise's minimum. Times are doses a teacher can call out: a
/// minute or more moves in steps of 15 seconds, less than a minute in steps of 5. What that
/// rounding leaves over goes into the transitions, never into a student's dose, so a fitted
/// class ends on its length to the second.
struct FitToLength {
    /// The length to fill.
    var length: Duration
    /// Transition times, which `fit` only ever lengthens by the rounding's leftover.
    var transitions: TransitionTimes

    /// The step of fitted times of a minute or more: 1:00, 1:15, 1:30.
    static let coarseStep = 15
    /// The step of fitted times under a minute: 40 s, 45 s, 50 s.
    static let fineStep = 5
    /// Where the coarse step starts.
    static let coarseFrom = 60

    /// Steps whose times must stay equal: both sides of one exercise of one plan item.
    struct Unit {
        var indices: [Int]
        var base: Int
        var minimum: Int
        var weight: Int { indices.count }
    }

    /// Fits `steps` to the length. Returns true when the work now leaves exactly the
    /// transitions' time (plus a leftover under one step, for `spread`) to the length.
    @discardableResult
    func apply(to steps: inout [WorkStep], warnings: inout [PlanWarning], span: SourceSpan?) -> Bool {
        let units = Self.units(of: steps)
        let fixedWork = steps.filter { !$0.flexible }.reduce(0) { $0 + $1.duration.seconds }
        let transitionTime = Timeline.lay(steps, transitions: transitions)
            .filter { $0.kind == .transition }.reduce(0) { $0 + $1.duration.seconds }
        let target = length.seconds - fixedWork - transitionTime

        guard !units.isEmpty else {
            warnings.append(.init(message: Message.nothingToFit(length),
                                  hint: Message.nothingToFitHint, span: span))
            return false
        }
        let floors = units.map { Self.up($0.minimum) }
        let floorTotal = zip(units, floors).reduce(0) { $0 + $1.0.weight * $1.1 }
        if floorTotal > target {
            for (unit, value) in zip(units, floors) { set(unit, to: value, in: &steps) }
            let shortfall = Duration(seconds: floorTotal - target)
            warnings.append(.init(message: Message.cannotFit(length, over: shortfall),
                                  hint: Message.cannotFitHint, span: span))
            return false
        }

        let scale = Self.scale(units, toFill: target)
        var values = zip(units, floors).map { unit, floor in max(floor, Self.down(Double(unit.base) * scale)) }
        var remaining = target - zip(units, values).reduce(0) { $0 + $1.0.weight * $1.1 }
        // Hand out what rounding down left, one step at a time, to the units that lost most
        // to it; what no step fits into stays for the transitions.
        let order = units.indices.sorted { a, b in
            let ra = Double(units[a].base) * scale - Double(values[a])
            let rb = Double(units[b].base) * scale - Double(values[b])
            return ra != rb ? ra > rb : a < b
        }
        var progress = true
        while progress {
            progress = false
            for i in order {
                let cost = units[i].weight * (Self.next(values[i]) - values[i])
                guard cost <= remaining else { continue }
                values[i] = Self.next(values[i])
                remaining -= cost
                progress = true
            }
        }
        for (unit, value) in zip(units, values) { set(unit, to: value, in: &steps) }
        return true
    }

    /// Spreads what the class still lacks of its length over its transitions, a second at a
    /// time from the first, and re-times the rows. Returns the seconds that found no
    /// transition to go into (all of them when the class has none).
    static func spread(_ leftover: Int, over items: inout [TimelineItem]) -> Int {
        let moves = items.indices.filter { items[$0].kind == .transition }
        guard leftover > 0, !moves.isEmpty else { return leftover }
        for (n, i) in moves.enumerated() {
            let extra = leftover / moves.count + (n < leftover % moves.count ? 1 : 0)
            guard extra > 0 else { continue }
            items[i].planned = items[i].planned ?? items[i].duration
            items[i].duration += .seconds(extra)
        }
        var clock = Duration.zero
        for i in items.indices {
            items[i].start = clock
            clock += items[i].duration
        }
        return 0
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
        for i in unit.indices where steps[i].duration.seconds != seconds {
            steps[i].planned = steps[i].planned ?? steps[i].duration
            steps[i].duration = .seconds(seconds)
        }
    }

    // MARK: The grid of teachable times

    /// The step that applies at `seconds`.
    static func step(at seconds: Int) -> Int { seconds >= coarseFrom ? coarseStep : fineStep }

    /// The largest teachable time at or below `x` (never below one fine step).
    static func down(_ x: Double) -> Int {
        let s = Int(x.rounded(.down))
        if s >= coarseFrom { return s / coarseStep * coarseStep }
        return max(fineStep, s / fineStep * fineStep)
    }

    /// The smallest teachable time at or above `x`.
    static func up(_ x: Int) -> Int {
        let fine = (x + fineStep - 1) / fineStep * fineStep
        if fine < coarseFrom { return max(fineStep, fine) }
        return (x + coarseStep - 1) / coarseStep * coarseStep
    }

    /// The teachable time one step above `seconds`: 55 s → 1:00 → 1:15.
    static func next(_ seconds: Int) -> Int { up(seconds + 1) }
}
