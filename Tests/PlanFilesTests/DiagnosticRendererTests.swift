import PlanCore
import Testing
@testable import PlanFiles

@Test func rendersTheStyleGuideForm() {
    let source = String(repeating: "\n", count: 13) + "  - exercise: glute-brige\n"
    let diagnostic = Diagnostic.error(.unknownExercise("glute-brige", suggestion: "glute-bridge", isBlock: false),
                                      at: SourceSpan(file: "Plans/tuesday.yaml", line: 14, column: 15, length: 11))
    let text = DiagnosticRenderer().render(diagnostic, sources: ["Plans/tuesday.yaml": source])
    #expect(text == """
        Plans/tuesday.yaml:14:15: error: no exercise 'glute-brige' in the library
           14 |   - exercise: glute-brige
              |               ^~~~~~~~~~~
        hint: did you mean 'glute-bridge'?

        """)
}

@Test func colourOnlyWhenAsked() {
    let d = Diagnostic.warning(.emptyFile, at: nil, file: "x.yaml")
    #expect(!DiagnosticRenderer(color: false).render(d, sources: [:]).contains("\u{1B}["))
    #expect(DiagnosticRenderer(color: true).render(d, sources: [:]).contains("\u{1B}[1;33mwarning"))
    #expect(DiagnosticRenderer().render(d, sources: [:]).hasPrefix("x.yaml: warning: this file is empty\n"))
}

@Test func caretFollowsTabsAndStopsAtLineEnd() {
    let source = "a:\tb: cde"
    let d = Diagnostic.error(.emptySequence, at: SourceSpan(file: "f", line: 1, column: 7, length: 40))
    let lines = DiagnosticRenderer().render(d, sources: ["f": source]).split(separator: "\n")
    #expect(lines[2] == "     |   \t   ^~~")
}

@Test func planWarningsBecomeDiagnostics() {
    let span = SourceSpan(file: "p.yaml", line: 3, column: 9, length: 5)
    let d = Diagnostic(PlanWarning(message: "the class runs 6 min over its 45 min", hint: "set `fit: true`", span: span))
    #expect(d == Diagnostic(severity: .warning, message: "the class runs 6 min over its 45 min", span: span,
                            hint: "set `fit: true`"))
    #expect(d.file == "p.yaml")
}
