import Foundation
import Testing
@testable import Figures
import PlanCore

@Test func escapingCoversTheFiveCharactersAndControls() {
    #expect(XMLText.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
    #expect(XMLText.escape("one\r\ntwo\rthree\tfour\u{7}\u{85}") == "one\ntwo\nthree\tfour")
    #expect(XMLText.escape("é ✓") == "é ✓")
}

@Test func numbersAreShortAndPlain() {
    #expect(XMLText.number(0) == "0")
    #expect(XMLText.number(-0.001) == "0")
    #expect(XMLText.number(12.5) == "12.5")
    #expect(XMLText.number(-3.14159) == "-3.14")
    #expect(XMLText.number(.infinity) == "0")
    #expect(XMLText.number(1e300) == "1000000000")
}

@Test func svgElementsNameNoIdsAndEscapeText() {
    var s = scene(for: Illustration.dial, size: Size(width: 300, height: 200))
    s.append(.label(Label(text: "start <& end>", position: Point(x: 10, y: 10))))
    let markup = s.svgElements()
    // Several scenes share one HTML page: ids would collide, so there are none.
    #expect(!markup.contains("id="))
    #expect(!markup.contains("url(#"))
    #expect(markup.contains(">start &lt;&amp; end&gt;</text>"))
    #expect(s.svg().contains(markup))
}

@Test func croppingFitsTheFrameToTheInk() throws {
    var s = Scene(size: Size(width: 400, height: 300))
    s.append(.circle(center: Point(x: 100, y: 80), radius: 20, ShapeStyle(fill: .black)))
    s.append(.path(.polygon([Point(x: 150, y: 100), Point(x: 200, y: 100), Point(x: 200, y: 140)]),
                   ShapeStyle(stroke: .black, lineWidth: 4)))
    let c = s.cropped(toInkWithMargin: 5)
    #expect(abs(c.size.width - (202 - 80 + 10)) < 1e-9)
    #expect(abs(c.size.height - (142 - 60 + 10)) < 1e-9)
    let ink = try #require(c.inkBounds)
    #expect(abs(ink.minX - 5) < 1e-9 && abs(ink.minY - 5) < 1e-9)
    #expect(Scene(size: Size(width: 10, height: 10)).cropped(toInkWithMargin: 3).size == Size(width: 10, height: 10))
}

@Test(arguments: Illustration.allCases)
func tipPicturesFillTheirFrame(_ illustration: Illustration) throws {
    let size = Size(width: 300, height: 220)
    let s = scene(for: illustration, size: size)
    let ink = try #require(s.inkBounds)
    #expect(s.size.width <= size.width + 1e-6 && s.size.height <= size.height + 1e-6)
    #expect(Rect(x: 0, y: 0, width: s.size.width, height: s.size.height).contains(ink))
    // The ink fills the frame but for the margin, in both directions.
    #expect(ink.width * ink.height > 0.75 * s.size.width * s.size.height)
    #expect(ink.width > 0.85 * size.width || ink.height > 0.85 * size.height)
}
