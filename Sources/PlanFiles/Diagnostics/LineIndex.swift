import PlanCore

/// A file's text cut into lines once, so every line and column of a diagnostic can be found
/// without scanning the file again.
///
/// Two ways of cutting are kept. libyaml ends a line at `\n` and also at NEL (U+0085), LINE
/// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), and its marks count lines that way;
/// a teacher's editor, `grep -n` and this tool's own output count `\n` only. Marks are read
/// in the first way (`yaml` lines) and reported in the second (`reported`), so a separator
/// inside quoted text does not shift every later diagnostic. Columns count Unicode scalars,
/// as libyaml does. (`\r\n` is already made `\n` by `SourceText.decode`.)
struct LineIndex: Sendable {
    /// The whole text as Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// Where each line starts in `scalars`, as libyaml cuts lines.
    private let starts: [Int]
    /// Where each line starts in `scalars`, cut at `\n` only.
    private let newlineStarts: [Int]

    /// True for a scalar that ends a line in YAML.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// The lines of `text`.
    init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// The lines of a text already cut into scalars.
    init(scalars: [Unicode.Scalar]) {
        var starts = [0], newlineStarts = [0]
        for (offset, scalar) in scalars.enumerated() where Self.isLineBreak(scalar) {
            starts.append(offset + 1)
            if scalar == "\n" { newlineStarts.append(offset + 1) }
        }
        self.scalars = scalars
        self.starts = starts
        self.newlineStarts = newlineStarts
    }

    /// How many lines libyaml sees (a text ending in a line break has an empty last line).
    var count: Int { starts.count }

    /// Line `number` (1-based, as libyaml counts) as scalars, without its line end; nil past
    /// either end.
    subscript(number: Int) -> ArraySlice<Unicode.Scalar>? {
        Self.line(number, starts: starts, in: scalars)
    }

    /// Line `number` (1-based, as reported: cut at `\n` only), without its line end; nil past
    /// either end, or for the empty line after a final line break.
    func reportedLine(_ number: Int) -> ArraySlice<Unicode.Scalar>? {
        guard let line = Self.line(number, starts: newlineStarts, in: scalars),
              !(number == newlineStarts.count && line.isEmpty) else { return nil }
        return line
    }

    private static func line(_ number: Int, starts: [Int], in scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard number >= 1 && number <= starts.count else { return nil }
        let end = number < starts.count ? starts[number] - 1 : scalars.count
        return scalars[starts[number - 1]..<end]
    }

    /// The offset in `scalars` of a 1-based libyaml line and column; nil when there is no
    /// such place.
    func offset(line: Int, column: Int) -> Int? {
        guard let text = self[line], column >= 1, column - 1 <= text.count else { return nil }
        return text.startIndex + column - 1
    }

    /// The reported line and column (1-based) of the scalar at `offset`.
    func reportedPosition(ofOffset offset: Int) -> (line: Int, column: Int) {
        // The last line start at or before `offset`.
        var low = 0, high = newlineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if newlineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - newlineStarts[low] + 1)
    }

    /// A libyaml line and column as reported; the same numbers when the text has no line
    /// ends other than `\n`.
    func reported(line: Int, column: Int) -> (line: Int, column: Int) {
        guard starts.count != newlineStarts.count, let offset = offset(line: line, column: column) else {
            return (line, column)
        }
        return reportedPosition(ofOffset: offset)
    }

    /// A span in `file` from a libyaml line and column.
    func span(file: String, line: Int, column: Int, length: Int = 1) -> SourceSpan {
        let place = reported(line: line, column: column)
        return SourceSpan(file: file, line: place.line, column: place.column, length: length)
    }
}
