import Foundation

/// What cairo 1.16 leaves out of a tagged PDF, added to the finished file as an incremental
/// update (`PDFUpdate`): each figure element's alt text (`/Alt`), the document language
/// (`/Lang`), and the viewer preference that puts the title, not the file name, in the title
/// bar. Only the catalog and the figure elements are read and written again; everything
/// else cairo wrote is kept byte for byte.
enum PDFAccessibility {
    /// How deep the structure tree is searched: far deeper than any handout nests, and a
    /// bound on the walk should a file ever hold a cycle.
    static let deepestStructure = 64

    /// `pdf` with `alternates` set on its figure elements in document order (one each),
    /// `language` as its language, and the title shown in the viewer's title bar. The same
    /// input always gives the same bytes: the file identifier is computed from the content.
    static func complete(_ pdf: consuming Data, figureAlternates alternates: [String], language: String?) throws -> Data {
        var result = consume pdf
        let tail: [UInt8]
        do {
            // The update's reader shares the bytes, and is gone before they are appended to.
            tail = try completed(try PDFUpdate(result), alternates: alternates, language: language)
        } catch let error as PDFUpdate.Unreadable {
            throw GraphicsError.invalidArgument(operation: "finish the PDF cairo wrote", reason: error.reason)
        }
        result.append(contentsOf: tail)
        return result
    }

    private static func completed(_ update: PDFUpdate, alternates: [String], language: String?) throws -> [UInt8] {
        guard case .reference(let rootNumber)? = update.trailer["/Root"] else {
            throw PDFUpdate.Unreadable(reason: "its trailer names no catalog")
        }
        guard case .dictionary(var catalog) = try update.object(rootNumber) else {
            throw PDFUpdate.Unreadable(reason: "its catalog is not a dictionary")
        }
        var changed: [Int: PDFUpdate.Value] = [:]

        var figures: [Int] = []
        if let tree = catalog.first(where: { $0.key == "/StructTreeRoot" })?.value,
           let kids = try update.resolved(tree)["/K"] {
            var visited = Set<Int>()
            try collectFigures(kids, in: update, depth: 0, visited: &visited, into: &figures)
        }
        guard figures.count == alternates.count else {
            throw GraphicsError.invalidArgument(
                operation: "add alt text to the PDF",
                reason: "its structure tree has \(figures.count) figures but \(alternates.count) alt texts were drawn")
        }
        for (number, alt) in zip(figures, alternates) {
            guard !alt.isEmpty else {
                throw GraphicsError.invalidArgument(operation: "add alt text to the PDF",
                                                    reason: "a figure was drawn without alt text")
            }
            guard case .dictionary(var element) = try update.object(number) else { continue }
            element.removeAll { $0.key == "/Alt" }
            element.append((key: "/Alt", value: PDFUpdate.textString(alt)))
            changed[number] = .dictionary(element)
        }

        if let pages = catalog.first(where: { $0.key == "/Pages" })?.value {
            var visited = Set<Int>()
            try dedupeResources(of: pages, in: update, depth: 0, visited: &visited, into: &changed)
        }

        catalog.removeAll { ["/Lang", "/ViewerPreferences"].contains($0.key) }
        if let language, !language.isEmpty {
            catalog.append((key: "/Lang", value: PDFUpdate.textString(language)))
        }
        catalog.append((key: "/ViewerPreferences", value: .dictionary([(key: "/DisplayDocTitle", value: .other(Array("true".utf8)))])))
        changed[rootNumber] = .dictionary(catalog)

        return update.update(changed, id: identifier(of: update.pdf, changed: changed))
    }

    /// Rewrites the resource dictionaries of the pages under `node` (the page tree) that
    /// name a resource more than once. cairo 1.16 lists a form again in a page's resources
    /// each time the page paints it, and a PDF dictionary may hold each key once; readers
    /// take the last, and qpdf warns. Each key is kept once, where it first came.
    private static func dedupeResources(of node: PDFUpdate.Value, in update: PDFUpdate, depth: Int,
                                        visited: inout Set<Int>,
                                        into changed: inout [Int: PDFUpdate.Value]) throws(PDFUpdate.Unreadable) {
        guard depth < deepestStructure, case .reference(let number) = node, visited.insert(number).inserted else { return }
        func latest(_ n: Int) throws(PDFUpdate.Unreadable) -> PDFUpdate.Value {
            if let value = changed[n] { return value }
            return try update.object(n)
        }
        let object = try latest(number)
        if object["/Type"] == .name("/Pages") {
            guard case .array(let kids)? = object["/Kids"] else { return }
            for kid in kids { try dedupeResources(of: kid, in: update, depth: depth + 1, visited: &visited, into: &changed) }
            return
        }
        guard let resources = object["/Resources"] else { return }
        if case .reference(let held) = resources {
            guard visited.insert(held).inserted else { return }
            let dictionary = try latest(held)
            if let clean = deduped(dictionary) { changed[held] = clean }
        } else if let clean = deduped(resources), case .dictionary(var page) = object {
            for i in page.indices where page[i].key == "/Resources" { page[i].value = clean }
            changed[number] = .dictionary(page)
        }
    }

    /// A resource dictionary with each of its sub-dictionaries (`/XObject`, `/Font`, ...)
    /// naming each key once, with the value its last occurrence gave it (as readers take
    /// it), in the place of its first; nil when it already does.
    static func deduped(_ resources: PDFUpdate.Value) -> PDFUpdate.Value? {
        guard case .dictionary(var entries) = resources else { return nil }
        var changedAny = false
        for i in entries.indices {
            guard case .dictionary(let inner) = entries[i].value else { continue }
            var last: [String: PDFUpdate.Value] = [:]
            for entry in inner { last[entry.key] = entry.value }
            var seen = Set<String>()
            let kept = inner.compactMap { entry -> (key: String, value: PDFUpdate.Value)? in
                guard seen.insert(entry.key).inserted, let value = last[entry.key] else { return nil }
                return (entry.key, value)
            }
            if kept.count != inner.count {
                entries[i].value = .dictionary(kept)
                changedAny = true
            }
        }
        return changedAny ? .dictionary(entries) : nil
    }

    /// Appends the object number of every structure element of type Figure under `kids`
    /// (an element, an array of them, or a marked-content reference), depth first, which is
    /// the order they were begun.
    private static func collectFigures(_ kids: PDFUpdate.Value, in update: PDFUpdate, depth: Int,
                                       visited: inout Set<Int>, into figures: inout [Int]) throws(PDFUpdate.Unreadable) {
        guard depth < deepestStructure else { return }
        switch kids {
        case .array(let items):
            for item in items { try collectFigures(item, in: update, depth: depth + 1, visited: &visited, into: &figures) }
        case .reference(let number):
            guard visited.insert(number).inserted else { return }
            let element = try update.object(number)
            if element["/S"] == .name("/Figure") { figures.append(number) }
            if let inner = element["/K"] { try collectFigures(inner, in: update, depth: depth + 1, visited: &visited, into: &figures) }
        case .dictionary:
            // An element written in place rather than as an object of its own cannot be
            // given alt text by an update; cairo writes every element as an object.
            if kids["/S"] == .name("/Figure") {
                throw PDFUpdate.Unreadable(reason: "a figure element is not an object of its own")
            }
        default:
            return
        }
    }

    /// The file identifier: a hash of the original file and the objects added, so the same
    /// input always gives the same identifier (two FNV-1a hashes of 64 bits, 16 bytes).
    private static func identifier(of pdf: Data, changed: [Int: PDFUpdate.Value]) -> [UInt8] {
        // Two FNV-1a hashes, the second of each byte flipped. The state lives in a struct
        // passed inout rather than in variables a closure captures: captured, every byte's
        // update went through the runtime's exclusivity check.
        struct Hash {
            var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
            mutating func mix<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
                var a = self.a, b = self.b
                for byte in bytes {
                    a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01b3
                }
                self.a = a
                self.b = b
            }
        }
        var hash = Hash()
        pdf.withUnsafeBytes { hash.mix($0) }
        for (number, value) in changed.sorted(by: { $0.key < $1.key }) {
            hash.mix(String(number).utf8)
            hash.mix(value.bytes)
        }
        return withUnsafeBytes(of: hash.a.bigEndian, Array.init) + withUnsafeBytes(of: hash.b.bigEndian, Array.init)
    }
}
