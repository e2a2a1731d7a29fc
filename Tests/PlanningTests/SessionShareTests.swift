import Foundation
import Planning
import PlanCore
import Testing

/// `share` of a plan whose practice is over by the session's day (1 December 2026) says so
/// at the plan's `date:`; one still to come, or running, says nothing.
@Test(arguments: [("2026-03-12", true), ("2026-11-20", false), ("2026-12-05", false)])
func sharingAPracticeThatIsOverSaysSo(date: String, over: Bool) throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("class.yaml")
    try Data("""
        title: Thursday hips
        date: \(date)
        sequence:
          - block: hip-rotation-series
        share:
          practice: 3 weeks
        """.utf8).write(to: plan)
    let shared = testSession().share(plan.path, into: folder.appendingPathComponent("pack"))
    #expect(shared.report.status == .done, "\(shared.report.diagnostics)")
    let warning = shared.report.diagnostics.first { $0.message.contains("is already over") }
    #expect((warning != nil) == over, "\(shared.report.diagnostics.map(\.message))")
    if let warning {
        #expect(warning.message.contains("2026-03-13 to 2026-04-02"))
        #expect(warning.span?.line == 2)
    }
}
