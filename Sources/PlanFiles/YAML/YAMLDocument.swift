import Foundation
import PlanCore
import Yams

/// A YAML file read safely into Yams nodes, with every problem met on the way.
///
/// Safety comes first: tabs and anchors are found in the raw text before parsing; the tree
/// is walked once, iteratively, to refuse nesting deeper than `maximumDepth`. Yams stops at
/// the first duplicate key of a file, so every repeat of that key is reported, renamed out
/// of the way, and the text parsed again, at most `Limits.duplicateKeyPasses` times: the
/// rest of the file still gets checked, and a file of thousands of repeats costs no more.
struct YAMLDocument {
    /// Nesting deeper than this is refused: plans need about six levels.
    static let maximumDepth = Limits.nestingDepth

    /// The document's root, or nil when the text could not be read as YAML.
    var root: Node?
    /// Problems found, in file order.
    var diagnostics: [Diagnostic] = []
    /// Keys renamed because they repeat an earlier key: line and column of each.
    var maskedKeys: Set<Position> = []

    /// A line and column.
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// Parses `text`, read from the file named `file`.
    init(text: String, file: String) {
        let index = LineIndex(text)
        let tabs = YAMLPrescan.tabs(in: index)
        for tab in tabs {
            diagnostics.append(.error(.tabIndent, at: index.span(file: file, line: tab.line, column: tab.column)))
        }
        let anchors = YAMLPrescan.anchorsAndAliases(in: index)
        for (place, isAlias) in anchors {
            let name = index[place.line].map { line in
                String(String.UnicodeScalarView(line.dropFirst(place.column).prefix(place.length - 1)))
            } ?? ""
            diagnostics.append(.error(isAlias ? .alias(name) : .anchor(name),
                                      at: index.span(file: file, line: place.line, column: place.column, length: place.length)))
        }
        // Tabs make the structure ambiguous and anchors unsafe: stop before parsing.
        guard tabs.isEmpty, anchors.isEmpty else { return }

        var current = text
        var currentIndex = index
        var passes = 0
        var renamed = 0
        while true {
            do {
                // The parser stays alive while the tree is walked: Yams holds anchors
                // weakly, and the walk double-checks that none slipped past the prescan.
                // Every value is read as text and interpreted by its key's reader, so no
                // scalar needs Yams to guess its type (its guesses are regular expressions,
                // the larger part of parsing a library file).
                let parser = try Parser(yaml: current, resolver: .basic)
                guard let node = try parser.singleRoot() else {
                    diagnostics.append(.error(.emptyFile, at: nil, file: file))
                    return
                }
                if let problem = Self.checkShape(node, file: file, index: currentIndex) {
                    diagnostics.append(problem)
                    return
                }
                root = node
                return
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let key = duplicates.sorted().first ?? ""
                let repeats = Self.laterOccurrences(of: key, after: context.mark, in: currentIndex,
                                                    limit: Limits.diagnosticsPerFile - renamed + 1)
                let firstLine = currentIndex.reported(line: context.mark.line, column: context.mark.column).line
                // Past the passes or the diagnostics a file may have, the repeats reported so
                // far are enough: a file of thousands of them needs fixing before checking.
                let tooMany = passes >= Limits.duplicateKeyPasses || renamed + repeats.count > Limits.diagnosticsPerFile
                guard !tooMany, !repeats.isEmpty else {
                    if tooMany {
                        for place in repeats.prefix(max(0, Limits.diagnosticsPerFile - renamed)) {
                            diagnostics.append(.error(.duplicateKey(key, firstLine: firstLine),
                                                      at: currentIndex.span(file: file, line: place.line, column: place.column,
                                                                            length: key.unicodeScalars.count)))
                        }
                        diagnostics.append(.error(.moreDuplicateKeys, at: nil, file: file))
                    } else {
                        diagnostics.append(.error(.repeatedKey(key),
                                                  at: currentIndex.span(file: file, line: context.mark.line,
                                                                        column: context.mark.column, length: key.unicodeScalars.count)))
                    }
                    return
                }
                var scalars = currentIndex.scalars
                for place in repeats {
                    diagnostics.append(.error(.duplicateKey(key, firstLine: firstLine),
                                              at: currentIndex.span(file: file, line: place.line, column: place.column,
                                                                    length: key.unicodeScalars.count)))
                    if let offset = currentIndex.offset(line: place.line, column: place.column) {
                        Self.rename(key, at: offset, in: &scalars, serial: renamed)
                    }
                    maskedKeys.insert(place)
                    renamed += 1
                }
                currentIndex = LineIndex(scalars: scalars)
                current = String(String.UnicodeScalarView(scalars))
                passes += 1
            } catch let error as YamlError {
                diagnostics.append(SyntaxHints.refine(Self.diagnostic(for: error, file: file, index: currentIndex), in: text))
                return
            } catch {
                diagnostics.append(.error(.unreadableYAML(String(describing: error)), at: nil, file: file))
                return
            }
        }
    }

    /// The later keys `key` of the same mapping as the key at `first`, in file order, up to
    /// `limit` of them.
    static func laterOccurrences(of key: String, after first: Mark, in index: LineIndex, limit: Int) -> [Position] {
        var found: [Position] = []
        var from = Position(line: first.line, column: first.column)
        while found.count < limit, let next = nextOccurrence(of: key, after: from, in: index) {
            found.append(next)
            from = next
        }
        return found
    }

    /// Walks the tree without recursion, refusing too deep nesting and any anchor.
    private static func checkShape(_ root: Node, file: String, index: LineIndex) -> Diagnostic? {
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let span = node.mark.map { index.span(file: file, line: $0.line, column: $0.column) }
            if depth > maximumDepth { return .error(.tooDeep(limit: maximumDepth), at: span) }
            if node.anchor != nil { return .error(.anchor(node.anchor?.rawValue ?? ""), at: span) }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack.append((value, depth + 1)); stack.append((key, depth + 1)) }
            case .sequence(let sequence):
                for child in sequence.reversed() { stack.append((child, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    /// The next key `key` of the same mapping as the key at `first`: a later line starting
    /// at the same column (block style), or later on the same line (flow style).
    static func nextOccurrence(of key: String, after first: Position, in index: LineIndex) -> Position? {
        // An empty or quoted key cannot be found by its text: it is reported, not renamed.
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, first.line >= 1, first.line <= index.count, first.column >= 1 else { return nil }
        func keyStarts(_ line: [Unicode.Scalar], at column: Int) -> Bool {
            let start = column - 1
            guard start >= 0, start + keyScalars.count <= line.count,
                  line[start..<start + keyScalars.count].elementsEqual(keyScalars) else { return false }
            var rest = start + keyScalars.count
            while rest < line.count && line[rest] == " " { rest += 1 }
            return rest < line.count && line[rest] == ":"
        }
        // Flow style: later on the same line, after a comma or brace.
        let firstLine = Array(index[first.line] ?? [])
        var column = max(2, first.column + keyScalars.count)
        while column <= firstLine.count {
            let previous = firstLine[column - 2]
            if (previous == "," || previous == "{" || previous == " ") && keyStarts(firstLine, at: column) {
                var before = column - 2
                while before >= 0 && firstLine[before] == " " { before -= 1 }
                if before >= 0 && (firstLine[before] == "," || firstLine[before] == "{") {
                    return Position(line: first.line, column: column)
                }
            }
            column += 1
        }
        // Block style: later lines at the key's column, until the mapping ends.
        for number in (first.line + 1)..<(index.count + 1) {
            let line = Array(index[number] ?? [])
            var indent = 0
            while indent < line.count && line[indent] == " " { indent += 1 }
            if indent == line.count || line[indent] == "#" { continue }
            if indent + 1 < first.column {
                // A `- ` at a shallower column ends the mapping unless it is our own item's dash.
                return nil
            }
            if indent + 1 == first.column && keyStarts(line, at: first.column) {
                return Position(line: number, column: first.column)
            }
        }
        return nil
    }

    /// Replaces the key at `offset` by a placeholder of the same length, so every other
    /// line and column stays where it was.
    static func rename(_ key: String, at offset: Int, in scalars: inout [Unicode.Scalar], serial: Int) {
        let count = key.unicodeScalars.count
        guard count > 0, offset + count <= scalars.count else { return }
        // Private-use characters: printable to YAML, never typed by a teacher. The first is
        // one of 6,400, so placeholders never repeat one another: renames stop at
        // `Limits.diagnosticsPerFile`.
        let first = Unicode.Scalar(0xE000 + UInt32(serial % 6400)) ?? "_"
        let filler = Unicode.Scalar(0xF000) ?? "_"
        scalars.replaceSubrange(offset..<offset + count, with: [first] + Array(repeating: filler, count: count - 1))
    }

    /// A libyaml error in the project's words.
    static func diagnostic(for error: YamlError, file: String, index: LineIndex) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // An unclosed bracket or quote is found where the file ends or the next item starts;
            // the teacher needs to see where it was opened.
            var place = mark
            if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping")
                || context.text.contains("quoted scalar") {
                place = context.mark
            }
            return .error(.yamlSyntax(problem), at: index.span(file: file, line: place.line, column: place.column))
        case let .reader(problem, offset, _, yaml):
            var span: SourceSpan?
            // libyaml gives the offset in bytes of UTF-8.
            if let offset, offset >= 0, offset <= yaml.utf8.count {
                let before = String(decoding: yaml.utf8.prefix(offset), as: UTF8.self)
                let place = index.reportedPosition(ofOffset: before.unicodeScalars.count)
                span = SourceSpan(file: file, line: place.line, column: place.column)
            }
            return .error(.yamlSyntax(problem), at: span, file: file)
        default:
            return .error(.unreadableYAML(String(describing: error)), at: nil, file: file)
        }
    }
}
