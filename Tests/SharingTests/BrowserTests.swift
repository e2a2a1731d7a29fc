import Foundation
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

    @Test func rendersAtPhoneWidth() throws {
        guard Tools.require("chromium", package: "chromium") else { return }
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        let html = HTMLPage(routine: routine, figures: Fixtures.figures(for: routine)).html
        let png = try Self.screenshot(html, width: 390, height: 6000, in: temp.url)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // Set SHARING_KEEP_SCREENSHOT=FILE.png to keep the screenshot (and the page beside it)
        // for looking at.
        if let keep = ProcessInfo.processInfo.environment["SHARING_KEEP_SCREENSHOT"] {
            let url = URL(fileURLWithPath: keep)
            try png.write(to: url)
            try Data(html.utf8).write(to: url.deletingPathExtension().appendingPathExtension("html"))
        }
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
