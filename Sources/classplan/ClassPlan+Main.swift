import ArgumentParser
import Foundation

extension ClassPlan {
    /// Runs the command, mapping every way it can end to the exit codes of the design:
    /// 0 done, 1 invalid input, 2 usage error, 3 a file could not be read or written.
    static func main() {
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // Argument-parser ends a usage error with EX_USAGE (64); ours is 2.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
