import Foundation

/// The library folders every command reads besides the built-in library, a plan's own
/// `library:` and `--library`: the teacher's personal library and the folders named in
/// `CLASSPLAN_LIBRARY`. Like `--library` folders they are trusted: a plan's own library
/// folders may lie inside them.
///
/// Worked out from the environment the caller passes in, never from the process's own, so
/// tests can point it anywhere.
public struct LibrarySearchPath: Sendable, Equatable {
    /// Why a folder is on the path.
    public enum Origin: String, Sendable, Equatable {
        /// `$XDG_CONFIG_HOME/classplan/library`, or `~/.config/classplan/library`.
        case personal
        /// One of the folders of `CLASSPLAN_LIBRARY`.
        case environment
    }

    /// One folder on the path.
    public struct Place: Sendable, Equatable {
        /// The folder, as found (absolute for the personal library; as written in the variable).
        public var path: String
        /// Where it came from.
        public var origin: Origin
        /// Whether the folder is there now.
        public var exists: Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The environment variable that lists extra library folders, colon-separated.
    public static let variable = "CLASSPLAN_LIBRARY"

    /// The places, in the order they are laid over the built-in library.
    public var places: [Place]

    /// No folders at all.
    public static let none = LibrarySearchPath(places: [])

    /// The places given one by one.
    public init(places: [Place]) {
        self.places = places
    }

    /// The personal library, then each folder of `CLASSPLAN_LIBRARY`, from `environment`.
    public init(environment: [String: String]) {
        var places: [Place] = []
        if let personal = Self.personalFolder(environment: environment) {
            places.append(Place(path: personal, origin: .personal))
        }
        for folder in (environment[Self.variable] ?? "").split(separator: ":") where !folder.isEmpty {
            places.append(Place(path: String(folder), origin: .environment))
        }
        self.places = places
    }

    /// `$XDG_CONFIG_HOME/classplan/library`, or `$HOME/.config/classplan/library`; nil when
    /// neither variable gives an absolute path (the XDG rule: a relative one is ignored).
    public static func personalFolder(environment: [String: String]) -> String? {
        let config: String
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            config = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            config = (home as NSString).appendingPathComponent(".config")
        } else {
            return nil
        }
        return (config as NSString).appendingPathComponent("classplan/library")
    }

    /// Every folder's path, for the folders a plan's own library may lie in.
    public var paths: [String] { places.map(\.path) }

    /// The folders to load. A personal library that is not there is left out quietly (most
    /// teachers have none); a missing `CLASSPLAN_LIBRARY` folder is a warning, not an error,
    /// so that a stale variable does not stop every command.
    public var folders: [LibraryFolder] {
        places.compactMap { place in
            if place.origin == .personal && !place.exists { return nil }
            var folder = LibraryFolder(url: URL(fileURLWithPath: place.path).standardizedFileURL, name: place.path)
            if place.origin == .environment { folder.whenMissing = .warnEnvironment }
            return folder
        }
    }
}
