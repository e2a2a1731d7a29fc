import PlanCore
import Yams

extension LibraryFileParser {
    /// The keys of one `annotate:` entry: one kind, and the label's text where it has one.
    static let annotationKinds = ["angle", "lifted", "down", "label", "arrow"]

    /// The longest label a figure shows: it sits beside a body at handout size, so a
    /// longer one would cover the drawing it explains.
    static let maximumLabelLength = 32

    /// A figure's `annotate:` list: each entry names one kind with its place or value
    /// (`- angle: right-hip`, `- lifted: feet`, `- arrow: circle`), and `text:` for the label.
    static func annotations(_ node: Node, reader: inout NodeReader) -> [FigureAnnotation] {
        reader.list(node).compactMap { item -> FigureAnnotation? in
            guard let entries = reader.entries(of: item, allowed: annotationKinds + ["text"],
                                               place: "an annotation", key: "annotate") else { return nil }
            var text: String?
            if let t = entries.first(where: { $0.key == "text" }) {
                text = reader.lineText(t.value, key: "text")
                if let given = text, given.count > maximumLabelLength {
                    reader.error(.labelTooLong(given, limit: maximumLabelLength), at: t.value)
                    text = nil
                }
            }
            let kinds = entries.filter { $0.key != "text" }
            guard kinds.count == 1, let kind = kinds.first else {
                reader.error(.annotationKind(found: kinds.map(\.key), accepted: annotationKinds), at: item)
                return nil
            }
            let v = kind.value
            switch kind.key {
            case "angle": return reader.word(v, key: "angle", as: AnnotatedJoint.self).map { .angle($0) }
            case "lifted": return reader.word(v, key: "lifted", as: BodyLandmark.self).map { .lifted($0, text: text) }
            case "down": return reader.word(v, key: "down", as: BodyLandmark.self).map { .down($0, text: text) }
            case "arrow": return reader.word(v, key: "arrow", as: ArrowShape.self).map { .arrow($0) }
            default:
                guard let place = reader.word(v, key: "label", as: BodyLandmark.self) else { return nil }
                guard let text else {
                    reader.error(.missingKey("text", in: "a label annotation", example: "text: knees stay down"), at: item)
                    return nil
                }
                return .label(place, text: text)
            }
        }
    }

    /// A figure's `props:` list: each entry a kind (`- cushion`) or a kind with its place
    /// (`- strap: right-foot`).
    static func props(_ node: Node, reader: inout NodeReader) -> [FigureProp] {
        reader.list(node).compactMap { item -> FigureProp? in
            if case .scalar = item {
                return reader.word(item, key: "props", as: PropKind.self).map { FigureProp($0) }
            }
            guard let entries = reader.entries(of: item, allowed: PropKind.allCases.map(\.rawValue),
                                               place: "a prop", key: "props"),
                  let entry = entries.first, let kind = PropKind(rawValue: entry.key) else { return nil }
            guard let place = reader.word(entry.value, key: entry.key, as: BodyLandmark.self) else { return nil }
            guard kind.places.contains(place) else {
                reader.error(.propPlace(place.rawValue, prop: kind.rawValue, accepted: kind.places.map(\.rawValue)),
                             at: entry.value)
                return nil
            }
            return FigureProp(kind, at: place)
        }
    }
}
