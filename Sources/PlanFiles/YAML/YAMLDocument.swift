import Foundation
import PlanCore
import Yams

/// A YAML file read safely into Yams nodes, with every problem met on the way.
///
/// Safety comes first: tabs and anchors are found in the raw text before parsing; the tree
/// is walked once, iteratively, to refuse nesting deeper than `maximumDepth`. Yams stops at
/// the first duplicate key of a file, so each duplicate is reported, its key is renamed
/// out of the way, and the text parsed again: the rest of the file still gets checked.
struct YAMLDocument {
    /// Nesting deeper than this is refused: plans need about six levels.
    static let maximumDepth = 64

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
        let tabs = YAMLPrescan.tabs(in: text)
        for tab in tabs {
            diagnostics.append(.error(.tabIndent, at: SourceSpan(file: file, line: tab.line, column: tab.column)))
        }
        let anchors = YAMLPrescan.anchorsAndAliases(in: text)
        for (place, isAlias) in anchors {
            let name = SourceText.line(place.line, of: text).map { line in
                String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(place.column).prefix(place.length - 1)))
            } ?? ""
            diagnostics.append(.error(isAlias ? .alias(name) : .anchor(name),
                                      at: SourceSpan(file: file, line: place.line, column: place.column, length: place.length)))
        }
        // Tabs make the structure ambiguous and anchors unsafe: stop before parsing.
        guard tabs.isEmpty, anchors.isEmpty else { return }

        var current = text
        var renamed = 0
        while true {
            do {
                // The parser stays alive while the tree is walked: Yams holds anchors
                // weakly, and the walk double-checks that none slipped past the prescan.
                let parser = try Parser(yaml: current)
                guard let node = try parser.singleRoot() else {
                    diagnostics.append(.error(.emptyFile, at: nil, file: file))
                    return
                }
                if let problem = Self.checkShape(node, file: file) {
                    diagnostics.append(problem)
                    return
                }
                root = node
                return
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                guard renamed < 1000, let key = duplicates.sorted().first,
                      let second = Self.nextOccurrence(of: key, after: context.mark, in: current) else {
                    let name = duplicates.sorted().first ?? ""
                    diagnostics.append(.error(.duplicateKey(name, firstLine: context.mark.line),
                                              at: SourceSpan(file: file, line: context.mark.line,
                                                             column: context.mark.column, length: name.unicodeScalars.count)))
                    return
                }
                diagnostics.append(.error(.duplicateKey(key, firstLine: context.mark.line),
                                          at: SourceSpan(file: file, line: second.line, column: second.column,
                                                         length: key.unicodeScalars.count)))
                current = Self.rename(key, at: second, in: current, serial: renamed)
                maskedKeys.insert(second)
                renamed += 1
            } catch let error as YamlError {
                diagnostics.append(SyntaxHints.refine(Self.diagnostic(for: error, file: file), in: text))
                return
            } catch {
                diagnostics.append(.error(.unreadableYAML(String(describing: error)), at: nil, file: file))
                return
            }
        }
    }

    /// Walks the tree without recursion, refusing too deep nesting and any anchor.
    private static func checkShape(_ root: Node, file: String) -> Diagnostic? {
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let span = node.mark.map { SourceSpan(file: file, line: $0.line, column: $0.column) }
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
    static func nextOccurrence(of key: String, after first: Mark, in text: String) -> Position? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let keyScalars = Array(key.unicodeScalars)
        func keyStarts(_ line: [Unicode.Scalar], at column: Int) -> Bool {
            let start = column - 1
            guard start >= 0, start + keyScalars.count <= line.count,
                  Array(line[start..<start + keyScalars.count]) == keyScalars else { return false }
            var rest = start + keyScalars.count
            while rest < line.count && line[rest] == " " { rest += 1 }
            return rest < line.count && line[rest] == ":"
        }
        // Flow style: later on the same line, after a comma or brace.
        let firstLine = lines[first.line - 1]
        var column = first.column + keyScalars.count
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
        for index in first.line..<lines.count {
            let line = lines[index]
            var indent = 0
            while indent < line.count && line[indent] == " " { indent += 1 }
            if indent == line.count || line[indent] == "#" { continue }
            if indent + 1 < first.column {
                // A `- ` at a shallower column ends the mapping unless it is our own item's dash.
                return nil
            }
            if indent + 1 == first.column && keyStarts(line, at: first.column) {
                return Position(line: index + 1, column: first.column)
            }
        }
        return nil
    }

    /// The text with the key at `place` replaced by a placeholder of the same length, so
    /// every other column stays where it was.
    static func rename(_ key: String, at place: Position, in text: String, serial: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let count = key.unicodeScalars.count
        // Private-use characters: printable to YAML, never typed by a teacher.
        let first = Unicode.Scalar(0xE000 + UInt32(serial % 6000)) ?? "_"
        let filler = Unicode.Scalar(0xF000) ?? "_"
        let replacement = [first] + Array(repeating: filler, count: max(0, count - 1))
        let start = place.column - 1
        lines[place.line - 1].replaceSubrange(start..<start + count, with: replacement)
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// A libyaml error in the project's words.
    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
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
            return .error(.yamlSyntax(problem), at: SourceSpan(file: file, line: place.line, column: place.column))
        case let .reader(problem, offset, _, yaml):
            var span: SourceSpan?
            if let offset, offset <= yaml.count {
                let before = yaml.prefix(offset)
                let line = before.filter { $0 == "\n" }.count + 1
                let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
                span = SourceSpan(file: file, line: line, column: column)
            }
            return .error(.yamlSyntax(problem), at: span, file: file)
        default:
            return .error(.unreadableYAML(String(describing: error)), at: nil, file: file)
        }
    }
}
