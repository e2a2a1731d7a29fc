import ArgumentParser
import Planning

/// The exit codes of `classplan`, as the design lists them.
enum ExitStatus: Int32 {
    /// Done; warnings allowed.
    case done = 0
    /// The plan or library is invalid.
    case invalid = 1
    /// The command line is wrong.
    case usage = 2
    /// A file could not be read or written.
    case file = 3

    /// The exit status for how a session's work ended.
    init(_ status: RunStatus) {
        switch status {
        case .done: self = .done
        case .invalid: self = .invalid
        case .file: self = .file
        }
    }

    /// The code as argument-parser's error, to throw from `run()`.
    var exitCode: ExitCode { ExitCode(rawValue) }
}

extension RunStatus {
    /// The exit code to throw from `run()` for this ending.
    var exitCode: ExitCode { ExitStatus(self).exitCode }
}
