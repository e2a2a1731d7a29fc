/// Every bound on what a plan or library file can make ClassPlanner do, in one place.
///
/// A plan is shared between teachers and may come from anyone: each number here keeps a
/// hostile or mistaken file from making a run crash, hang, or fill the disk, and each is far
/// above what a real class needs. A file that goes past one gets a diagnostic naming it.
public enum Limits {
    // MARK: Files

    /// The largest plan or library file read: real ones are a few kilobytes.
    public static let fileBytes = 1 << 20
    /// YAML nesting deeper than this is refused: plans need about six levels, and Yams
    /// recurses once a level.
    public static let nestingDepth = 64
    /// Diagnostics reported for one file before the rest are summed up in one line: a
    /// teacher fixes the first few and runs again, and a machine-made file of a million
    /// mistakes must not print for hours.
    public static let diagnosticsPerFile = 100
    /// Times a file is parsed again to report further duplicate keys (Yams stops at the
    /// first mapping with one): enough for any real file, and a bound on the work.
    public static let duplicateKeyPasses = 10
    /// Characters of a source line shown under a diagnostic: a file may be one enormous line.
    public static let shownLineCharacters = 160

    // MARK: Plans

    /// Items in a plan's sequence: a long class has a few dozen; thousands would make
    /// handouts of hundreds of pages.
    public static let sequenceItems = 2_000
    /// Exercises in one block: real blocks have a handful, the hip series eight.
    public static let blockMembers = 500
    /// Timeline rows a plan may compose to (blocks expand into their exercises, sided work
    /// into two sides): a day of classes is a few hundred; more would exhaust memory.
    public static let composedRows = 20_000
    /// Characters in a one-line text such as the title, teacher or studio: it has to fit
    /// the top of a page, and a 100 KB word cannot be laid out in reasonable time.
    public static let lineTextCharacters = 300
    /// Characters in a free text such as notes, a focus, a share message or an item's note:
    /// a long teacher's note is a page or two; a far longer one is not prose.
    public static let freeTextCharacters = 10_000
    /// Characters in one word (a run without spaces) of any text: the longest real words
    /// and links are well under this, and one far longer cannot be broken across lines,
    /// so laying it out takes seconds per page.
    public static let wordCharacters = 200
    /// The longest time any duration may say, in seconds (under 116 days): far past any
    /// class, and small enough that sums of thousands of them cannot overflow.
    public static let longestDurationSeconds = 9_999_999
    /// Repetitions of one exercise.
    public static let reps = 10_000
    /// Days of a home practice tracker: up to a year.
    public static let practiceDays = 364
    /// Joint angles are read only within this many degrees of zero; every joint's own
    /// range is much narrower, and this keeps arithmetic on them finite.
    public static let angleDegrees = 3_600.0
    /// The only link schemes a share link may use: others (`javascript:`, `data:`,
    /// `file:`) could run script or read files where the link lands.
    public static let linkSchemes = ["http", "https"]

    // MARK: Output

    /// Pages of one handout as PDF: a long class's reference runs to a few dozen, a plan of
    /// a thousand items to about 450; more is far past any class, and bounds what one run
    /// lays out and writes.
    public static let handoutPages = 1_000
    /// Pages of one handout as PNG or SVG, where each page is a file of its own: this bounds
    /// the files and bytes a plan writes to a few hundred pages for each handout (a 2,000-item
    /// plan once wrote 1.4 GB of SVG).
    public static let handoutPageFiles = 200

    // MARK: Work

    /// Cells of edit-distance tables the did-you-mean hints of one file may fill: a hint
    /// is a kindness, not worth seconds, and many unknown ids against a large library add up.
    public static let hintCells = 2_000_000
}
