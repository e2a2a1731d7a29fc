import ArgumentParser
import Foundation
import PlanCore
import PlanFiles

/// `classplan library [ID] [--search WORDS] [--json] [--paths]`: lists the library, finds
/// entries by the words a teacher uses, shows one entry in full, or says where the library is
/// read from.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "List the blocks and exercises you can use in a plan, find them, or show one in full.",
        discussion: """
            `--search` finds entries by name, alias, target, tag or position, the best \
            match first: `classplan library --search clam`, `--search side kick`.
            """)

    @Argument(help: ArgumentHelp("A block or exercise id (or alias) to show in full.", valueName: "ID"),
              completion: LibraryCompletion.entries)
    var id: String?

    @Option(help: ArgumentHelp("Find entries by these words.", valueName: "WORDS"))
    var search: String?

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
        if let search {
            let matches = LibrarySearch(library: lib).find(search)
            if json {
                let entries = matches.compactMap { match -> LibraryEntry? in
                    var entry = match.kind == .block ? lib.blocks[match.id].map { LibraryEntry($0, library: lib) }
                        : lib.exercises[match.id].map(LibraryEntry.init)
                    entry?.matched = match.reasons
                    return entry
                }
                Terminal.json(try LibraryEntry.json(entries) + "\n")
            } else if matches.isEmpty {
                Terminal.out("nothing in the library matches '\(search)'; `classplan library` lists everything\n")
            } else {
                Terminal.out(LibraryText.found(matches, in: lib))
            }
        } else if let id {
            let block = lib.blockID(named: id).flatMap { lib.blocks[$0] }
            let exercise = lib.exerciseID(named: id).flatMap { lib.exercises[$0] }
            guard block != nil || exercise != nil else {
                let suggestion = EditDistance.suggestion(
                    for: id, among: lib.blockOrder + lib.exerciseOrder + lib.blockAliases.keys.sorted()
                        + lib.exerciseAliases.keys.sorted())
                Terminal.fail("no block or exercise '\(id)' in the library",
                              hint: suggestion.map { "did you mean '\($0)'?" } ?? "`classplan library` lists them all")
                throw ExitStatus.invalid.exitCode
            }
            if json {
                var entries: [LibraryEntry] = []
                if let block { entries.append(LibraryEntry(block, library: lib)) }
                if let exercise { entries.append(LibraryEntry(exercise)) }
                Terminal.json(try LibraryEntry.json(entries) + "\n")
            } else {
                var parts: [String] = []
                if let block { parts.append(LibraryText.describe(block, library: lib)) }
                if let exercise { parts.append(LibraryText.describe(exercise)) }
                Terminal.out(parts.joined(separator: "\n"))
            }
        } else if json {
            let entries = lib.allBlocks.map { LibraryEntry($0, library: lib) } + lib.allExercises.map(LibraryEntry.init)
            Terminal.json(try LibraryEntry.json(entries) + "\n")
        } else {
            Terminal.out(LibraryText.listing(lib))
        }
        if loaded.diagnostics.hasErrors { throw ExitStatus.invalid.exitCode }
    }
}
