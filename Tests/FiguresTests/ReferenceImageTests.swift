import Foundation
import Testing
import Figures
import Graphics
import PlanCore

/// A few figures drawn small and compared with reference PNGs, allowing for small
/// differences in antialiasing. `FIGURES_RECORD=1` rewrites the references.
struct ReferenceImageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("References")
    static let size = Size(width: 240, height: 160)

    static let cases: [(name: String, scene: Scene)] = [
        ("hip-feet-down", Figures.scene(for: HipSeriesPoses.feetDown, size: size)),
        ("hip-tabletop", Figures.scene(for: HipSeriesPoses.tabletop, size: size)),
        ("tip-dial", Figures.scene(for: Illustration.dial, size: size)),
    ]

    static func render(_ scene: Scene) throws -> PNGImage {
        let image = try PNGImage(width: Int(size.width), height: Int(size.height), background: .white)
        try image.context.draw(scene, in: Rect(x: 0, y: 0, width: size.width, height: size.height))
        return image
    }

    @Test(arguments: cases.map(\.name))
    func matchesItsReference(_ name: String) throws {
        let scene = try #require(Self.cases.first { $0.name == name }).scene
        let image = try Self.render(scene)
        let url = Self.folder.appendingPathComponent("\(name).png")
        if ProcessInfo.processInfo.environment["FIGURES_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try image.pngData().write(to: url)
            return
        }
        let reference = try PNGImage(pngData: try Data(contentsOf: url))
        #expect(reference.width == image.width && reference.height == image.height)
        guard reference.width == image.width, reference.height == image.height else { return }
        var differing = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let a = image.pixel(x: x, y: y), b = reference.pixel(x: x, y: y)
                let d = max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue))
                if d > 0.12 { differing += 1 }
            }
        }
        // Up to 1% of the pixels may differ noticeably (antialiasing, font hinting).
        #expect(Double(differing) / Double(image.width * image.height) < 0.01, "\(name): \(differing) pixels differ")
    }

    @Test func aChangedFigureDoesNotMatch() throws {
        // The check must be able to fail: the clam at the start differs from its reference.
        var spec = HipSeriesPoses.feetDown
        spec.end = spec.start
        let image = try Self.render(Figures.scene(for: spec, size: Self.size))
        let reference = try PNGImage(pngData: try Data(contentsOf: Self.folder.appendingPathComponent("hip-feet-down.png")))
        var differing = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let a = image.pixel(x: x, y: y), b = reference.pixel(x: x, y: y)
                if max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue)) > 0.12 { differing += 1 }
            }
        }
        #expect(Double(differing) / Double(image.width * image.height) >= 0.01)
    }
}
