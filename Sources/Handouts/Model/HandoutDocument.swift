import Graphics
import PlanCore

/// Which handout a document is.
public enum HandoutKind: String, Sendable, CaseIterable {
    /// What the teacher holds in class: timeline, every cue, notes.
    case teacher
    /// What the student takes home: the routine in plain words, and a tracker.
    case student
}

/// A handout as content in reading order, with what the PDF says about itself.
public struct HandoutDocument: Sendable {
    public var kind: HandoutKind
    public var metadata: PDFMetadata
    /// The running footer's left part (title and handout name).
    public var footer: String
    public var blocks: [FlowBlock]
    public init(kind: HandoutKind, metadata: PDFMetadata, footer: String, blocks: [FlowBlock]) {
        self.kind = kind
        self.metadata = metadata
        self.footer = footer
        self.blocks = blocks
    }
}
