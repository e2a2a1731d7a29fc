import PlanCore
import Yams

/// Reads one library file (its format is in the README) into exercises and blocks.
struct LibraryFileParser {
    /// What one file holds.
    struct Contents: Sendable, Equatable {
        var exercises: [Exercise] = []
        var blocks: [Block] = []
        /// Where each block lists each of its exercises, for the check that they exist.
        var blockMemberSpans: [String: [SourceSpan]] = [:]
        /// Ids of entries that had errors: plans naming them are not told they are missing.
        var brokenIDs: Set<String> = []
        /// Figures written as `like: ID`, by exercise id: resolved once the library is in.
        var likes: [String: FigureSection] = [:]
        /// Where each entry's aliases stand, by `block:ID` or `exercise:ID`.
        var aliasSpans: [String: [SourceSpan]] = [:]
        var diagnostics: [Diagnostic] = []
    }

    /// The keys that describe an exercise beyond its name, position and dose: what an
    /// inline exercise of a plan may give as well.
    static let detailKeys = ["seconds_per_rep", "minimum", "summary", "targets", "feel", "setup", "movement", "cues",
                             "mistakes", "palpation", "cautions", "easier", "harder", "layer", "range", "sensation",
                             "tags", "figure", "working_leg"]
    static let exerciseKeys = ["id", "name", "aliases", "position", "sided", "time", "per_side", "reps"] + detailKeys
    static let blockKeys = ["id", "name", "aliases", "purpose", "exercises", "sides", "time", "per_side", "reps",
                            "practice", "setup", "cues", "mistakes", "palpation", "muscles", "model", "fixed"]
    static let tipKeys = ["title", "text", "illustration"]
    static let figureKeys = ["like", "base", "view", "start", "end", "highlight", "annotate", "props"]

    /// Parses the text of the file named `file`.
    static func parse(text: String, file: String) -> Contents {
        var contents = Contents()
        contents.diagnostics = NodeReader.read(text: text, file: file) { root, reader in
            read(root, into: &contents, reader: &reader)
        }.sortedByPosition()
        return contents
    }

    private static func read(_ root: Node, into contents: inout Contents, reader: inout NodeReader) {
        guard let top = reader.entries(of: root, allowed: ["exercises", "blocks"], place: "a library file",
                                       key: "the library file") else { return }
        if top.isEmpty {
            reader.error(.missingKey("exercises", in: "this library file", example: "exercises:"), at: root)
        }
        for entry in top {
            guard case .sequence(let list) = entry.value else {
                reader.error(.expected("a list", for: entry.key, found: reader.kind(of: entry.value)), at: entry.value)
                continue
            }
            for node in list {
                let before = reader.diagnostics.errorCount
                if entry.key == "exercises" {
                    let id = idOf(node)
                    if let (exercise, like) = exercise(node, reader: &reader), reader.diagnostics.errorCount == before {
                        contents.exercises.append(exercise)
                        if let like, contents.likes[exercise.id] == nil { contents.likes[exercise.id] = like }
                        contents.aliasSpans["exercise:" + exercise.id] = aliasSpans(node, reader: reader)
                    } else if let id { contents.brokenIDs.insert(id) }
                } else {
                    let id = idOf(node)
                    if let (block, spans) = block(node, reader: &reader), reader.diagnostics.errorCount == before {
                        contents.blocks.append(block)
                        // A second definition of the id is reported by the loader; keep the first's places.
                        if contents.blockMemberSpans[block.id] == nil { contents.blockMemberSpans[block.id] = spans }
                        contents.aliasSpans["block:" + block.id] = aliasSpans(node, reader: reader)
                    } else if let id { contents.brokenIDs.insert(id) }
                }
            }
        }
    }

    private static func idOf(_ node: Node) -> String? {
        node.mapping?["id"]?.string
    }

    /// Where the entries of an entry's `aliases:` stand, in order.
    private static func aliasSpans(_ node: Node, reader: NodeReader) -> [SourceSpan] {
        guard let aliases = node.mapping?["aliases"] else { return [] }
        return reader.list(aliases).map { reader.span(of: $0) }
    }

    /// `aliases:`: ids of the same form as `id`.
    private static func aliases(_ node: Node, reader: inout NodeReader) -> [String] {
        reader.list(node).compactMap { reader.id($0, key: "aliases") }
    }

    /// The dose keys of an exercise or block: exactly one of time, per_side, reps.
    private static func dose(_ entries: [NodeReader.Entry], reader: inout NodeReader) -> (Dose?, [String]) {
        var doses: [Dose] = []
        var keys: [String] = []
        for entry in entries {
            switch entry.key {
            case "time":
                keys.append("time")
                if let d = reader.duration(entry.value, key: "time") { doses.append(.time(d)) }
            case "per_side":
                keys.append("per_side")
                if let d = reader.duration(entry.value, key: "per_side") { doses.append(.perSide(d)) }
            case "reps":
                keys.append("reps")
                if let n = reader.reps(entry.value) { doses.append(.reps(n)) }
            default: break
            }
        }
        return (keys.count == 1 ? doses.first : nil, keys)
    }

    /// An exercise, and its figure when that is written `like:` another exercise's.
    static func exercise(_ node: Node, reader: inout NodeReader) -> (Exercise, FigureSection?)? {
        guard let entries = reader.entries(of: node, allowed: exerciseKeys, place: "an exercise", key: "an exercise")
        else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        func required(_ key: String, example: String) -> Node? {
            if let v = value(key) { return v }
            reader.error(.missingKey(key, in: "this exercise", example: example), at: node)
            return nil
        }
        let id = required("id", example: "id: my-exercise").flatMap { reader.id($0, key: "id") }
        let name = required("name", example: "name: My exercise").flatMap { reader.lineText($0, key: "name") }
        let position = required("position", example: "position: supine")
            .flatMap { reader.word($0, key: "position", as: BodyPosition.self) }
        let sided = required("sided", example: "sided: true` if it is done on each side, or `sided: false")
            .flatMap { reader.bool($0, key: "sided") }
        let (dose, doseKeys) = dose(entries, reader: &reader)
        if doseKeys.count != 1 {
            reader.error(.exerciseNeedsOneDose, at: doseKeys.isEmpty ? node : entries.first { $0.key == doseKeys[1] }?.keyNode)
        }
        for (key, example) in [("feel", "feel: [front of the hip]"), ("cues", "cues: [first cue, second cue]"),
                               ("mistakes", "mistakes: [the one to warn about]")] {
            _ = required(key, example: example)
        }
        var exercise = Exercise(id: id ?? "", name: name ?? "", position: position ?? .supine, sided: sided ?? false,
                                dose: dose ?? .time(.minutes(1)), span: reader.span(of: node))
        let figure = details(entries, into: &exercise, reader: &reader)
        for entry in entries where entry.key == "aliases" { exercise.aliases = aliases(entry.value, reader: &reader) }
        let pace = exercise.secondsPerRep
        if case .reps = dose, value("seconds_per_rep") == nil {
            reader.error(.repsNeedPace, at: entries.first { $0.key == "reps" }?.keyNode)
        }
        // Counted as written: an entry refused for its own fault has had its diagnostic.
        if let v = value("cues"), reader.list(v).count < 2 { reader.error(.tooFew("cues", atLeast: 2), at: v) }
        if let v = value("mistakes"), reader.list(v).isEmpty { reader.error(.tooFew("mistakes", atLeast: 1), at: v) }
        if exercise.minimum == nil, let dose {
            // The format's default: half the dose.
            switch dose {
            case .time(let d), .perSide(let d): exercise.minimum = .seconds(d.seconds / 2)
            case .reps(let n): exercise.minimum = pace.map { .seconds($0.seconds * n / 2) }
            }
        }
        guard id != nil, name != nil, position != nil, sided != nil, dose != nil else { return nil }
        return (exercise, figure?.like == nil ? nil : figure)
    }

    /// Reads the detail keys of `entries` (`detailKeys`: summary, cues, figure and the rest)
    /// into `exercise`, whose position must be set already. Returns the figure section as
    /// written; a complete one is also set as the exercise's figure.
    static func details(_ entries: [NodeReader.Entry], into exercise: inout Exercise,
                        reader: inout NodeReader) -> FigureSection? {
        var figure: FigureSection?
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "seconds_per_rep": exercise.secondsPerRep = reader.duration(v, key: "seconds_per_rep")
            case "minimum": exercise.minimum = reader.duration(v, key: "minimum")
            case "summary": exercise.summary = reader.prose(v, key: "summary") ?? ""
            case "targets": exercise.targets = reader.texts(v, key: "targets")
            case "feel": exercise.feel = reader.texts(v, key: "feel")
            case "setup": exercise.setup = reader.texts(v, key: "setup")
            case "movement": exercise.movement = reader.prose(v, key: "movement") ?? ""
            case "cues": exercise.cues = reader.texts(v, key: "cues")
            case "mistakes": exercise.mistakes = reader.texts(v, key: "mistakes")
            case "palpation": exercise.palpation = tips(v, key: "palpation", reader: &reader)
            case "cautions": exercise.cautions = reader.texts(v, key: "cautions")
            case "easier": exercise.easier = reader.texts(v, key: "easier")
            case "harder": exercise.harder = reader.texts(v, key: "harder")
            case "layer": exercise.layer = reader.prose(v, key: "layer")
            case "range": exercise.range = reader.prose(v, key: "range")
            case "sensation": exercise.sensation = reader.prose(v, key: "sensation")
            case "working_leg": exercise.workingLeg = reader.word(v, key: "working_leg", as: WorkingLeg.self) ?? .top
            case "tags": exercise.tags = reader.texts(v, key: "tags")
            case "figure":
                figure = self.figure(v, position: exercise.position, reader: &reader)
                if let figure, figure.like == nil { exercise.figure = figure.written }
            default: break
            }
        }
        return figure
    }

    static func block(_ node: Node, reader: inout NodeReader) -> (Block, [SourceSpan])? {
        guard let entries = reader.entries(of: node, allowed: blockKeys, place: "a block", key: "a block")
        else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        func required(_ key: String, example: String) -> Node? {
            if let v = value(key) { return v }
            reader.error(.missingKey(key, in: "this block", example: example), at: node)
            return nil
        }
        let id = required("id", example: "id: my-block").flatMap { reader.id($0, key: "id") }
        let name = required("name", example: "name: My block").flatMap { reader.lineText($0, key: "name") }
        var members: [String] = []
        var spans: [SourceSpan] = []
        var tooMany = false
        if let list = required("exercises", example: "exercises: [first-exercise, second-exercise]") {
            let nodes = reader.list(list)
            // Each item of a plan expands a block into all its members: an enormous block
            // used many times would compose to hundreds of millions of rows.
            if nodes.count > Limits.blockMembers {
                reader.error(.tooManyMembers(id ?? "", count: nodes.count, limit: Limits.blockMembers),
                             at: nodes[Limits.blockMembers])
                tooMany = true
            }
            for member in nodes.prefix(Limits.blockMembers) {
                if let id = reader.text(member, key: "exercises") {
                    members.append(id)
                    spans.append(reader.span(of: member))
                }
            }
            if members.isEmpty { reader.error(.tooFew("exercises", atLeast: 1), at: list) }
        }
        let (dose, doseKeys) = dose(entries, reader: &reader)
        if doseKeys.count > 1 {
            reader.error(.severalDoses(doseKeys), at: entries.first { $0.key == doseKeys[1] }?.keyNode)
        }
        var block = Block(id: id ?? "", name: name ?? "", exercises: members, dose: dose, span: reader.span(of: node))
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "aliases": block.aliases = aliases(v, reader: &reader)
            case "purpose": block.purpose = reader.texts(v, key: "purpose")
            case "sides": block.sides = reader.word(v, key: "sides", as: SideOrder.self) ?? .rightFirst
            case "practice": block.practice = reader.prose(v, key: "practice")
            case "fixed": block.fixed = reader.bool(v, key: "fixed") ?? false
            case "setup": block.setup = reader.texts(v, key: "setup")
            case "cues": block.cues = tips(v, key: "cues", reader: &reader)
            case "mistakes": block.mistakes = reader.texts(v, key: "mistakes")
            case "palpation": block.palpation = tips(v, key: "palpation", reader: &reader)
            case "muscles": block.muscles = reader.texts(v, key: "muscles")
            case "model": block.model = reader.prose(v, key: "model")
            default: break
            }
        }
        guard id != nil, name != nil, !members.isEmpty, !tooMany else { return nil }
        return (block, spans)
    }

    /// Tips: plain text, or `title`/`text`/`illustration`.
    static func tips(_ node: Node, key: String, reader: inout NodeReader) -> [Tip] {
        reader.list(node).compactMap { item in
            if case .scalar = item { return reader.prose(item, key: key).map { Tip(text: $0) } }
            guard let entries = reader.entries(of: item, allowed: tipKeys, place: "a tip in '\(key)'", key: key)
            else { return nil }
            guard let textNode = entries.first(where: { $0.key == "text" })?.value else {
                reader.error(.missingKey("text", in: "this tip", example: "text: what to do"), at: item)
                return nil
            }
            var tip = Tip(text: reader.prose(textNode, key: "text") ?? "")
            for entry in entries {
                switch entry.key {
                case "title": tip.title = reader.lineText(entry.value, key: "title") ?? ""
                case "illustration":
                    tip.illustration = reader.word(entry.value, key: "illustration", as: Illustration.self)
                default: break
                }
            }
            return tip
        }
    }

    /// A figure's pose data, with every angle checked against what the joint allows.
    static func figure(_ node: Node, position: BodyPosition, reader: inout NodeReader) -> FigureSection? {
        guard let entries = reader.entries(of: node, allowed: figureKeys, place: "a figure", key: "figure")
        else { return nil }
        var spec = FigureSpec(base: position, start: PoseAngles(), end: PoseAngles(), view: .side,
                              span: reader.span(of: node))
        var section = FigureSection(like: nil, written: spec, keys: [], startAngles: PoseAngles(), endAngles: PoseAngles())
        for entry in entries {
            let v = entry.value
            section.keys.insert(entry.key)
            switch entry.key {
            case "like":
                if let id = reader.id(v, key: "like") { section.like = FigureSection.Like(id: id, span: reader.span(of: v)) }
            case "base": spec.base = reader.word(v, key: "base", as: BodyPosition.self) ?? position
            case "view": spec.view = view(v, reader: &reader) ?? .side
            case "start": section.startAngles = pose(v, key: "start", reader: &reader)
            case "end": section.endAngles = pose(v, key: "end", reader: &reader)
            case "highlight":
                spec.highlight = reader.list(v).compactMap {
                    reader.word($0, key: "highlight", as: BodyRegion.self)
                }
            case "annotate": spec.annotations = annotations(v, reader: &reader)
            case "props": spec.props = props(v, reader: &reader)
            default: break
            }
        }
        section.keys.remove("like")
        spec.start = section.startAngles
        spec.end = section.startAngles.overlaid(with: section.endAngles)
        section.written = spec
        return section
    }

    static func view(_ node: Node, reader: inout NodeReader) -> CameraView? {
        if case .mapping = node {
            guard let entries = reader.entries(of: node, allowed: ["azimuth", "elevation"], place: "a view", key: "view")
            else { return nil }
            var azimuth = 0.0, elevation = 0.0
            for entry in entries {
                guard let text = reader.text(entry.value, key: entry.key) else { continue }
                guard let d = Double(text), d.isFinite, abs(d) <= 360 else {
                    reader.error(.badAngle(text, joint: entry.key), at: entry.value)
                    continue
                }
                if entry.key == "azimuth" { azimuth = d } else { elevation = d }
            }
            return .free(azimuth: .degrees(azimuth), elevation: .degrees(elevation))
        }
        guard let text = reader.text(node, key: "view") else { return nil }
        switch text {
        case "front": return .front
        case "side": return .side
        case "top": return .top
        case "back": return .back
        default:
            reader.error(.badView(text), at: node)
            return nil
        }
    }

    static func pose(_ node: Node, key: String, reader: inout NodeReader) -> PoseAngles {
        if reader.isNull(node) { return PoseAngles() }
        let names = JointMotion.allCases.map(\.rawValue)
        guard let entries = reader.entries(of: node, allowed: names, place: "the \(key) pose", key: key)
        else { return PoseAngles() }
        var pose = PoseAngles()
        for entry in entries {
            guard let motion = JointMotion(rawValue: entry.key),
                  let text = reader.text(entry.value, key: entry.key) else { continue }
            guard let degrees = Double(text), degrees.isFinite else {
                reader.error(.badAngle(text, joint: entry.key), at: entry.value)
                continue
            }
            guard abs(degrees) <= Limits.angleDegrees, motion.allowedRange.contains(degrees) else {
                reader.error(.angleOutOfRange(degrees, joint: entry.key, range: motion.allowedRange), at: entry.value)
                continue
            }
            pose[motion] = .degrees(degrees)
        }
        return pose
    }
}
