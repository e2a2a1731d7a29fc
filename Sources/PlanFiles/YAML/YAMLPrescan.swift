import PlanCore

/// Checks on a file's raw text made before any YAML parser sees it: tabs used for
/// indenting, and anchors (`&name`) and aliases (`*name`), which no plan or library file
/// needs and which can make a small file expand into an enormous one.
enum YAMLPrescan {
    /// A place in the text: 1-based line and column (in Unicode scalars, as libyaml counts).
    struct Place: Equatable {
        var line: Int
        var column: Int
        var length: Int
    }

    /// Every line indented with a tab, at the first tab of its indentation.
    static func tabs(in lines: LineIndex) -> [Place] {
        var found: [Place] = []
        for index in 0..<lines.count {
            var column = 1
            var tabColumn: Int?
            for scalar in lines[index + 1] ?? [] {
                if scalar == "\t" { tabColumn = tabColumn ?? column } else if scalar != " " {
                    // A tab before a comment or nothing at all harms no one.
                    if let tab = tabColumn, scalar != "#" { found.append(Place(line: index + 1, column: tab, length: 1)) }
                    break
                }
                column += 1
            }
        }
        return found
    }

    /// Every anchor and alias, where it starts, with the length of its name.
    static func anchorsAndAliases(in lines: LineIndex) -> [(place: Place, isAlias: Bool)] {
        // Every line end YAML knows is made `\n`, one scalar for one, so places stay true.
        var scanner = Scanner(lines.scalars.map { LineIndex.isLineBreak($0) ? "\n" : $0 })
        return scanner.run()
    }

    /// A small state machine over YAML's lexical structure: enough to know where a node
    /// can start (where `&` and `*` mean anchor and alias) while skipping quoted text,
    /// comments, plain text and block scalars, where they mean nothing.
    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var column = 1
        var flowDepth = 0
        var found: [(place: Place, isAlias: Bool)] = []

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            i + offset < s.count ? s[i + offset] : nil
        }

        func isBlank(_ c: Unicode.Scalar?) -> Bool { c == nil || c == " " || c == "\t" || c == "\n" }

        mutating func advance() {
            if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }

        mutating func skipSpaces() {
            while let c = peek(), c == " " || c == "\t" { advance() }
        }

        /// The indentation of the line holding position `i`.
        func indentationOfCurrentLine() -> Int {
            var start = i
            while start > 0 && s[start - 1] != "\n" { start -= 1 }
            var n = 0
            while start + n < s.count && s[start + n] == " " { n += 1 }
            return n
        }

        /// What the scanner expects next.
        enum State { case node, plain, afterValue }

        mutating func run() -> [(place: Place, isAlias: Bool)] {
            // A loop over states rather than mutual recursion: a long flow list on one line
            // must not exhaust the stack.
            var state = State.node
            while i < s.count {
                switch state {
                case .node: state = node()
                case .plain: state = plain()
                case .afterValue: state = afterValue()
                }
            }
            return found
        }

        /// At a place where a node may start.
        mutating func node() -> State {
            skipSpaces()
            guard let c = peek() else { return .node }
            switch c {
            case "\n":
                advance()
                return .node
            case "#":
                skipComment()
                return .node
            case "&", "*":
                guard !isBlank(peek(1)) else { return .plain }
                let start = Place(line: line, column: column, length: 0)
                var length = 1
                advance()
                while let n = peek(), !isBlank(n), !(flowDepth > 0 && isFlowIndicator(n)) {
                    length += 1
                    advance()
                }
                found.append((Place(line: start.line, column: start.column, length: length), c == "*"))
                return .node
            case "!":
                while let n = peek(), !isBlank(n) { advance() }
                return .node
            case "-" where isBlank(peek(1)), "?" where isBlank(peek(1)):
                advance()
                return .node
            case "-" where column == 1 && peek(1) == "-" && peek(2) == "-" && isBlank(peek(3)):
                advance(); advance(); advance()
                return .node
            case "[", "{":
                flowDepth += 1
                advance()
                return .node
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
                advance()
                return .afterValue
            case ",":
                advance()
                return .node
            case "'": return quoted(single: true)
            case "\"": return quoted(single: false)
            case "|", ">": return blockScalar()
            case ":" where isBlank(peek(1)) || flowDepth > 0:
                advance()
                return .node
            default: return .plain
            }
        }

        func isFlowIndicator(_ c: Unicode.Scalar) -> Bool { ",[]{}".unicodeScalars.contains(c) }

        /// After a complete value: a `:` may follow (it was a key), a comment, or a
        /// separator in flow.
        mutating func afterValue() -> State {
            skipSpaces()
            guard let c = peek() else { return .node }
            if c == ":" { advance(); return .node }
            if c == "#" { skipComment(); return .node }
            return .node
        }

        mutating func skipComment() {
            while let c = peek(), c != "\n" { advance() }
        }

        mutating func plain() -> State {
            while let c = peek() {
                if c == "\n" { advance(); return .node }
                if c == ":" && (isBlank(peek(1)) || (flowDepth > 0 && isFlowIndicator(peek(1) ?? " "))) {
                    advance()
                    return .node
                }
                if c == "#" && i > 0 && isBlank(s[i - 1]) { skipComment(); return .node }
                if flowDepth > 0 && isFlowIndicator(c) { return .node }
                advance()
            }
            return .node
        }

        mutating func quoted(single: Bool) -> State {
            advance()
            while let c = peek() {
                if !single && c == "\\" { advance(); if peek() != nil { advance() }; continue }
                if c == (single ? "'" : "\"") {
                    advance()
                    if single && peek() == "'" { advance(); continue }
                    return .afterValue
                }
                advance()
            }
            return .node
        }

        /// A literal or folded scalar: its lines are text, whatever they hold. It ends at
        /// the first line that has content and is indented no deeper than the line that
        /// opened it.
        mutating func blockScalar() -> State {
            let parent = indentationOfCurrentLine()
            skipComment()
            while i < s.count {
                advance() // the line end
                var indent = 0
                while i + indent < s.count && s[i + indent] == " " { indent += 1 }
                let next = i + indent < s.count ? s[i + indent] : "\n"
                if next != "\n" && indent <= parent { return .node }
                while let c = peek(), c != "\n" { advance() }
            }
            return .node
        }
    }
}
