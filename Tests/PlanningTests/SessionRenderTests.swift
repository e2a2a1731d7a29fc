import Foundation
import Graphics
import Handouts
import Planning
import Synchronization
import Testing

/// Batch rendering through the session itself, without the binary.
@Suite("A session renders batches of plans")
struct SessionRenderTests {
    /// `count` copies of the example plan in `folder`, each under its own name and title.
    func batch(_ count: Int, in folder: URL) throws -> [String] {
        let example = try String(contentsOf: Package.plans.appendingPathComponent("hip-series.yaml"), encoding: .utf8)
        return try (1...count).map { n in
            let url = folder.appendingPathComponent("class-\(n).yaml")
            try Data(example.replacingOccurrences(of: "title: Hip rotations at home", with: "title: Class \(n)").utf8).write(to: url)
            return url.path
        }
    }

    /// One plan whose teacher sheet is refused for its length, drawn side by side with its
    /// card and student handout: the refusal stops the others, nothing is written, and the
    /// teacher is told of the refusal alone, never that the others stopped.
    @Test func aRefusedHandoutStopsTheOthersDrawnBesideIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("long.yaml")
        let items = String(repeating: "  - block: hip-rotation-series\n", count: 200)
        try Data("title: Far too long\nsequence:\n\(items)".utf8).write(to: plan)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        let results = try testSession().render([plan.path], options: RenderOptions(folder: out, kinds: [.card, .teacher, .student],
                                                                                  format: .svg))
        let report = try #require(results.first?.report)
        #expect(report.status == .invalid)
        let errors = report.diagnostics.filter(\.isError).map(\.message)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("would run to") == true, "\(errors)")
        #expect(!errors.contains { $0.contains("stopped") })
        #expect(try names(in: out).isEmpty)
    }

    @Test func aBatchWritesEveryGoodPlanAndReportsTheBadOneInOrder() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var plans = try batch(3, in: folder)
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("title: Broken\nsequence:\n  - exercise: glute-brige\n".utf8).write(to: broken)
        plans.insert(broken.path, at: 1)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)

        let delivered = DeliveryLog()
        let results = try testSession().render(plans, options: RenderOptions(folder: out, kinds: [.teacher, .student])) {
            plan, _ in delivered.append(plan)
        }
        #expect(results.map(\.plan) == plans)
        #expect(delivered.plans == plans)
        #expect(results.map(\.report.status) == [.done, .invalid, .done, .done])
        let brokenReport = results[1].report
        #expect(brokenReport.diagnostics.map(\.message) == ["no exercise 'glute-brige' in the library"])
        #expect(brokenReport.diagnostics.first?.span?.line == 3)
        #expect(brokenReport.written.isEmpty)
        #expect(results[0].report.written.map(\.lastPathComponent) == ["class-1-teacher.pdf", "class-1-student.pdf"])
        #expect(try names(in: out) == (1...3).flatMap { ["class-\($0)-student.pdf", "class-\($0)-teacher.pdf"] }.sorted())
    }

    @Test func aMissingOutputFolderIsMadeAndOneThatCannotBeIsRefused() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try batch(1, in: folder)
        let missing = folder.appendingPathComponent("new/handouts")
        let results = try testSession().render(plans, options: RenderOptions(folder: missing, kinds: [.teacher]))
        #expect(results.map(\.report.status) == [.done])
        #expect(try names(in: missing) == ["class-1-teacher.pdf"])
        let file = folder.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: OutputProblem.self) {
            try testSession().render(plans, options: RenderOptions(folder: file.appendingPathComponent("under"), kinds: [.teacher]))
        }
    }

    @Test func twoPlansOfOneNameAreRefused() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try batch(1, in: folder)[0]
        let sub = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
        let two = sub.appendingPathComponent("class-1.yaml").path
        try FileManager.default.copyItem(atPath: one, toPath: two)
        do {
            _ = try testSession().render([one, two], options: RenderOptions(folder: folder, kinds: [.teacher]))
            Issue.record("two plans writing class-1-teacher.pdf were accepted")
        } catch {
            #expect(error.status == .invalid)
            #expect(error.message.contains("would both write class-1-teacher.pdf"))
        }
    }

    /// `x-teacher.pdf` given as a plan beside `x.yaml`: rendering `x.yaml` would write over
    /// it, so the run is refused before anything is drawn, and the file stays as it was.
    @Test(arguments: [(OutputFormat.pdf, "class-1-teacher.pdf"), (.png, "class-1-student-2.png"), (.svg, "class-1-teacher-1.svg")])
    func aPlanNamedLikeAnotherPlansOutputIsRefusedNotOverwritten(format: OutputFormat, name: String) throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try batch(1, in: folder)[0]
        let victim = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: plan, toPath: victim.path)
        let before = try Data(contentsOf: victim)
        // Named through another path to the same folder, as the real paths are compared.
        let options = RenderOptions(folder: URL(fileURLWithPath: folder.path + "/./"), kinds: [.teacher, .student], format: format)
        do {
            _ = try testSession().render([plan, victim.path], options: options)
            Issue.record("a plan that another plan writes over was accepted")
        } catch {
            #expect(error.status == .invalid)
            #expect(error.message == "'\(victim.path)' is given as a plan, but rendering '\(plan)' would write over it")
        }
        #expect(try Data(contentsOf: victim) == before)
        #expect(try names(in: folder) == ["class-1.yaml", name].sorted())
    }

    /// The same plan files rendered into another folder clash with nothing.
    @Test func aPlanNamedLikeAnOutputIsFineWhenTheOutputGoesElsewhere() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try batch(1, in: folder)[0]
        let other = folder.appendingPathComponent("class-1-teacher.pdf")
        try FileManager.default.copyItem(atPath: plan, toPath: other.path)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        let results = try testSession().render([plan, other.path], options: RenderOptions(folder: out, kinds: [.teacher]))
        #expect(results.map(\.report.status) == [.done, .done])
        #expect(try names(in: out) == ["class-1-teacher.pdf", "class-1-teacher.pdf-teacher.pdf"])
    }
}

/// The plans whose reports were delivered, in delivery order; filled from worker threads.
final class DeliveryLog: Sendable {
    private let log = Mutex<[String]>([])
    func append(_ plan: String) { log.withLock { $0.append(plan) } }
    var plans: [String] { log.withLock { $0 } }
}

/// A drawing failure ends with the status of its cause, not always "a file".
@Suite("Drawing failures")
struct DrawingFailureTests {
    @Test func theMachineFailingIsAFileFailureAndThePlansTextIsInvalidInput() {
        let session = testSession()
        #expect(session.status(ofDrawingFailure: GraphicsError.cannotWrite(path: "/x", reason: "full")) == .file)
        #expect(session.status(ofDrawingFailure: GraphicsError.cairo(operation: "drawing", status: "out of memory")) == .file)
        #expect(session.status(ofDrawingFailure: GraphicsError.cairo(operation: "drawing", status: "error while writing to output stream")) == .file)
        #expect(session.status(ofDrawingFailure: GraphicsError.text(operation: "creating a font map", reason: "none")) == .file)
        #expect(session.status(ofDrawingFailure: GraphicsError.cairo(operation: "drawing text", status: "input string not valid UTF-8")) == .invalid)
        #expect(session.status(ofDrawingFailure: GraphicsError.text(operation: "laying out styled text", reason: "bad markup")) == .invalid)
        #expect(session.status(ofDrawingFailure: GraphicsError.invalidArgument(operation: "make an image", reason: "too large")) == .invalid)
        #expect(session.status(ofDrawingFailure: GraphicsError.qrCode(reason: "too long")) == .invalid)
    }
}

/// An SVG handout page carries its figures as SVG of their own: the strap and the angle
/// marks a web page styles, and a test finds, are groups named for what they are, as in a
/// figure's own SVG.
@Test func svgHandoutPagesKeepEachFiguresPropsAndAnnotationsAsGroups() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("stretch.yaml")
    try Data("""
    title: Stretch at home
    sequence:
      - exercise: hamstring-stretch
      - exercise: hip-rotation-tabletop
    """.utf8).write(to: plan)
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
    let results = try testSession().render([plan.path], options: RenderOptions(folder: out, kinds: [.student], format: .svg))
    #expect(results.first?.report.status == .done)
    let pages = try names(in: out).filter { $0.hasSuffix(".svg") }
    #expect(!pages.isEmpty)
    let svg = try pages.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
    #expect(svg.contains("<g class=\"prop strap\">"))
    #expect(svg.contains("<g class=\"annotation angle\">"))
    #expect(svg.contains("<g class=\"figure\" transform=\"matrix("))
    // Each page is still one SVG document.
    for page in pages {
        let text = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
        #expect(text.components(separatedBy: "<svg").count == 2, "\(page)")
    }
}
