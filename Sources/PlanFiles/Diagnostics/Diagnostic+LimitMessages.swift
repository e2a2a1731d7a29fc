import PlanCore

extension FileReadError {
    /// Why a file could not be read, in the words `cannot read 'x': …` ends with.
    public enum Reason {
        /// Nothing at the path.
        public static let missing = "no such file"
        /// A folder where a file was expected.
        public static let folder = "it is a folder, not a file"
        /// A named pipe: reading it would wait for a writer that may never come.
        public static let pipe = "it is a named pipe, not a regular file"
        /// A socket.
        public static let socket = "it is a socket, not a regular file"
        /// A device or other special file.
        public static let device = "it is a device or other special file, not a regular file"
        /// A link that leads back to itself.
        public static let linkLoop = "it is a link that leads round in a loop"
        /// A path longer than the system allows.
        public static let nameTooLong = "the name is longer than the system allows"
        /// No permission to read.
        public static let noPermission = "permission denied"
        /// A name that is not UTF-8 (shown with its odd bytes escaped).
        public static let nameNotUTF8 = "the name is not UTF-8 text; rename the file"
    }
}

extension Diagnostic.Message {
    // MARK: Files and their limits

    /// UTF-16 text, which the YAML reader would read as garbage.
    public static let utf16 = Self("this file is UTF-16; save it as UTF-8",
                                   hint: "save it from your editor with the encoding 'UTF-8'")
    /// More diagnostics in one file than are shown.
    public static func moreDiagnostics(_ count: Int) -> Self {
        Self("and \(count) more \(count == 1 ? "problem" : "problems") in this file",
             hint: "fix the ones above and check again")
    }
    /// Yams was asked to parse again too many times for duplicate keys.
    public static let moreDuplicateKeys = Self("this file repeats keys in many places; only the first are reported",
                                               hint: "fix the ones above and check again")
    /// A key repeated where the repeat cannot be pointed at (it is empty or quoted).
    public static func repeatedKey(_ key: String) -> Self {
        Self(key.isEmpty ? "an empty key \"\" is given more than once in this group of keys"
                         : "'\(key)' is given more than once in this group of keys",
             hint: "keep one of them")
    }
    /// A file name in a library folder that is not UTF-8.
    public static func libraryFileNameNotUTF8(_ shown: String) -> Self {
        Self("the name of library file '\(shown)' is not UTF-8 text, so it was not read",
             hint: "rename the file; names in UTF-8 work on every machine")
    }

    // MARK: Numbers and texts out of bounds

    /// A one-line text far too long for a page.
    public static func textTooLong(_ key: String, count: Int, limit: Int) -> Self {
        Self("'\(key)' is \(count) characters long, more than the \(limit) that fit on a page",
             hint: "shorten it; longer words belong in `notes:`")
    }
    /// A block with more exercises than a block may hold.
    public static func tooManyMembers(_ block: String, count: Int, limit: Int) -> Self {
        Self("block '\(block)' lists \(count) exercises, more than the \(limit) a block may hold",
             hint: "split it into smaller blocks")
    }
    /// A plan whose composed timeline would be too long.
    public static func tooManyRows(_ count: Int, limit: Int) -> Self {
        Self("the plan composes to \(count) timeline rows, more than the \(limit) a plan may hold",
             hint: "use fewer or smaller blocks; a class has a few hundred rows at most")
    }
    /// A share link that is not a web address.
    public static func linkScheme(_ link: String) -> Self {
        // `www.example.org`: an address with its scheme left off.
        let bare = !link.contains(":") && link.contains(".") && !link.contains { $0.isWhitespace }
        return Self("'link' must be a web address starting with http:// or https://, not '\(link)'",
                    hint: bare ? "write `link: https://\(link)`"
                               : "students open this link from the handout, the calendar and the QR code")
    }
    /// A one-line text too long to lay out on a page.
    public static func lineTextTooLong(_ key: String, count: Int, limit: Int) -> Self {
        Self("'\(key)' is \(count) characters long, more than the \(limit) that fit at the top of a page",
             hint: "keep it to a line; longer text belongs in `notes:`")
    }
    /// A free text far longer than any note.
    public static func freeTextTooLong(_ key: String, count: Int, limit: Int) -> Self {
        Self("'\(key)' is \(count) characters long, more than the \(limit) a text may have",
             hint: "shorten it; a handout has room for a few paragraphs")
    }
    /// A run of characters without a space too long to be broken across lines.
    public static func wordTooLong(_ key: String, count: Int, limit: Int) -> Self {
        Self("'\(key)' has a word of \(count) characters with no space, more than the \(limit) a line can break",
             hint: "put spaces between the words")
    }
    /// A Unicode noncharacter, which no page or PDF can carry.
    public static func noncharacter(_ key: String, code: UInt32) -> Self {
        let hex = String(code, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Self("'\(key)' holds the character \(name), a Unicode noncharacter that cannot be printed",
                    hint: "delete it; it is often left behind by copying from another program")
    }
}
