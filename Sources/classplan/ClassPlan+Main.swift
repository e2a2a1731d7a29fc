import ArgumentParser
import Foundation
import PlanFiles

extension ClassPlan {
    /// Runs the command, mapping every way it can end to the exit codes of the design:
    /// 0 done, 1 invalid input, 2 usage error, 3 a file could not be read or written.
    static func main() {
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
