internal import CCairo

extension DrawingContext {
    /// Begins the structure element `tag`: what is drawn until the matching `endStructure`
    /// belongs to it (see `StructureTag`). A figure's alt text is kept for the PDF to add
    /// when it is finished, since cairo 1.16 drops it.
    public func beginStructure(_ tag: StructureTag) {
        if case .figure(let alt) = tag { figureAlternates.append(alt) }
        // No attributes: every one cairo 1.16 reads on a structure tag is ignored, and a
        // malformed one would make it drop the rest of the page.
        cairo_tag_begin(cr, tag.pdfName, "")
        openStructure.append(tag.pdfName)
    }

    /// Ends the innermost structure element, which must be `tag`.
    public func endStructure(_ tag: StructureTag) {
        precondition(openStructure.last == tag.pdfName,
                     "structure ended out of order: \(tag.pdfName) ends while \(openStructure.last ?? "nothing") is open")
        openStructure.removeLast()
        cairo_tag_end(cr, tag.pdfName)
    }

    /// Draws `body` inside the structure element `tag`.
    public func withStructure<T>(_ tag: StructureTag, _ body: () throws -> T) rethrows -> T {
        beginStructure(tag)
        defer { endStructure(tag) }
        return try body()
    }
}
