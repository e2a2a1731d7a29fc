import Figures

/// How a piece of text looks: font, size, weight, alignment, spacing and colour.
public struct TextStyle: Sendable, Hashable {
    /// How heavy the letters are.
    public enum Weight: Sendable, Hashable { case regular, medium, bold }
    /// How lines sit within the layout width.
    public enum Alignment: Sendable, Hashable { case left, center, right, justify }

    /// The font family, as fontconfig names it.
    public var family: String
    /// The font size in points.
    public var size: Double
    /// The weight.
    public var weight: Weight
    /// Whether the text is italic.
    public var italic: Bool
    /// The alignment of lines (justified text leaves the last line of a paragraph ragged).
    public var alignment: Alignment
    /// Line spacing as a multiple of the font's natural line height; 1 keeps it natural.
    public var lineSpacing: Double
    /// The text colour.
    public var color: Color

    /// A style; the defaults give 10 pt Noto Sans, black, left aligned.
    public init(family: String = "Noto Sans", size: Double = 10, weight: Weight = .regular,
                italic: Bool = false, alignment: Alignment = .left, lineSpacing: Double = 1,
                color: Color = .black) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.alignment = alignment
        self.lineSpacing = lineSpacing
        self.color = color
    }
}

/// A stretch of text with its own emphasis, for paragraphs that mix bold, italic and colour.
/// Unset fields take the value of the paragraph's `TextStyle`.
public struct TextRun: Sendable, Hashable {
    /// The text, shown exactly as written (never read as markup).
    public var text: String
    /// The weight, or nil for the paragraph's.
    public var weight: TextStyle.Weight?
    /// Italic or not, or nil for the paragraph's.
    public var italic: Bool?
    /// The colour, or nil for the paragraph's.
    public var color: Color?

    /// A run of text.
    public init(_ text: String, weight: TextStyle.Weight? = nil, italic: Bool? = nil, color: Color? = nil) {
        self.text = text
        self.weight = weight
        self.italic = italic
        self.color = color
    }

    /// A bold run.
    public static func bold(_ text: String) -> TextRun { TextRun(text, weight: .bold) }
    /// An italic run.
    public static func italic(_ text: String) -> TextRun { TextRun(text, italic: true) }
}
