/// Where a value stands in the file it was read from: 1-based line and column, and how
/// many characters it covers. PlanCore only carries spans; PlanFiles reads and prints them.
public struct SourceSpan: Sendable, Hashable {
    /// The file, as the teacher named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// How many characters the value covers on its line (at least 1).
    public var length: Int

    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}
