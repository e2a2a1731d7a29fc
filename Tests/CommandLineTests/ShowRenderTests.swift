import Foundation
import Testing
import TestSupport

private let plans = ClassPlanBinary.packageRoot.appendingPathComponent("Plans")

/// Runs a tool such as pdftotext and returns its output.
private func tool(_ name: String, _ args: [String]) throws -> String {
    try ExternalProcess.run(name, args).output
}

@Test func showJSONFollowsTheDocumentedSchema() throws {
    let r = try ClassPlanBinary.run(["show", "--json", "hip-series.yaml"], in: plans, assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["total_seconds"] as? Int == 375)
    #expect(json["work_seconds"] as? Int == 360)
    #expect(json["transition_seconds"] as? Int == 15)
    #expect((json["warnings"] as? [Any])?.isEmpty == true)
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(items.map { $0["kind"] as? String } == ["exercise", "exercise", "exercise", "transition", "exercise", "exercise", "exercise"])
    #expect(items.map { $0["start_seconds"] as? Int } == [0, 60, 120, 180, 195, 255, 315])
    #expect(items.map { $0["side"] as? String } == ["right", "right", "right", "left", "left", "left", "left"])
    #expect(items[0]["exercise"] as? String == "hip-rotation-feet-lifted")
    #expect(items[0]["block"] as? String == "hip-rotation-series")
    #expect(items[0]["position"] as? String == "side-lying")
    // Absent values are null, not missing.
    for item in items { #expect(item.keys.contains("block") && item.keys.contains("side")) }
    #expect(items.map { $0["lying_on"] as? String } == ["left", "left", "left", "right", "right", "right", "right"])
    #expect(items.allSatisfy { $0["fit_change_seconds"] is NSNull && $0["planned_seconds"] is NSNull })
}

@Test func showSaysWhatFitChangedAndByHowMuch() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The hip series is fixed at its minute; only the warm-up and cool-down stretch.
    let plan = """
        title: Fitted
        length: 20min
        fit: true
        sequence:
          - block: warm-up
          - block: hip-rotation-series
            home: true
          - block: cool-down
        """
    try plan.write(to: folder.appendingPathComponent("fitted.yaml"), atomically: true, encoding: .utf8)
    let table = try ClassPlanBinary.run(["show", "fitted.yaml"], in: folder, assets: builtInLibrary)
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("Total 20:00 "))
    #expect(table.stdout.contains("FIT"))
    let fitLine = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("fit changed ") })
    #expect(fitLine.contains(" exercises' times"), "\(fitLine)")
    #expect(table.stdout.contains("Home practice 6:15: The hip rotation series\n"))
    let r = try ClassPlanBinary.run(["show", "--json", "fitted.yaml"], in: folder, assets: builtInLibrary)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["total_seconds"] as? Int == 1200)
    #expect(json["home_seconds"] as? Int == 375)
    let items = try #require(json["items"] as? [[String: Any]])
    let hip = items.filter { $0["block"] as? String == "hip-rotation-series" && $0["kind"] as? String == "exercise" }
    #expect(items.filter { $0["kind"] as? String == "exercise" && $0["home"] as? Bool == true }.count == 6)
    #expect(hip.count == 6 && hip.allSatisfy { $0["seconds"] as? Int == 60 && $0["fit_change_seconds"] is NSNull })
    let changed = items.compactMap { item -> (Int, Int, Int)? in
        guard let change = item["fit_change_seconds"] as? Int, let planned = item["planned_seconds"] as? Int,
              let seconds = item["seconds"] as? Int else { return nil }
        return (planned, seconds, change)
    }
    #expect(!changed.isEmpty)
    for (planned, seconds, change) in changed { #expect(seconds - planned == change) }
}

@Test func showJSONGivesInlineExercisesAnIdAndNullBlock() throws {
    let r = try ClassPlanBinary.run(["show", "--json", "mat-class-45.yaml"], in: plans, assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let first = try #require((json["items"] as? [[String: Any]])?.first)
    #expect(first["exercise"] as? String == "arriving-and-breathing")
    #expect(first["block"] is NSNull)
    #expect(first["side"] is NSNull)
}

@Test func showPrintsTheTimelineWithTotalsAndWarnings() throws {
    let r = try ClassPlanBinary.run(["show", "hip-series.yaml"], in: plans, assets: builtInLibrary)
    #expect(r.status == 0)
    #expect(r.stdout.contains("turn over"))
    // A side-lying side names the working leg and the side the body lies on.
    #expect(r.stdout.contains(" 3:15  The hip rotation series  Hip rotation, feet lifted  L (lying on R)  1:00  side-lying"))
    #expect(r.stdout.contains("Total 6:15"))

    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = "title: Too long\nlength: 5min\nsequence:\n  - block: hip-rotation-series\n"
    try plan.write(to: folder.appendingPathComponent("long.yaml"), atomically: true, encoding: .utf8)
    let long = try ClassPlanBinary.run(["show", "long.yaml"], in: folder, assets: builtInLibrary)
    #expect(long.status == 0)
    #expect(long.stdout.contains("warning: the class runs 6 min 15 s, 1 min 15 s over its length of 5 min"))
    #expect(long.stderr.contains("long.yaml:2:1: warning: the class runs"))
}

@Test func renderWritesTheCardTeacherSheetAndStudentHandoutWithTheirWords() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try ClassPlanBinary.run(["render", plans.appendingPathComponent("hip-series.yaml").path, "-o", folder.path],
                                    assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == ["hip-series-card.pdf", "hip-series-student.pdf", "hip-series-teacher.pdf"])

    let teacher = folder.appendingPathComponent("hip-series-teacher.pdf").path
    let info = try tool("pdfinfo", [teacher])
    #expect(info.contains("(A4)"))
    #expect(info.contains("Hip rotations at home"))
    let fonts = try tool("pdffonts", [teacher]).split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes ") })

    let text = try tool("pdftotext", [folder.appendingPathComponent("hip-series-student.pdf").path, "-"])
    let names = ["Hip rotation, feet lifted", "Hip rotation, feet down", "Hip rotation, tabletop"]
    let positions = names.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == 3 && positions == positions.sorted(), "the three positions, in order")
    #expect(text.contains("piriformis") == false, "the student handout names muscles only through the why box")
    #expect(!text.contains("Hand this out at the end of class"), "no teacher notes")
}

@Test func renderPNGWritesOnePagePerFileAndLetterPaperWorks() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = plans.appendingPathComponent("hip-series.yaml").path
    let png = try ClassPlanBinary.run(["render", plan, "-o", folder.path, "--for", "student", "--format", "png"], assets: builtInLibrary)
    #expect(png.status == 0, "\(png.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.count >= 2 && files.allSatisfy { $0.hasPrefix("hip-series-student-") && $0.hasSuffix(".png") })
    let header = try Data(contentsOf: folder.appendingPathComponent(files[0])).prefix(8)
    #expect(header == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))

    let svgFolder = folder.appendingPathComponent("svg")
    try FileManager.default.createDirectory(at: svgFolder, withIntermediateDirectories: true)
    let svg = try ClassPlanBinary.run(["render", plan, "-o", svgFolder.path, "--for", "teacher", "--format", "svg"], assets: builtInLibrary)
    #expect(svg.status == 0, "\(svg.stderr)")
    let svgs = try FileManager.default.contentsOfDirectory(atPath: svgFolder.path).sorted()
    #expect(svgs.first == "hip-series-teacher-1.svg" && svgs.count >= 2)
    let svgText = try String(contentsOf: svgFolder.appendingPathComponent(svgs[0]), encoding: .utf8)
    #expect(svgText.contains("<svg") && svgText.contains("width=\"595"))

    let letter = try ClassPlanBinary.run(["render", plan, "-o", folder.path, "--for", "teacher", "--paper", "letter"], assets: builtInLibrary)
    #expect(letter.status == 0)
    #expect(try tool("pdfinfo", [folder.appendingPathComponent("hip-series-teacher.pdf").path]).contains("612 x 792 pts (letter)"))
}

@Test func renderRefusesAFolderItCannotMakeAndClashingNames() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = plans.appendingPathComponent("hip-series.yaml").path
    try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let missing = try ClassPlanBinary.run(["render", plan, "-o", folder.appendingPathComponent("notes.txt/nope").path],
                                          assets: builtInLibrary)
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("cannot be made"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("notes.txt"))

    let copy = folder.appendingPathComponent("copy")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: plan, toPath: copy.appendingPathComponent("hip-series.yaml").path)
    let clash = try ClassPlanBinary.run(["render", plan, copy.appendingPathComponent("hip-series.yaml").path, "-o", folder.path],
                                        assets: builtInLibrary)
    #expect(clash.status == 1)
    #expect(clash.stderr.contains("would both write"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["copy"])
}

@Test func aBadPlanDoesNotStopTheOthers() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "title: Broken\nsequence:\n  - exercise: glute-brige\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
    let r = try ClassPlanBinary.run(["render", "broken.yaml", plans.appendingPathComponent("hip-series.yaml").path, "-o", "."],
                                    in: folder, assets: builtInLibrary)
    #expect(r.status == 1)
    #expect(r.stderr.contains("broken.yaml:3:15: error: no exercise 'glute-brige'"))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files == ["broken.yaml", "hip-series-card.pdf", "hip-series-student.pdf", "hip-series-teacher.pdf"])
}

@Test func shareWritesTheWholePack() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try ClassPlanBinary.run(["share", plans.appendingPathComponent("hip-series.yaml").path], in: folder,
                                    assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stderr)")
    let pack = folder.appendingPathComponent("hip-series-share")
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: pack.path))
    for name in ["hip-series-student.pdf", "index.html", "hip-series.md", "hip-series.ics", "qr-code.png"] {
        #expect(files.contains(name), "missing \(name)")
    }
    #expect(files.filter { $0.hasPrefix("card-") && $0.hasSuffix(".png") }.count == 3)
    #expect(!files.contains { $0.hasPrefix(".") }, "no temporary files left")

    let again = try ClassPlanBinary.run(["share", "no-such-plan.yaml"], in: folder, assets: builtInLibrary)
    #expect(again.status == 3)
}

@Test func twoSeparateRendersGiveTheSameBytes() throws {
    // Two processes, not two calls in one: Swift seeds its hashing per process, so output
    // that leaned on a dictionary's order would differ only between runs.
    let folders = try (0..<2).map { _ in try ClassPlanBinary.temporaryFolder() }
    defer { for f in folders { try? FileManager.default.removeItem(at: f) } }
    for folder in folders {
        let r = try ClassPlanBinary.run(["render", plans.appendingPathComponent("mat-class-45.yaml").path, "-o", folder.path],
                                        assets: builtInLibrary)
        #expect(r.status == 0, "\(r.stderr)")
    }
    for name in ["mat-class-45-teacher.pdf", "mat-class-45-student.pdf"] {
        let a = try Data(contentsOf: folders[0].appendingPathComponent(name))
        let b = try Data(contentsOf: folders[1].appendingPathComponent(name))
        #expect(!a.isEmpty && a == b, "\(name) differs between two runs")
    }
}

@Test func optionValuesAreReadWhateverTheirCapitals() throws {
    let folder = try ClassPlanBinary.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try ClassPlanBinary.run(["render", plans.appendingPathComponent("hip-series.yaml").path, "--for", "card",
                                     "--paper", "Letter", "--format", "PNG", "-o", folder.path],
                                    in: folder, assets: builtInLibrary)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["hip-series-card-1.png"])
}
