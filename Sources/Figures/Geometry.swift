import PlanCore

/// A point in a 2-D drawing, in the units of its frame (points on a page, pixels in a PNG).
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    public static let zero = Point(x: 0, y: 0)
    public static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    public static func - (a: Point, b: Point) -> Point { Point(x: a.x - b.x, y: a.y - b.y) }
    public static func * (a: Point, k: Double) -> Point { Point(x: a.x * k, y: a.y * k) }
    /// Distance from the origin.
    public var length: Double { (x * x + y * y).squareRoot() }
}

/// A width and height.
public struct Size: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle; y grows downward, as on a page.
public struct Rect: Sendable, Hashable {
    public var origin: Point
    public var size: Size
    public init(x: Double, y: Double, width: Double, height: Double) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }
    public var minX: Double { origin.x }
    public var minY: Double { origin.y }
    public var maxX: Double { origin.x + size.width }
    public var maxY: Double { origin.y + size.height }
    public var width: Double { size.width }
    public var height: Double { size.height }
    /// True when `other` lies wholly inside this rectangle (edges included, with a hair of
    /// tolerance for rounding).
    public func contains(_ other: Rect, tolerance: Double = 1e-6) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
}

/// A length on paper. Pages and layout work in PostScript points (1/72 inch).
public struct Length: Sendable, Hashable, Comparable {
    /// The length in points.
    public var points: Double
    public init(points: Double) { self.points = points }
    public static func points(_ p: Double) -> Length { Length(points: p) }
    public static func millimeters(_ mm: Double) -> Length { Length(points: mm * 72 / 25.4) }
    public static func inches(_ i: Double) -> Length { Length(points: i * 72) }
    public var millimeters: Double { points * 25.4 / 72 }
    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
}

/// A colour with alpha, each channel from 0 to 1.
public struct Color: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }
    /// A grey from 0 (black) to 1 (white).
    public static func gray(_ v: Double, alpha: Double = 1) -> Color {
        Color(red: v, green: v, blue: v, alpha: alpha)
    }
    /// A colour from a `0xRRGGBB` number.
    public static func hex(_ rgb: UInt32, alpha: Double = 1) -> Color {
        Color(red: Double((rgb >> 16) & 0xff) / 255, green: Double((rgb >> 8) & 0xff) / 255,
              blue: Double(rgb & 0xff) / 255, alpha: alpha)
    }
    public static let black = Color.gray(0)
    public static let white = Color.gray(1)
    /// This colour with another alpha.
    public func withAlpha(_ a: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: a) }
}
