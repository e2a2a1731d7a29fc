import Foundation
import Testing
import Figures
import PlanCore

/// Writes every figure as SVG into the folder named by `FIGURES_PREVIEW`, for looking at;
/// does nothing when it is not set.
@Test func writePreviews() throws {
    guard let dir = ProcessInfo.processInfo.environment["FIGURES_PREVIEW"], !dir.isEmpty else { return }
    let folder = URL(fileURLWithPath: dir)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let size = Size(width: 300, height: 200)
    for (i, item) in HipSeriesPoses.all.enumerated() {
        let svg = scene(for: item.spec, size: size, options: FigureOptions(labels: true)).svg()
        try svg.write(to: folder.appendingPathComponent("hip-\(i + 1).svg"), atomically: true, encoding: .utf8)
    }
    if let views = ProcessInfo.processInfo.environment["FIGURES_VIEWS"] {
        for (k, v) in views.split(separator: ";").enumerated() {
            let ae = v.split(separator: ",").compactMap { Double($0) }
            for (i, item) in HipSeriesPoses.all.enumerated() {
                var spec = item.spec
                spec.view = .free(azimuth: .degrees(ae[0]), elevation: .degrees(ae[1]))
                let svg = scene(for: spec, size: size).svg()
                try svg.write(to: folder.appendingPathComponent("view\(k)-hip-\(i + 1).svg"), atomically: true, encoding: .utf8)
            }
        }
    }
    for exercise in BuiltInLibrary.loaded.library.allExercises {
        guard let spec = exercise.figure else { continue }
        let svg = scene(for: spec, size: size, options: FigureOptions(labels: true)).svg()
        try svg.write(to: folder.appendingPathComponent("lib-\(exercise.id).svg"), atomically: true, encoding: .utf8)
    }
    for ill in Illustration.allCases {
        let svg = scene(for: ill, size: size).svg()
        try svg.write(to: folder.appendingPathComponent("ill-\(ill.rawValue).svg"), atomically: true, encoding: .utf8)
    }
}
