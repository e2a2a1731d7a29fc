internal import CQPDF
import Foundation

/// What cairo 1.16 leaves out of a tagged PDF, added to the finished file with qpdf: each
/// figure element's alt text (`/Alt`), the document language (`/Lang`), and the viewer
/// preference that puts the title, not the file name, in the title bar.
enum PDFAccessibility {
    /// How deep the structure tree is searched: far deeper than any handout nests, and a
    /// bound on the walk should a file ever hold a cycle.
    static let deepestStructure = 64

    /// `pdf` with `alternates` set on its figure elements in document order (one each),
    /// `language` as its language, and the title shown in the viewer's title bar. The same
    /// input always gives the same bytes: the file identifier is computed from the content.
    static func complete(_ pdf: Data, figureAlternates alternates: [String], language: String?) throws -> Data {
        guard cqpdf_load() != 0 else { throw GraphicsError.missingLibrary(String(cString: cqpdf_library_name())) }
        guard let q = cqpdf_init() else {
            throw GraphicsError.invalidArgument(operation: "finish the PDF", reason: "qpdf could not start")
        }
        var handle: qpdf_data? = q
        defer { cqpdf_cleanup(&handle) }
        cqpdf_silence_errors(q)

        let read = pdf.withUnsafeBytes { raw -> QPDF_ERROR_CODE in
            raw.withMemoryRebound(to: CChar.self) { chars in
                cqpdf_read_memory(q, "the PDF", chars.baseAddress, UInt64(chars.count), nil)
            }
        }
        try check(q, read, "reading the PDF cairo wrote")

        let root = cqpdf_get_root(q)
        if let language, !language.isEmpty {
            cqpdf_oh_replace_key(q, root, "/Lang", cqpdf_oh_new_unicode_string(q, language))
        }
        let preferences = cqpdf_oh_new_dictionary(q)
        cqpdf_oh_replace_key(q, preferences, "/DisplayDocTitle", cqpdf_oh_new_bool(q, 1))
        cqpdf_oh_replace_key(q, root, "/ViewerPreferences", preferences)

        var figures: [qpdf_oh] = []
        if cqpdf_oh_has_key(q, root, "/StructTreeRoot") != 0 {
            collectFigures(q, cqpdf_oh_get_key(q, cqpdf_oh_get_key(q, root, "/StructTreeRoot"), "/K"),
                           depth: 0, into: &figures)
        }
        guard figures.count == alternates.count else {
            throw GraphicsError.invalidArgument(
                operation: "add alt text to the PDF",
                reason: "its structure tree has \(figures.count) figures but \(alternates.count) alt texts were drawn")
        }
        for (figure, alt) in zip(figures, alternates) {
            guard !alt.isEmpty else {
                throw GraphicsError.invalidArgument(operation: "add alt text to the PDF",
                                                    reason: "a figure was drawn without alt text")
            }
            cqpdf_oh_replace_key(q, figure, "/Alt", cqpdf_oh_new_unicode_string(q, alt))
        }

        try check(q, cqpdf_init_write_memory(q), "writing the PDF")
        cqpdf_set_deterministic_ID(q, 1)
        cqpdf_set_compress_streams(q, 1)
        // Cairo's streams are compressed already: copied as they are, not inflated and
        // deflated again (which was most of what finishing a PDF cost).
        cqpdf_set_decode_level(q, qpdf_dl_none)
        try check(q, cqpdf_write(q), "writing the PDF")
        guard let buffer = cqpdf_get_buffer(q) else {
            throw GraphicsError.invalidArgument(operation: "finish the PDF", reason: "qpdf wrote nothing")
        }
        return Data(bytes: buffer, count: cqpdf_get_buffer_length(q))
    }

    /// Appends every structure element of type Figure under `kids` (an element, an array of
    /// them, or a marked-content reference), depth first, which is the order they were begun.
    private static func collectFigures(_ q: qpdf_data, _ kids: qpdf_oh, depth: Int, into figures: inout [qpdf_oh]) {
        guard depth < deepestStructure else { return }
        if cqpdf_oh_is_array(q, kids) != 0 {
            for k in 0..<cqpdf_oh_get_array_n_items(q, kids) {
                collectFigures(q, cqpdf_oh_get_array_item(q, kids, k), depth: depth + 1, into: &figures)
            }
            return
        }
        guard cqpdf_oh_is_dictionary(q, kids) != 0 else { return }
        if cqpdf_oh_is_name_and_equals(q, cqpdf_oh_get_key(q, kids, "/S"), "/Figure") != 0 {
            figures.append(kids)
        }
        if cqpdf_oh_has_key(q, kids, "/K") != 0 {
            collectFigures(q, cqpdf_oh_get_key(q, kids, "/K"), depth: depth + 1, into: &figures)
        }
    }

    /// Throws when qpdf reported an error, with its message.
    private static func check(_ q: qpdf_data, _ code: QPDF_ERROR_CODE, _ operation: String) throws {
        guard code & QPDF_ERRORS != 0 || cqpdf_has_error(q) != 0 else { return }
        let message = cqpdf_get_error(q).flatMap { cqpdf_get_error_full_text(q, $0) }.map { String(cString: $0) }
        throw GraphicsError.invalidArgument(operation: operation, reason: message ?? "qpdf failed")
    }
}
