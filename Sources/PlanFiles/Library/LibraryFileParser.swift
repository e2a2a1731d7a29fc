import PlanCore
import Yams

/// Reads one library file (its format is in the README) into exercises and blocks.
struct LibraryFileParser {
    /// What one file holds.
    struct Contents: Sendable {
        var exercises: [Exercise] = []
        var blocks: [Block] = []
        /// Where each block lists each of its exercises, for the check that they exist.
        var blockMemberSpans: [String: [SourceSpan]] = [:]
        /// Ids of entries that had errors: plans naming them are not told they are missing.
        var brokenIDs: Set<String> = []
        var diagnostics: [Diagnostic] = []
    }

    static let exerciseKeys = ["id", "name", "position", "sided", "time", "per_side", "reps", "seconds_per_rep",
                               "minimum", "summary", "targets", "feel", "setup", "movement", "cues", "mistakes",
                               "palpation", "cautions", "easier", "harder", "layer", "range", "sensation", "tags",
                               "figure"]
    static let blockKeys = ["id", "name", "purpose", "exercises", "sides", "time", "per_side", "reps", "practice",
                            "setup", "cues", "mistakes", "palpation", "muscles", "model"]
    static let tipKeys = ["title", "text", "illustration"]
    static let figureKeys = ["base", "view", "start", "end", "highlight"]

    /// Parses the text of the file named `file`.
    static func parse(text: String, file: String) -> Contents {
        var contents = Contents()
        contents.diagnostics = NodeReader.read(text: text, file: file) { root, reader in
            read(root, into: &contents, reader: &reader)
        }
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
                    if let exercise = exercise(node, reader: &reader), reader.diagnostics.errorCount == before {
                        contents.exercises.append(exercise)
                    } else if let id { contents.brokenIDs.insert(id) }
                } else {
                    let id = idOf(node)
                    if let (block, spans) = block(node, reader: &reader), reader.diagnostics.errorCount == before {
                        contents.blocks.append(block)
                        // A second definition of the id is reported by the loader; keep the first's places.
                        if contents.blockMemberSpans[block.id] == nil { contents.blockMemberSpans[block.id] = spans }
                    } else if let id { contents.brokenIDs.insert(id) }
                }
            }
        }
    }

    private static func idOf(_ node: Node) -> String? {
        node.mapping?["id"]?.string
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

    static func exercise(_ node: Node, reader: inout NodeReader) -> Exercise? {
        guard let entries = reader.entries(of: node, allowed: exerciseKeys, place: "an exercise", key: "an exercise")
        else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        func required(_ key: String, example: String) -> Node? {
            if let v = value(key) { return v }
            reader.error(.missingKey(key, in: "this exercise", example: example), at: node)
            return nil
        }
        let id = required("id", example: "id: my-exercise").flatMap { reader.id($0, key: "id") }
        let name = required("name", example: "name: My exercise").flatMap { reader.text($0, key: "name") }
        let position = required("position", example: "position: supine")
            .flatMap { reader.word($0, key: "position", as: BodyPosition.self) }
        let sided = required("sided", example: "sided: true").flatMap { reader.bool($0, key: "sided") }
        let (dose, doseKeys) = dose(entries, reader: &reader)
        if doseKeys.count != 1 {
            reader.error(.exerciseNeedsOneDose, at: doseKeys.isEmpty ? node : entries.first { $0.key == doseKeys[1] }?.keyNode)
        }
        var pace: PlanCore.Duration?
        if let v = value("seconds_per_rep") { pace = reader.duration(v, key: "seconds_per_rep") }
        if case .reps = dose, pace == nil, value("seconds_per_rep") == nil {
            reader.error(.repsNeedPace, at: entries.first { $0.key == "reps" }?.keyNode)
        }
        let feel = required("feel", example: "feel: [front of the hip]").map { reader.texts($0, key: "feel") } ?? []
        let cues = required("cues", example: "cues: [first cue, second cue]").map { reader.texts($0, key: "cues") }
        if let cues, cues.count < 2, let v = value("cues") { reader.error(.tooFew("cues", atLeast: 2), at: v) }
        let mistakes = required("mistakes", example: "mistakes: [the one to warn about]")
            .map { reader.texts($0, key: "mistakes") }
        if let mistakes, mistakes.isEmpty, let v = value("mistakes") { reader.error(.tooFew("mistakes", atLeast: 1), at: v) }

        var exercise = Exercise(id: id ?? "", name: name ?? "", position: position ?? .supine, sided: sided ?? false,
                                dose: dose ?? .time(.minutes(1)), secondsPerRep: pace,
                                feel: feel, cues: cues ?? [], mistakes: mistakes ?? [],
                                span: reader.span(of: node))
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "minimum": exercise.minimum = reader.duration(v, key: "minimum")
            case "summary": exercise.summary = reader.text(v, key: "summary") ?? ""
            case "targets": exercise.targets = reader.texts(v, key: "targets")
            case "setup": exercise.setup = reader.texts(v, key: "setup")
            case "movement": exercise.movement = reader.text(v, key: "movement") ?? ""
            case "palpation": exercise.palpation = tips(v, key: "palpation", reader: &reader)
            case "cautions": exercise.cautions = reader.texts(v, key: "cautions")
            case "easier": exercise.easier = reader.texts(v, key: "easier")
            case "harder": exercise.harder = reader.texts(v, key: "harder")
            case "layer": exercise.layer = reader.text(v, key: "layer")
            case "range": exercise.range = reader.text(v, key: "range")
            case "sensation": exercise.sensation = reader.text(v, key: "sensation")
            case "tags": exercise.tags = reader.texts(v, key: "tags")
            case "figure": exercise.figure = figure(v, position: position ?? .supine, reader: &reader)
            default: break
            }
        }
        if exercise.minimum == nil, let dose {
            // The format's default: half the dose.
            switch dose {
            case .time(let d), .perSide(let d): exercise.minimum = .seconds(d.seconds / 2)
            case .reps(let n): exercise.minimum = pace.map { .seconds($0.seconds * n / 2) }
            }
        }
        guard id != nil, name != nil, position != nil, sided != nil, dose != nil else { return nil }
        return exercise
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
        let name = required("name", example: "name: My block").flatMap { reader.text($0, key: "name") }
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
            case "purpose": block.purpose = reader.texts(v, key: "purpose")
            case "sides": block.sides = reader.word(v, key: "sides", as: SideOrder.self) ?? .rightFirst
            case "practice": block.practice = reader.text(v, key: "practice")
            case "setup": block.setup = reader.texts(v, key: "setup")
            case "cues": block.cues = tips(v, key: "cues", reader: &reader)
            case "mistakes": block.mistakes = reader.texts(v, key: "mistakes")
            case "palpation": block.palpation = tips(v, key: "palpation", reader: &reader)
            case "muscles": block.muscles = reader.texts(v, key: "muscles")
            case "model": block.model = reader.text(v, key: "model")
            default: break
            }
        }
        guard id != nil, name != nil, !members.isEmpty, !tooMany else { return nil }
        return (block, spans)
    }

    /// Tips: plain text, or `title`/`text`/`illustration`.
    static func tips(_ node: Node, key: String, reader: inout NodeReader) -> [Tip] {
        reader.list(node).compactMap { item in
            if case .scalar = item { return reader.text(item, key: key).map { Tip(text: $0) } }
            guard let entries = reader.entries(of: item, allowed: tipKeys, place: "a tip in '\(key)'", key: key)
            else { return nil }
            guard let textNode = entries.first(where: { $0.key == "text" })?.value else {
                reader.error(.missingKey("text", in: "this tip", example: "text: what to do"), at: item)
                return nil
            }
            var tip = Tip(text: reader.text(textNode, key: "text") ?? "")
            for entry in entries {
                switch entry.key {
                case "title": tip.title = reader.text(entry.value, key: "title") ?? ""
                case "illustration":
                    tip.illustration = reader.word(entry.value, key: "illustration", as: Illustration.self)
                default: break
                }
            }
            return tip
        }
    }

    /// A figure's pose data, with every angle checked against what the joint allows.
    static func figure(_ node: Node, position: BodyPosition, reader: inout NodeReader) -> FigureSpec? {
        guard let entries = reader.entries(of: node, allowed: figureKeys, place: "a figure", key: "figure")
        else { return nil }
        var spec = FigureSpec(base: position, start: PoseAngles(), end: PoseAngles(), view: .side,
                              span: reader.span(of: node))
        var end = PoseAngles()
        for entry in entries {
            let v = entry.value
            switch entry.key {
            case "base": spec.base = reader.word(v, key: "base", as: BodyPosition.self) ?? position
            case "view": spec.view = view(v, reader: &reader) ?? .side
            case "start": spec.start = pose(v, key: "start", reader: &reader)
            case "end": end = pose(v, key: "end", reader: &reader)
            case "highlight":
                spec.highlight = reader.list(v).compactMap {
                    reader.word($0, key: "highlight", as: BodyRegion.self)
                }
            default: break
            }
        }
        spec.end = spec.start.overlaid(with: end)
        return spec
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
