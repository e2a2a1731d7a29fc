import Foundation
import PlanCore
import PlanFiles

/// Writing to the terminal: diagnostics on stderr, in colour only when stderr is a
/// terminal and `NO_COLOR` is not set.
enum Terminal {
    /// True when colour suits the stream with descriptor `fd`.
    static func wantsColor(_ fd: Int32) -> Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(fd) == 1
    }

    /// Writes text to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes text to stdout.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints diagnostics to stderr; `sources` maps file names to their text.
    static func print(_ diagnostics: [Diagnostic], sources: [String: String]) {
        error(text(of: diagnostics, sources: sources))
    }

    /// Diagnostics as they are printed to stderr (empty for none).
    static func text(of diagnostics: [Diagnostic], sources: [String: String]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        return DiagnosticRenderer(color: wantsColor(STDERR_FILENO)).render(diagnostics, sources: sources)
    }

    /// Prints a composer's warnings about a plan, in the same form as other diagnostics.
    static func print(_ warnings: [PlanWarning], sources: [String: String]) {
        print(warnings.map(Diagnostic.init), sources: sources)
    }

    /// Prints one warning without a place (`warning: MESSAGE`).
    static func warn(_ message: String, hint: String? = nil) {
        print([Diagnostic(severity: .warning, message: message, span: nil, hint: hint)], sources: [:])
    }

    /// Prints one error without a place (`error: MESSAGE`, then the hint).
    static func fail(_ message: String, hint: String? = nil) {
        print([Diagnostic(severity: .error, message: message, span: nil, hint: hint)], sources: [:])
    }
}

/// What one piece of work (one plan of a batch) has to tell the terminal, gathered so it can
/// be printed in one go: plans worked on side by side must not interleave their messages.
struct TerminalReport: Sendable {
    /// Text for stdout.
    var out = ""
    /// Text for stderr.
    var err = ""
    /// How the work ended so far.
    var status = ExitStatus.done

    /// Adds diagnostics, as `Terminal.print(_:sources:)` would print them.
    mutating func print(_ diagnostics: [Diagnostic], sources: [String: String]) {
        err += Terminal.text(of: diagnostics, sources: sources)
    }

    /// Adds a composer's warnings.
    mutating func print(_ warnings: [PlanWarning], sources: [String: String]) {
        print(warnings.map(Diagnostic.init), sources: sources)
    }

    /// Adds one warning without a place.
    mutating func warn(_ message: String, hint: String? = nil) {
        print([Diagnostic(severity: .warning, message: message, span: nil, hint: hint)], sources: [:])
    }

    /// Adds one error without a place, and records `status` when it is worse than the last.
    mutating func fail(_ message: String, hint: String? = nil, status: ExitStatus) {
        print([Diagnostic(severity: .error, message: message, span: nil, hint: hint)], sources: [:])
        record(status)
    }

    /// Keeps the worse of the status so far and `status`.
    mutating func record(_ status: ExitStatus) {
        if status.rawValue > self.status.rawValue { self.status = status }
    }

    /// Writes the gathered text: stderr first, then stdout.
    func flush() {
        if !err.isEmpty { Terminal.error(err) }
        if !out.isEmpty { Terminal.out(out) }
    }
}
