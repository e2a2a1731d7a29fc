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
    /// The largest file read: plans and library files are a few kilobytes; anything near
    /// this size is a mistake or an attack.
    public static let maximumBytes = 1 << 20

    /// The text of the file at `url`, with line ends made `\n` and a byte-order mark
    /// dropped; or a diagnostic when it is too large, not UTF-8, or empty.
    /// Throws `FileReadError` when the file cannot be read at all.
    public static func read(_ url: URL, as name: String) throws(FileReadError) -> SourceReading {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileReadError(path: name, reason: "no such file")
        }
        if isDirectory.boolValue { throw FileReadError(path: name, reason: "it is a folder, not a file") }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            // Reading one byte past the limit tells an over-size file without loading it
            // (it may be endless, like a device).
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
        guard var text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            return .problem(.error(.notUTF8, at: SourceSpan(file: name, line: line, column: column)))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let meaningful = text.split(separator: "\n").contains { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "---" && trimmed != "..."
        }
        if !meaningful { return .problem(.error(.emptyFile, at: nil, file: name)) }
        return .text(text)
    }

    /// Line `number` (1-based) of `text`, without its line end; nil past the end.
    public static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                if current == number { return text[start..<index] }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number && start < text.endIndex ? text[start...] : nil
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
