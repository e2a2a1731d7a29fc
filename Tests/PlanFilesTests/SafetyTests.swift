import Foundation
import Testing
@testable import PlanFiles

@Test func oversizedFileIsRefusedBeforeParsing() throws {
    let data = Data(repeating: UInt8(ascii: "a"), count: SourceText.maximumBytes + 1)
    guard case .problem(let d) = SourceText.decode(data, as: "big.yaml") else {
        Issue.record("an oversized file was accepted")
        return
    }
    #expect(d.message.hasPrefix("this file is larger than 1 MiB"))
}

@Test func billionLaughsIsRefusedQuickly() throws {
    var text = "title: laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...9 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    text += "sequence: *a9\n"
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = try Fixtures.load(text)
    #expect(clock.now - start < .seconds(5))
    #expect(loaded.plan == nil)
    #expect(loaded.diagnostics.count == 92, "10 anchors and 82 aliases")
    #expect(loaded.diagnostics.allSatisfy { $0.message.contains("YAML anchor") || $0.message.contains("YAML alias") })
}

@Test func anchorsInsideQuotesAndTextAreJustText() throws {
    let text = """
    title: "Rock & roll *hips*"
    notes: |
      &not-an-anchor
      *not-an-alias
    focus: Hips & hamstrings, 5 * 2
    sequence:
      - block: warm-up
        note: 'more & more'
    """
    let loaded = try Fixtures.load(text)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.plan?.title == "Rock & roll *hips*")
}

@Test(arguments: [200, 5000, 400_000])
func deepNestingNeverCrashes(_ depth: Int) throws {
    let text = "title: deep\nnotes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        + "\nsequence:\n  - block: warm-up\n"
    let loaded = try Fixtures.load(text)
    #expect(loaded.plan == nil)
    #expect(loaded.diagnostics.count == 1)
    #expect(loaded.diagnostics.first?.message.hasPrefix("the file is nested more than 64 levels") == true)
}

@Test func longFlowListDoesNotExhaustTheStack() throws {
    let text = "title: long\nnotes: [" + Array(repeating: "a", count: 200_000).joined(separator: ",") + "]\nsequence: [{block: warm-up}]\n"
    let loaded = try Fixtures.load(text)
    #expect(loaded.diagnostics.first?.message == "'notes' should be text, not a list")
}

@Test func everyDuplicateKeyIsReportedAndTheRestChecked() throws {
    let text = "title: A\ntitle: B\nlevel: mixed\nlevel: hard\nsequence:\n  - {block: warm-up, block: cool-down}\n  - exercise: glute-brige\n"
    let loaded = try Fixtures.load(text)
    let found = loaded.diagnostics.map { "\($0.span?.line ?? 0):\($0.span?.column ?? 0) \($0.message)" }
    #expect(found == [
        "2:1 'title' is given twice; the first is on line 1",
        "4:1 'level' is given twice; the first is on line 3",
        "6:22 'block' is given twice; the first is on line 6",
        "7:15 no exercise 'glute-brige' in the library",
    ])
}

@Test func garbageNeverTraps() throws {
    // A fixed pseudo-random stream, so a failure can be replayed.
    var seed: UInt64 = 0x5EED
    func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
    let alphabet = Array("ab:- \n[]{}&*!|>'\"#,?%@`\t0123456789".unicodeScalars)
    var valid = 0
    for _ in 0..<300 {
        var s = String.UnicodeScalarView()
        for _ in 0..<Int(next() % 200) { s.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
        let text = String(s)
        let loaded = try Fixtures.load(text)
        // Nothing trapped; and what came back is a plan or says why not, pointing into the file.
        if loaded.plan != nil { valid += 1 } else {
            #expect(loaded.diagnostics.hasErrors, "no plan and no error for \(text.debugDescription)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for d in loaded.diagnostics {
            guard let span = d.span else { continue }
            #expect(span.line >= 1 && span.line <= lines && span.column >= 1, "\(d.message) at \(span.line):\(span.column) in \(text.debugDescription)")
        }
    }
    // Garbage with no title and no sequence is never a plan.
    #expect(valid == 0)
}
