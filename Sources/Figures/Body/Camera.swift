import Foundation
import PlanCore

/// An orthographic camera: a direction to look from, and the projection of world points
/// onto a drawing plane (x to the right, y down, as on a page).
public struct Camera: Sendable, Hashable {
    /// The turn around the vertical axis; 0 stands at the mat's -y edge looking toward +y,
    /// 90 stands at its +x end looking toward -x.
    public var azimuth: Angle
    /// The height of the viewpoint above the floor plane; 90 looks straight down.
    public var elevation: Angle

    public init(azimuth: Angle, elevation: Angle) {
        self.azimuth = azimuth
        self.elevation = Angle(degrees: max(-89.9, min(90, elevation.degrees)))
    }

    /// The camera for a named or free view of a body in a base position (see
    /// `BodyPlacement` for how each base lies on the mat).
    public init(_ view: CameraView, base: BodyPosition) {
        let (a, e): (Double, Double)
        switch (view, base) {
        case (.free(let az, let el), _):
            self.init(azimuth: az, elevation: el)
            return
        case (.top, _): (a, e) = (0, 90)
        case (.front, .standing), (.front, .kneeling), (.front, .seated): (a, e) = (0, 8)
        case (.side, .standing), (.side, .kneeling), (.side, .seated): (a, e) = (-90, 8)
        case (.back, .standing), (.back, .kneeling), (.back, .seated): (a, e) = (180, 8)
        case (.front, .supine): (a, e) = (0, 45)
        case (.side, .supine): (a, e) = (0, 6)
        case (.back, .supine): (a, e) = (180, 45)
        case (.front, .prone), (.front, .quadruped): (a, e) = (180, 30)
        case (.side, .prone), (.side, .quadruped): (a, e) = (180, 6)
        case (.back, .prone), (.back, .quadruped): (a, e) = (180, 60)
        case (.front, .sideLying): (a, e) = (180, 35)
        case (.side, .sideLying): (a, e) = (180, 10)
        case (.back, .sideLying): (a, e) = (0, 35)
        }
        self.init(azimuth: .degrees(a), elevation: .degrees(e))
    }

    /// The unit direction from the scene toward the camera.
    public var towardCamera: Vector3 {
        let a = azimuth.radians, e = elevation.radians
        return Vector3(sin(a) * cos(e), -cos(a) * cos(e), sin(e))
    }
    /// The world direction that points right on the drawing.
    public var right: Vector3 { Vector3(cos(azimuth.radians), sin(azimuth.radians), 0) }
    /// The world direction that points up on the drawing.
    public var up: Vector3 { towardCamera.cross(right) }

    /// The point on the drawing plane (y down), in metres.
    public func project(_ p: Vector3) -> Point { Point(x: p.dot(right), y: -p.dot(up)) }
    /// How near the camera a point is: larger is nearer, drawn later.
    public func depth(_ p: Vector3) -> Double { p.dot(towardCamera) }
}
