import PlanCore

// The library's types in the snapshot's form: each writes its stored properties in the
// order they are declared, and `fields` counts them (see `SnapshotValue`). Numbers are read
// within the bounds the YAML reader holds them to, since the file could have been written
// by anyone who can write the user's cache folder, and arithmetic on them must not trap.

extension SnapshotReader {
    /// A value of `type` that lies in `range`; fails for any other.
    func take<Value: SnapshotValue & Comparable>(_ type: Value.Type = Value.self, in range: ClosedRange<Value>)
        throws(SnapshotReader.Unreadable) -> Value {
        let value = try take(type)
        guard range.contains(value) else { throw SnapshotReader.Unreadable() }
        return value
    }

    /// A line, column or length in a file of at most `Limits.fileBytes`.
    func position() throws(SnapshotReader.Unreadable) -> Int { try take(Int.self, in: 1...(Limits.fileBytes + 1)) }
}

extension Duration: SnapshotValue {
    static var fields: Int { 1 }
    func write(to writer: SnapshotWriter) { writer.put(seconds) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(seconds: try reader.take(Int.self, in: 0...Limits.longestDurationSeconds))
    }
}

extension Angle: SnapshotValue {
    static var fields: Int { 1 }
    func write(to writer: SnapshotWriter) { writer.put(degrees) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(degrees: try reader.take(Double.self, in: -Limits.angleDegrees...Limits.angleDegrees))
    }
}

extension SourceSpan: SnapshotValue {
    static var fields: Int { 4 }
    func write(to writer: SnapshotWriter) {
        writer.put(file)
        writer.put(line)
        writer.put(column)
        writer.put(length)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(file: try reader.take(), line: try reader.position(), column: try reader.position(),
                  length: try reader.position())
    }
}

extension Dose: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        switch self {
        case .time(let d): writer.byte(0); writer.put(d)
        case .perSide(let d): writer.byte(1); writer.put(d)
        case .reps(let n): writer.byte(2); writer.put(n)
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        switch try reader.byte() {
        case 0: self = .time(try reader.take())
        case 1: self = .perSide(try reader.take())
        case 2: self = .reps(try reader.take(Int.self, in: 0...Limits.reps))
        default: throw SnapshotReader.Unreadable()
        }
    }
}

extension Tip: SnapshotValue {
    static var fields: Int { 3 }
    func write(to writer: SnapshotWriter) {
        writer.put(title)
        writer.put(text)
        writer.put(illustration)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(title: try reader.take(), text: try reader.take(), illustration: try reader.take())
    }
}

extension PoseAngles: SnapshotValue {
    static var fields: Int { 1 }
    func write(to writer: SnapshotWriter) {
        writer.word(UInt64(angles.count))
        for (motion, angle) in angles.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            writer.put(motion)
            writer.put(angle)
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        let count = try reader.count()
        var angles: [JointMotion: Angle] = [:]
        for _ in 0..<count {
            let motion = try reader.take(JointMotion.self)
            let angle = try reader.take(Angle.self)
            guard motion.allowedRange.contains(angle.degrees),
                  angles.updateValue(angle, forKey: motion) == nil else { throw SnapshotReader.Unreadable() }
        }
        self.init(angles)
    }
}

extension CameraView: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        switch self {
        case .front: writer.byte(0)
        case .side: writer.byte(1)
        case .top: writer.byte(2)
        case .back: writer.byte(3)
        case .free(let azimuth, let elevation): writer.byte(4); writer.put(azimuth); writer.put(elevation)
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        switch try reader.byte() {
        case 0: self = .front
        case 1: self = .side
        case 2: self = .top
        case 3: self = .back
        case 4: self = .free(azimuth: try reader.take(), elevation: try reader.take())
        default: throw SnapshotReader.Unreadable()
        }
    }
}

extension FigureAnnotation: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        switch self {
        case .angle(let joint): writer.byte(0); writer.put(joint)
        case .lifted(let place, let text): writer.byte(1); writer.put(place); writer.put(text)
        case .down(let place, let text): writer.byte(2); writer.put(place); writer.put(text)
        case .label(let place, let text): writer.byte(3); writer.put(place); writer.put(text)
        case .arrow(let shape): writer.byte(4); writer.put(shape)
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        switch try reader.byte() {
        case 0: self = .angle(try reader.take())
        case 1: self = .lifted(try reader.take(), text: try reader.take())
        case 2: self = .down(try reader.take(), text: try reader.take())
        case 3: self = .label(try reader.take(), text: try reader.take())
        case 4: self = .arrow(try reader.take())
        default: throw SnapshotReader.Unreadable()
        }
    }
}

extension FigureProp: SnapshotValue {
    static var fields: Int { 2 }
    func write(to writer: SnapshotWriter) {
        writer.put(kind)
        writer.put(place)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(try reader.take(), at: try reader.take(BodyLandmark.self))
    }
}

extension FigureSpec: SnapshotValue {
    static var fields: Int { 8 }
    func write(to writer: SnapshotWriter) {
        writer.put(base)
        writer.put(start)
        writer.put(end)
        writer.put(view)
        writer.put(highlight)
        writer.put(annotations)
        writer.put(props)
        writer.put(span)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(base: try reader.take(), start: try reader.take(), end: try reader.take(), view: try reader.take(),
                  highlight: try reader.take(), annotations: try reader.take(), props: try reader.take(),
                  span: try reader.take())
    }
}

extension Exercise: SnapshotValue {
    static var fields: Int { 26 }
    func write(to writer: SnapshotWriter) {
        writer.put(id)
        writer.put(name)
        writer.put(aliases)
        writer.put(position)
        writer.put(sided)
        writer.put(workingLeg)
        writer.put(dose)
        writer.put(secondsPerRep)
        writer.put(minimum)
        writer.put(summary)
        writer.put(targets)
        writer.put(feel)
        writer.put(setup)
        writer.put(movement)
        writer.put(cues)
        writer.put(mistakes)
        writer.put(palpation)
        writer.put(cautions)
        writer.put(easier)
        writer.put(harder)
        writer.put(layer)
        writer.put(range)
        writer.put(sensation)
        writer.put(figure)
        writer.put(tags)
        writer.put(span)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(id: try reader.take(), name: try reader.take(), aliases: try reader.take(), position: try reader.take(),
                  sided: try reader.take(), workingLeg: try reader.take(), dose: try reader.take(),
                  secondsPerRep: try reader.take(), minimum: try reader.take(), summary: try reader.take(),
                  targets: try reader.take(), feel: try reader.take(), setup: try reader.take(),
                  movement: try reader.take(), cues: try reader.take(), mistakes: try reader.take(),
                  palpation: try reader.take(), cautions: try reader.take(), easier: try reader.take(),
                  harder: try reader.take(), layer: try reader.take(), range: try reader.take(),
                  sensation: try reader.take(), figure: try reader.take(), tags: try reader.take(),
                  span: try reader.take())
    }
}

extension Block: SnapshotValue {
    static var fields: Int { 16 }
    func write(to writer: SnapshotWriter) {
        writer.put(id)
        writer.put(name)
        writer.put(aliases)
        writer.put(purpose)
        writer.put(exercises)
        writer.put(sides)
        writer.put(dose)
        writer.put(fixed)
        writer.put(practice)
        writer.put(setup)
        writer.put(cues)
        writer.put(mistakes)
        writer.put(palpation)
        writer.put(muscles)
        writer.put(model)
        writer.put(span)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(id: try reader.take(), name: try reader.take(), aliases: try reader.take(), purpose: try reader.take(),
                  exercises: try reader.take(), sides: try reader.take(), dose: try reader.take(), fixed: try reader.take(),
                  practice: try reader.take(), setup: try reader.take(), cues: try reader.take(),
                  mistakes: try reader.take(), palpation: try reader.take(), muscles: try reader.take(),
                  model: try reader.take(), span: try reader.take())
    }
}

extension Diagnostic.Omitted: SnapshotValue {
    static var fields: Int { 2 }
    func write(to writer: SnapshotWriter) {
        writer.put(errors)
        writer.put(warnings)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(errors: try reader.take(), warnings: try reader.take())
    }
}

extension Diagnostic: SnapshotValue {
    static var fields: Int { 6 }
    func write(to writer: SnapshotWriter) {
        writer.put(severity)
        writer.put(message)
        writer.put(span)
        writer.put(hint)
        writer.put(file)
        writer.put(omitted)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(severity: try reader.take(), message: try reader.take(), span: try reader.take(), hint: try reader.take(),
                  file: try reader.take())
        // A file's parse never holds the summary of a capped list.
        guard try reader.take(Omitted.self) == Omitted() else { throw SnapshotReader.Unreadable() }
    }
}

extension FigureSection.Like: SnapshotValue {
    static var fields: Int { 2 }
    func write(to writer: SnapshotWriter) {
        writer.put(id)
        writer.put(span)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(id: try reader.take(), span: try reader.take())
    }
}

extension FigureSection: SnapshotValue {
    static var fields: Int { 5 }
    func write(to writer: SnapshotWriter) {
        writer.put(like)
        writer.put(written)
        writer.put(keys)
        writer.put(startAngles)
        writer.put(endAngles)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(like: try reader.take(), written: try reader.take(), keys: try reader.take(),
                  startAngles: try reader.take(), endAngles: try reader.take())
    }
}

extension LibraryFileParser.Contents: SnapshotValue {
    static var fields: Int { 7 }
    func write(to writer: SnapshotWriter) {
        writer.put(exercises)
        writer.put(blocks)
        writer.put(blockMemberSpans)
        writer.put(brokenIDs)
        writer.put(likes)
        writer.put(aliasSpans)
        writer.put(diagnostics)
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self.init(exercises: try reader.take(), blocks: try reader.take(), blockMemberSpans: try reader.take(),
                  brokenIDs: try reader.take(), likes: try reader.take(), aliasSpans: try reader.take(),
                  diagnostics: try reader.take())
    }
}
