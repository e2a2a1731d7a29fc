import Foundation
import PlanCore

/// A file that could not be read at all (missing, a folder, no permission): the
/// environment failing rather than the teacher's writing.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the teacher named it.
    public var path: String
    /// Why it could not be read, in plain words.
    public var reason: String

    /// An error naming the path and the reason.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot read 'x.yaml': no such file`.
    public var description: String { "cannot read '\(path)': \(reason)" }

    /// What to do about it, when there is something to say: a plan named without its
    /// `.yaml` is found beside where it was looked for.
    public var hint: String? {
        guard reason == Reason.missing, !path.hasSuffix(".yaml"), !path.hasSuffix(".yml") else { return nil }
        let near = [".yaml", ".yml"].map { path + $0 }.first { FileManager.default.fileExists(atPath: $0) }
        return near.map { "did you mean '\($0)'?" }
    }
}

/// What reading a file gave: its text, or the reason it cannot be used.
public enum SourceReading: Sendable, Equatable {
    /// The text, ready to parse.
    case text(String)
    /// Too large, not UTF-8, or empty.
    case problem(Diagnostic)
}

/// Reading the text of a plan or library file, and finding lines in it.
public enum SourceText {
    /// The largest file read (`Limits.fileBytes`).
    public static let maximumBytes = Limits.fileBytes

    /// The text of the file at `url`, with line ends made `\n` and a byte-order mark
    /// dropped; or a diagnostic when it is too large, not UTF-8, or empty.
    /// Throws `FileReadError` when the file cannot be read at all, or is not a regular
    /// file (a pipe or a device would block or never end).
    public static func read(_ url: URL, as name: String) throws(FileReadError) -> SourceReading {
        if let problem = FileKind.problem(at: url.path) { throw FileReadError(path: name, reason: problem) }
        // Opened without waiting, and checked again once open: a file swapped for a pipe
        // between the check and the open must not block the run.
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: name, reason: FileKind.reason(errno: errno)) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        if let problem = FileKind.problem(ofOpen: fd) { throw FileReadError(path: name, reason: problem) }
        let data: Data
        do {
            // Reading one byte past the limit tells an over-size file without loading it.
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw FileReadError(path: name, reason: readReason(error))
        }
        if data.count > maximumBytes {
            return .problem(.error(.fileTooLarge(limit: maximumBytes), at: nil, file: name))
        }
        return decode(data, as: name)
    }

    /// Checks and decodes bytes already read; `name` is used in diagnostics.
    public static func decode(_ data: Data, as name: String) -> SourceReading {
        if data.count > maximumBytes {
            return .problem(.error(.fileTooLarge(limit: maximumBytes), at: nil, file: name))
        }
        if FileKind.looksLikeUTF16(data) { return .problem(.error(.utf16, at: nil, file: name)) }
        guard var text = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: data)
            return .problem(.error(.notUTF8, at: SourceSpan(file: name, line: line, column: column)))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        // Asked of the bytes: `String.contains` goes through Foundation's locale-aware search.
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if !saysAnything(text) { return .problem(.error(.emptyFile, at: nil, file: name)) }
        return .text(text)
    }

    /// True when some line of `text` holds more than blanks, comments and document marks.
    /// Looks line by line and stops at the first such line, which is nearly always the first.
    static func saysAnything(_ text: String) -> Bool {
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let body = rest[..<end].drop(while: \.isWhitespace)
            let line = body.lastIndex { !$0.isWhitespace }.map { body[...$0] } ?? ""
            if !line.isEmpty && !line.hasPrefix("#") && line != "---" && line != "..." { return true }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        return false
    }

    /// Line `number` (1-based, lines ending at `\n`) of `text`, without its line end; nil
    /// past the end. To look up many, make a `LineIndex` once.
    public static func line(_ number: Int, of text: String) -> Substring? {
        LineIndex(text).reportedLine(number).map { Substring(String(String.UnicodeScalarView($0))) }
    }

    /// Where the first byte that is not UTF-8 stands, as 1-based line and column.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if UTF8.decode(encoded) == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }

    private static func readReason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
