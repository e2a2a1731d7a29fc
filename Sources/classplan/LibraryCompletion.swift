import ArgumentParser
import Foundation
import PlanCore
import PlanFiles

/// What shell completion offers where a command takes a library id: every block and
/// exercise id and alias of the built-in library, read when the shell asks.
enum LibraryCompletion {
    /// Ids and aliases, for `classplan library ID`.
    static let entries = CompletionKind.custom { _ in names(blocks: true) }
    /// Exercise ids and aliases and the tips' pictures, for `classplan figure ID`.
    static let figures = CompletionKind.custom { _ in names(blocks: false) + Illustration.allCases.map(\.rawValue) }
    /// Plan files.
    static let plans = CompletionKind.file(extensions: ["yaml", "yml"])

    private static func names(blocks: Bool) -> [String] {
        let environment = ProcessInfo.processInfo.environment
        guard let assets = AssetLocator.assetsFolder(environment: environment, executable: AssetLocator.executable),
              let loaded = try? LibraryLoader(snapshot: LibraryOptions.snapshot)
                .load(builtIn: LibraryLoader.builtInFolder(assets: assets), folders: [])
        else { return [] }
        let library = loaded.library
        var names = library.exerciseOrder + library.exerciseAliases.keys.sorted()
        if blocks { names = library.blockOrder + library.blockAliases.keys.sorted() + names }
        return names
    }
}
