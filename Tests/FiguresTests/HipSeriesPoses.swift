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
        start: setUp.merging([.leftHipAbduction: -18, .leftHipRotation: 38,
                              .rightHipAbduction: 10, .rightHipRotation: -36]) { $1 },
        end: [.rightHipRotation: 20], view: lowView,
        annotations: [.lifted(.feet, text: nil), .down(.knees, text: nil)])

    /// Position 2: feet down together on the mat (the clam); the top knee rises.
    static let feetDown = spec(start: setUp, end: [.rightHipRotation: 35], view: lowView,
                               annotations: [.down(.feet, text: nil)])

    /// Position 3: hips and knees at 90 degrees, a tabletop on the side; the top knee rises.
    static let tabletop = spec(
        start: setUp.merging([.leftHipFlexion: 90, .rightHipFlexion: 90, .leftHipAbduction: -3,
                              .rightHipAbduction: -3]) { $1 },
        end: [.rightHipRotation: 25], view: highView,
        annotations: [.angle(.rightHip), .angle(.rightKnee)])

    /// The three positions, in order, with their names.
    static let all: [(name: String, spec: FigureSpec)] = [
        ("feet lifted", feetLifted), ("feet down", feetDown), ("tabletop", tabletop),
    ]

    /// The camera for the feet: from behind, near the mat, so the gap under lifted feet
    /// (or feet resting on the mat) shows, and the knee rises up the page.
    static let lowView = CameraView.free(azimuth: .degrees(15), elevation: .degrees(8))
    /// The camera for the tabletop: from above, where the right angles at hip and knee
    /// lie in the plane of the page.
    static let highView = CameraView.free(azimuth: .degrees(15), elevation: .degrees(50))

    static func spec(start: [JointMotion: Double], end: [JointMotion: Double], view: CameraView,
                     annotations: [FigureAnnotation]) -> FigureSpec {
        let s = PoseAngles(start.mapValues { Angle.degrees($0) })
        let e = s.overlaid(with: PoseAngles(end.mapValues { Angle.degrees($0) }))
        return FigureSpec(base: .sideLying, start: s, end: e, view: view, highlight: [.hipRotators],
                          annotations: annotations)
    }
}
