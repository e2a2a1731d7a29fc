import ArgumentParser
import Foundation
import PlanCore
import PlanFiles

/// `classplan library [ID] [--json] [--paths]`: lists the library, shows one entry in full,
/// or says where the library is read from.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "List the blocks and exercises you can use in a plan, or show one in full.")

    @Argument(help: ArgumentHelp("A block or exercise id to show in full.", valueName: "ID"))
    var id: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Print the folders the library is read from, in the order they are laid over each other.")
    var paths = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        if paths {
            Terminal.out(LibraryText.searchPath(builtIn: LibraryLoader.builtInFolder(assets: try library.assets()),
                                                places: library.searchPath.places, options: library.folders))
            return
        }
        let loaded = try library.loadLibrary()
        let lib = loaded.library
        if let id {
            let block = lib.blocks[id], exercise = lib.exercises[id]
            guard block != nil || exercise != nil else {
                let suggestion = EditDistance.suggestion(for: id, among: lib.blockOrder + lib.exerciseOrder)
                Terminal.fail("no block or exercise '\(id)' in the library",
                              hint: suggestion.map { "did you mean '\($0)'?" } ?? "`classplan library` lists them all")
                throw ExitStatus.invalid.exitCode
            }
            if json {
                var entries: [LibraryEntry] = []
                if let block { entries.append(LibraryEntry(block, library: lib)) }
                if let exercise { entries.append(LibraryEntry(exercise)) }
                Terminal.out(try LibraryEntry.json(entries) + "\n")
            } else {
                var parts: [String] = []
                if let block { parts.append(LibraryText.describe(block, library: lib)) }
                if let exercise { parts.append(LibraryText.describe(exercise)) }
                Terminal.out(parts.joined(separator: "\n"))
            }
        } else if json {
            let entries = lib.allBlocks.map { LibraryEntry($0, library: lib) } + lib.allExercises.map(LibraryEntry.init)
            Terminal.out(try LibraryEntry.json(entries) + "\n")
        } else {
            Terminal.out(LibraryText.listing(lib))
        }
        if loaded.diagnostics.hasErrors { throw ExitStatus.invalid.exitCode }
    }
}
