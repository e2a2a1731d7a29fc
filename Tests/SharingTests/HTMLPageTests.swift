import Foundation
import PlanCore
import Testing
@testable import Sharing

@Suite struct HTMLPageTests {
    static func page(_ plan: Plan, qr: Data? = nil) -> HTMLPage {
        let routine = Fixtures.routine(plan)
        return HTMLPage(routine: routine, figures: Fixtures.figures(for: routine), qrCode: qr)
    }

    @Test(arguments: [Fixtures.hipPlan(), Fixtures.mixedPlan(), Fixtures.hipPlan(link: "javascript:alert(1)")])
    func reachesNothingOutside(_ plan: Plan) {
        let html = Self.page(plan, qr: Data([0x89, 0x50, 0x4e, 0x47])).html
        let problems = HTMLChecks.externalProblems(in: html, link: plan.share?.link)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theChecksCatchAnExternalReference() {
        // The checks themselves must be able to fail.
        let html = Self.page(Fixtures.hipPlan()).html
        let bad = html.replacingOccurrences(of: "</main>", with: "<img src=\"https://cdn.example/x.png\"></main>")
        #expect(!HTMLChecks.externalProblems(in: bad, link: "https://example.org/hip-rotations").isEmpty)
        let font = html.replacingOccurrences(of: "</style>", with: "@font-face{src:url(fonts/a.woff)}</style>")
        #expect(!HTMLChecks.externalProblems(in: font, link: nil).isEmpty)
    }

    @Test func teacherTextShowsAsText() {
        let html = Self.page(Fixtures.mixedPlan()).html
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; keep &quot;calm&quot;"))
        #expect(html.contains("<h3><span class=\"num\">1</span> Breathing &lt;into&gt; the back ribs</h3>"))
        #expect(html.contains("See you &lt;b&gt;next&lt;/b&gt; week &amp; practise!"))
        #expect(html.contains("<a href=\"https://example.org/deep-hips?a=1&amp;b=2\">"))
        // Text inside a figure is escaped too.
        #expect(html.contains(">start &lt;&amp; end&gt;</text>"))
    }

    @Test func aLinkThatIsNotAWebAddressIsNotLinked() {
        let html = Self.page(Fixtures.hipPlan(link: "javascript:alert(1)")).html
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("<p class=\"address\">javascript:alert(1)</p>"))
    }

    @Test func holdsEveryExerciseWithItsFigureDoseAndCue() {
        let routine = Fixtures.routine(Fixtures.mixedPlan())
        let html = HTMLPage(routine: routine, figures: Fixtures.figures(for: routine)).html
        for entry in routine.exercises {
            #expect(html.contains("<article class=\"exercise\" id=\"ex-\(entry.slug)\">"))
            #expect(html.contains("href=\"#ex-\(entry.slug)\""))
            #expect(html.contains("<strong>Dose:</strong> \(HTMLChecks.escape(entry.dose))"))
            if let cue = entry.keyCue { #expect(html.contains(HTMLChecks.escape(cue))) }
        }
        #expect(html.components(separatedBy: "<svg class=\"figure\"").count - 1 == routine.exercises.count)
        #expect(html.contains("<svg class=\"figure small\""))
        #expect(html.contains(HTMLChecks.escape(routine.dailyDose)))
    }

    @Test func theLinkAndQRCodeComeLast() throws {
        let html = Self.page(Fixtures.hipPlan(), qr: Data([1, 2, 3])).html
        let footer = try #require(html.range(of: "<footer class=\"link\">"))
        let lastArticle = try #require(html.range(of: "<article", options: .backwards))
        #expect(lastArticle.lowerBound < footer.lowerBound)
        #expect(html.contains("src=\"data:image/png;base64,AQID\""))
        let none = Self.page(Fixtures.hipPlan(link: nil)).html
        #expect(!none.contains("<footer"))
    }

    @Test func svgNumbersAreCompact() {
        #expect(InlineSVG.number(0) == "0")
        #expect(InlineSVG.number(-0.001) == "0")
        #expect(InlineSVG.number(12.5) == "12.5")
        #expect(InlineSVG.number(-3.14159) == "-3.14")
        #expect(InlineSVG.number(2.05) == "2.05")
        #expect(InlineSVG.number(.nan) == "0")
        #expect(InlineSVG.number(1e300) == "1000000000")
    }
}
