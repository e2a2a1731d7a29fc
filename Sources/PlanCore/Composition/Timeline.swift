/// Lays work steps end to end with the transitions their positions call for.
public enum Timeline {
    /// The contiguous timeline for `steps`, starting at 0.
    static func lay(_ steps: [WorkStep], transitions: TransitionTimes) -> [TimelineItem] {
        var items: [TimelineItem] = []
        var clock = Duration.zero
        var previous: WorkStep?
        for step in steps {
            if let previous, let (move, time) = transition(from: previous, to: step, times: transitions),
               time > .zero {
                items.append(TimelineItem(kind: .transition, start: clock, duration: time,
                                          side: move == .turnOver ? step.side : nil,
                                          exercise: step.exercise, blockID: step.blockID,
                                          position: step.exercise.position,
                                          planIndex: step.planIndex, move: move))
                clock += time
            }
            items.append(TimelineItem(kind: .exercise, start: clock, duration: step.duration,
                                      side: step.side, exercise: step.exercise, blockID: step.blockID,
                                      position: step.exercise.position, reps: step.reps,
                                      planIndex: step.planIndex, planned: step.planned))
            clock += step.duration
            previous = step
        }
        return items
    }

    /// The move between two steps and its time, or nil when none is needed: same position
    /// on the same side, or a change of side anywhere but lying on the side.
    static func transition(from a: WorkStep, to b: WorkStep,
                           times: TransitionTimes) -> (TimelineItem.Move, Duration)? {
        move(from: (a.exercise.position, a.restingSide), to: (b.exercise.position, b.restingSide)).map { move in
            switch move {
            case .turnOver: return (move, times.turnOver)
            case .floorChange: return (move, times.floorChange)
            case .floorToStanding: return (move, times.floorToStanding)
            }
        }
    }

    /// The kind of move between two positions and the sides the body rests on (for
    /// side-lying, the side lain on), or nil when there is none.
    public static func move(from a: (BodyPosition, Side?), to b: (BodyPosition, Side?)) -> TimelineItem.Move? {
        if a.0 == b.0 {
            if a.0 == .sideLying, let s1 = a.1, let s2 = b.1, s1 != s2 { return .turnOver }
            return nil
        }
        if a.0.isFloor && b.0.isFloor { return .floorChange }
        return .floorToStanding
    }
}
