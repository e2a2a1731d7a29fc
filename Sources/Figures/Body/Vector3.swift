import Foundation
import PlanCore

/// A point or direction in 3-D, in metres. The world frame has x along the mat's long edge,
/// y across it and z up from the floor; a body frame has x to the body's right, y forward
/// and z up (toward the head).
public struct Vector3: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) { self.x = x; self.y = y; self.z = z }

    /// The origin.
    public static let zero = Vector3(0, 0, 0)

    public static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static func * (a: Vector3, k: Double) -> Vector3 { Vector3(a.x * k, a.y * k, a.z * k) }
    public static prefix func - (a: Vector3) -> Vector3 { Vector3(-a.x, -a.y, -a.z) }

    /// The dot product.
    public func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }
    /// The cross product.
    public func cross(_ b: Vector3) -> Vector3 {
        Vector3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x)
    }
    /// The Euclidean length.
    public var length: Double { dot(self).squareRoot() }
    /// This direction with length 1 (the zero vector stays zero).
    public var normalized: Vector3 { let l = length; return l > 0 ? self * (1 / l) : self }
    /// The distance to another point.
    public func distance(to b: Vector3) -> Double { (self - b).length }
}

/// A rotation in 3-D as a 3x3 matrix, stored by columns: the images of the x, y and z axes.
public struct Rotation3: Sendable, Hashable {
    /// Where the x axis goes.
    public var xAxis: Vector3
    /// Where the y axis goes.
    public var yAxis: Vector3
    /// Where the z axis goes.
    public var zAxis: Vector3

    public init(xAxis: Vector3, yAxis: Vector3, zAxis: Vector3) {
        self.xAxis = xAxis; self.yAxis = yAxis; self.zAxis = zAxis
    }

    /// No rotation.
    public static let identity = Rotation3(xAxis: Vector3(1, 0, 0), yAxis: Vector3(0, 1, 0),
                                           zAxis: Vector3(0, 0, 1))

    /// A right-handed turn about the x axis.
    public static func aboutX(_ a: Angle) -> Rotation3 {
        let c = cos(a.radians), s = sin(a.radians)
        return Rotation3(xAxis: Vector3(1, 0, 0), yAxis: Vector3(0, c, s), zAxis: Vector3(0, -s, c))
    }
    /// A right-handed turn about the y axis.
    public static func aboutY(_ a: Angle) -> Rotation3 {
        let c = cos(a.radians), s = sin(a.radians)
        return Rotation3(xAxis: Vector3(c, 0, -s), yAxis: Vector3(0, 1, 0), zAxis: Vector3(s, 0, c))
    }
    /// A right-handed turn about the z axis.
    public static func aboutZ(_ a: Angle) -> Rotation3 {
        let c = cos(a.radians), s = sin(a.radians)
        return Rotation3(xAxis: Vector3(c, s, 0), yAxis: Vector3(-s, c, 0), zAxis: Vector3(0, 0, 1))
    }

    /// A right-handed turn about any axis through the origin (Rodrigues' formula); no turn
    /// when the axis has no length.
    public static func about(_ axis: Vector3, _ a: Angle) -> Rotation3 {
        let u = axis.normalized
        guard u.length > 0.5 else { return .identity }
        let c = cos(a.radians), s = sin(a.radians), t = 1 - c
        func column(_ e: Vector3) -> Vector3 {
            e * c + u.cross(e) * s + u * (u.dot(e) * t)
        }
        return Rotation3(xAxis: column(Vector3(1, 0, 0)), yAxis: column(Vector3(0, 1, 0)),
                         zAxis: column(Vector3(0, 0, 1)))
    }

    /// The rotated vector.
    public func apply(_ v: Vector3) -> Vector3 { xAxis * v.x + yAxis * v.y + zAxis * v.z }

    /// `a * b` rotates by `b` first, then by `a`.
    public static func * (a: Rotation3, b: Rotation3) -> Rotation3 {
        Rotation3(xAxis: a.apply(b.xAxis), yAxis: a.apply(b.yAxis), zAxis: a.apply(b.zAxis))
    }
}

