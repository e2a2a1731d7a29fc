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
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UsageProblem.unknownCommand(in: arguments) {
            problem.print()
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // Argument-parser ends a usage error with EX_USAGE (64) in its own style; ours is
            // 2, worded like every other error of the tool.
            if exitCode(for: error) == .validationFailure {
                UsageProblem(error, arguments: arguments).print()
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

/// A command line that could not be understood, worded as `error:` and `hint:` lines like
/// every other message of the tool.
struct UsageProblem {
    var message: String
    var hint: String

    /// The names of the subcommands, as typed.
    static var commandNames: [String] {
        ClassPlan.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// A first word that is no subcommand (`classplan rendr`), with the nearest one named.
    static func unknownCommand(in arguments: [String]) -> UsageProblem? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) else { return nil }
        let suggestion = EditDistance.suggestion(for: first, among: commandNames)
        return UsageProblem(message: "'\(first)' is not a classplan command",
                            hint: suggestion.map { "did you mean 'classplan \($0)'?" }
                                ?? "`classplan --help` lists the commands")
    }

    /// Argument-parser's message for `error`, in the tool's words.
    init(_ error: any Error, arguments: [String]) {
        let text = ClassPlan.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
        let first = text.split(separator: "\n").first.map(String.init) ?? text
        message = first.prefix(1).lowercased() + first.dropFirst()
        if message.hasSuffix(".") { message.removeLast() }
        let command = arguments.first.flatMap { Self.commandNames.contains($0) ? $0 : nil }
        hint = "`classplan \(command.map { "\($0) " } ?? "")--help` shows what it takes"
    }

    init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }

    func print() {
        Terminal.fail(message, hint: hint)
    }
}
