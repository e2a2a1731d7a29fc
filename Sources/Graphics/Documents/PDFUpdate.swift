import Foundation

/// Reads the objects of a PDF that cairo wrote (a classic cross-reference table, every
/// dictionary written out uncompressed) and appends an incremental update: new versions
/// of some objects, their cross-reference section, and a trailer that points back to the
/// original one. The original bytes stay as they are, so nothing cairo wrote is parsed
/// more than the few objects changed, or copied.
struct PDFUpdate {
    /// Bytes that are not a PDF as cairo writes one.
    struct Unreadable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// A value as written in the file: its bytes, and what it is when that matters here.
    enum Value: Equatable {
        case reference(Int)
        case name(String)
        case array([Value])
        case dictionary([(key: String, value: Value)])
        /// Anything else (a number, a string, a boolean, null), as its bytes.
        case other([UInt8])

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case let (.reference(x), .reference(y)): return x == y
            case let (.name(x), .name(y)): return x == y
            case let (.array(x), .array(y)): return x == y
            case let (.dictionary(x), .dictionary(y)):
                return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            case let (.other(x), .other(y)): return x == y
            default: return false
            }
        }

        /// The entry `key` (`/K`) of a dictionary.
        subscript(key: String) -> Value? {
            guard case .dictionary(let entries) = self else { return nil }
            return entries.first { $0.key == key }?.value
        }

        /// The value as PDF bytes.
        var bytes: [UInt8] {
            switch self {
            case .reference(let n): return Array("\(n) 0 R".utf8)
            case .name(let n): return Array(n.utf8)
            case .array(let items): return Array("[".utf8) + items.flatMap { $0.bytes + [0x20] } + Array("]".utf8)
            case .dictionary(let entries):
                return Array("<< ".utf8) + entries.flatMap { Array($0.key.utf8) + [0x20] + $0.value.bytes + [0x20] } + Array(">>".utf8)
            case .other(let raw): return raw
            }
        }
    }

    let pdf: Data
    /// The same bytes as an array, which the reader indexes faster than `Data`.
    private let bytes: [UInt8]
    /// Where each object starts, by number (generation 0, as cairo writes them).
    let offsets: [Int: Int]
    /// The trailer's entries.
    let trailer: Value
    /// Where the original cross-reference table starts.
    let xref: Int

    /// Reads the cross-reference table and trailer of `pdf`.
    init(_ pdf: Data) throws(Unreadable) {
        // Offsets in the file are indices from 0: a slice is copied to start there.
        let pdf = pdf.startIndex == 0 ? pdf : Data(pdf)
        self.pdf = pdf
        let bytes = [UInt8](pdf)
        self.bytes = bytes
        guard let start = Self.lastIndex(of: "startxref", in: bytes) else { throw Unreadable(reason: "it has no startxref") }
        var reader = Reader(bytes: bytes, at: start + 9)
        guard case .other(let digits)? = try? reader.value(), let xref = Int(String(decoding: digits, as: UTF8.self)),
              xref >= 0, xref < pdf.count else { throw Unreadable(reason: "its startxref is not an offset") }
        self.xref = xref
        reader = Reader(bytes: bytes, at: xref)
        guard reader.keyword() == "xref" else { throw Unreadable(reason: "it has no cross-reference table where startxref points") }
        var offsets: [Int: Int] = [:]
        // Subsections of "first count", then count entries of "offset generation n|f".
        while true {
            let mark = reader.position
            guard let first = reader.integer(), let count = reader.integer(), count <= pdf.count / 20,
                  first <= pdf.count else {
                reader.position = mark
                break
            }
            for number in first..<(first + count) {
                guard let offset = reader.integer(), reader.integer() != nil, let kind = reader.keyword() else {
                    throw Unreadable(reason: "its cross-reference table is cut short")
                }
                if kind == "n" { offsets[number] = offset }
            }
        }
        guard reader.keyword() == "trailer", let trailer = try? reader.value(), case .dictionary = trailer else {
            throw Unreadable(reason: "it has no trailer after its cross-reference table")
        }
        self.trailer = trailer
        self.offsets = offsets
    }

    /// The value of object `number`.
    func object(_ number: Int) throws(Unreadable) -> Value {
        guard let offset = offsets[number], offset < pdf.count else { throw Unreadable(reason: "it has no object \(number)") }
        var reader = Reader(bytes: bytes, at: offset)
        guard reader.integer() == number, reader.integer() != nil, reader.keyword() == "obj" else {
            throw Unreadable(reason: "object \(number) is not where the cross-reference table says")
        }
        do { return try reader.value() } catch { throw Unreadable(reason: "object \(number) cannot be read") }
    }

    /// `value`, with any reference replaced by the object it names.
    func resolved(_ value: Value) throws(Unreadable) -> Value {
        if case .reference(let n) = value { return try object(n) }
        return value
    }

    /// The bytes to append to the original for an update that holds `objects` (new
    /// versions, by number), with the original trailer's entries and `id` as the file
    /// identifier.
    func update(_ objects: [Int: Value], id: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        if pdf.last != 0x0A { out.append(0x0A) }
        var placed: [(number: Int, offset: Int)] = []
        for (number, value) in objects.sorted(by: { $0.key < $1.key }) {
            placed.append((number, pdf.count + out.count))
            out += Array("\(number) 0 obj\n".utf8) + value.bytes + Array("\nendobj\n".utf8)
        }
        let table = pdf.count + out.count
        out += Array("xref\n".utf8)
        for (number, offset) in placed {
            let digits = String(offset)
            out += Array("\(number) 1\n\(String(repeating: "0", count: max(0, 10 - digits.count)))\(digits) 00000 n \n".utf8)
        }
        var entries: [(key: String, value: Value)] = []
        if case .dictionary(let original) = trailer {
            entries = original.filter { !["/Prev", "/ID", "/XRefStm"].contains($0.key) }
        }
        let hex = Value.other(Array(("<" + id.map { String(format: "%02x", $0) }.joined() + ">").utf8))
        // The first half of an identifier stays the file's first; the second is this version's.
        var first = hex
        if case .array(let original)? = trailer["/ID"], let kept = original.first { first = kept }
        entries.append((key: "/Prev", value: .other(Array(String(xref).utf8))))
        entries.append((key: "/ID", value: .array([first, hex])))
        out += Array("trailer\n".utf8) + Value.dictionary(entries).bytes + Array("\nstartxref\n\(table)\n%%EOF\n".utf8)
        return out
    }

    /// A text string as PDF writes any text: UTF-16BE with its byte-order mark, in hex.
    static func textString(_ text: String) -> Value {
        var bytes: [UInt8] = [UInt8(ascii: "<")]
        bytes.reserveCapacity(4 * text.utf16.count + 6)
        func append(_ unit: UInt16) {
            for shift: UInt16 in [12, 8, 4, 0] { bytes.append(hexDigits[Int((unit >> shift) & 0xF)]) }
        }
        append(0xFEFF)
        for unit in text.utf16 { append(unit) }
        bytes.append(UInt8(ascii: ">"))
        return .other(bytes)
    }

    /// The digits of upper-case hexadecimal, as PDF writes them.
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func lastIndex(of word: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(word.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}

extension PDFUpdate {
    /// Reads PDF tokens and values from a position in the bytes.
    struct Reader {
        let bytes: [UInt8]
        var position: Int
        /// How deep arrays and dictionaries may nest: far deeper than cairo writes them.
        static let deepest = 64

        init(bytes: [UInt8], at position: Int) {
            self.bytes = bytes
            self.position = position
        }

        struct Malformed: Error {}

        private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0 }
        private static func isDelimiter(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
                return true
            default:
                return false
            }
        }

        mutating func skipSpace() {
            while position < bytes.count {
                if Self.isSpace(bytes[position]) {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "%") {
                    while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                } else {
                    return
                }
            }
        }

        /// A run of regular characters (a keyword or a number); nil at a delimiter or the end.
        mutating func keyword() -> String? {
            token().map { String(decoding: bytes[$0], as: UTF8.self) }
        }

        /// Where the next run of regular characters lies, read past; nil at a delimiter or
        /// the end.
        private mutating func token() -> Range<Int>? {
            skipSpace()
            let start = position
            while position < bytes.count, !Self.isSpace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
            return position > start ? start..<position : nil
        }

        /// The non-negative integer the digits of `range` write; nil for anything else, or
        /// for more digits than an `Int` surely holds.
        private func number(in range: Range<Int>) -> Int? {
            guard range.count <= 18 else { return nil }
            var n = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                n = n * 10 + Int(digit)
            }
            return n
        }

        /// A non-negative integer, or nil (leaving the position where it was).
        mutating func integer() -> Int? {
            let mark = position
            guard let range = token(), let n = number(in: range) else {
                position = mark
                return nil
            }
            return n
        }

        /// Whether the next token is the single character `c`, read past when it is.
        private mutating func isToken(_ c: UInt8) -> Bool {
            let mark = position
            if let range = token(), range.count == 1, bytes[range.lowerBound] == c { return true }
            position = mark
            return false
        }

        /// One value: a reference (`12 0 R`), a name, an array, a dictionary, or any other
        /// object as its bytes.
        mutating func value(depth: Int = 0) throws(Malformed) -> Value {
            guard depth < Self.deepest else { throw Malformed() }
            skipSpace()
            guard position < bytes.count else { throw Malformed() }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "/"):
                position += 1
                while position < bytes.count, !Self.isSpace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
                return .name(String(decoding: bytes[start..<position], as: UTF8.self))
            case UInt8(ascii: "["):
                position += 1
                var items: [Value] = []
                while true {
                    skipSpace()
                    guard position < bytes.count else { throw Malformed() }
                    if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                    items.append(try value(depth: depth + 1))
                }
            case UInt8(ascii: "<") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "<"):
                position += 2
                var entries: [(key: String, value: Value)] = []
                while true {
                    skipSpace()
                    guard position + 1 < bytes.count else { throw Malformed() }
                    if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                        position += 2
                        return .dictionary(entries)
                    }
                    guard case .name(let key) = try value(depth: depth + 1) else { throw Malformed() }
                    entries.append((key: key, value: try value(depth: depth + 1)))
                }
            case UInt8(ascii: "<"):
                guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { throw Malformed() }
                position = end + 1
                return .other(Array(bytes[start..<position]))
            case UInt8(ascii: "("):
                // A literal string: balanced parentheses, backslash escapes.
                var level = 0
                while position < bytes.count {
                    let b = bytes[position]
                    position += 1
                    if b == UInt8(ascii: "\\") { position += 1; continue }
                    if b == UInt8(ascii: "(") { level += 1 }
                    if b == UInt8(ascii: ")") { level -= 1; if level == 0 { return .other(Array(bytes[start..<position])) } }
                }
                throw Malformed()
            default:
                guard let word = token() else { throw Malformed() }
                // `12 0 R` is a reference; a lone number is itself.
                if let n = number(in: word) {
                    let mark = position
                    if integer() != nil, isToken(UInt8(ascii: "R")) { return .reference(n) }
                    position = mark
                }
                return .other(Array(bytes[start..<position]))
            }
        }
    }
}
