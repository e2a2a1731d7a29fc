import ArgumentParser
import Foundation
import Planning

/// `classplan share PLAN [-o DIR]`: the student pack.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Pack a class for students to take home.",
        discussion: """
            Writes one folder holding the student handout (NAME-student.pdf), a web page that \
            works offline (index.html), a text version for email or messages (NAME.md), a daily \
            practice reminder for calendars (NAME.ics), a picture card per exercise for phones \
            (card-*.png) and the share link's QR code (qr-code.png). The folder is written whole \
            or not at all; in an existing folder only the pack's own files are replaced.
            """)

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"), completion: LibraryCompletion.plans)
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The folder to write; by default NAME-share in the current folder.", valueName: "DIR"))
    var output: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError(Usage.emptyOutputFolder) }
    }

    func run() throws {
        let shared = try library.session().share(plan, into: output.map { URL(fileURLWithPath: $0) })
        Terminal.print(shared.report, listWritten: false)
        if shared.report.status != .done { throw shared.report.status.exitCode }
        Terminal.out("wrote \(shared.files.count) files to \(shared.folder.relativePathForDisplay)/\n")
        for file in shared.files { Terminal.out("  \(file)\n") }
    }
}
