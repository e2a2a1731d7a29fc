import Figures
import PlanCore

/// The canonical pose data of the side-lying hip rotation series, the same numbers the
/// library's `figure:` sections carry.
enum HipSeriesPoses {
    /// Lying on the left side, hips bent to 45 degrees and knees to 90, so the feet line up
    /// with the sit bones; the thighs drawn in a little so knees and feet rest together.
    static let setUp: [JointMotion: Double] = [
        .leftHipFlexion: 45, .rightHipFlexion: 45,
        .leftKneeFlexion: 90, .rightKneeFlexion: 90,
        .leftHipAbduction: -4, .rightHipAbduction: -4,
    ]

    /// Position 1: both feet lifted off the mat while the knees stay down; the top knee rises.
    static let feetLifted = spec(
        start: setUp.merging([.leftHipAbduction: -16, .leftHipRotation: 14,
                              .rightHipAbduction: 8, .rightHipRotation: -14]) { $1 },
        end: [.rightHipRotation: 28])

    /// Position 2: feet down together on the mat (the clam); the top knee rises.
    static let feetDown = spec(start: setUp, end: [.rightHipRotation: 35])

    /// Position 3: hips and knees at 90 degrees, a tabletop on the side; the top knee rises.
    static let tabletop = spec(
        start: setUp.merging([.leftHipFlexion: 90, .rightHipFlexion: 90, .leftHipAbduction: -3,
                              .rightHipAbduction: -3]) { $1 },
        end: [.rightHipRotation: 25])

    /// The three positions, in order, with their names.
    static let all: [(name: String, spec: FigureSpec)] = [
        ("feet lifted", feetLifted), ("feet down", feetDown), ("tabletop", tabletop),
    ]

    /// The camera that shows the knee rise: from behind and above the mat.
    static let view = CameraView.free(azimuth: .degrees(35), elevation: .degrees(22))

    static func spec(start: [JointMotion: Double], end: [JointMotion: Double]) -> FigureSpec {
        let s = PoseAngles(start.mapValues { Angle.degrees($0) })
        let e = s.overlaid(with: PoseAngles(end.mapValues { Angle.degrees($0) }))
        return FigureSpec(base: .sideLying, start: s, end: e, view: view, highlight: [.hipRotators])
    }
}
