/// What a PDF says about itself in its document information dictionary.
public struct PDFMetadata: Sendable, Hashable {
    /// A calendar date for the PDF's creation date; a PDF made from the same inputs
    /// always carries the same date, so output is reproducible.
    public struct Date: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        /// A date; out-of-range fields are clamped when written.
        public init(year: Int, month: Int, day: Int) {
            self.year = year; self.month = month; self.day = day
        }

        /// Parses `YYYY-MM-DD`; nil when the text is not such a date.
        public init?(_ text: String) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            self.init(year: y, month: m, day: d)
        }

        /// The year, month and day as `YYYYMMDD`, each field clamped into range.
        var digits: String {
            let y = min(max(year, 1000), 9999), m = min(max(month, 1), 12), d = min(max(day, 1), 31)
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return "\(y)\(two(m))\(two(d))"
        }

        /// What cairo is given: an ISO 8601 date with the hour. cairo 1.16 turns it into the
        /// PDF string `(YYYYMMDD00)` but leaves out the `D:` prefix a PDF date must start with,
        /// so `PDFDocument` rewrites that string to `(D:YYYYMMDD)`, which has the same length.
        var cairoInput: String {
            let d = digits
            let year = d.prefix(4), month = d.dropFirst(4).prefix(2), day = d.suffix(2)
            return "\(year)-\(month)-\(day)T00"
        }
        /// The string cairo 1.16 writes for `cairoInput`.
        var cairoOutput: String { "(\(digits)00)" }
        /// The PDF date string it is replaced with.
        var pdfDate: String { "(D:\(digits))" }
    }

    /// The document title.
    public var title: String?
    /// The author (the teacher).
    public var author: String?
    /// The subject (the class focus).
    public var subject: String?
    /// Keywords, written comma-separated.
    public var keywords: [String]
    /// The program that made the document, with its version.
    public var creator: String?
    /// The creation date. When nil a fixed date is written instead of the clock's, because a
    /// PDF must not change with the time it was made.
    public var creationDate: Date?
    /// The language of the text, as a BCP 47 tag (`en`, `de-CH`), written as the PDF's
    /// `/Lang` for screen readers; nil writes none.
    public var language: String?

    /// The date written when `creationDate` is nil.
    public static let fixedDate = Date(year: 2000, month: 1, day: 1)

    /// Metadata; every field is optional.
    public init(title: String? = nil, author: String? = nil, subject: String? = nil,
                keywords: [String] = [], creator: String? = nil, creationDate: Date? = nil,
                language: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}
