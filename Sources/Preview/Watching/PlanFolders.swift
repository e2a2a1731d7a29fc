import Foundation
import PlanFiles
import Planning

/// What to watch for a set of plans: each plan file, and every library folder it is composed
/// from (the built-in one, the personal library, its own `library:` folders, `--library`).
/// Found by reading each plan with a loader of its own, so the folders of a plan that does
/// not compose are known too: the mistake may be in a library file.
public struct PlanFolders: Sendable {
    private let loader: PlanLoader

    /// Folders found the way `session` finds them.
    public init(session: Session) {
        loader = PlanLoader(assets: session.assets, libraryFolders: session.libraryFolders,
                            searchPath: session.searchPath, allowOutsideFiles: session.allowOutsideFiles,
                            cache: LibraryCache())
    }

    /// The files and folders whose change concerns `plans`. A plan that cannot be read is
    /// still watched, so saving it again (or making it) starts a new run.
    public func interest(for plans: [String]) -> FileWatcher.Interest {
        let folders = plans.flatMap { (try? loader.load($0).libraryFolders) ?? [] }
        return FileWatcher.Interest(files: plans, folders: folders.map(\.path))
    }
}
