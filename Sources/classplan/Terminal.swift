import ArgumentParser
import Foundation
import PlanCore
import PlanFiles
import Planning

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
        // A stream that cannot be written (a full disk, a closed pipe) loses the text; it
        // must not stop the run, which still ends with its own exit code.
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes text to stdout, with any control character from a file or a name shown
    /// escaped (`TerminalText`): plan text must not drive the terminal.
    static func out(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(TerminalText.escapedLines(text).utf8))
    }

    /// Writes JSON to stdout as it is: its encoder already escapes control characters,
    /// and another escape would make it invalid.
    static func json(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
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

extension Terminal {
    /// Prints a session's report: its diagnostics on stderr, then, unless `listWritten` is
    /// false, each file written (`wrote NAME`) on stdout.
    static func print(_ report: PlanReport, listWritten: Bool = true) {
        let diagnostics = text(of: report.diagnostics, sources: report.sources)
        if !diagnostics.isEmpty { error(diagnostics) }
        if listWritten && !report.written.isEmpty {
            out(report.written.map { "wrote \($0.relativePathForDisplay)\n" }.joined())
        }
    }

    /// Prints a problem that stopped a run before it started, and returns its exit code.
    static func fail(_ problem: OutputProblem) -> ExitCode {
        fail(problem.message, hint: problem.hint)
        return problem.status.exitCode
    }
}
