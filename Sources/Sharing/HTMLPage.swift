import Figures
import Foundation
import Handouts
import PlanCore

/// The routine as one self-contained web page: figures as inline SVG, the style sheet
/// inline, no scripts and no request to any other address (a content security policy
/// says so to the browser too). One column that reads well at 390 px and prints well; the
/// link and its QR code come last.
public struct HTMLPage: Sendable, Equatable {
    /// The routine to show.
    public var routine: StudentRoutine
    /// The pictures to show with it.
    public var figures: PackFigures
    /// The QR code of the link as PNG bytes, embedded as a `data:` address; nil leaves it out.
    public var qrCode: Data?

    public init(routine: StudentRoutine, figures: PackFigures = PackFigures(), qrCode: Data? = nil) {
        self.routine = routine
        self.figures = figures
        self.qrCode = qrCode
    }

    /// The page, as UTF-8 HTML.
    public var html: String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(e(routine.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
        <meta name="generator" content="classplan">
        <title>\(e(routine.title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <main>

        """
        // The routine and its length come first: it is what a student opens the page for.
        out += header
        out += daily
        out += steps
        out += why
        out += setup
        out += exercises
        out += tips
        out += "<p class=\"gentle\">\(e(PackWords.gentle))</p>\n"
        out += linkSection
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func e(_ text: String) -> String { HTML.escape(text) }

    private var header: String {
        var out = "<header>\n<h1>\(e(routine.title))</h1>\n"
        if let byline = PackWords.byline(routine) { out += "<p class=\"byline\">\(e(byline))</p>\n" }
        if let message = routine.message.flatMap(StudentRoutine.nonBlank) {
            out += "<p class=\"message\">\(e(message))</p>\n"
        }
        return out + "</header>\n"
    }

    private var daily: String {
        "<section class=\"daily\">\n<h2>\(e(PackWords.dailyHeading))</h2>\n"
            + "<p class=\"summary\">\(e(PackWords.summary(routine)))</p>\n"
            + "<p class=\"dose\">\(e(routine.dailyDose))</p>\n</section>\n"
    }

    private var why: String {
        let points = routine.blocks.flatMap(\.purpose).compactMap(StudentRoutine.nonBlank)
        guard !points.isEmpty else { return "" }
        return "<section class=\"why\">\n<h2>\(e(PackWords.whyHeading))</h2>\n<ul>\n"
            + points.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n</section>\n"
    }

    private var steps: String {
        var out = "<section class=\"routine\">\n<h2>\(e(PackWords.routineHeading))</h2>\n<ol class=\"steps\">\n"
        for step in routine.steps {
            let entry = routine.exercises[step.entryIndex]
            out += "<li\(step.isMove ? " class=\"move\"" : "")><span class=\"time\">\(step.start.clock)</span>"
            if step.isMove {
                out += "<span class=\"what\">\(e(step.text))</span>"
            } else {
                out += "<span class=\"what\"><a href=\"#ex-\(entry.slug)\">\(e(step.text))</a>"
                if let side = PackWords.side(of: step) { out += "<span class=\"side\">\(side)</span>" }
                out += "</span>"
            }
            let amount = step.isMove ? step.duration.spokenExactly : PackWords.amount(step)
            out += "<span class=\"length\">\(amount)</span></li>\n"
        }
        out += "</ol>\n<p class=\"total\">\(e(PackWords.totalLine(routine)))</p>\n</section>\n"
        return out
    }

    private var setup: String {
        let blocks = routine.blocks.filter { !$0.setup.isEmpty }
        guard !blocks.isEmpty else { return "" }
        var out = "<section class=\"setup\">\n<h2>\(e(PackWords.setupHeading))</h2>\n"
        for block in blocks {
            if blocks.count > 1 { out += "<h3>\(e(block.name))</h3>\n" }
            out += "<ol>\n" + block.setup.map { "<li>\(e($0))</li>\n" }.joined() + "</ol>\n"
        }
        return out + "</section>\n"
    }

    private var exercises: String {
        var out = "<section class=\"exercises\">\n<h2>The exercises</h2>\n"
        for entry in routine.exercises {
            out += "<article class=\"exercise\" id=\"ex-\(entry.slug)\">\n"
            out += "<h3><span class=\"num\">\(entry.number)</span> \(e(entry.name))</h3>\n"
            if let scene = figures.exercises[entry.exercise.id] {
                out += InlineSVG.element(scene, label: PackFigures.altText(for: entry)) + "\n"
            }
            out += "<p class=\"amount\"><strong>\(PackWords.doseLabel):</strong> \(e(entry.dose))</p>\n"
            if let setup = entry.setup {
                out += "<p class=\"setup\"><strong>\(PackWords.setupLabel):</strong> \(e(setup))</p>\n"
            }
            if let movement = entry.movement {
                out += "<p class=\"how\"><strong>\(PackWords.howLabel):</strong> \(e(movement))</p>\n"
            }
            if let cue = entry.keyCue {
                out += "<p class=\"cue\"><strong>\(PackWords.keyCueLabel):</strong> \(e(cue))</p>\n"
            }
            if let feel = entry.feel {
                out += "<p class=\"feel\"><strong>\(PackWords.feelLabel):</strong> \(e(feel))</p>\n"
            }
            if let mistake = entry.mistake {
                out += "<p class=\"mistake\"><strong>\(PackWords.mistakeLabel):</strong> \(e(mistake))</p>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    /// The blocks' cues, the mistakes they warn of, then the tricks for finding the muscles:
    /// the order of the student handout.
    private var tips: String {
        func visible(_ tips: [Tip]) -> [Tip] { tips.filter { StudentRoutine.nonBlank($0.text) != nil } }
        let cues = visible(routine.blocks.flatMap(\.cues))
        let mistakes = routine.blocks.flatMap(\.mistakes)
        let tricks = visible(routine.blocks.flatMap(\.palpation))
        guard !cues.isEmpty || !mistakes.isEmpty || !tricks.isEmpty else { return "" }
        var out = "<section class=\"tips\">\n<h2>\(e(PackWords.tipsHeading))</h2>\n"
        out += cues.map(tip).joined()
        if !mistakes.isEmpty {
            out += "<div class=\"tip mistakes\">\n<h3>\(e(PackWords.mistakesHeading))</h3>\n"
            out += mistakes.map { "<p>\(e($0))</p>\n" }.joined() + "</div>\n"
        }
        out += tricks.map(tip).joined()
        return out + "</section>\n"
    }

    private func tip(_ tip: Tip) -> String {
        var out = "<div class=\"tip\">\n"
        if let title = StudentRoutine.nonBlank(tip.title) { out += "<h3>\(e(title))</h3>\n" }
        if let kind = tip.illustration, let scene = figures.illustrations[kind] {
            out += InlineSVG.element(scene, label: FigureAltText.text(for: kind), cssClass: "figure small") + "\n"
        }
        return out + "<p>\(e(tip.text))</p>\n</div>\n"
    }

    private var linkSection: String {
        guard let link = routine.link.flatMap(StudentRoutine.nonBlank) else { return "" }
        var out = "<footer class=\"link\">\n<h2>\(e(PackWords.linkHeading))</h2>\n<p>\(e(PackWords.linkLead))</p>\n"
        if HTML.isWebLink(link) {
            out += "<p class=\"address\"><a href=\"\(e(link))\">\(e(link))</a></p>\n"
        } else {
            out += "<p class=\"address\">\(e(link))</p>\n"
        }
        if let qrCode {
            out += "<img class=\"qr\" alt=\"QR code for \(e(link))\" src=\"data:image/png;base64,\(qrCode.base64EncodedString())\">\n"
        }
        return out + "</footer>\n"
    }

    /// The style sheet: system fonts only (no font files to fetch), one column, large
    /// touch-friendly text; in print, white paper and exercises kept whole.
    static let css = """
    :root{color-scheme:light}
    *{box-sizing:border-box}
    body{margin:0;background:#faf8f3;color:#23211d;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
    main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 2.5rem}
    h1{font-size:1.7rem;line-height:1.2;margin:.25rem 0 .5rem}
    h2{font-size:1.3rem;line-height:1.25;margin:2rem 0 .6rem;color:#2b5f55}
    h3{font-size:1.1rem;margin:.2rem 0 .5rem}
    p,li,h1,h2,h3{overflow-wrap:anywhere}
    .byline{color:#5b574f;margin:0 0 .75rem}
    .message{margin:.75rem 0;padding:.6rem .9rem;background:#e9f3ef;border-left:4px solid #2b7a69;border-radius:4px}
    .dose{font-weight:600}
    .steps{list-style:none;margin:0;padding:0}
    .steps li{display:grid;grid-template-columns:3.2rem 1fr auto;gap:.6rem;padding:.45rem 0;border-bottom:1px solid #e4dfd4}
    .steps .time,.steps .length{font-variant-numeric:tabular-nums;color:#5b574f;white-space:nowrap}
    .steps a{color:inherit}
    .steps .side{display:block;font-size:.88em;color:#5b574f}
    .steps .move{color:#6b665d;font-style:italic}
    .total{font-weight:600}
    .exercise,.tip{background:#fff;border:1px solid #e4dfd4;border-radius:12px;padding:1rem;margin:1rem 0;break-inside:avoid}
    .tip.mistakes{background:#fbeedd}
    .exercise p,.tip p{margin:.4rem 0}
    .num{display:inline-block;min-width:1.7rem;height:1.7rem;line-height:1.7rem;margin-right:.3rem;text-align:center;border-radius:50%;background:#2b7a69;color:#fff;font-size:.95rem}
    svg.figure{display:block;width:100%;height:auto;margin:.5rem 0}
    svg.small{max-width:14rem;margin:.25rem auto}
    .cue{background:#fdf5e3;padding:.4rem .6rem;border-radius:6px}
    .gentle{margin-top:2rem;color:#5b574f}
    .link{margin-top:2rem;text-align:center}
    .address a{color:#1f5d86}
    img.qr{display:block;width:14rem;height:14rem;margin:1rem auto;image-rendering:pixelated}
    @media print{
    body{background:#fff;font-size:11pt}
    main{max-width:none;padding:0}
    .exercise,.tip{border-color:#aaa}
    .steps li{break-inside:avoid}
    .exercises,.tips{display:grid;grid-template-columns:1fr 1fr;column-gap:1rem}
    .exercises h2,.tips h2{grid-column:1/-1}
    .exercise,.tip{margin:.5rem 0}
    svg.figure{max-height:5cm}
    h2,h3{break-after:avoid}
    a{color:#000;text-decoration:none}
    }
    """
}
