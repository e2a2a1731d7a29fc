import Foundation
import Graphics
import Handouts
import PlanCore

/// What `render` makes of each plan, and where it goes.
public struct RenderOptions: Sendable {
    /// Where the files go.
    public var folder: URL
    /// Which handouts.
    public var kinds: [HandoutKind]
    /// PDF, PNG or SVG.
    public var format: OutputFormat
    /// The paper given with `--paper`, over each plan's own.
    public var paper: Paper?

    /// Options for handouts of `kinds`, as `format`, into `folder`.
    public init(folder: URL, kinds: [HandoutKind], format: OutputFormat = .pdf, paper: Paper? = nil) {
        self.folder = folder
        self.kinds = kinds
        self.format = format
        self.paper = paper
    }
}
