import ArgumentParser
import Foundation
import Planning

/// `classplan new FILE`: writes a commented starter plan.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter plan to FILE (never over an existing file).")

    @Argument(help: ArgumentHelp("Where to write the plan, for example Plans/tuesday.yaml.", valueName: "FILE"))
    var file: String

    func run() throws {
        if FileManager.default.fileExists(atPath: file) {
            Terminal.fail("'\(file)' already exists, and `classplan new` does not overwrite files",
                          hint: "choose another name, or remove the file first")
            throw ExitStatus.file.exitCode
        }
        do {
            try FileOutput.writeNew(Data(StarterPlan.text.utf8), to: file)
        } catch {
            Terminal.fail("cannot write '\(file)': \(error.reason)")
            throw ExitStatus.file.exitCode
        }
        Terminal.out("wrote \(file); check it with `classplan check \(file)`\n")
    }
}
