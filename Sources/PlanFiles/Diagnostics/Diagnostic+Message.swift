import PlanCore

extension Diagnostic {
    /// The text of a diagnostic and its hint. Every message a teacher can meet is made
    /// here, so they are easy to find, to word alike, and to test.
    public struct Message: Sendable, Equatable {
        /// One sentence saying what is wrong.
        public var text: String
        /// What to do about it.
        public var hint: String?

        /// A message with an optional hint.
        public init(_ text: String, hint: String? = nil) {
            self.text = text
            self.hint = hint
        }
    }
}

/// `'a', 'b' or 'c'`.
func quotedList(_ words: [String], last: String = "or") -> String {
    let quoted = words.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " \(last) " + quoted[quoted.count - 1]
}

/// `did you mean 'x'?`, or nil when nothing is close.
func didYouMean(_ suggestion: String?) -> String? {
    suggestion.map { "did you mean '\($0)'?" }
}

extension Diagnostic.Message {
    /// The accepted ways of writing a time.
    static let durationForms = "write a time like 45s, 1min, 1m30s, 1:30 or 2 minutes"

    // MARK: Files

    /// The file exceeds the size limit.
    public static func fileTooLarge(limit: Int) -> Self {
        Self("this file is larger than \(limit / 1024 / 1024) MiB, too large to be a plan or library file",
             hint: "check that this is the file you meant")
    }
    /// The file's bytes are not UTF-8 text.
    public static let notUTF8 = Self("this file is not UTF-8 text",
                                     hint: "save it from your editor with the encoding 'UTF-8'")
    /// Nothing but blanks and comments.
    public static let emptyFile = Self("this file is empty",
                                       hint: "`classplan new FILE` writes a starter plan to fill in")
    /// Tabs in indentation.
    public static let tabIndent = Self("this line is indented with a tab",
                                       hint: "indent with spaces only; YAML does not allow tabs for indenting")
    /// A YAML anchor.
    public static func anchor(_ name: String) -> Self {
        Self("'&\(name)' is a YAML anchor, which plan and library files do not allow",
             hint: "write the value out in full; if you meant the text itself, put it in quotes")
    }
    /// A YAML alias.
    public static func alias(_ name: String) -> Self {
        Self("'*\(name)' is a YAML alias, which plan and library files do not allow",
             hint: "write the value out in full; if you meant the text itself, put it in quotes")
    }
    /// Nesting beyond the limit.
    public static func tooDeep(limit: Int) -> Self {
        Self("the file is nested more than \(limit) levels deep here",
             hint: "plans and library files need only a few levels; check the brackets and indentation")
    }
    /// A key given twice.
    public static func duplicateKey(_ key: String, firstLine: Int) -> Self {
        Self("'\(key)' is given twice; the first is on line \(firstLine)",
             hint: "keep one of the two")
    }
    /// A YAML syntax error, reworded where libyaml's words are known.
    public static func yamlSyntax(_ problem: String) -> Self {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return Self("a ':' here cannot start a key",
                        hint: "put text containing ': ' in quotes, or check this line's indentation")
        case let p where p.contains("did not find expected key"), let p where p.contains("did not find expected '-'"):
            return Self("this line's indentation does not match the lines around it",
                        hint: "indent the keys of one item by the same number of spaces")
        case let p where p.contains("could not find expected ':'"):
            return Self("a key here has no ':' after it", hint: "write `key: value`")
        case let p where p.contains("found character that cannot start any token"):
            return Self("this character cannot start a value",
                        hint: "put the text in quotes, for example \"@home\"")
        case let p where p.contains("found unexpected end of stream"):
            return Self("the file ends inside a quoted text or a bracket",
                        hint: "close the quote or bracket that is left open")
        case let p where p.contains("did not find expected ',' or ']'"):
            return Self("a list in brackets is not closed",
                        hint: "end it with ']', and separate entries with commas")
        case let p where p.contains("did not find expected ',' or '}'"):
            return Self("a mapping in braces is not closed",
                        hint: "end it with '}', and separate entries with commas")
        case let p where p.contains("Maximum nesting level"):
            return tooDeep(limit: YAMLDocument.maximumDepth)
        case let p where p.contains("found undefined alias"):
            return alias("")
        case let p where p.contains("expected a single document"), let p where p.contains("another document"):
            return Self("this file holds more than one YAML document",
                        hint: "remove the '---' line; one file holds one plan")
        default:
            return Self("this is not valid YAML: \(problem)",
                        hint: "check the indentation, colons and quotes on this line and the one before")
        }
    }
    /// Something Yams reported that has no better wording.
    public static func unreadableYAML(_ detail: String) -> Self {
        Self("this file could not be read as YAML: \(detail)")
    }

    // MARK: Shapes and values

    /// A key not known in this place.
    public static func unknownKey(_ key: String, in place: String, suggestion: String?, known: [String]) -> Self {
        Self("unknown key '\(key)' in \(place)",
             hint: didYouMean(suggestion) ?? misplaced(key, in: place) ?? "the keys here are \(quotedList(known))")
    }
    /// Where a key the plan knows belongs, when it stands at the plan's left edge: a
    /// `share:` key or an item's key that lost its indent.
    static func misplaced(_ key: String, in place: String) -> String? {
        guard place == "the plan" else { return nil }
        if PlanFileParser.shareKeys.contains(key) { return "'\(key)' belongs under `share:`: indent it two spaces below that line" }
        if PlanFileParser.itemKeys.contains(key) { return "'\(key)' belongs to an item of `sequence`: indent it with the item's other keys" }
        return nil
    }
    /// A required key missing.
    public static func missingKey(_ key: String, in place: String, example: String) -> Self {
        Self("\(place) has no '\(key)'", hint: "add `\(example)`")
    }
    /// A value of the wrong kind (a list where text belongs).
    public static func expected(_ what: String, for key: String, found: String) -> Self {
        // A whole plan written as a list: the shape of a plan is the help.
        let hint = key == "the plan" ? "a plan is keys at the left edge: `title:`, then `sequence:` with its items as a list under it" : nil
        return Self("'\(key)' should be \(what), not \(found)", hint: hint)
    }
    /// Keys whose line cannot simply go: the plan, entry or item needs them.
    static let keysThatMustStay: Set = ["title", "sequence", "id", "name", "position", "block", "exercise"]
    /// Empty text where text is needed.
    public static func emptyValue(_ key: String) -> Self {
        Self("'\(key)' is empty", hint: keysThatMustStay.contains(key)
            ? "write a value after the colon" : "write a value after the colon, or remove the line")
    }
    /// A word that is not one of the accepted ones.
    public static func unknownWord(_ word: String, for key: String, accepted: [String], suggestion: String?) -> Self {
        Self("'\(key)' cannot be '\(word)'",
             hint: (didYouMean(suggestion).map { $0 + " " } ?? "") + "'\(key)' is one of \(quotedList(accepted))")
    }
    /// Not true or false.
    public static func notBoolean(_ word: String, key: String) -> Self {
        Self("'\(key)' is true or false, not '\(word)'", hint: "write `\(key): true` or `\(key): false`")
    }
    /// A date in the wrong form.
    public static func badDate(_ text: String) -> Self {
        Self("'\(text)' is not a date", hint: "write dates as YYYY-MM-DD, for example 2026-12-01")
    }
    /// A date that does not exist.
    public static func impossibleDate(_ text: String, monthName: String, days: Int) -> Self {
        Self("\(text) does not exist: \(monthName) has \(days) days")
    }
    /// A time that cannot be read.
    public static func badDuration(_ text: String, key: String) -> Self {
        Self("'\(text)' is not a time for '\(key)'", hint: durationForms)
    }
    /// A time past the longest any duration may be.
    public static func durationTooLong(_ text: String, key: String) -> Self {
        Self("'\(key): \(text)' is far longer than any class", hint: "write it in minutes or seconds, like `1min` or `45s`")
    }
    /// A bare number for a time.
    public static func durationWithoutUnit(_ text: String, key: String) -> Self {
        Self("'\(key): \(text)' has no unit", hint: "write \(text)s for seconds or \(text)min for minutes")
    }
    /// Zero or negative work time.
    public static func durationNotPositive(_ text: String, key: String) -> Self {
        Self("'\(key)' must be more than zero, not \(text)", hint: "remove the item if it should not run")
    }
    /// A negative time where zero is allowed.
    public static func durationNegative(_ text: String, key: String) -> Self {
        Self("'\(key)' cannot be negative, not \(text)")
    }
    /// Repetitions that are not a positive whole number.
    public static func badReps(_ text: String) -> Self {
        Self("'reps' must be a whole number of at least 1, not '\(text)'", hint: "for example `reps: 10`")
    }
    /// Repetitions past the most an exercise may have.
    public static func tooManyReps(_ text: String) -> Self {
        Self("'reps: \(text)' is more repetitions than any class holds", hint: "'reps' is at most \(Limits.reps); for example `reps: 10`")
    }
    /// A practice length that cannot be read.
    public static func badPractice(_ text: String) -> Self {
        Self("'\(text)' is not a practice length", hint: "write it in days or weeks, like 28 days or 4 weeks")
    }
    /// A practice length out of bounds.
    public static func practiceOutOfRange(_ days: Int) -> Self {
        Self("a practice tracker of \(days) days is out of range",
             hint: "give between 1 day and 52 weeks")
    }
    /// A `language:` that is not a language tag.
    public static func badLanguage(_ text: String) -> Self {
        Self("'\(text.count > 40 ? String(text.prefix(37)) + "..." : text)' is not a language tag",
             hint: "write a BCP 47 tag such as en, de, fr-CA or pt-BR")
    }
    /// A reminder time that is not a time of day.
    public static func badReminder(_ text: String) -> Self {
        Self("'\(text)' is not a time of day for the reminder", hint: "write it like 07:30, 18:00 or 6:00 pm")
    }
    /// An id in the wrong form.
    public static func badID(_ id: String) -> Self {
        Self("'\(id)' is not a valid id", hint: "ids are lower-case letters, digits and hyphens, like glute-bridge")
    }

    // MARK: Plans

    /// The sequence has no items.
    public static let emptySequence = Self("the sequence is empty",
                                           hint: "add at least one item, like `- block: warm-up`")
    /// A sequence longer than any class.
    public static func tooManyItems(_ count: Int, limit: Int) -> Self {
        Self("the sequence has \(count) items, more than the \(limit) a plan may hold",
             hint: "split the plan into several plans")
    }
    /// An item written as plain text (`- block warm-up`).
    public static func itemWithoutColon(_ text: String) -> Self {
        let words = text.split(separator: " ", maxSplits: 1)
        return Self("this item is plain text, not a key and its value",
                    hint: words.count == 2 ? "write `- \(words[0]): \(words[1])`, with a colon after the key"
                        : "start it with `block:`, `exercise:` or `name:`")
    }
    /// An item names nothing.
    public static let itemNamesNothing = Self("this item names no block, exercise or inline exercise",
                                              hint: "start it with `block:`, `exercise:` or `name:`")
    /// An item names several things.
    public static func itemNamesSeveral(_ keys: [String]) -> Self {
        Self("this item has both \(quotedList(keys, last: "and")); an item is exactly one of them",
             hint: "split it into separate items")
    }
    /// A block id not in the library.
    public static func unknownBlock(_ id: String, suggestion: String?, isExercise: Bool) -> Self {
        Self("no block '\(id)' in the library",
             hint: isExercise ? "'\(id)' is an exercise: write `exercise: \(id)`"
                : (didYouMean(suggestion) ?? "`classplan library --search \(searchWords(id))` finds blocks by name, target or tag"))
    }
    /// An exercise id not in the library.
    public static func unknownExercise(_ id: String, suggestion: String?, isBlock: Bool) -> Self {
        Self("no exercise '\(id)' in the library",
             hint: isBlock ? "'\(id)' is a block: write `block: \(id)`"
                : (didYouMean(suggestion) ?? "`classplan library --search \(searchWords(id))` finds exercises by name, target or tag"))
    }
    /// `name` as words for `library --search`: hyphens as spaces, quoted when more than one.
    static func searchWords(_ name: String) -> String {
        let words = name.split { $0 == "-" || $0 == " " || $0 == "\"" }.joined(separator: " ")
        return words.contains(" ") ? "\"\(words)\"" : words
    }
    /// Several of time, per_side and reps.
    public static func severalDoses(_ keys: [String]) -> Self {
        Self("this item has both \(quotedList(keys, last: "and")); give one of them",
             hint: "`time` for work done once, `per_side` for work on each side, `reps` for counted work")
    }
    /// `time` on sided work. The hint repeats the teacher's time only when it is one.
    public static func timeOnSidedWork(_ name: String, value: String) -> Self {
        Self("'\(name)' is done on each side, so 'time' is unclear",
             hint: "write `per_side: \(durationExample(value))` for the time on each side")
    }
    /// `per_side` on work that is not sided.
    public static func perSideOnUnsidedWork(_ name: String, value: String) -> Self {
        Self("'\(name)' is not done side by side, so it has no 'per_side'",
             hint: "write `time: \(durationExample(value))` for its whole time")
    }
    /// `value` when it reads as a time, else a time that does, so a hint never offers a
    /// form that would be refused in turn.
    private static func durationExample(_ value: String) -> String {
        if case .seconds(let s) = DurationText.read(value), s > 0 { return value }
        return "1min"
    }
    /// `sides` on work that is not sided.
    public static func sidesOnUnsidedWork(_ name: String) -> Self {
        Self("'\(name)' is not done side by side, so 'sides' has nothing to order",
             hint: "remove the 'sides' line")
    }
    /// `reps` for an exercise that has no seconds per repetition.
    public static func repsWithoutPace(_ name: String) -> Self {
        Self("'\(name)' has no seconds_per_rep in the library, so 'reps' cannot be timed",
             hint: "give it a `time` or `per_side` instead")
    }
    /// `pick` outside a block.
    public static let pickOutsideBlock = Self("'pick' chooses exercises of a block, and this item is not a block",
                                              hint: "remove 'pick', or make the item a `block:`")
    /// `pick` with nothing in it.
    public static let emptyPick = Self("'pick' is empty", hint: "list exercises by number or id, like `pick: [1, 3]`")
    /// A pick number outside the block.
    public static func pickOutOfRange(_ number: Int, block: String, count: Int) -> Self {
        Self("there is no exercise \(number) in '\(block)', which has \(count)",
             hint: count == 1 ? "pick 1, or an exercise id" : "pick a number from 1 to \(count), or an exercise id")
    }
    /// A pick id that is not in the block.
    public static func pickNotInBlock(_ id: String, block: String, suggestion: String?, members: [String]) -> Self {
        Self("'\(id)' is not in block '\(block)'",
             hint: didYouMean(suggestion) ?? "the block has \(quotedList(members))")
    }
    /// The same exercise picked twice.
    public static func pickedTwice(_ what: String) -> Self {
        Self("'\(what)' is picked twice", hint: "a block runs each of its exercises once; remove one")
    }
    /// An inline exercise without a dose.
    public static let inlineWithoutDose = Self("this inline exercise has no time",
                                               hint: "add `time: 1min`, or `per_side:` for work on each side, or `reps:`")
    /// A library folder that does not exist.
    public static func missingLibraryFolder(_ folder: String, lookedAt: String) -> Self {
        Self("no library folder '\(folder)'", hint: "it was looked for at \(lookedAt)")
    }
    /// A `--library` folder that does not exist.
    public static func missingLibraryOption(_ folder: String) -> Self {
        Self("no library folder '\(folder)' (given with --library)")
    }
    /// A folder named in `CLASSPLAN_LIBRARY` that is not there.
    public static func missingEnvironmentLibrary(_ folder: String) -> Self {
        Self("no library folder '\(folder)' (named in \(LibrarySearchPath.variable))",
             hint: "make the folder, or take it out of \(LibrarySearchPath.variable)")
    }
    /// A plan's library folder that lies outside the plan's folder and the `--library` folders.
    public static func libraryFolderOutside(_ folder: String) -> Self {
        Self(folder.hasPrefix("/")
                ? "library folder '\(folder)' is an absolute path; a plan may only use folders inside its own folder"
                : "library folder '\(folder)' is outside the plan's folder",
             hint: "keep the folder beside the plan, pass it with --library DIR, or allow it with --allow-outside-files")
    }
    /// A library file that is a link to a file outside the plan's folder and the `--library` folders.
    public static func libraryFileOutside(_ file: String) -> Self {
        Self("library file '\(file)' links to a file outside the plan's folder; it was not read",
             hint: "copy the file into the folder instead of linking it, or allow it with --allow-outside-files")
    }
    /// A library folder that holds no YAML file.
    public static func emptyLibraryFolder(_ folder: String) -> Self {
        Self("library folder '\(folder)' holds no .yaml file",
             hint: "library files end in .yaml and hold `exercises:` or `blocks:`")
    }

    // MARK: Libraries

    /// An id defined twice in one layer.
    public static func duplicateID(_ id: String, kind: String, first: SourceSpan?) -> Self {
        Self("\(kind) '\(id)' is defined twice",
             hint: first.map { "the first is at \($0.file):\($0.line)" })
    }
    /// A teacher's entry replacing a built-in one.
    public static func overridesBuiltIn(_ id: String, kind: String) -> Self {
        Self("\(kind) '\(id)' replaces the built-in one",
             hint: "give it another id to keep both")
    }
    /// Exercises without exactly one dose.
    public static let exerciseNeedsOneDose = Self("an exercise needs exactly one default dose",
                                                  hint: "give one of `time`, `per_side` or `reps`")
    /// `reps` without `seconds_per_rep`.
    public static let repsNeedPace = Self("'reps' needs 'seconds_per_rep' to be timed",
                                          hint: "add `seconds_per_rep: 4s`")
    /// Too few entries in a list.
    public static func tooFew(_ key: String, atLeast: Int) -> Self {
        Self("'\(key)' needs at least \(atLeast) \(atLeast == 1 ? "entry" : "entries")")
    }
    /// A block naming an exercise the library lacks.
    public static func blockExerciseMissing(_ id: String, block: String, suggestion: String?) -> Self {
        Self("block '\(block)' lists '\(id)', which is not in the library",
             hint: didYouMean(suggestion) ?? "define it under `exercises:`, or remove it from the block")
    }
    /// An angle that is not a number.
    public static func badAngle(_ text: String, joint: String) -> Self {
        Self("'\(joint)' needs an angle in degrees, not '\(text)'")
    }
    /// An angle outside what the body allows.
    public static func angleOutOfRange(_ degrees: Double, joint: String, range: ClosedRange<Double>) -> Self {
        // Whole numbers without `.0`; `Int(d)` only for values an Int holds (1e19 does not).
        func f(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
        return Self("\(f(degrees))° is out of range for '\(joint)'",
                    hint: "'\(joint)' goes from \(f(range.lowerBound))° to \(f(range.upperBound))°")
    }
    /// A figure view that is not known.
    public static func badView(_ text: String) -> Self {
        Self("'\(text)' is not a view", hint: "write front, side, top, back, or {azimuth: 30, elevation: 20}")
    }
    /// A figure label too long to sit beside the body.
    public static func labelTooLong(_ text: String, limit: Int) -> Self {
        Self("the label '\(text)' is longer than \(limit) characters", hint: "a figure's label is a few words, such as 'feet off the mat'")
    }
    /// A prop placed where it cannot go.
    public static func propPlace(_ place: String, prop: String, accepted: [String]) -> Self {
        Self("a \(prop) cannot go at '\(place)'", hint: "a \(prop) goes at \(quotedList(accepted))")
    }
    /// An annotation entry with no kind, or more than one.
    public static func annotationKind(found: [String], accepted: [String]) -> Self {
        Self(found.isEmpty ? "this annotation names no kind" : "this annotation names \(quotedList(found, last: "and")) at once",
             hint: "start each entry with one of \(quotedList(accepted)), such as `- angle: right-hip`")
    }
}
