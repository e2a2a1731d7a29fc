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
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticRenderer(color: wantsColor(STDERR_FILENO))
        error(renderer.render(diagnostics, sources: sources))
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
