import Foundation
import Testing
@testable import PlanFiles

/// One bad plan and the diagnostics its `# error: LINE:COL message` comments expect.
struct BadPlan: CustomTestStringConvertible, Sendable {
    /// What one annotation expects.
    struct Expected: Equatable, Sendable, CustomStringConvertible {
        var severity: Diagnostic.Severity
        /// Nil for `-`: a diagnostic about the whole file.
        var line: Int?
        var column: Int?
        var messageStart: String
        var description: String {
            "\(severity.rawValue): \(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-") \(messageStart)"
        }
    }

    var name: String
    var path: String
    var expected: [Expected]
    var testDescription: String { name }

    /// Every `Fixtures/bad/*.yaml`, with its annotations. The comments are read from the
    /// raw bytes, so a file that is not UTF-8 can still say what it expects.
    static let all: [BadPlan] = {
        let folder = Fixtures.folder.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            let bytes = (try? Data(contentsOf: url)) ?? Data()
            let text = String(decoding: bytes, as: UTF8.self)
            var expected: [Expected] = []
            for line in text.split(separator: "\n") where line.hasPrefix("# error:") || line.hasPrefix("# warning:") {
                let severity: Diagnostic.Severity = line.hasPrefix("# error:") ? .error : .warning
                let rest = line.drop { $0 != ":" }.dropFirst().drop { $0 == " " }
                let place = rest.prefix { $0 != " " }
                let message = String(rest.dropFirst(place.count).drop { $0 == " " })
                let numbers = place.split(separator: ":").compactMap { Int($0) }
                expected.append(Expected(severity: severity, line: numbers.first,
                                         column: numbers.count > 1 ? numbers[1] : nil, messageStart: message))
            }
            return BadPlan(name: name, path: url.path, expected: expected)
        }
    }()
}

@Test func thereAreEnoughBadPlans() {
    #expect(BadPlan.all.count >= 25)
    #expect(BadPlan.all.allSatisfy { !$0.expected.isEmpty })
}

@Test(arguments: BadPlan.all)
func badPlanGetsItsDiagnostics(_ fixture: BadPlan) throws {
    let loaded = try PlanLoader(assets: Fixtures.assets).load(fixture.path)
    #expect(loaded.plan == nil, "a plan with errors is not returned")
    let actual = loaded.diagnostics
    let got = actual.map { "\($0.severity.rawValue): \($0.span.map { "\($0.line):\($0.column)" } ?? "-:-") \($0.message)" }
    try #require(actual.count == fixture.expected.count, "got \(got)")
    for (diagnostic, expected) in zip(actual, fixture.expected) {
        #expect(diagnostic.severity == expected.severity, "\(got)")
        #expect(diagnostic.span?.line == expected.line, "\(got)")
        #expect(diagnostic.span?.column == expected.column, "\(got)")
        #expect(diagnostic.message.hasPrefix(expected.messageStart), "\(got)")
        #expect(diagnostic.file == fixture.path)
    }
}
