import Foundation
import PlanCore
import PlanFiles

/// What one piece of work (one plan of a batch) has to say, gathered so it can be shown in
/// one go: plans worked on side by side must not interleave their messages. The session
/// only gathers; the command line prints (diagnostics first, then the files written).
public struct PlanReport: Sendable {
    /// Every diagnostic, in the order it was found.
    public var diagnostics: [Diagnostic] = []
    /// The text of the files the diagnostics point into, by the name used in their spans.
    public var sources: [String: String] = [:]
    /// The files written, in order.
    public var written: [URL] = []
    /// How the work ended so far.
    public var status = RunStatus.done

    /// An empty report: nothing said, nothing written.
    public init() {}

    /// Adds diagnostics and the text they point into.
    public mutating func add(_ diagnostics: [Diagnostic], sources: [String: String]) {
        self.diagnostics += diagnostics
        self.sources.merge(sources) { first, _ in first }
    }

    /// Adds a composer's warnings, keeping at most `Limits.diagnosticsPerFile` of each file
    /// with what its loader said: a plan that repeats one mistake two thousand times is told
    /// so in a screenful, and its loader's warnings and the composer's share one count.
    public mutating func add(_ warnings: [PlanWarning], sources: [String: String]) {
        add(warnings.map(Diagnostic.init).sortedByPosition(), sources: sources)
        diagnostics = diagnostics.cappedPerFile()
    }

    /// Adds one warning without a place.
    public mutating func warn(_ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(severity: .warning, message: message, span: nil, hint: hint))
    }

    /// Adds one error without a place, and records `status` when it is worse than the last.
    public mutating func fail(_ message: String, hint: String? = nil, status: RunStatus) {
        diagnostics.append(Diagnostic(severity: .error, message: message, span: nil, hint: hint))
        record(status)
    }

    /// Keeps the worse of the status so far and `status`.
    public mutating func record(_ status: RunStatus) {
        self.status = max(self.status, status)
    }
}
