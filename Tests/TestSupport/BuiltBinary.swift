import Foundation

/// Finds the `classplan` binary the tests drive.
public enum BuiltBinary {
    /// The binary: beside the test bundle, or in `.build/debug` under `packageRoot`.
    public static func classplan(packageRoot: URL) -> URL? {
        var places: [URL] = []
        if let exe = Bundle.main.executableURL { places.append(exe.deletingLastPathComponent().appendingPathComponent("classplan")) }
        places.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("classplan"))
        places.append(packageRoot.appendingPathComponent(".build/debug/classplan"))
        return places.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
