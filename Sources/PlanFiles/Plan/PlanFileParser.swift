import Foundation
import PlanCore
import Yams

/// Reads a plan file's YAML into a `Plan`, checking everything that needs no library.
/// What needs the library (ids, sides, picks) is checked by `PlanChecker` afterwards, from
/// the notes kept here on where each value stands.
struct PlanFileParser {
    static let topKeys = ["title", "date", "teacher", "studio", "length", "level", "focus", "paper", "fit",
                          "notes", "library", "transitions", "sequence", "share", "language"]
    /// An item's keys; an inline exercise (`name:`) may also give `position` and every detail
    /// key of a library exercise (`LibraryFileParser.detailKeys`: cues, setup, figure, ...).
    static let itemKeys = ["block", "exercise", "name", "position", "time", "per_side", "reps",
                           "sides", "pick", "note", "fixed", "home"] + LibraryFileParser.detailKeys
    static let transitionKeys = ["turn-over", "floor-change", "floor-to-standing"]
    static let shareKeys = ["link", "message", "practice", "reminder", "large_print"]

    /// The most items a sequence may hold: a long class has a few dozen; thousands are a
    /// mistake, and would make handouts of hundreds of pages.
    static let maximumItems = Limits.sequenceItems

    /// Where the parts of one sequence item stand, for the checks against the library.
    struct ItemNotes {
        var idNode: Node?
        var doseKey: (key: String, keyNode: Node, node: Node)?
        var sidesNode: Node?
        var pickNode: Node?
        var picks: [(pick: PlanItem.Pick, node: Node)] = []
        /// An inline exercise's figure written `like:` a library exercise's, resolved by the checker.
        var figureLike: FigureSection?
    }

    /// A plan read as far as it could be.
    struct Draft {
        var plan: Plan?
        var items: [ItemNotes] = []
        /// The `library:` entries, with where each stands.
        var libraryEntries: [(folder: String, span: SourceSpan)] = []
        var diagnostics: [Diagnostic] = []
    }

    static func parse(text: String, file: String) -> Draft {
        var draft = Draft()
        draft.diagnostics = NodeReader.read(text: text, file: file) { root, reader in
            read(root, into: &draft, reader: &reader)
        }
        return draft
    }

    private static func read(_ root: Node, into draft: inout Draft, reader: inout NodeReader) {
        if case .scalar = root {
            reader.error(Diagnostic.Message("this file holds a single value, not a plan",
                                            hint: "a plan is a set of keys such as `title:` and `sequence:`"), at: root)
            return
        }
        guard let entries = reader.entries(of: root, allowed: topKeys, place: "the plan", key: "the plan")
        else { return }

        var plan = Plan(title: "", sequence: [])
        var hasTitle = false, hasSequence = false
        for entry in entries {
            let v = entry.value
            plan.keySpans[entry.key] = reader.span(of: entry.keyNode)
            switch entry.key {
            case "title":
                if let t = reader.lineText(v, key: "title") { plan.title = t; hasTitle = true }
                else { hasTitle = true }
            case "date": plan.date = date(v, reader: &reader)
            case "teacher": plan.teacher = reader.lineText(v, key: "teacher")
            case "studio": plan.studio = reader.lineText(v, key: "studio")
            case "length": plan.length = reader.duration(v, key: "length")
            case "level": plan.level = reader.word(v, key: "level", as: Level.self)
            case "focus": plan.focus = reader.prose(v, key: "focus")
            case "paper": plan.paper = reader.word(v, key: "paper", as: Paper.self) ?? .a4
            case "fit": plan.fit = reader.bool(v, key: "fit") ?? false
            case "notes": plan.notes = reader.prose(v, key: "notes")
            case "library":
                for node in reader.list(v) {
                    if let folder = reader.text(node, key: "library") {
                        plan.library.append(folder)
                        draft.libraryEntries.append((folder, reader.span(of: node)))
                    }
                }
            case "transitions":
                guard let list = reader.entries(of: v, allowed: transitionKeys, place: "transitions", key: "transitions")
                else { continue }
                for t in list {
                    guard let d = reader.duration(t.value, key: t.key, allowZero: true) else { continue }
                    switch t.key {
                    case "turn-over": plan.transitions.turnOver = d
                    case "floor-change": plan.transitions.floorChange = d
                    default: plan.transitions.floorToStanding = d
                    }
                }
            case "sequence":
                hasSequence = true
                guard case .sequence(let list) = v else {
                    if reader.isNull(v) { reader.error(.emptySequence, at: entry.keyNode) }
                    else { reader.error(.expected("a list of items", for: "sequence", found: reader.kind(of: v)), at: v) }
                    continue
                }
                if list.isEmpty { reader.error(.emptySequence, at: v) }
                if list.count > Self.maximumItems {
                    // Checking each item would bury the one message that matters under thousands.
                    reader.error(.tooManyItems(list.count, limit: Self.maximumItems), at: list[Self.maximumItems])
                    continue
                }
                for node in list {
                    let (item, notes) = self.item(node, reader: &reader)
                    if let item {
                        plan.sequence.append(item)
                        draft.items.append(notes)
                    }
                }
            case "share": plan.share = share(v, reader: &reader)
            case "language": plan.language = language(v, reader: &reader) ?? Plan.defaultLanguage
            default: break
            }
        }
        let firstKey = root
        if !hasTitle {
            reader.error(.missingKey("title", in: "the plan", example: "title: Deep hips, steady pelvis"), at: firstKey)
        }
        if !hasSequence {
            reader.error(.missingKey("sequence", in: "the plan", example: "sequence:` and a list of items like `- block: warm-up"),
                         at: firstKey)
        }
        draft.plan = plan
    }

    static func date(_ node: Node, reader: inout NodeReader) -> PlanDate? {
        guard let text = reader.text(node, key: "date") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            reader.error(.badDate(text), at: node)
            return nil
        }
        if let date = PlanDate(year: y, month: m, day: d) { return date }
        if (1...12).contains(m) {
            let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"]
            let name = months[m - 1]
            let days = PlanDate.daysIn(month: m, year: y)
            reader.error(.impossibleDate(text, monthName: m == 2 ? "February \(y)" : name, days: days), at: node)
        } else {
            reader.error(Diagnostic.Message("\(text) does not exist: there is no month \(m)",
                                            hint: "write dates as YYYY-MM-DD, for example 2026-12-01"), at: node)
        }
        return nil
    }

    /// The longest language tag accepted: BCP 47 tags in use run to a dozen characters;
    /// RFC 5646 asks software to take at least 35.
    static let longestLanguageTag = 35

    /// A BCP 47 language tag: a primary language of 2 or 3 letters, then subtags of 1 to 8
    /// letters or digits, joined by hyphens (`en`, `pt-BR`, `zh-Hant-TW`).
    static func language(_ node: Node, reader: inout NodeReader) -> String? {
        guard let text = reader.text(node, key: "language") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let ascii = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
        guard text.count <= longestLanguageTag, let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(ascii) }) else {
            reader.error(.badLanguage(text), at: node)
            return nil
        }
        return text
    }

    static func share(_ node: Node, reader: inout NodeReader) -> ShareSettings? {
        guard let entries = reader.entries(of: node, allowed: shareKeys, place: "share", key: "share") else { return nil }
        var share = ShareSettings()
        for entry in entries {
            switch entry.key {
            case "link":
                guard let link = reader.text(entry.value, key: "link") else { continue }
                let scheme = link.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
                guard link.contains("://"), Limits.linkSchemes.contains(scheme) else {
                    reader.error(.linkScheme(link), at: entry.value)
                    continue
                }
                share.link = link
            case "message": share.message = reader.prose(entry.value, key: "message")
            case "large_print": share.largePrint = reader.bool(entry.value, key: "large_print") ?? false
            case "reminder":
                guard let text = reader.text(entry.value, key: "reminder") else { continue }
                guard let time = TimeOfDayText.parse(text) else {
                    reader.error(.badReminder(text), at: entry.value)
                    continue
                }
                share.reminder = time
            default:
                guard let text = reader.text(entry.value, key: "practice") else { continue }
                guard let days = DurationText.days(text) else {
                    reader.error(.badPractice(text), at: entry.value)
                    continue
                }
                guard (1...Limits.practiceDays).contains(days) else {
                    reader.error(.practiceOutOfRange(days), at: entry.value)
                    continue
                }
                share.practiceDays = days
            }
        }
        return share
    }

    /// One sequence item: a block, an exercise, or an inline exercise.
    static func item(_ node: Node, reader: inout NodeReader) -> (PlanItem?, ItemNotes) {
        var notes = ItemNotes()
        if case .scalar(let scalar) = node, !reader.isNull(node) {
            reader.error(.itemWithoutColon(scalar.string), at: node)
            return (nil, notes)
        }
        guard let entries = reader.entries(of: node, allowed: itemKeys, place: "a sequence item", key: "an item")
        else { return (nil, notes) }
        let kinds = entries.filter { ["block", "exercise", "name"].contains($0.key) }
        if kinds.isEmpty {
            reader.error(.itemNamesNothing, at: node)
            return (nil, notes)
        }
        if kinds.count > 1 {
            reader.error(.itemNamesSeveral(kinds.map(\.key)), at: kinds[1].keyNode)
            return (nil, notes)
        }
        let kind = kinds[0]
        notes.idNode = kind.value
        var item = PlanItem(content: .exercise(""), span: reader.span(of: kind.keyNode))
        var ok = true

        var doseKeys: [NodeReader.Entry] = []
        var position: BodyPosition?
        var details: [NodeReader.Entry] = []
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "block", "exercise", "name": break
            case "time":
                doseKeys.append(entry)
                item.time = reader.duration(v, key: "time")
            case "per_side":
                doseKeys.append(entry)
                item.perSide = reader.duration(v, key: "per_side")
            case "reps":
                doseKeys.append(entry)
                item.reps = reader.reps(v)
            case "sides":
                notes.sidesNode = entry.keyNode
                item.sides = reader.word(v, key: "sides", as: SideOrder.self)
            case "pick":
                notes.pickNode = entry.keyNode
                let list = reader.list(v)
                if list.isEmpty { reader.error(.emptyPick, at: entry.keyNode) }
                var picks: [PlanItem.Pick] = []
                for p in list {
                    guard let text = reader.text(p, key: "pick") else { continue }
                    let pick: PlanItem.Pick = Int(text).map { .number($0) } ?? .id(text)
                    picks.append(pick)
                    notes.picks.append((pick, p))
                }
                item.pick = picks
            case "note": item.note = reader.prose(v, key: "note")
            case "fixed": item.fixed = reader.bool(v, key: "fixed") ?? false
            case "home": item.home = reader.bool(v, key: "home") ?? false
            case "position" where kind.key == "name":
                position = reader.word(v, key: "position", as: BodyPosition.self)
            case _ where kind.key == "name":
                details.append(entry)
            default:
                // `position` and the detail keys describe an exercise, which a library entry has already.
                reader.error(.inlineOnlyKey(entry.key, kind: kind.key), at: entry.keyNode)
            }
        }
        if doseKeys.count > 1 {
            reader.error(.severalDoses(doseKeys.map(\.key)), at: doseKeys[1].keyNode)
            ok = false
        } else if let dose = doseKeys.first {
            notes.doseKey = (dose.key, dose.keyNode, dose.value)
        }
        if item.pick != nil && kind.key != "block" {
            reader.error(.pickOutsideBlock, at: notes.pickNode)
        }

        switch kind.key {
        case "block", "exercise":
            guard let id = reader.text(kind.value, key: kind.key) else { return (nil, notes) }
            item.content = kind.key == "block" ? .block(id) : .exercise(id)
        default:
            guard let name = reader.lineText(kind.value, key: "name") else { return (nil, notes) }
            if entries.first(where: { $0.key == "position" }) == nil {
                reader.error(.missingKey("position", in: "this inline exercise", example: "position: supine"), at: kind.keyNode)
            }
            if doseKeys.isEmpty { reader.error(.inlineWithoutDose, at: kind.keyNode) }
            let dose: Dose? = item.time.map { .time($0) } ?? item.perSide.map { .perSide($0) } ?? item.reps.map { .reps($0) }
            guard let position, let dose else { return (nil, notes) }
            var exercise = Exercise(id: slug(name), name: name, position: position,
                                    sided: item.perSide != nil || item.sides != nil, dose: dose,
                                    span: reader.span(of: kind.value))
            let figure = LibraryFileParser.details(details, into: &exercise, reader: &reader)
            if figure?.like != nil { notes.figureLike = figure }
            item.content = .inline(exercise)
        }
        // An item with other errors is kept, so its id is still checked against the library.
        return (ok ? item : nil, notes)
    }

    /// An id made from a name: `Breathing into the back ribs` → `breathing-into-the-back-ribs`.
    static func slug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "inline" : out
    }
}
