import Foundation

/// Finds the built-in library folder (`Assets/library`) at run time.
///
/// Looked for, in order: the `CLASSPLAN_ASSETS` folder given by the caller's environment;
/// the resource folder SwiftPM puts beside the built binary; `../share/classplan` beside an
/// installed binary. `Bundle.module` is not used because it traps when its folder is
/// missing, and an installed binary must fail with a message instead.
public enum AssetLocator {
    /// The name of the resource folder SwiftPM builds next to the binary.
    static let bundleName = "ClassPlanner_PlanFiles.resources"

    /// The running program's file, as the kernel names it (`/proc/self/exe`), or as
    /// Foundation finds it where there is no `/proc`. Asking Foundation first cost every
    /// command half a millisecond: `Bundle.main` reads the whole folder the binary is in.
    public static var executable: URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), path.hasPrefix("/") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL
    }

    /// The `Assets` folder, or nil when none of the places holds one.
    public static func assetsFolder(environment: [String: String],
                                    executable: URL?) -> URL? {
        candidates(environment: environment, executable: executable).first { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("library").path,
                                                  isDirectory: &isDir) && isDir.boolValue
        }
    }

    /// Every place looked in, in order: listed in the message when none holds the library.
    public static func candidates(environment: [String: String], executable: URL?) -> [URL] {
        var list: [URL] = []
        if let env = environment["CLASSPLAN_ASSETS"], !env.isEmpty {
            list.append(URL(fileURLWithPath: env))
        }
        if let exe = executable?.resolvingSymlinksInPath() {
            let dir = exe.deletingLastPathComponent()
            list.append(dir.appendingPathComponent(bundleName).appendingPathComponent("Assets"))
            list.append(dir.deletingLastPathComponent().appendingPathComponent("share/classplan/Assets"))
        }
        return list
    }
}
