import ArgumentParser
import Foundation
import Graphics
import Handouts
import PlanCore
import PlanFiles
import Sharing

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

    @Argument(help: ArgumentHelp("The plan file.", valueName: "PLAN"))
    var plan: String

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The folder to write; by default NAME-share in the current folder.", valueName: "DIR"))
    var output: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (plan, loaded) = try library.loadPlan(self.plan)
        let sequence = Composer(library: loaded.library).compose(plan)
        Terminal.print(sequence.warnings, sources: loaded.sources)
        let name = OutputFolder.baseName(of: self.plan)
        let folder = URL(fileURLWithPath: output ?? "\(name)-share")

        // The calendar needs a first day; a plan without a date starts today. The clock is
        // read here, at the edge, so everything below stays reproducible.
        let firstDay = plan.date ?? Self.today()
        let pack = StudentPack(sequence: sequence, library: loaded.library, figures: ExerciseFigures(),
                               version: ClassPlannerVersion.current, name: name, firstDay: firstDay)
        let rendered: StudentPack.Output
        do {
            rendered = try pack.render(typesetter: Typesetter())
        } catch {
            Terminal.fail("\(self.plan): could not draw the student pack: \(error)")
            throw ExitStatus.file.exitCode
        }
        for warning in rendered.warnings { Terminal.warn("\(self.plan): \(warning)") }
        do {
            try PackWriter.write(rendered.files, to: folder)
        } catch {
            Terminal.fail("\(error)", hint: "check that the folder that holds it exists and that you may write to it")
            throw ExitStatus.file.exitCode
        }
        Terminal.out("wrote \(rendered.files.count) files to \(folder.relativePathForDisplay)/\n")
        for file in rendered.files { Terminal.out("  \(file.name)\n") }
    }

    /// Today in the local calendar.
    static func today() -> PlanDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        // The calendar always gives a real day; 1 January 2000 only guards the optional.
        return PlanDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? PlanDate(year: 2000, month: 1, day: 1)!
    }
}
