import Foundation
import Handouts
import PlanCore
import PlanFiles

/// One run of a plan through the pipeline, kept in memory: what the preview page shows.
public struct PlanRun: Sendable {
    /// One drawn page of a handout.
    public struct Page: Sendable, Equatable {
        /// Which handout.
        public var kind: HandoutKind
        /// 1-based.
        public var number: Int
        /// The page as PNG.
        public var png: Data
        /// The name it is served under: `teacher-3.png`.
        public var name: String { "\(kind.rawValue)-\(number).png" }
    }

    /// The plan as the teacher named it.
    public var path: String
    /// The plan's title, when it composed.
    public var title: String?
    /// Every diagnostic: the plan's and its library's, the composer's and the drawing's.
    public var diagnostics: [Diagnostic]
    /// The text of each file the diagnostics point into.
    public var sources: [String: String]
    /// The composed class; nil when the plan is invalid or could not be read.
    public var sequence: ClassSequence?
    /// The library it was composed from, for block names.
    public var library: Library?
    /// The handouts' pages, in order; empty when the plan is invalid.
    public var pages: [Page]
    /// Whether the plan composed and its pages were drawn.
    public var isGood: Bool
    /// The files and folders whose change calls for another run.
    public var interest: FileWatcher.Interest
}
