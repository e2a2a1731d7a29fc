import Testing
import PlanCore

@Suite struct ReadingGradeTests {
    @Test(arguments: [
        ("hip", 1), ("knee", 1), ("the", 1), ("make", 1), ("table", 2), ("ankle", 2), ("lifted", 2),
        ("turned", 1), ("radio", 3), ("rotation", 3), ("rotators", 3), ("pelvis", 2), ("muscles", 2),
        ("breathe", 1), ("quadriceps", 3), ("every", 2), ("side-lying", 3), ("easy", 2), ("boxes", 2),
        ("changes", 2), ("practise", 2), ("tabletop", 3), ("socket", 2), ("thigh", 1), ("dial", 2),
        ("video", 3), ("usual", 3), ("quad", 1), ("shoulder", 2), ("gently", 2), ("90", 2), ("lying", 2), ("beyond", 2), ("body", 2),
    ])
    func countsSyllables(_ word: String, _ expected: Int) {
        #expect(Syllables.count(word) == expected, "\(word)")
    }

    @Test func splitsSentencesAndWords() {
        #expect(ReadingGrade.sentences(in: "Lie down. Turn 1.5 times! Why? Rest") == ["Lie down.", "Turn 1.5 times!", "Why?", "Rest"])
        #expect(ReadingGrade.sentences(in: "One line\nanother line") == ["One line", "another line"])
        #expect(ReadingGrade.words(in: "Don't roll side-lying (yes) - now.") == ["Don't", "roll", "side-lying", "yes", "now"])
    }

    @Test func gradesPlainAndHardTextApart() {
        let plain = ReadingGrade("Lie on your side. Bend your knees. Turn the top knee up, then let it down slowly.")
        let hard = ReadingGrade("Strengthening the comparatively diminutive deep lateral rotators facilitates optimal centration of the femoral head within the acetabulum, potentially mitigating intra-articular friction.")
        #expect(plain.grade < 4)
        #expect(hard.grade > 16)
        #expect(plain.sentences == 3)
        #expect(ReadingGrade("").grade == 0)
    }

    @Test func matchesTheFormula() {
        // 2 sentences, 11 words, 12 syllables.
        let g = ReadingGrade("The cat sat on the mat. It was a happy cat.")
        #expect(g.sentences == 2)
        #expect(g.words == 11)
        let expected = 0.39 * 11.0 / 2.0 + 11.8 * Double(g.syllables) / 11.0 - 15.59
        #expect(abs(g.grade - expected) < 1e-9)
        #expect(g.syllables == 12)
    }
}
