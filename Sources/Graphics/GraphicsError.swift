internal import CCairo

/// A failure of the drawing layer, naming the file or the operation that failed.
public enum GraphicsError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported an error status during `operation`.
    case cairo(operation: String, status: String)
    /// Pango could not do `operation`.
    case text(operation: String, reason: String)
    /// A QR code could not be made for the text.
    case qrCode(reason: String)
    /// The file at `path` could not be written.
    case cannotWrite(path: String, reason: String)
    /// `operation` cannot be done with the values given (a size out of range, a link to a
    /// destination no page defines); `reason` says which.
    case invalidArgument(operation: String, reason: String)

    /// A sentence saying what failed.
    public var description: String {
        switch self {
        case let .cairo(operation, status): return "drawing failed while \(operation): \(status)"
        case let .text(operation, reason): return "text layout failed while \(operation): \(reason)"
        case let .qrCode(reason): return "could not make a QR code: \(reason)"
        case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason)"
        case let .invalidArgument(operation, reason): return "cannot \(operation): \(reason)"
        }
    }

    /// Throws when a cairo status is not success.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let text = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
        throw GraphicsError.cairo(operation: operation(), status: text)
    }
}
