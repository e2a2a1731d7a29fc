import Foundation
import Testing
import TestSupport

/// `classplan library --search`, `library ALIAS` and `figure ID --views`, as a teacher types them.
@Suite("Finding and viewing the library")
struct LibrarySearchCommandTests {
    static let builtIn = ClassPlanBinary.packageRoot.appendingPathComponent("Assets")

    @Test func searchShowsTheClamFirst() throws {
        let r = try ClassPlanBinary.run(["library", "--search", "clam"], assets: Self.builtIn)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst()
        #expect(rows.first?.contains("hip-rotation-feet-down") == true, "\(r.stdout)")
        #expect(rows.first?.contains("alias 'clam'") == true, "\(r.stdout)")
    }

    @Test func searchAsJSONSaysWhatMatched() throws {
        let r = try ClassPlanBinary.run(["library", "--search", "clam", "--json"], assets: Self.builtIn)
        #expect(r.status == 0, "\(r.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(entries.first?["id"] as? String == "hip-rotation-feet-down")
        #expect((entries.first?["aliases"] as? [String])?.contains("clamshell") == true)
        #expect((entries.first?["matched"] as? [String])?.first == "alias 'clam'")
    }

    @Test func searchThatFindsNothingSaysSo() throws {
        let r = try ClassPlanBinary.run(["library", "--search", "zebra crossing"], assets: Self.builtIn)
        #expect(r.status == 0)
        #expect(r.stdout.contains("nothing in the library matches 'zebra crossing'"))
    }

    @Test func anAliasShowsItsExercise() throws {
        let r = try ClassPlanBinary.run(["library", "clamshell"], assets: Self.builtIn)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Hip rotation, feet down  (exercise 'hip-rotation-feet-down')\n  also called: clam, clamshell"))
    }

    @Test func viewsDrawsSixCamerasOnOneSheet() throws {
        let folder = try ClassPlanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ClassPlanBinary.run(["figure", "clam", "--views", "-o", "views.pdf"], in: folder, assets: Self.builtIn)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try ExternalProcess.run("pdftotext", [folder.appendingPathComponent("views.pdf").path, "-"]).output
        // The captions are what a teacher copies into a plan: their text must survive.
        let svg = text.replacingOccurrences(of: "\n", with: " ")
        for caption in ["view: side", "view: front", "view: back", "view: top",
                        "view: {azimuth: 140, elevation: 25}", "view: {azimuth: -140, elevation: 25}"] {
            #expect(svg.contains(caption), "no caption '\(caption)'")
        }
        let all = try ClassPlanBinary.run(["figure", "--all", "--views"], in: folder, assets: Self.builtIn)
        #expect(all.status == 2)
    }
}
