import ArgumentParser
import Foundation
import PlanFiles

extension ClassPlan {
    /// Runs the command, mapping every way it can end to the exit codes of the design:
    /// 0 done, 1 invalid input, 2 usage error, 3 a file could not be read or written.
    static func main() {
        // A name that is not UTF-8 reaches `CommandLine.arguments` with its odd bytes
        // replaced, and would be looked for under a name that does not exist.
        if let name = Usage.firstArgumentNotUTF8() {
            FileHandle.standardError.write(Data("error: cannot read '\(name)': \(FileReadError.Reason.nameNotUTF8)\n".utf8))
            Foundation.exit(ExitStatus.file.rawValue)
        }
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // Argument-parser ends a usage error with EX_USAGE (64); ours is 2.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((TerminalText.escapedLines(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// Usage errors the command line finds itself, and its reading of the raw arguments.
enum Usage {
    /// `-o ""`, which would silently mean the current folder.
    static let emptyOutputFolder = "-o needs a folder name; write -o . for the current folder"

    /// The first argument whose bytes are not UTF-8, shown with those bytes escaped.
    static func firstArgumentNotUTF8() -> String? {
        for index in 1..<max(1, Int(CommandLine.argc)) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self),
                                                  count: strlen(raw)))
            if String(validating: bytes, as: UTF8.self) == nil { return TerminalText.escapedBytes(bytes) }
        }
        return nil
    }
}
