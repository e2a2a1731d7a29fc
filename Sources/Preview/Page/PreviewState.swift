import Foundation

/// What the preview shows now: the latest run, and the last good one whose timeline and
/// pages stay on screen while the plan is invalid mid-edit.
public struct PreviewState: Sendable {
    /// Counts runs, so the page and its images can tell a new state from an old one.
    public private(set) var generation = 0
    /// The latest run; nil before the first.
    public private(set) var latest: PlanRun?
    /// The latest run that composed and drew; nil until one has.
    public private(set) var lastGood: PlanRun?
    /// The generation of `lastGood`: its pages' addresses carry it, so a bad save between
    /// two good ones leaves them where they are.
    public private(set) var lastGoodGeneration = 0
    /// When the latest run finished.
    public private(set) var updated: Date?

    /// No run yet.
    public init() {}

    /// Takes in a new run, finished at `time`.
    public mutating func record(_ run: PlanRun, at time: Date) {
        generation += 1
        latest = run
        updated = time
        if run.isGood {
            lastGood = run
            lastGoodGeneration = generation
        }
    }

    /// The PNG of the shown page named `name` (`teacher-2.png`), if there is one.
    public func page(named name: String) -> Data? {
        lastGood?.pages.first { $0.name == name }?.png
    }
}
