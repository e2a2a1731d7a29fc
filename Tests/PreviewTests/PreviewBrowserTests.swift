import Foundation
import Testing
import TestSupport

/// `classplan preview` as a teacher uses it: the page open in a real (headless) Chromium,
/// the plan edited and saved, the page changing by itself.
@Suite(.serialized) struct PreviewBrowserTests {
    static let plan = """
        title: Morning hips
        length: 10min
        sequence:
          - exercise: glute-bridge
            reps: 10
          - block: hip-rotation-series
            per_side: 1min

        """

    @Test func thePageFollowsEachSaveWithoutReloading() throws {
        guard ExternalProcess.exists("chromium") else {
            Issue.record("'chromium' is not installed; install Debian's chromium (make deps does)")
            return
        }
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planFile = folder.appendingPathComponent("plan.yaml")
        try save(Self.plan, to: planFile)

        let preview = try BackgroundRun(["preview", "plan.yaml"], in: folder)
        var url = ""
        let listening = preview.waitForOutput(seconds: 120) { printed in
            guard let range = printed.out.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) else { return false }
            url = String(printed.out[range])
            return true
        }
        try #require(listening, "preview did not say where it listens: \(preview.printed)")

        let browser = try HeadlessChromium(profile: folder.appendingPathComponent("profile"))
        try browser.open(url)
        let text = "document.body ? document.body.innerText : ''"
        let first = try browser.wait(for: text, as: String.self, seconds: 120) {
            $0.contains("Morning hips") && $0.contains("Glute bridge ×10") && $0.contains("Hip rotation, tabletop")
        }
        #expect(first.met, "the first page: \(first.last ?? "nothing")")
        // Every page image of the card, teacher sheet and student handout is there and drawn.
        let images = "Array.from(document.images).filter(i => i.complete && i.naturalWidth > 500).length"
        let drawn = try browser.wait(for: images, as: Int.self, seconds: 30) { $0 >= 3 }
        #expect(drawn.met, "page images drawn: \(drawn.last ?? 0)")
        // A mark on the page, to show that what follows changes this page rather than loading another.
        _ = try browser.evaluate("window.stillTheSamePage = true")

        // Saved with a new title and one more exercise: the page shows both by itself.
        try save(Self.plan.replacingOccurrences(of: "Morning hips", with: "Evening hips")
                 + "  - exercise: figure-four-stretch\n    per_side: 45s\n", to: planFile)
        let edited = try browser.wait(for: text, as: String.self, seconds: 60) {
            $0.contains("Evening hips") && $0.contains("Figure-four stretch")
        }
        #expect(edited.met, "after the save: \(edited.last ?? "nothing")")
        #expect(try browser.evaluate("window.stillTheSamePage === true") as? Bool == true, "the page was reloaded")

        // Saved with a mistake: the error with its line and hint, and the last good pages kept.
        try save(Self.plan.replacingOccurrences(of: "glute-bridge", with: "glute-brige"), to: planFile)
        let broken = try browser.wait(for: text, as: String.self, seconds: 60) {
            $0.contains("no exercise 'glute-brige' in the library") && $0.contains("did you mean 'glute-bridge'?")
        }
        #expect(broken.met, "after a bad save: \(broken.last ?? "nothing")")
        let shown = broken.last ?? ""
        #expect(shown.contains("plan.yaml:4:15"), "the error names its line and column")
        #expect(shown.contains("Figure-four stretch"), "the last good timeline stays")
        let kept = try browser.wait(for: images, as: Int.self, seconds: 30) { $0 >= 3 }
        #expect(kept.met, "the last good pages stay: \(kept.last ?? 0) drawn")

        // Only the loopback address is answered, and only the preview's own paths.
        let port = try #require(Int(url.dropFirst("http://127.0.0.1:".count).dropLast()))
        #expect(try statusLine(port: port, path: "/", host: "127.0.0.1:\(port)") == "HTTP/1.1 200 OK")
        #expect(try statusLine(port: port, path: "/", host: "evil.example:\(port)") == "HTTP/1.1 403 Forbidden")
        #expect(try statusLine(port: port, path: "/pages/../plan.yaml", host: "localhost:\(port)").hasPrefix("HTTP/1.1 404"))
        #expect(try statusLine(port: port, path: "/plan.yaml", host: "localhost:\(port)").hasPrefix("HTTP/1.1 404"))

        #expect(preview.interrupt() == 0, "Ctrl-C stops the preview cleanly: \(preview.printed)")
        #expect(preview.printed.out.contains("Preview stopped."))
    }
}
