import Foundation
import PlanCore
@testable import PlanFiles

/// What the fuzzer runs on every input, shared with the tests that replay its corpus and
/// crashers: the bytes as a plan file (read, validated against the built-in library,
/// composed, its diagnostics printed), as a library file, and as a library snapshot entry.
struct PlanPipeline: Sendable {
    /// The loader plans are read with: the built-in library, nothing outside.
    let loader: PlanLoader
    /// The name the plan is read as: inside an empty folder, so `library:` entries find nothing.
    let planPath: String

    /// A pipeline over the built-in library in `assets`; `folder` is an empty folder the plan
    /// is taken to stand in.
    init(assets: URL, folder: URL) {
        loader = PlanLoader(assets: assets, cache: LibraryCache())
        planPath = folder.appendingPathComponent("plan.yaml").path
    }

    /// What one input came to, for checks beyond "it did not crash".
    struct Outcome {
        /// The plan was valid and composed.
        var composed: Bool
        /// Errors and warnings reported for it as a plan file.
        var diagnostics: [Diagnostic]
        /// The printed diagnostics.
        var printed: String
    }

    /// `contents` in the library snapshot's form.
    static func snapshotBytes(_ contents: LibraryFileParser.Contents) -> [UInt8] {
        let writer = SnapshotWriter()
        writer.put(contents)
        return writer.bytes
    }

    /// Runs every stage on `data`; checks the invariants every input must keep and traps
    /// (so the fuzzer reports it) when one is broken.
    @discardableResult
    func run(_ data: Data) -> Outcome {
        // As a library file: the parser alone, without a folder around it.
        if case .text(let text) = SourceText.decode(data, as: "library.yaml") {
            let contents = LibraryFileParser.parse(text: text, file: "library.yaml")
            check(contents.diagnostics, text: text)
            // Every parse the library snapshot keeps reads back as it was written (compared
            // as bytes, since a value may hold a NaN that equals nothing).
            let written = Self.snapshotBytes(contents)
            let read = try? SnapshotReader.value(LibraryFileParser.Contents.self, in: written)
            precondition(read.map(Self.snapshotBytes) == written, "a library file's snapshot does not read back")
        }
        // As the bytes of a snapshot entry: read or refused, never a trap or a hang.
        _ = try? SnapshotReader.value(LibraryFileParser.Contents.self, in: [UInt8](data))

        switch SourceText.decode(data, as: planPath) {
        case .problem(let diagnostic):
            let printed = DiagnosticRenderer().render([diagnostic], sources: [:])
            return Outcome(composed: false, diagnostics: [diagnostic], printed: printed)
        case .text(let text):
            let loaded: LoadedPlan
            do {
                loaded = try loader.load(text: text, path: planPath)
            } catch {
                // The built-in library is read from disk; it is not the input.
                fatalError("the built-in library could not be read: \(error)")
            }
            check(loaded.diagnostics.filter { $0.file == planPath }, text: text)
            let printed = DiagnosticRenderer().render(loaded.diagnostics, sources: loaded.sources)
            guard let plan = loaded.plan else {
                precondition(loaded.diagnostics.hasErrors, "a plan was refused without an error")
                return Outcome(composed: false, diagnostics: loaded.diagnostics, printed: printed)
            }
            let composer = Composer(library: loaded.library)
            let sequence = composer.compose(plan)
            precondition(sequence == composer.compose(plan), "composing the same plan twice gave two timelines")
            return Outcome(composed: true, diagnostics: loaded.diagnostics, printed: printed)
        }
    }

    /// Every diagnostic about `text` points at a place inside it.
    private func check(_ diagnostics: [Diagnostic], text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for d in diagnostics {
            guard let span = d.span else { continue }
            precondition(span.line >= 1 && span.line <= lines + 1 && span.column >= 1,
                         "diagnostic '\(d.message)' points at \(span.line):\(span.column), outside the file")
        }
    }
}
