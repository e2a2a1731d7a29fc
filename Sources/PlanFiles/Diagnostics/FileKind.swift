import Foundation

/// What kind of thing stands at a path, told before it is opened: only regular files are
/// read, since a pipe with no writer blocks forever and a device may never end.
enum FileKind {
    /// Why the path cannot be read as a file, in plain words; nil for a regular file
    /// (or a link to one).
    static func problem(at path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return reason(errno: errno) }
        return problem(mode: info.st_mode)
    }

    /// The same check on a file already open.
    static func problem(ofOpen fd: Int32) -> String? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return reason(errno: errno) }
        return problem(mode: info.st_mode)
    }

    private static func problem(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return FileReadError.Reason.folder
        case S_IFIFO: return FileReadError.Reason.pipe
        case S_IFSOCK: return FileReadError.Reason.socket
        default: return FileReadError.Reason.device
        }
    }

    /// Plain words for an `errno` met while looking at or opening a file.
    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return FileReadError.Reason.missing
        case ELOOP: return FileReadError.Reason.linkLoop
        case ENAMETOOLONG: return FileReadError.Reason.nameTooLong
        case EACCES, EPERM: return FileReadError.Reason.noPermission
        case ENOTDIR: return FileReadError.Reason.missing
        default: return String(cString: strerror(code))
        }
    }

    /// True for bytes that are UTF-16 text: a UTF-16 byte-order mark, or (without one) a
    /// NUL byte beside every ASCII character of the first line, as UTF-16 writes them.
    static func looksLikeUTF16(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(64))
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return true
        }
        guard bytes.count >= 8 else { return false }
        let pairs = bytes.count / 2
        let evenZeros = (0..<pairs).filter { bytes[2 * $0] == 0 && bytes[2 * $0 + 1] != 0 }.count
        let oddZeros = (0..<pairs).filter { bytes[2 * $0 + 1] == 0 && bytes[2 * $0] != 0 }.count
        return evenZeros == pairs || oddZeros == pairs
    }
}
