/// An angle, kept in degrees: joint angles in pose data and camera directions.
public struct Angle: Sendable, Hashable, Comparable {
    /// The angle in degrees.
    public var degrees: Double

    public init(degrees: Double) { self.degrees = degrees }

    /// An angle of `d` degrees.
    public static func degrees(_ d: Double) -> Angle { Angle(degrees: d) }
    /// An angle of `r` radians.
    public static func radians(_ r: Double) -> Angle { Angle(degrees: r * 180 / .pi) }
    /// No angle.
    public static let zero = Angle(degrees: 0)

    /// The angle in radians.
    public var radians: Double { degrees * .pi / 180 }

    public static func < (a: Angle, b: Angle) -> Bool { a.degrees < b.degrees }
    public static func + (a: Angle, b: Angle) -> Angle { Angle(degrees: a.degrees + b.degrees) }
    public static func - (a: Angle, b: Angle) -> Angle { Angle(degrees: a.degrees - b.degrees) }
    public static func * (a: Angle, k: Double) -> Angle { Angle(degrees: a.degrees * k) }
}
