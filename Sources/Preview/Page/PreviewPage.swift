import Figures
import Foundation
import Handouts
import PlanCore
import PlanFiles

/// The preview's web page: a fixed shell that listens for updates, and the content it
/// fetches again after each run.
public enum PreviewPage {
    /// Where the pieces are served.
    public enum Path {
        public static let page = "/"
        public static let content = "/content"
        public static let events = "/events"
        public static let script = "/preview.js"
        /// Followed by a page's name: `/pages/teacher-1.png`.
        public static let pages = "/pages/"
    }

    /// The whole page, with the content of `state` in it, so it shows at once.
    public static func html(_ state: PreviewState) -> String {
        let title = state.lastGood?.title ?? state.latest?.title ?? "Plan"
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · preview</title>
            <style>\(style)</style>
            </head>
            <body>
            <main id="preview">
            \(content(state))
            </main>
            <script src="\(Path.script)"></script>
            </body>
            </html>

            """
    }

    /// The page's script: on each `update` event, fetch the content again and put it in
    /// place. EventSource reconnects by itself if the server restarts.
    public static let script = """
        const main = document.getElementById("preview");
        const events = new EventSource("\(Path.events)");
        let shown = Number(main.firstElementChild?.dataset.generation ?? 0);
        events.addEventListener("update", async (event) => {
          const generation = Number(event.data);
          if (generation <= shown) return;
          const response = await fetch("\(Path.content)?generation=" + generation, { cache: "no-store" });
          if (!response.ok) return;
          const html = await response.text();
          const next = Number(/data-generation="(\\d+)"/.exec(html)?.[1] ?? 0);
          if (next <= shown) return;
          shown = next;
          main.innerHTML = html;
        });

        """

    /// The part that changes: status, errors, timeline, pages.
    public static func content(_ state: PreviewState) -> String {
        var html = "<div class=\"state\" data-generation=\"\(state.generation)\">\n"
        guard let latest = state.latest else {
            return html + "<p class=\"status\">Reading the plan…</p>\n</div>\n"
        }
        let shown = state.lastGood
        html += "<header><h1>\(escape(shown?.title ?? latest.title ?? latest.path))</h1>\n"
        html += "<p class=\"status\">\(escape(status(latest, shown: shown, at: state.updated)))</p></header>\n"

        let errors = latest.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            html += "<section class=\"errors\"><h2>Errors</h2>\n"
            html += diagnostics(errors, sources: latest.sources)
            html += "</section>\n"
        }
        if let shown, let sequence = shown.sequence {
            let warnings = (latest.isGood ? latest : shown).diagnostics.filter { $0.severity == .warning }
            if !warnings.isEmpty {
                html += "<section class=\"warnings\"><h2>Warnings</h2>\n"
                html += diagnostics(warnings, sources: (latest.isGood ? latest : shown).sources)
                html += "</section>\n"
            }
            // The card first: the whole class at a glance, then the timeline, then the rest.
            html += pages(shown.pages.filter { $0.kind == .card }, generation: state.lastGoodGeneration)
            html += timeline(sequence, library: shown.library)
            html += pages(shown.pages.filter { $0.kind != .card }, generation: state.lastGoodGeneration)
        }
        return html + "</div>\n"
    }

    /// One line on how the plan stands.
    static func status(_ latest: PlanRun, shown: PlanRun?, at time: Date?) -> String {
        let clock = time.map { " at " + Self.clock($0) } ?? ""
        if latest.isGood {
            let warnings = latest.diagnostics.filter { $0.severity == .warning }.count
            return "\(latest.path): saved\(clock), ok" + (warnings > 0 ? " (\(count(warnings, "warning")))" : "")
        }
        let errors = latest.diagnostics.filter { $0.severity == .error }.count
        return "\(latest.path): saved\(clock), \(count(errors, "error"))"
            + (shown == nil ? "" : "; the timeline and pages below are from the last save that worked")
    }

    /// Each diagnostic as the terminal prints it: place, message, the line, a caret, the hint.
    static func diagnostics(_ list: [Diagnostic], sources: [String: String]) -> String {
        let renderer = DiagnosticRenderer(color: false)
        return list.map { diagnostic in
            "<pre class=\"diagnostic \(diagnostic.severity.rawValue)\">"
                + escape(renderer.render(diagnostic, sources: sources).trimmingCharacters(in: .newlines)) + "</pre>\n"
        }.joined()
    }

    /// The timeline as a table, with its totals.
    static func timeline(_ sequence: ClassSequence, library: Library?) -> String {
        var html = "<section class=\"timeline\"><h2>Timeline</h2>\n<table>\n"
        html += "<thead><tr><th>start</th><th>block</th><th>exercise</th><th>side</th><th>time</th><th>position</th></tr></thead>\n<tbody>\n"
        for item in sequence.items {
            let block = item.blockID.map { library?.blocks[$0]?.name ?? $0 } ?? ""
            if item.kind == .transition {
                html += "<tr class=\"transition\"><td>\(item.start.clock)</td><td></td><td>\(escape(item.moveWords))</td>"
                    + "<td>\(escape(item.sideShort ?? ""))</td><td>\(item.duration.clock)</td><td></td></tr>\n"
            } else {
                var name = item.exercise.name
                if let reps = item.reps { name += " ×\(reps)" }
                html += "<tr><td>\(item.start.clock)</td><td>\(escape(block))</td><td>\(escape(name))</td>"
                    + "<td>\(escape(item.sideShort ?? ""))</td><td>\(item.duration.clock)</td><td>\(escape(item.position.rawValue))</td></tr>\n"
            }
        }
        html += "</tbody>\n</table>\n"
        var totals = "Total \(sequence.total.clock): work \(sequence.work.clock), transitions \(sequence.transitions.clock)"
        let right = sequence.work(on: .right), left = sequence.work(on: .left)
        if right > .zero || left > .zero { totals += "; right side \(right.clock), left side \(left.clock)" }
        if let length = sequence.plan.length { totals += "; planned length \(length.clock)" }
        return html + "<p class=\"totals\">\(escape(totals))</p>\n</section>\n"
    }

    /// The handouts' pages, each under its handout's name.
    static func pages(_ pages: [PlanRun.Page], generation: Int) -> String {
        var html = ""
        for kind in HandoutKind.allCases {
            let own = pages.filter { $0.kind == kind }
            guard !own.isEmpty else { continue }
            let name = kind.title.prefix(1).uppercased() + kind.title.dropFirst()
            html += "<section class=\"handout \(kind.rawValue)\"><h2>\(name)</h2>\n"
            for page in own {
                html += "<img src=\"\(Path.pages)\(page.name)?generation=\(generation)\" "
                    + "alt=\"\(name), page \(page.number) of \(own.count)\" loading=\"lazy\">\n"
            }
            html += "</section>\n"
        }
        return html
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// `14:03:12`, in the machine's time zone: when the teacher saved.
    public static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }

    /// Text made safe for HTML: teacher text is never markup.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    static let style = """
        body { font: 15px/1.4 system-ui, sans-serif; margin: 0; background: #e9e9e6; color: #1d1d1b; }
        main { max-width: 860px; margin: 0 auto; padding: 16px; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 24px 0 8px; }
        .status { margin: 0; color: #555; }
        pre.diagnostic { background: #fff; padding: 8px 10px; border-left: 4px solid #b3261e; overflow-x: auto;
          font: 13px/1.35 ui-monospace, monospace; white-space: pre-wrap; }
        pre.diagnostic.warning { border-left-color: #b88600; }
        table { border-collapse: collapse; background: #fff; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #e3e3e0; }
        td:first-child, td:nth-child(5) { font-variant-numeric: tabular-nums; }
        tr.transition td { color: #777; font-style: italic; }
        .totals { font-weight: 600; }
        .handout img { display: block; width: 100%; height: auto; background: #fff; margin: 0 0 16px;
          box-shadow: 0 1px 4px rgba(0,0,0,.25); }
        """
}
