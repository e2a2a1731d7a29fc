import Figures
import Foundation
import Graphics
import PlanCore
import Testing
@testable import Sharing

/// The page as a real browser shows it: headless Chromium, 390 px wide like a phone.
@Suite struct BrowserTests {
    /// Chromium's screenshot of `html` at `width` × `height` CSS pixels, as PNG bytes.
    static func screenshot(_ html: String, width: Int, height: Int, in folder: URL) throws -> Data {
        let page = folder.appendingPathComponent("index.html")
        try Data(html.utf8).write(to: page)
        let shot = folder.appendingPathComponent("screenshot.png")
        let result = try Tools.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--disable-dev-shm-usage", "--force-device-scale-factor=1",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--window-size=\(width),\(height)", "--screenshot=" + shot.path, page.absoluteString,
        ])
        #expect(result.status == 0, "chromium failed: \(result.errors)")
        return try Data(contentsOf: shot)
    }

    /// The rows that hold anything other than the page's background colour.
    static func contentRows(_ image: PNGImage) -> (first: Int, last: Int, inked: Int)? {
        let background = image.pixel(x: 0, y: 0)
        func differs(_ p: Color) -> Bool {
            abs(p.red - background.red) + abs(p.green - background.green) + abs(p.blue - background.blue) > 0.06
        }
        var first: Int?, last = 0, inked = 0
        for y in 0..<image.height {
            var row = false
            for x in stride(from: 0, to: image.width, by: 2) where differs(image.pixel(x: x, y: y)) {
                inked += 1
                row = true
            }
            if row { first = first ?? y; last = y }
        }
        return first.map { ($0, last, inked) }
    }

    @Test func showsTheWholeRoutineAtPhoneWidth() throws {
        guard Tools.require("chromium", package: "chromium"),
              Tools.require("zbarimg", package: "zbar-tools") else { return }
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        let link = try #require(routine.link)
        let qr = try QRCode(text: link).pngData(moduleSize: 8)
        let html = HTMLPage(routine: routine, figures: Fixtures.figures(for: routine), qrCode: qr).html
        let windowHeight = 9000
        let png = try Self.screenshot(html, width: 390, height: windowHeight, in: temp.url)
        // Set SHARING_KEEP_SCREENSHOT=FILE.png to keep the screenshot (and the page beside it)
        // for looking at.
        if let keep = ProcessInfo.processInfo.environment["SHARING_KEEP_SCREENSHOT"] {
            let url = URL(fileURLWithPath: keep)
            try png.write(to: url)
            try Data(html.utf8).write(to: url.deletingPathExtension().appendingPathExtension("html"))
        }

        let image = try PNGImage(pngData: png)
        #expect(image.width == 390)
        let rows = try #require(Self.contentRows(image), "the screenshot is blank")
        #expect(rows.inked > 20_000, "hardly anything is drawn: \(rows.inked) pixels")
        // Nothing is cut off at the bottom of the window, so the whole page was measured.
        #expect(rows.last < windowHeight - 20)
        // Each exercise shows a figure 358 px wide (aspect 2:1) with its name, dose and cue
        // around it: at least 300 px of page each, on top of the header and routine.
        let minimum = 600 + routine.exercises.count * 300
        #expect(rows.last - rows.first > minimum, "the page is \(rows.last - rows.first) px tall, expected over \(minimum)")

        // The QR code at the very end is drawn and readable in the screenshot itself.
        let result = try Tools.run("zbarimg", ["--quiet", "--raw", temp.url.appendingPathComponent("screenshot.png").path])
        #expect(result.output.trimmingCharacters(in: .newlines) == link, "zbarimg: \(result.errors)")
    }

    @Test func scriptsInTeacherTextStayText() throws {
        guard Tools.require("chromium", package: "chromium") else { return }
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        let page = temp.url.appendingPathComponent("index.html")
        try Data(HTMLPage(routine: routine).html.utf8).write(to: page)
        // The DOM Chromium builds: the hostile cue is a text node, so it holds no script element.
        let dom = try Tools.run("chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=" + temp.url.appendingPathComponent("profile").path,
            "--dump-dom", page.absoluteString,
        ])
        #expect(dom.status == 0, "chromium failed: \(dom.errors)")
        #expect(dom.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!dom.output.lowercased().contains("<script"))
    }
}
