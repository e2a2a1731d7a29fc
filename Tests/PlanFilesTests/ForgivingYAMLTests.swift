import Foundation
import PlanCore
import Testing
@testable import PlanFiles

/// The YAML traps teachers fall into, each named for what it is, where it is.
@Suite("Forgiving YAML")
struct ForgivingYAMLTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        PlanFileParser.parse(text: text, file: "plan.yaml").diagnostics
    }

    @Test func aKeyWithoutItsColonIsFoundOnItsOwnLine() {
        let found = Self.diagnostics("title: Tuesday\nlength 45min\nsequence:\n  - block: warm-up\n")
        #expect(found.count == 1)
        #expect(found.first?.span?.line == 2 && found.first?.span?.column == 1)
        #expect(found.first?.message == "this line has no ':' after 'length'")
        #expect(found.first?.hint == "did you mean 'length: 45min'?")
    }

    @Test func aMistypedKeyWithoutItsColonIsNamed() {
        let found = Self.diagnostics("title: Tuesday\nsequnce\n  - block: warm-up\n")
        #expect(found.first?.span?.line == 2, "\(found)")
        #expect(found.first?.hint == "did you mean 'sequence:'?")
    }

    @Test func curlyQuotesAreNamedWithTheStraightOnesToType() {
        let found = Self.diagnostics("title: \u{201C}Morning: hips\u{201D}\nsequence:\n  - block: warm-up\n")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("this line has curly quotes") == true)
        #expect(found.first?.hint == "type straight quotes instead: \"Morning: hips\"")
        #expect(found.first?.span?.column == 8, "points at the first curly quote")
    }

    @Test func aSentenceSplitAtItsCommaIsAWarning() {
        let found = Self.diagnostics("""
        title: Split
        sequence:
          - name: The Hundred
            position: supine
            time: 1min
            cues: [Pump the arms, breathe in for five and out for five.]
        """)
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.span?.line == 6 && found.first?.span?.column == 27)
        #expect(found.first?.message.hasPrefix("this 'cues' list looks like one sentence split at its commas") == true)
        #expect(found.first?.hint == "write one `- ` line per entry, or put a sentence with commas in quotes")
    }

    @Test func listsThatAreListsAreLeftAlone() {
        let found = Self.diagnostics("""
        title: Lists
        sequence:
          - name: The Hundred
            position: supine
            time: 1min
            cues: [Pump the arms., Breathe in for five.]
            feel: [belly, front of the hips]
            setup:
              - Lie on your back
              - lift your head
        """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theBuiltInLibraryAndTheExamplePlansHaveNoSplitSentences() throws {
        #expect(LibraryContentTests.load().diagnostics.isEmpty)
        let plans = LibraryContentTests.root.appendingPathComponent("Plans")
        for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: plans.appendingPathComponent(name), encoding: .utf8)
            let split = Self.diagnostics(text).filter { $0.message.contains("split at its commas") }
            #expect(split.isEmpty, "\(name): \(split)")
        }
    }
}
