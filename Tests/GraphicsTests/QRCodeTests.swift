import Figures
import Foundation
import Testing
@testable import Graphics

@Suite("QR codes")
struct QRCodeTests {
    @Test("a link becomes a symbol of the expected version with finder patterns")
    func symbol() throws {
        let qr = try QRCode(text: "https://example.org/deep-hips")
        // 29 bytes at level M need version 3: 29 modules a side.
        #expect(qr.size == 29)
        // The three finder patterns: dark 7×7 rings with a dark 3×3 centre.
        for (ox, oy) in [(0, 0), (qr.size - 7, 0), (0, qr.size - 7)] {
            #expect(qr.isDark(x: ox, y: oy) && qr.isDark(x: ox + 6, y: oy + 6))
            #expect(!qr.isDark(x: ox + 1, y: oy + 1))
            #expect(qr.isDark(x: ox + 3, y: oy + 3))
        }
        #expect(!qr.isDark(x: -1, y: 0) && !qr.isDark(x: qr.size, y: 0))
    }

    @Test("empty or overlong text throws")
    func badText() {
        #expect(throws: GraphicsError.self) { try QRCode(text: "") }
        #expect(throws: GraphicsError.qrCode(reason: "the text is too long for a QR code (4000 bytes)")) {
            try QRCode(text: String(repeating: "a", count: 4000))
        }
    }

    @Test("the PNG is a valid image with a quiet zone, and decodes back to the text")
    func png() throws {
        let text = "https://example.org/deep-hips?week=1&side=right"
        let qr = try QRCode(text: text)
        let data = try qr.pngData(moduleSize: 4, quietZone: 4)
        let image = try PNGImage(pngData: data)
        #expect(image.width == (qr.size + 8) * 4 && image.height == image.width)
        #expect(image.pixel(x: 0, y: 0) == .white)
        #expect(image.pixel(x: 16, y: 16) == .black)
        #expect(image.pixel(x: 16 + 4, y: 16 + 4) == .white)

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write(data, named: "qr.png")
        #expect(try Tools.output("file", [path]).contains("PNG image data"))
        // zbarimg comes from Debian's zbar-tools, which `make deps` installs.
        let decoded = try Tools.output("zbarimg", ["--quiet", "--raw", path])
        #expect(decoded.trimmingCharacters(in: .newlines) == text)
    }
}
