import Foundation
import Graphics
import PlanCore
import Synchronization

/// The file formats handouts are drawn in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One PDF per handout.
    case pdf
    /// One PNG per page.
    case png
    /// One SVG per page.
    case svg
}

/// A drawn output file, named but not yet written.
public struct RenderedFile: Sendable {
    /// The file name (`hip-series-teacher.pdf`, `hip-series-student-2.png`).
    public var name: String
    public var data: Data
}

/// Everything `render` makes of one plan, and what it should tell the teacher.
public struct RenderedHandouts: Sendable {
    public var files: [RenderedFile]
    /// One sentence for each text that holds characters no installed font can show.
    public var warnings: [String]
}

/// A handout that lays out to more pages than its format may hold (`Limits.handoutPages`
/// as PDF, `Limits.handoutPageFiles` as PNG or SVG): refused before any page is drawn, so
/// a plan far past any class does not fill the disk.
public struct HandoutTooLong: Error, CustomStringConvertible {
    /// The handout's name as the teacher knows it ("teacher sheet").
    public var handout: String
    public var pages: Int
    public var format: OutputFormat
    public var limit: Int { format == .pdf ? Limits.handoutPages : Limits.handoutPageFiles }
    public var description: String {
        format == .pdf
            ? "the \(handout) would run to \(pages) pages, more than the \(limit) a handout may have"
            : "the \(handout) would run to \(pages) pages, more than the \(limit) that are written as one \(format.rawValue.uppercased()) file each"
    }
}

/// Tells the handouts of one plan drawn side by side, each on its own thread, that one of
/// them was refused, so the others stop drawing at their next page instead of finishing
/// pages that will never be written.
public final class DrawingStop: Sendable {
    private let stopped = Atomic(false)

    /// A stop not yet given.
    public init() {}

    /// Tells every handout that checks this stop to draw no more pages.
    public func stop() { stopped.store(true, ordering: .relaxed) }

    /// True once `stop()` was called.
    public var isStopped: Bool { stopped.load(ordering: .relaxed) }

    /// Throws `DrawingStopped` once `stop()` was called.
    func check() throws(DrawingStopped) {
        if isStopped { throw DrawingStopped() }
    }
}

/// A handout that stopped drawing because another handout of its plan was refused; never
/// shown to the teacher, who is told why the other was refused.
public struct DrawingStopped: Error, CustomStringConvertible {
    public var description: String { "drawing stopped because another handout of the plan was refused" }
}

extension HandoutKind {
    /// The handout drawn a little closer, for when that saves a page: the card's rows closer
    /// together, the student handout's diagrams smaller (not in large print). Nil for the
    /// others, whose length is their content's.
    func closerDocument(_ input: HandoutInput) -> HandoutDocument? {
        switch self {
        case .card: return ClassCard.document(input, close: true)
        case .student: return input.largePrint ? nil : StudentHandout.document(input, close: true)
        case .teacher, .reference: return nil
        }
    }
}

extension HandoutRenderer {
    /// The longest handout laid out a second time, closer: past it a page saved is not
    /// worth laying out a long handout twice.
    static let closePages = 3

    /// Whether `page` holds little enough for a closer layout to take it in: what it holds
    /// ends in the top third of its first column.
    static func holdsLittle(_ page: PageLayout, columns: Int) -> Bool {
        let frames = page.frames
        guard let bottom = frames.map(\.maxY).max(), let right = frames.map(\.maxX).max() else { return true }
        let box = page.marginBox
        let firstColumn = columns > 1 ? box.width / Double(columns) : box.width
        return bottom - box.minY <= box.height / 3 && right - box.minX <= firstColumn + 1
    }

    /// The handouts of `kinds` for `input`, as files named after `baseName`:
    /// `NAME-card.pdf`, `NAME-teacher.pdf`, `NAME-student.pdf`, `NAME-reference.pdf`; PNG
    /// and SVG get one file per page
    /// (`NAME-student-1.png`).
    public func files(for input: HandoutInput, kinds: [HandoutKind], format: OutputFormat,
                      baseName: String) throws -> RenderedHandouts {
        var files: [RenderedFile] = []
        var warnings: [String] = []
        for kind in kinds {
            var laidOut = try layout(kind.document(input))
            if (2...Self.closePages).contains(laidOut.pages.count), let last = laidOut.pages.last,
               Self.holdsLittle(last, columns: laidOut.document.shape.columns), let closer = kind.closerDocument(input) {
                // A handout just past a page, drawn a little closer, may fit on one page fewer.
                let close = try layout(closer)
                if close.pages.count < laidOut.pages.count { laidOut = close }
            }
            let tooLong = HandoutTooLong(handout: kind.title, pages: laidOut.pages.count, format: format)
            guard tooLong.pages <= tooLong.limit else {
                stop?.stop()
                throw tooLong
            }
            try stop?.check()
            for text in laidOut.missingGlyphText {
                warnings.append("the \(kind.title) has text the installed fonts cannot show, which would print as boxes: \"\(text)\"")
            }
            for link in laidOut.linksWithoutQRCode {
                warnings.append("the share link is too long for a QR code, so the \(kind.title) prints it as text only: \(link)")
            }
            let stem = "\(baseName)-\(kind.rawValue)"
            switch format {
            case .pdf:
                files.append(RenderedFile(name: "\(stem).pdf", data: try pdf(consume laidOut)))
            case .png:
                files += try png(laidOut).enumerated().map { RenderedFile(name: "\(stem)-\($0 + 1).png", data: $1) }
            case .svg:
                files += try svg(laidOut).enumerated().map { RenderedFile(name: "\(stem)-\($0 + 1).svg", data: $1) }
            }
        }
        return RenderedHandouts(files: files, warnings: warnings)
    }
}
