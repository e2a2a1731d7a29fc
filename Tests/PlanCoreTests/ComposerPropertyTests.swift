import Testing
@testable import PlanCore

/// A small deterministic generator, so a failing case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random plan over the test library.
func randomPlan(seed: UInt64) -> Plan {
    var rng = SplitMix64(state: seed)
    let lib = TestLibrary.library
    let count = Int.random(in: 1...14, using: &rng)
    var items: [PlanItem] = []
    for _ in 0..<count {
        var item: PlanItem
        if Bool.random(using: &rng) {
            let block = lib.blockOrder.randomElement(using: &rng)!
            item = PlanItem(content: .block(block))
            if block == "hip-rotation-series" && Bool.random(using: &rng) {
                item.pick = [.number(Int.random(in: 1...3, using: &rng))]
            }
        } else {
            item = PlanItem(content: .exercise(lib.exerciseOrder.randomElement(using: &rng)!))
        }
        item.sides = [nil, .rightFirst, .leftFirst, .alternate].randomElement(using: &rng)!
        if Int.random(in: 0..<4, using: &rng) == 0 { item.perSide = .seconds(5 * Int.random(in: 4...30, using: &rng)) }
        item.fixed = Int.random(in: 0..<5, using: &rng) == 0
        items.append(item)
    }
    let length = Duration.minutes(Int.random(in: 3...75, using: &rng))
    return Plan(title: "generated \(seed)", length: length, fit: Bool.random(using: &rng),
                transitions: TransitionTimes(turnOver: .seconds(5 * Int.random(in: 0...6, using: &rng))),
                sequence: items)
}

@Test(arguments: 0..<300)
func composedClassesHoldTheirInvariants(seed: Int) {
    let plan = randomPlan(seed: UInt64(seed))
    let seq = Composer(library: TestLibrary.library).compose(plan)

    // Items are contiguous: no gap, no overlap, starting at zero.
    var clock = Duration.zero
    for item in seq.items {
        #expect(item.start == clock, "seed \(seed)")
        clock = item.end
    }
    // The total is the sum of the items.
    #expect(seq.total == clock)
    #expect(seq.total == seq.work + seq.transitions)
    // Both sides of every sided exercise of every plan item get the same time.
    var perSide: [String: [Side: Int]] = [:]
    for item in seq.items where item.kind == .exercise {
        if let side = item.side {
            perSide["\(item.planIndex)/\(item.exercise.id)", default: [:]][side, default: 0] += item.duration.seconds
        }
    }
    for (key, sides) in perSide {
        #expect(sides[.left] == sides[.right], "seed \(seed): \(key) \(sides)")
    }
    // No transition before the first item, and no zero-length rows.
    #expect(seq.items.first?.kind != .transition)
    #expect(seq.items.allSatisfy { $0.duration > .zero || $0.kind == .exercise })
    // Fit lands on the length within 5 s whenever it reports success.
    if plan.fit, let length = plan.length, !seq.warnings.contains(where: { $0.message.hasPrefix("`fit`") }) {
        #expect(abs(seq.total.seconds - length.seconds) <= 5, "seed \(seed): \(seq.total) vs \(length)")
    }
}
