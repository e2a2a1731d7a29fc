import PlanCore

/// A problem found in a plan or library file, pointing at where it stands.
public struct Diagnostic: Sendable, Equatable {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        /// The file cannot be used as it is.
        case error
        /// Worth a look; the class still runs.
        case warning
    }

    /// How many errors and warnings a capped file's summary line stands for.
    public struct Omitted: Sendable, Equatable {
        public var errors = 0
        public var warnings = 0
    }

    /// Error or warning.
    public var severity: Severity
    /// One sentence saying what is wrong.
    public var message: String
    /// Where in which file; nil when the problem has no place in a file.
    public var span: SourceSpan?
    /// What to do about it, where that helps.
    public var hint: String?
    /// The file a diagnostic without a span is about (an empty file, a missing folder).
    public var file: String?
    /// For the line that closes a capped file's list ("and 12 more problems"), how many
    /// errors and warnings it stands for; none for every other diagnostic.
    public var omitted = Omitted()

    /// A diagnostic with its parts given one by one.
    public init(severity: Severity, message: String, span: SourceSpan?, hint: String? = nil,
                file: String? = nil) {
        self.severity = severity
        self.message = message
        self.span = span
        self.hint = hint
        self.file = file ?? span?.file
    }

    /// An error from the message catalogue.
    public static func error(_ message: Message, at span: SourceSpan?, file: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, message: message.text, span: span, hint: message.hint, file: file)
    }

    /// A warning from the message catalogue.
    public static func warning(_ message: Message, at span: SourceSpan?, file: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, message: message.text, span: span, hint: message.hint, file: file)
    }

    /// True for errors.
    public var isError: Bool { severity == .error }

    /// True for the line that says how many of a file's diagnostics were left out.
    public var isSummary: Bool { omitted.errors + omitted.warnings > 0 }

    /// A composer's warning about a plan, in the form every other diagnostic takes.
    public init(_ warning: PlanWarning) {
        self.init(severity: .warning, message: warning.message, span: warning.span, hint: warning.hint)
    }
}

extension Array where Element == Diagnostic {
    /// True when any of them is an error.
    public var hasErrors: Bool { contains { $0.isError } }
    /// How many errors, with those a capped file's summary line stands for.
    public var errorCount: Int { reduce(0) { $0 + ($1.isSummary ? $1.omitted.errors : $1.isError ? 1 : 0) } }
    /// How many warnings, with those a capped file's summary line stands for.
    public var warningCount: Int { reduce(0) { $0 + ($1.isSummary ? $1.omitted.warnings : $1.isError ? 0 : 1) } }

    /// In file order: by file as first met, then line and column; a diagnostic without a
    /// span keeps its place before the positioned ones of its file.
    public func sortedByPosition() -> [Diagnostic] {
        var fileRank: [String: Int] = [:]
        for d in self where fileRank[d.file ?? ""] == nil { fileRank[d.file ?? ""] = fileRank.count }
        return enumerated().sorted { a, b in
            let fa = fileRank[a.element.file ?? ""] ?? 0, fb = fileRank[b.element.file ?? ""] ?? 0
            if fa != fb { return fa < fb }
            let la = a.element.span.map { ($0.line, $0.column) } ?? (0, 0)
            let lb = b.element.span.map { ($0.line, $0.column) } ?? (0, 0)
            if la != lb { return la < lb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
