import PlanCore
import Handouts
import Graphics

/// How a run ends when drawing fails: not always "a file could not be written".
enum DrawingFailure {
    /// The status for `error`: `.file` when the machine failed the run (a file that cannot
    /// be written or read, fonts or memory it cannot give), `.invalid` when what the plan
    /// asks to draw cannot be drawn (text cairo refuses, a size out of range, a link too
    /// long for a QR code).
    static func status(of error: any Error) -> RunStatus {
        if error is HandoutTooLong || error is DrawingStopped { return .invalid }
        guard let error = error as? GraphicsError else { return .file }
        switch error {
        case .cannotWrite: return .file
        case .cairo(_, let status):
            return environmentStatuses.contains { status.localizedCaseInsensitiveContains($0) } ? .file : .invalid
        case .text(let operation, _):
            // Pango failing to start (no font map, no context) is the machine, not the plan.
            return operation.hasPrefix("creating") ? .file : .invalid
        case .qrCode, .invalidArgument: return .invalid
        }
    }

    /// What to tell the teacher beside `error`, which ended the run with `status`.
    static func hint(for error: any Error, status: RunStatus) -> String? {
        if let tooLong = error as? HandoutTooLong {
            return tooLong.format != .pdf && tooLong.pages <= Limits.handoutPages
                ? "render it as PDF (the default), one file for all its pages, or split the plan"
                : "a class fits in far fewer pages: split the plan into several"
        }
        return status == .invalid
            ? "something in the plan cannot be drawn: look for unusual characters or very long text near what the message names"
            : nil
    }

    /// Words of cairo's status texts that say the machine failed (cairo_status_to_string).
    private static let environmentStatuses = ["out of memory", "writing to output stream", "reading from input stream",
                                                     "temporary file", "file not found"]
}

extension Session {
    /// How a run ends when drawing fails with `error` (see `DrawingFailure.status(of:)`).
    public func status(ofDrawingFailure error: any Error) -> RunStatus {
        DrawingFailure.status(of: error)
    }
}

extension PlanReport {
    /// Records a drawing failure with its message, the right status and a hint.
    mutating func failDrawing(_ message: String, _ error: any Error) {
        let status = DrawingFailure.status(of: error)
        fail("\(message): \(error)", hint: DrawingFailure.hint(for: error, status: status), status: status)
    }
}
